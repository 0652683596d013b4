/**
 * The publication's view of the moderation page: defines its element (the
 * page's views table, views.ts, imports this module).
 */
import { SipModerationPublication } from './publication-admin.component.ts';

export type { SipPublicationAdminEventMap, SipPublishDetail } from './publication-admin.component.ts';
export { SipModerationPublication };

// A second load of the script (or a hot reload) must not throw on a second define.
if (!customElements.get('sip-moderation-publication'))
  customElements.define('sip-moderation-publication', SipModerationPublication);

declare global {
  interface HTMLElementTagNameMap {
    'sip-moderation-publication': SipModerationPublication;
  }
}
