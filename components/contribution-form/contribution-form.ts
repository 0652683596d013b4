import { SipContributionForm } from './contribution-form.component.ts';

export { SipContributionForm };

/** Registers `<sip-contribution-form>`, unless the page has it already (two bundles, a hot reload). */
export function defineContributionForm(): void {
  if (!customElements.get('sip-contribution-form'))
    customElements.define('sip-contribution-form', SipContributionForm);
}

defineContributionForm();

declare global {
  interface HTMLElementTagNameMap {
    'sip-contribution-form': SipContributionForm;
  }
}
