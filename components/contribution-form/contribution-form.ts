import { SipContributionForm } from './contribution-form.component.ts';

export { SipContributionForm };

// Two bundles on one page (or a hot reload) must not throw on a second define.
if (!customElements.get('sip-contribution-form'))
  customElements.define('sip-contribution-form', SipContributionForm);

declare global {
  interface HTMLElementTagNameMap {
    'sip-contribution-form': SipContributionForm;
  }
}
