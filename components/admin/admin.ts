/**
 * The moderation page's entry (dist/admin.js, built apart from the widgets'
 * bundle): defines its elements. Host pages never load it.
 */
import { SipModerationApp } from './app.component.ts';
import { SipModerationAudit } from './audit.component.ts';
import { SipModerationDetail } from './detail.component.ts';
import { SipModerationErasure } from './erasure.component.ts';
import { SipModerationQueue } from './queue.component.ts';

export {
  SipModerationApp,
  SipModerationAudit,
  SipModerationDetail,
  SipModerationErasure,
  SipModerationQueue,
};

// A second load of the script (or a hot reload) must not throw on a second define.
if (!customElements.get('sip-moderation-app')) customElements.define('sip-moderation-app', SipModerationApp);
if (!customElements.get('sip-moderation-queue'))
  customElements.define('sip-moderation-queue', SipModerationQueue);
if (!customElements.get('sip-moderation-detail'))
  customElements.define('sip-moderation-detail', SipModerationDetail);
if (!customElements.get('sip-moderation-audit'))
  customElements.define('sip-moderation-audit', SipModerationAudit);
if (!customElements.get('sip-moderation-erasure'))
  customElements.define('sip-moderation-erasure', SipModerationErasure);

declare global {
  interface HTMLElementTagNameMap {
    'sip-moderation-app': SipModerationApp;
    'sip-moderation-queue': SipModerationQueue;
    'sip-moderation-detail': SipModerationDetail;
    'sip-moderation-audit': SipModerationAudit;
    'sip-moderation-erasure': SipModerationErasure;
  }
}
