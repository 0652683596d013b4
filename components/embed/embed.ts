/**
 * The configurator's entry (dist/embed.js, built apart from the widgets'
 * bundle): defines its element. Its page (index.html, served at /embed/)
 * loads the kit's `sip.js` beside it for the live preview, so the widgets
 * shown are the very ones a host page gets.
 */
import { SipEmbedConfigurator } from './configurator.component.ts';

export type { PinnedRelease } from './embed.api.ts';
export type { SipCopyDetail, SipEmbedEventMap } from './embed.events.ts';
export type { EmbedTranslation } from './translations/dictionaries.ts';
export { SipEmbedConfigurator };

// A second load of the script (or a hot reload) must not throw on a second define.
if (!customElements.get('sip-embed-configurator'))
  customElements.define('sip-embed-configurator', SipEmbedConfigurator);

declare global {
  interface HTMLElementTagNameMap {
    'sip-embed-configurator': SipEmbedConfigurator;
  }
}
