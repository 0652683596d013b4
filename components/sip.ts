/**
 * The kit's bundle entry: defines every element and exports what host pages
 * may script. Each widget's define module (`components/poll/poll.ts`, ...)
 * registers its element on import (package.json's `sideEffects` names them,
 * so no bundler drops them) and exports the widget's public types, so a
 * widget is one line here. Each also serves pages that want just one widget.
 */
export * from './contribution-form/contribution-form.ts';
export * from './contribution-list/contribution-list.ts';
export * from './event-calendar/event-calendar.ts';
export { ApiError, type ErrorCode } from './internal/api.ts';
export { configure, type EndpointOptions, resolveApiBase, resolveTokenUrl } from './internal/config.ts';
export type {
  SipErrorDetail,
  SipEventMap,
  SipLoadDetail,
  SipLoadDetailMap,
  SipOpenDetail,
  SipOpenDetailMap,
} from './internal/events.ts';
export {
  anonymousId,
  decodeClaims,
  type Identity,
  refreshIdentity,
  tokenSource,
} from './internal/identity.ts';
export { resolveLanguage } from './internal/lang.ts';
export * from './poll/poll.ts';
export * from './publication/publication.ts';
export * from './recommendation-feed/recommendation-feed.ts';
export type { Translation } from './translations/dictionaries.ts';
