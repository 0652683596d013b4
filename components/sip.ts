/**
 * The kit's bundle entry: defines every element (each define module registers
 * its element on import, and package.json's `sideEffects` names them so no
 * bundler drops them) and exports what host pages may script. Each widget's
 * define module (`components/poll/poll.ts`, ...) also serves pages that want
 * just one.
 */
import './poll/poll.ts';
import './contribution-form/contribution-form.ts';
import './contribution-list/contribution-list.ts';

export { SipContributionForm } from './contribution-form/contribution-form.ts';
export type { ContributionFormTranslation } from './contribution-form/translations/translation.ts';
export { SipContributionList } from './contribution-list/contribution-list.ts';
export type { ContributionListTranslation } from './contribution-list/translations/translation.ts';
export { ApiError, type ErrorCode } from './internal/api.ts';
export { resolveApiBase, resolveTokenUrl } from './internal/config.ts';
export type {
  SipContributionFormEventMap,
  SipContributionFormLoadDetail,
  SipContributionListEventMap,
  SipContributionListLoadDetail,
  SipErrorDetail,
  SipEventMap,
  SipLoadDetail,
  SipPollEventMap,
  SipPollLoadDetail,
  SipReportDetail,
  SipSubmitDetail,
  SipVoteDetail,
} from './internal/events.ts';
export {
  anonymousId,
  decodeClaims,
  type Identity,
  refreshIdentity,
  tokenSource,
} from './internal/identity.ts';
export { resolveLanguage } from './internal/lang.ts';
export { SipPoll } from './poll/poll.ts';
export type { PollTranslation } from './poll/translations/translation.ts';
export type { Translation } from './translations/dictionaries.ts';
