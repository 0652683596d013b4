import { SipEventCalendar } from './event-calendar.component.ts';

export type {
  SipEventCalendarEventMap,
  SipEventCalendarLoadDetail,
  SipEventOpenDetail,
  SipRegistrationDetail,
} from './event-calendar.events.ts';
export type { EventCalendarTranslation } from './translations/translation.ts';
export { SipEventCalendar };

// Two bundles on one page (or a hot reload) must not throw on a second define.
if (!customElements.get('sip-event-calendar')) customElements.define('sip-event-calendar', SipEventCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'sip-event-calendar': SipEventCalendar;
  }
}
