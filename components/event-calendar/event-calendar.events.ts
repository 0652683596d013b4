/**
 * `<sip-event-calendar>`'s events, added to the kit's maps (see internal/events.ts).
 */
import type { EventSummary, EventView, RegistrationReceipt } from '../../schema/events.ts';
import type { SipErrorDetail } from '../internal/events.ts';

/**
 * `sip-load` from `<sip-event-calendar>`: a page of the list or a month was
 * loaded (`events`, and `nextCursor` when more follow), or the one event
 * shown alone (`events` holds it).
 */
export interface SipEventCalendarLoadDetail {
  events: EventSummary[];
  nextCursor: string | null;
}

/** `sip-open`: an event's details were opened; `event` as the visitor sees it. */
export interface SipEventOpenDetail {
  event: EventView;
}

/** `sip-register` and `sip-cancel`: the visitor registered or cancelled; `event` as it now is, `receipt` where they stand. */
export interface SipRegistrationDetail {
  event: EventView;
  receipt: RegistrationReceipt;
}

export interface SipEventCalendarEventMap {
  'sip-load': CustomEvent<SipEventCalendarLoadDetail>;
  'sip-open': CustomEvent<SipEventOpenDetail>;
  'sip-register': CustomEvent<SipRegistrationDetail>;
  'sip-cancel': CustomEvent<SipRegistrationDetail>;
  'sip-error': CustomEvent<SipErrorDetail>;
}

declare module '../internal/events.ts' {
  interface SipLoadDetailMap {
    'sip-event-calendar': SipEventCalendarLoadDetail;
  }
  interface SipOpenDetailMap {
    'sip-event-calendar': SipEventOpenDetail;
  }
  interface SipEventMap {
    'sip-register': CustomEvent<SipRegistrationDetail>;
    'sip-cancel': CustomEvent<SipRegistrationDetail>;
  }
}
