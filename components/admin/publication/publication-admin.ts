/**
 * The publication's view of the moderation page: defines its element. The
 * page loads this module the first time the view is opened (its entry in
 * views.ts), as its own chunk; the navigation names the view from
 * translations/nav.ts without loading it.
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
