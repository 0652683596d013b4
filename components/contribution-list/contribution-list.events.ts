/**
 * `<sip-contribution-list>`'s events, added to the kit's maps (see internal/events.ts).
 */
import type { ContributionView, ReportInput } from '../../schema/contributions.ts';
import type { SipErrorDetail } from '../internal/events.ts';

/** `sip-load` from `<sip-contribution-list>`: the page of contributions just loaded. */
export interface SipContributionListLoadDetail {
  contributions: ContributionView[];
  nextCursor: string | null;
}

/** `sip-report`: a signed-in participant reported a published contribution. */
export interface SipReportDetail {
  id: string;
  reason: ReportInput['reason'];
}

export interface SipContributionListEventMap {
  'sip-load': CustomEvent<SipContributionListLoadDetail>;
  'sip-report': CustomEvent<SipReportDetail>;
  'sip-error': CustomEvent<SipErrorDetail>;
}

declare module '../internal/events.ts' {
  interface SipLoadDetailMap {
    'sip-contribution-list': SipContributionListLoadDetail;
  }
  interface SipEventMap {
    'sip-report': CustomEvent<SipReportDetail>;
  }
}
