/**
 * `<sip-contribution-form>`'s events, added to the kit's maps (see internal/events.ts).
 */
import type { ContributionReceipt } from '../../schema/contributions.ts';
import type { TerritoryView } from '../../schema/territories.ts';
import type { ThemeEntry } from '../../schema/themes.ts';
import type { SipErrorDetail } from '../internal/events.ts';

/** `sip-load` from `<sip-contribution-form>`: the themes and territories it offers. */
export interface SipContributionFormLoadDetail {
  themes: ThemeEntry[];
  territories: TerritoryView[];
}

/** `sip-submit`: the contribution was accepted; quote `receipt.id`, `receipt.status` says if it awaits moderation. */
export interface SipSubmitDetail {
  receipt: ContributionReceipt;
}

export interface SipContributionFormEventMap {
  'sip-load': CustomEvent<SipContributionFormLoadDetail>;
  'sip-submit': CustomEvent<SipSubmitDetail>;
  'sip-error': CustomEvent<SipErrorDetail>;
}

declare module '../internal/events.ts' {
  interface SipLoadDetailMap {
    'sip-contribution-form': SipContributionFormLoadDetail;
  }
  interface SipEventMap {
    'sip-submit': CustomEvent<SipSubmitDetail>;
  }
}
