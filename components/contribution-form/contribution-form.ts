import { SipContributionForm } from './contribution-form.component.ts';

export type {
  SipContributionFormEventMap,
  SipContributionFormLoadDetail,
  SipSubmitDetail,
} from './contribution-form.events.ts';
export type { ContributionFormTranslation } from './translations/translation.ts';
export { SipContributionForm };

// Two bundles on one page (or a hot reload) must not throw on a second define.
if (!customElements.get('sip-contribution-form'))
  customElements.define('sip-contribution-form', SipContributionForm);

declare global {
  interface HTMLElementTagNameMap {
    'sip-contribution-form': SipContributionForm;
  }
}
