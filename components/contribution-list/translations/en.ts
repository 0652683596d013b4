/** `<sip-contribution-list>` in English. */
import type { ContributionListStrings } from './translation.ts';

export const en: ContributionListStrings = {
  label: 'Published contributions',
  anonymousAuthor: 'Anonymous',
  publishedOn: (date) => `Published on ${date}`,
  takenUpIn: 'Taken up in:',
  empty: 'No contribution has been published yet.',
  loadMore: 'Show more contributions',
  report: 'Report',
  reportLegend: 'Why are you reporting this contribution?',
  reasons: { spam: 'Spam or advertising', offensive: 'Abusive or offensive', off_topic: 'Off topic' },
  reportNoteLabel: 'Details (optional)',
  sendReport: 'Send the report',
  chooseReason: 'Choose a reason.',
  reportThanks: 'Thank you! Your report has been passed on to the moderation team.',
  alreadyReported: 'You have already reported this contribution: the moderation team knows about it.',

  problems: {
    contribution_not_found: 'This contribution could not be found. It may have been removed.',
    already_reported: 'You have already reported this contribution.',
  },
};
