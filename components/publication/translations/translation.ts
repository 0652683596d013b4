/** The strings of `<sip-publication>` beyond the shared dictionary. */
import type { Language } from '../../../schema/common.ts';
import type { PollKind } from '../../../schema/polls.ts';
import type { PublicProblemCode } from '../../../schema/problem.ts';
import type { PUBLICATION_PROBLEMS } from '../../../schema/publications.ts';
import type { Body, RecommendationStatus } from '../../../schema/recommendation-lifecycle.ts';
import type { Translation } from '../../translations/translation.ts';

export interface PublicationStrings {
  title: (year: number) => string;
  /** `Édition 2, publiée le 20 novembre 2026`. */
  edition: (edition: number, date: string) => string;
  /** The links to the same edition elsewhere. */
  linksLabel: string;
  printable: string;
  json: string;
  csv: string;
  contents: string;
  recommendationCount: (count: number) => string;

  asked: string;
  said: string;
  recommended: string;
  answered: string;

  noPolls: string;
  pollKinds: Record<PollKind, string>;
  closedOn: (date: string) => string;
  closesOn: (date: string) => string;
  openEnded: string;
  ballots: (count: number) => string;
  option: string;
  votes: string;
  share: string;
  resultsHidden: string;

  figures: string;
  eventsHeld: string;
  attendees: string;
  contributionsReceived: string;
  contributionsPublished: string;
  byTerritory: string;
  byRole: string;
  territory: string;
  category: string;
  people: string;
  quotes: string;
  noQuotes: string;
  anonymous: string;
  excerpt: string;

  noRecommendations: string;
  supports: (count: number) => string;
  since: (date: string) => string;
  mergedInto: (title: string) => string;
  noAnswer: string;
  answerOf: (version: number, date: string) => string;
  reviewOn: (date: string) => string;
  timeline: (count: number) => string;
  change: (from: string, to: string, by: string, date: string) => string;
  reason: (text: string) => string;
  /** Beside a text shown in another language than the page's. */
  shownIn: (language: string) => string;
  languageNames: Record<Language, string>;
  statuses: Record<RecommendationStatus, string>;
  bodies: Record<Body, string>;
  /** When no edition of any year has been published. */
  nothingPublished: string;
  /** The messages of the publication routes' own codes. */
  problems: Record<PublicProblemCode<typeof PUBLICATION_PROBLEMS>, string>;
}

/** What `<sip-publication>` renders with: the shared dictionary and its own strings. */
export type PublicationTranslation = Translation & PublicationStrings;
