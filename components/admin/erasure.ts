/**
 * Erasure, the admins' view: defines its element (guarded against a second
 * define). The page loads this module the first time the view is opened (see
 * views.ts), as its own chunk.
 */
import { SipModerationErasure } from './erasure.component.ts';

export { SipModerationErasure };

// A second load of the script (or a hot reload) must not throw on a second define.
if (!customElements.get('sip-moderation-erasure'))
  customElements.define('sip-moderation-erasure', SipModerationErasure);

declare global {
  interface HTMLElementTagNameMap {
    'sip-moderation-erasure': SipModerationErasure;
  }
}
