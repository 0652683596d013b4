/** `<sip-publication>` in English. */
import type { PublicationStrings } from './translation.ts';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const en: PublicationStrings = {
  title: (year) => `Annual publication ${year}`,
  edition: (edition, date) => `Edition ${edition}, published on ${date}`,
  linksLabel: 'This edition elsewhere',
  printable: 'Printable version',
  json: 'JSON data',
  csv: 'CSV data',
  contents: 'Contents',
  recommendationCount: (count) =>
    count === 0 ? 'no recommendations' : plural(count, 'recommendation', 'recommendations'),

  asked: 'What was asked',
  said: 'What participants said',
  recommended: 'What is recommended',
  answered: 'What the board answered, and what became of it',

  noPolls: 'No polls on this theme this year.',
  pollKinds: { single: 'Single-choice poll', multiple: 'Multiple-choice poll', motion: 'Members’ motion' },
  closedOn: (date) => `closed on ${date}`,
  closesOn: (date) => `open until ${date}`,
  openEnded: 'still open',
  ballots: (count) => plural(count, 'ballot', 'ballots'),
  option: 'Answer',
  votes: 'Votes',
  share: 'Share',
  resultsHidden: 'The results will be published when voting closes.',

  figures: 'In figures',
  eventsHeld: 'Workshops and small talks held',
  attendees: 'Attendees',
  contributionsReceived: 'Contributions received',
  contributionsPublished: 'Contributions published',
  byTerritory: 'Attendees by territory',
  byRole: 'Attendees by category',
  territory: 'Territory',
  category: 'Category',
  people: 'People',
  quotes: 'In participants’ words',
  noQuotes: 'No quotes picked for this theme.',
  anonymous: 'Anonymous',
  excerpt: 'excerpt',

  noRecommendations: 'No recommendations on this theme this year.',
  supports: (count) => plural(count, 'supporter', 'supporters'),
  since: (date) => `since ${date}`,
  mergedInto: (title) => `Merged into “${title}”.`,
  noAnswer: 'The board has not answered yet.',
  answerOf: (version, date) => `The board’s answer of ${date}${version > 1 ? ` (version ${version})` : ''}`,
  reviewOn: (date) => `The board will come back to it on ${date}.`,
  timeline: (count) => `History (${plural(count, 'step', 'steps')})`,
  change: (from, to, by, date) => `${date}: ${from} → ${to}, by ${by}`,
  reason: (text) => `Reason: ${text}`,
  shownIn: (language) => `text in ${language}`,
  languageNames: { fr: 'French', nl: 'Dutch', en: 'English' },
  statuses: {
    draft: 'Draft',
    submitted: 'Submitted to the board',
    under_review: 'Under review',
    adopted: 'Adopted',
    partially_adopted: 'Partly adopted',
    not_adopted: 'Not adopted',
    in_progress: 'In progress',
    implemented: 'Implemented',
    withdrawn: 'Withdrawn',
    merged: 'Merged',
  },
  bodies: { steering_committee: 'the steering committee', board: 'the board' },
  nothingPublished: 'No annual publication has been published yet.',

  problems: {
    edition_not_found: 'This edition of the annual publication has not been published (yet).',
  },
};
