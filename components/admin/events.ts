/**
 * The moderation elements' own events, typed in one place. Failures use the
 * widgets' `sip-error` ({ status, code }). All bubble and are composed.
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

export interface SipAdminEventMap {
  'sip-decision': CustomEvent<SipDecisionDetail>;
  'sip-erasure': CustomEvent<SipErasureDetail>;
  'sip-error': CustomEvent<SipErrorDetail>;
}

declare global {
  interface HTMLElementEventMap {
    'sip-decision': CustomEvent<SipDecisionDetail>;
    'sip-erasure': CustomEvent<SipErasureDetail>;
  }
}

type DetailOf<K extends keyof SipAdminEventMap> =
  SipAdminEventMap[K] extends CustomEvent<infer D> ? D : never;

export function emit<K extends keyof SipAdminEventMap>(
  target: EventTarget,
  type: K,
  detail: DetailOf<K>,
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
