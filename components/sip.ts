/**
 * The kit's bundle entry: defines every element and exports what host pages
 * may script. Each widget also has its own define module
 * (`components/poll/poll.ts`) for pages that want just one.
 */
import './poll/poll.ts';

export { ApiError, type ErrorCode } from './internal/api.ts';
export { resolveApiBase, resolveTokenUrl } from './internal/config.ts';
export type { SipErrorDetail, SipEventMap, SipLoadDetail, SipVoteDetail } from './internal/events.ts';
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
