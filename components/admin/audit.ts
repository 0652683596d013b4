/**
 * The log and its exports, the view every role has: defines its element
 * (guarded against a second define). The page loads this module the first
 * time the view is opened (see views.ts), as its own chunk.
 */
import { SipModerationAudit } from './audit.component.ts';

export { SipModerationAudit };

// A second load of the script (or a hot reload) must not throw on a second define.
if (!customElements.get('sip-moderation-audit'))
  customElements.define('sip-moderation-audit', SipModerationAudit);

declare global {
  interface HTMLElementTagNameMap {
    'sip-moderation-audit': SipModerationAudit;
  }
}
