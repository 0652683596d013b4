/**
 * The organisers' events, added to the moderation page's map (so `emit` is
 * typed) and to the kit's (so a listener on the document is). Failures use
 * the kit's `sip-error` ({ status, code }).
 */
import type { AdminEventView } from './events.api.ts';

/** `sip-event-save`: an event was created, edited or duplicated; `event` is it as it now is (the copy, for a duplicate). */
export interface SipEventSaveDetail {
  action: 'create' | 'edit' | 'duplicate';
  event: AdminEventView;
}

/** `sip-event-cancel`: an organiser cancelled the event; everyone registered is being told. */
export interface SipEventCancelDetail {
  event: AdminEventView;
}

/** `sip-attendance`: attendance was saved; `present` of the `marked` confirmed registrations came. */
export interface SipAttendanceDetail {
  slug: string;
  present: number;
  marked: number;
}

/** `sip-minutes`: the minutes were published; `event` carries them with the attendance figures. */
export interface SipMinutesDetail {
  event: AdminEventView;
}

declare module '../admin.events.ts' {
  interface SipAdminEventMap {
    'sip-event-save': CustomEvent<SipEventSaveDetail>;
    'sip-event-cancel': CustomEvent<SipEventCancelDetail>;
    'sip-attendance': CustomEvent<SipAttendanceDetail>;
    'sip-minutes': CustomEvent<SipMinutesDetail>;
  }
}

declare module '../../internal/events.ts' {
  interface SipEventMap {
    'sip-event-save': CustomEvent<SipEventSaveDetail>;
    'sip-event-cancel': CustomEvent<SipEventCancelDetail>;
    'sip-attendance': CustomEvent<SipAttendanceDetail>;
    'sip-minutes': CustomEvent<SipMinutesDetail>;
  }
}
