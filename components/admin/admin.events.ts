/**
 * The moderation elements' own events, added to the kit's maps (see
 * internal/events.ts). Failures use the widgets' `sip-error` ({ status, code }).
 */
import type { Decision, QueueItem } from '../../schema/moderation.ts';
import type { SipErrorDetail } from '../internal/events.ts';

/** `sip-decision`: a decision was recorded; `item` is the contribution as it now is. */
export interface SipDecisionDetail {
  action: Decision;
  item: QueueItem;
}

/** `sip-erasure`: a person's data was erased from `contributions` contributions. */
export interface SipErasureDetail {
  contributions: number;
}

/** What the moderation elements fire; each fires some of them (see its `@event` tags). */
export interface SipAdminEventMap {
  'sip-decision': CustomEvent<SipDecisionDetail>;
  'sip-erasure': CustomEvent<SipErasureDetail>;
  'sip-error': CustomEvent<SipErrorDetail>;
}

declare module '../internal/events.ts' {
  interface SipEventMap {
    'sip-decision': CustomEvent<SipDecisionDetail>;
    'sip-erasure': CustomEvent<SipErasureDetail>;
  }
}
