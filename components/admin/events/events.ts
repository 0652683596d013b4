/**
 * The organisers' view of the moderation page: defines its elements (guarded
 * against a second define). The page loads this module the first time the
 * view is opened (its entry in views.ts), as its own chunk; the navigation
 * names the view from translations/nav.ts without loading it.
 */
import { SipModerationEvent } from './event.component.ts';
import { SipModerationEventForm } from './event-form.component.ts';
import { SipModerationEvents } from './events.component.ts';
import { SipModerationEventMinutes } from './minutes.component.ts';
import { SipModerationEventRegistrations } from './registrations.component.ts';

export type * from './events.events.ts';
export {
  SipModerationEvent,
  SipModerationEventForm,
  SipModerationEventMinutes,
  SipModerationEventRegistrations,
  SipModerationEvents,
};

// A second load of the script (or a hot reload) must not throw on a second define.
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

declare global {
  interface HTMLElementTagNameMap {
    'sip-moderation-events': SipModerationEvents;
    'sip-moderation-event': SipModerationEvent;
    'sip-moderation-event-form': SipModerationEventForm;
    'sip-moderation-event-registrations': SipModerationEventRegistrations;
    'sip-moderation-event-minutes': SipModerationEventMinutes;
  }
}
