/** The strings of `<sip-recommendation-feed>` beyond the shared dictionary. */
import type { IneligibilityReason } from '../../../schema/identity.ts';
import type { PublicProblemCode } from '../../../schema/problem.ts';
import type { Body, RecommendationStatus } from '../../../schema/recommendation-lifecycle.ts';
import type { RECOMMENDATION_PROBLEMS, SourceView } from '../../../schema/recommendations.ts';
import type { Language } from '../../../schema/vocabulary.ts';
import type { Translation } from '../../translations/translation.ts';

type EventSource = Extract<SourceView, { kind: 'event' }>;
type PollSource = Extract<SourceView, { kind: 'poll' }>;

export interface RecommendationFeedStrings {
  /** The list's accessible name. */
  label: string;
  filtersLabel: string;
  themeLabel: string;
  allThemes: string;
  statusLabel: string;
  allStatuses: string;
  yearLabel: string;
  allYears: string;
  /** Every status a recommendation can be in (a recommendation is feminine in French). */
  statuses: Record<RecommendationStatus, string>;
  /** Beside a status badge: since when. */
  since: (date: string) => string;
  supports: (count: number) => string;
  /** Announced when a page of the list has loaded. */
  listed: (count: number) => string;
  empty: string;
  emptyFiltered: string;
  loadMore: string;
  /** Each language's name, as a complement ("in Dutch"). */
  languageNames: Record<Language, string>;
  /** Said when a text is not in the visitor's language; `language` comes from `languageNames`. */
  shownIn: (language: string) => string;
  feedLink: string;

  back: string;
  mergedInto: string;
  mergedFrom: string;
  sourcesHeading: string;
  sourceKinds: { contribution: string } & Record<EventSource['format'] | PollSource['pollKind'], string>;
  pollStates: Record<PollSource['state'], string>;
  attendees: (count: number) => string;
  /** A contribution's author when published anonymously. */
  anonymousAuthor: string;
  /** Beside an event the organisers cancelled: it never took place. */
  cancelled: string;
  minutes: string;
  ballots: (count: number) => string;
  timelineHeading: string;
  /** One step of the timeline; both are labels from `statuses`. */
  moved: (from: string, to: string) => string;
  bodies: Record<Body, string>;
  answerHeading: string;
  noAnswer: string;
  answeredOn: (date: string, version: number) => string;
  reviewOn: (date: string) => string;
  earlierVersions: (count: number) => string;

  supportsHeading: string;
  /** Under the supports by role. */
  byRoleNote: string;
  support: string;
  withdraw: string;
  youSupport: string;
  /** When supports are closed but the visitor's stays counted. */
  youSupported: string;
  emailLabel: string;
  emailHint: string;
  invalidEmail: string;
  supported: string;
  withdrawn: string;
  /** Why the visitor cannot support. */
  ineligible: Record<IneligibilityReason | 'support_closed', string>;
  /** The messages of the recommendation routes' own codes. */
  problems: Record<PublicProblemCode<typeof RECOMMENDATION_PROBLEMS>, string>;
}

/** What `<sip-recommendation-feed>` renders with: the shared dictionary and its own strings. */
export type RecommendationFeedTranslation = Translation & RecommendationFeedStrings;
