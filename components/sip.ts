/**
 * The kit's bundle entry: defines every element and exports what host pages
 * may script. Each widget also has its own define module
 * (`components/poll/poll.ts`) for pages that want just one.
 */
import { defineContributionForm } from './contribution-form/contribution-form.ts';
import { defineContributionList } from './contribution-list/contribution-list.ts';
import './poll/poll.ts';

// Called here as well: package.json's `sideEffects` names only the poll's define
// module, so a bundler may drop the registrations that the other modules make
// on import.
defineContributionForm();
defineContributionList();

export { SipContributionForm } from './contribution-form/contribution-form.component.ts';
export { SipContributionList } from './contribution-list/contribution-list.component.ts';
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
export { SipPoll } from './poll/poll.component.ts';
export type { Translation } from './translations/dictionaries.ts';
