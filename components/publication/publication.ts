import { SipPublication } from './publication.component.ts';

export type {
  SipNavigateDetail,
  SipPublicationEventMap,
  SipPublicationLoadDetail,
} from './publication.events.ts';
export type { PublicationTranslation } from './translations/translation.ts';
export { SipPublication };

// Two bundles on one page (or a hot reload) must not throw on a second define.
if (!customElements.get('sip-publication')) customElements.define('sip-publication', SipPublication);

declare global {
  interface HTMLElementTagNameMap {
    'sip-publication': SipPublication;
  }
}
