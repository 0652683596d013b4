import { SipContributionList } from './contribution-list.component.ts';

export type {
  SipContributionListEventMap,
  SipContributionListLoadDetail,
  SipReportDetail,
} from './contribution-list.events.ts';
export type { ContributionListTranslation } from './translations/translation.ts';
export { SipContributionList };

// Two bundles on one page (or a hot reload) must not throw on a second define.
if (!customElements.get('sip-contribution-list'))
  customElements.define('sip-contribution-list', SipContributionList);

declare global {
  interface HTMLElementTagNameMap {
    'sip-contribution-list': SipContributionList;
  }
}
