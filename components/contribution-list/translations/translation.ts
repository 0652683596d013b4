/** The strings of `<sip-contribution-list>` beyond the shared dictionary. */
import type { CONTRIBUTION_PROBLEMS, ReportInput } from '../../../schema/contributions.ts';
import type { Translation } from '../../translations/translation.ts';

export interface ContributionListStrings {
  label: string;
  anonymousAuthor: string;
  publishedOn: (date: string) => string;
  /** Before the recommendations a contribution was taken up in. */
  takenUpIn: string;
  empty: string;
  loadMore: string;
  report: string;
  reportLegend: string;
  reasons: Record<ReportInput['reason'], string>;
  reportNoteLabel: string;
  sendReport: string;
  chooseReason: string;
  reportThanks: string;
  alreadyReported: string;
  /** The messages of the codes reporting may answer beside the core ones. */
  problems: Record<
    Extract<keyof typeof CONTRIBUTION_PROBLEMS, 'contribution_not_found' | 'already_reported'>,
    string
  >;
}

/** What `<sip-contribution-list>` renders with: the shared dictionary and its own strings. */
export type ContributionListTranslation = Translation & ContributionListStrings;
