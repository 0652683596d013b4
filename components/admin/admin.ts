/**
 * The moderation page's entry (dist/admin.js, built apart from the widgets'
 * bundle): defines the page's own element, with its sign-in and navigation.
 * Each view's elements are loaded the first time the view is opened (see
 * views.ts), each view its own chunk. Host pages never load it.
 */
import { SipModerationApp } from './app.component.ts';

export { SipModerationApp };

// A second load of the script (or a hot reload) must not throw on a second define.
if (!customElements.get('sip-moderation-app')) customElements.define('sip-moderation-app', SipModerationApp);

declare global {
  interface HTMLElementTagNameMap {
    'sip-moderation-app': SipModerationApp;
  }
}
