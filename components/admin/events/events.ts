/**
 * The organisers' view of the moderation page: defines its elements (guarded
 * against a second define) and names it in the page's navigation. The page
 * reaches it through its entry in views.ts.
 */
import type { Language } from '../../../schema/common.ts';
import { SipModerationEvent } from './event.component.ts';
import { SipModerationEventForm } from './event-form.component.ts';
import { SipModerationEvents } from './events.component.ts';
import { SipModerationEventMinutes } from './minutes.component.ts';
import { SipModerationEventRegistrations } from './registrations.component.ts';
import { EVENTS_NAV_LABEL } from './translations/nav.ts';

export type * from './events.events.ts';
export {
  SipModerationEvent,
  SipModerationEventForm,
  SipModerationEventMinutes,
  SipModerationEventRegistrations,
  SipModerationEvents,
};

// A second load of the script (or a hot reload) must not throw on a second define. The bundler
// keeps these lines because views.ts uses this module's export (package.json `sideEffects`
// names the page's entry, not this folder).
if (!customElements.get('sip-moderation-events'))
  customElements.define('sip-moderation-events', SipModerationEvents);
if (!customElements.get('sip-moderation-event'))
  customElements.define('sip-moderation-event', SipModerationEvent);
if (!customElements.get('sip-moderation-event-form'))
  customElements.define('sip-moderation-event-form', SipModerationEventForm);
if (!customElements.get('sip-moderation-event-registrations'))
  customElements.define('sip-moderation-event-registrations', SipModerationEventRegistrations);
if (!customElements.get('sip-moderation-event-minutes'))
  customElements.define('sip-moderation-event-minutes', SipModerationEventMinutes);

/** The view's name in the page's navigation. */
export function eventsNavLabel(language: Language): string {
  return EVENTS_NAV_LABEL[language];
}

declare global {
  interface HTMLElementTagNameMap {
    'sip-moderation-events': SipModerationEvents;
    'sip-moderation-event': SipModerationEvent;
    'sip-moderation-event-form': SipModerationEventForm;
    'sip-moderation-event-registrations': SipModerationEventRegistrations;
    'sip-moderation-event-minutes': SipModerationEventMinutes;
  }
}
