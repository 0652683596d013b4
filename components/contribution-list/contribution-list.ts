import { SipContributionList } from './contribution-list.component.ts';

export { SipContributionList };

/** Registers `<sip-contribution-list>`, unless the page has it already (two bundles, a hot reload). */
export function defineContributionList(): void {
  if (!customElements.get('sip-contribution-list'))
    customElements.define('sip-contribution-list', SipContributionList);
}

defineContributionList();

declare global {
  interface HTMLElementTagNameMap {
    'sip-contribution-list': SipContributionList;
  }
}
