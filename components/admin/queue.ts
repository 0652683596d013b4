/**
 * The moderators' view of the moderation page, the queue: defines its
 * elements (guarded against a second define). The page loads this module the
 * first time the view is opened (see views.ts), as its own chunk.
 */
import { SipModerationDetail } from './detail.component.ts';
import { SipModerationQueue } from './queue.component.ts';

export { SipModerationDetail, SipModerationQueue };

// A second load of the script (or a hot reload) must not throw on a second define.
if (!customElements.get('sip-moderation-queue'))
  customElements.define('sip-moderation-queue', SipModerationQueue);
if (!customElements.get('sip-moderation-detail'))
  customElements.define('sip-moderation-detail', SipModerationDetail);

declare global {
  interface HTMLElementTagNameMap {
    'sip-moderation-queue': SipModerationQueue;
    'sip-moderation-detail': SipModerationDetail;
  }
}
