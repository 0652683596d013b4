/**
 * The publication's view of the moderation page: defines its element (the
 * page's views table, views.ts, imports this module).
 */
import { SipAdminPublication } from './publication-admin.component.ts';

export type { SipPublicationAdminEventMap, SipPublishDetail } from './publication-admin.component.ts';
export { SipAdminPublication };

// A second load of the script (or a hot reload) must not throw on a second define.
if (!customElements.get('sip-admin-publication'))
  customElements.define('sip-admin-publication', SipAdminPublication);

declare global {
  interface HTMLElementTagNameMap {
    'sip-admin-publication': SipAdminPublication;
  }
}
