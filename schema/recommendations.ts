/**
 * Recommendations to the board: what the steering committee drafts from the
 * participation, what the board answers and what became of it, who supports
 * it, and the sources it draws on. The lifecycle's plain values are in
 * recommendation-lifecycle.ts; the annual publication in publications.ts.
 */
import * as v from 'valibot';
import { Audience, BreakdownRole, Instant, Language, Slug } from './common.ts';
import {
  BODIES,
  MAX_SOURCES,
  PUBLIC_STATUSES,
  RECOMMENDATION_STATUSES,
  SOURCE_KINDS,
} from './recommendation-lifecycle.ts';
import { TerritoryCode } from './territories.ts';
import { ThemeView } from './themes.ts';

export { BODIES, MAX_SOURCES, PUBLIC_STATUSES, RECOMMENDATION_STATUSES, SOURCE_KINDS };

/** What the recommendation routes answer besides the core problems (schema/problem.ts). */
export const RECOMMENDATION_PROBLEMS = {
  recommendation_not_found: { status: 404, title: 'Recommendation not found' },
  support_closed: { status: 409, title: 'This recommendation no longer takes supports' },
  already_supported: { status: 409, title: 'You already support this recommendation' },
  support_not_found: { status: 404, title: 'You do not support this recommendation' },
  transition_not_allowed: {
    status: 409,
    title: 'This status change is not allowed from the current status, or not for your role',
    adminOnly: true,
  },
  answer_required: { status: 422, title: "This decision needs the board's answer", adminOnly: true },
  merge_target_invalid: {
    status: 422,
    title: 'A recommendation is merged into another public, unmerged recommendation',
    adminOnly: true,
  },
  source_not_found: {
    status: 422,
    title: 'A linked source does not exist or is not public',
    adminOnly: true,
  },
  recommendation_exists: { status: 409, title: 'A recommendation already has this slug', adminOnly: true },
} as const;

const written = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

/**
 * Text written in one or several of the kit's languages, none required: a
 * recommendation may be written in Dutch only. Readers show the visitor's
 * language when present and say which language they show otherwise.
 */
export const WrittenText = (max: number) =>
  v.pipe(
    v.strictObject({
      fr: v.optional(written(max)),
      nl: v.optional(written(max)),
      en: v.optional(written(max)),
    }),
    v.check((text) => Boolean(text.fr || text.nl || text.en), 'at least one language'),
  );
export type WrittenText = { fr?: string; nl?: string; en?: string };

const Title = WrittenText(200);
const Summary = WrittenText(600);
const FullText = WrittenText(20_000);
const AnswerText = WrittenText(10_000);
const Reason = WrittenText(2000);

/** A calendar day, `2027-03-31` (the board's "review on" date). */
export const Day = v.pipe(v.string(), v.isoDate());

export const RecommendationStatus = v.picklist(RECOMMENDATION_STATUSES);
export const PublicStatus = v.picklist(PUBLIC_STATUSES);
export const Body = v.picklist(BODIES);
export const SourceKind = v.picklist(SOURCE_KINDS);

/** Supports, in all and per stakeholder category (a person with two roles counts in both). */
export const SupportCount = v.object({
  total: v.number(),
  byRole: v.array(v.object({ role: BreakdownRole, count: v.number() })),
});
export type SupportCount = v.InferOutput<typeof SupportCount>;

/** A recommendation as the feed lists it (`GET /api/v1/recommendations`). */
export const RecommendationSummary = v.object({
  slug: Slug,
  theme: ThemeView,
  /** The year of the participation cycle it belongs to (the publication it goes in). */
  year: v.number(),
  status: PublicStatus,
  /** When it entered its current status. */
  statusAt: Instant,
  /** Its latest change: a status change or a new version of the board's answer (the feed's order). */
  changedAt: Instant,
  title: Title,
  summary: Summary,
  /** The languages its text is written in. */
  languages: v.array(Language),
  supports: v.object({ total: v.number() }),
});
export type RecommendationSummary = v.InferOutput<typeof RecommendationSummary>;

/** One status change, public: from, to, when, by which body, why. */
export const StatusChange = v.object({
  from: RecommendationStatus,
  to: PublicStatus,
  at: Instant,
  by: Body,
  reason: v.nullable(Reason),
});
export type StatusChange = v.InferOutput<typeof StatusChange>;

/** A version of the board's answer; a revision adds a version, earlier ones stay readable. */
export const BoardAnswer = v.object({
  /** 1 for the first answer, then 2, 3… */
  version: v.number(),
  text: AnswerText,
  answeredAt: Instant,
  /** When the board said it would look at it again, or null. */
  reviewOn: v.nullable(Day),
});
export type BoardAnswer = v.InferOutput<typeof BoardAnswer>;

/**
 * An item a recommendation draws on, as readers follow it: a published
 * contribution, an event (with its minutes when published), a poll (with its
 * results when they are public). `ref` is the contribution's reference or the
 * event's or poll's slug; the widget opens it on the host page or in place.
 */
export const SourceView = v.variant('kind', [
  v.object({
    kind: v.literal('contribution'),
    ref: v.string(),
    title: v.string(),
    /** Null when published anonymously. */
    author: v.nullable(v.string()),
    role: v.string(),
    territory: TerritoryCode,
    publishedAt: Instant,
  }),
  v.object({
    kind: v.literal('event'),
    ref: Slug,
    title: v.object({ fr: v.string(), nl: v.optional(v.string()), en: v.optional(v.string()) }),
    format: v.picklist(['workshop', 'small_talk']),
    territory: TerritoryCode,
    startsAt: Instant,
    hasMinutes: v.boolean(),
    /** Who came, once the minutes are published; else null. */
    attendees: v.nullable(v.number()),
  }),
  v.object({
    kind: v.literal('poll'),
    ref: Slug,
    question: v.object({ fr: v.string(), nl: v.optional(v.string()), en: v.optional(v.string()) }),
    pollKind: v.picklist(['single', 'multiple', 'motion']),
    state: v.picklist(['upcoming', 'open', 'closed']),
    /** Ballots cast, when the results are public; else null. */
    ballots: v.nullable(v.number()),
  }),
]);
export type SourceView = v.InferOutput<typeof SourceView>;

/** Why a visitor may not support, besides the audience's reasons. */
export const SUPPORT_BARRIERS = ['sign_in_required', 'members_only', 'support_closed'] as const;

/** A recommendation in full, as the caller sees it (`GET /api/v1/recommendations/:slug`). */
export const RecommendationView = v.object({
  ...RecommendationSummary.entries,
  text: FullText,
  /** Who may support it. */
  audience: Audience,
  supports: SupportCount,
  /** Whether the caller supports it. */
  mySupport: v.boolean(),
  eligibility: v.object({
    canSupport: v.boolean(),
    reason: v.nullable(v.picklist(SUPPORT_BARRIERS)),
  }),
  sources: v.array(SourceView),
  /** Every status change since its submission, oldest first. */
  timeline: v.array(StatusChange),
  /** The board's answer, newest version first; empty until it answers. */
  answers: v.array(BoardAnswer),
  /** For a merged one: the recommendation it now lives in. */
  mergedInto: v.nullable(v.object({ slug: Slug, title: Title })),
  /** The recommendations merged into this one. */
  mergedFrom: v.array(v.object({ slug: Slug, title: Title })),
});
export type RecommendationView = v.InferOutput<typeof RecommendationView>;

/** `GET /api/v1/recommendations?theme=&status=&year=&cursor=&limit=`: newest change first, keyset-paginated. */
export const RecommendationListQuery = v.object({
  theme: v.optional(Slug),
  status: v.optional(PublicStatus),
  year: v.optional(v.pipe(v.string(), v.regex(/^\d{4}$/), v.transform(Number))),
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
  limit: v.optional(
    v.pipe(v.string(), v.transform(Number), v.integer(), v.minValue(1), v.maxValue(50)),
    '10',
  ),
});
export type RecommendationListQuery = v.InferOutput<typeof RecommendationListQuery>;

export const RecommendationList = v.object({
  recommendations: v.array(RecommendationSummary),
  nextCursor: v.nullable(v.string()),
});
export type RecommendationList = v.InferOutput<typeof RecommendationList>;

/**
 * `POST /api/v1/recommendations/:slug/support` (body optional): a signed-in
 * supporter may leave an e-mail to be told when its status changes or the
 * board answers (never shown; purged after the retention period).
 */
export const SupportInput = v.object({
  email: v.optional(v.union([v.literal(''), v.pipe(v.string(), v.trim(), v.email(), v.maxLength(254))])),
  /** The language of the messages. */
  language: v.optional(Language, 'fr'),
});
export type SupportInput = v.InferOutput<typeof SupportInput>;

/** The answer to a support or its withdrawal: where the caller stands, and the new counts. */
export const SupportReceipt = v.object({
  recommendation: Slug,
  mySupport: v.boolean(),
  supports: SupportCount,
});
export type SupportReceipt = v.InferOutput<typeof SupportReceipt>;

/** `GET /api/v1/recommendations.atom?theme=&lang=`. */
export const RecommendationFeedQuery = v.object({
  theme: v.optional(Slug),
  lang: v.optional(Language, 'fr'),
});

/** A source as the editor links it. */
export const SourceRef = v.object({
  kind: SourceKind,
  ref: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
});
export type SourceRef = v.InferOutput<typeof SourceRef>;

const RecommendationFields = v.object({
  slug: Slug,
  theme: Slug,
  year: v.pipe(v.number(), v.integer(), v.minValue(2020), v.maxValue(2100)),
  title: Title,
  summary: Summary,
  text: FullText,
  audience: v.optional(Audience, 'participants'),
  sources: v.optional(v.pipe(v.array(SourceRef), v.maxLength(MAX_SOURCES)), []),
});

/** `POST /api/v1/admin/recommendations` (editor): a new draft. */
export const RecommendationInput = RecommendationFields;
export type RecommendationInput = v.InferOutput<typeof RecommendationInput>;

/** `PATCH /api/v1/admin/recommendations/:slug` (editor): any field but the slug; every edit is in the audit log. */
export const RecommendationUpdateInput = v.partial(v.omit(RecommendationFields, ['slug']));
export type RecommendationUpdateInput = v.InferOutput<typeof RecommendationUpdateInput>;

/**
 * `POST /api/v1/admin/recommendations/:slug/status`: a move of the
 * lifecycle table, by the body the caller's role acts for (`as` chooses
 * when an admin could act for both). A decision carries the board's answer
 * unless it already has one; `merged` names the recommendation it goes into.
 */
export const StatusChangeInput = v.object({
  to: PublicStatus,
  reason: v.optional(Reason),
  as: v.optional(Body),
  answer: v.optional(v.object({ text: AnswerText, reviewOn: v.optional(v.nullable(Day), null) })),
  into: v.optional(Slug),
});
export type StatusChangeInput = v.InferOutput<typeof StatusChangeInput>;

/** `POST /api/v1/admin/recommendations/:slug/answers` (board): a new version of the board's answer. */
export const AnswerInput = v.object({ text: AnswerText, reviewOn: v.optional(v.nullable(Day), null) });
export type AnswerInput = v.InferOutput<typeof AnswerInput>;

/** `GET /api/v1/admin/recommendations/sources?q=&kind=`: what an editor may link, found by words of its title. */
export const SourceSearchQuery = v.object({
  q: v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(100)),
  kind: v.optional(SourceKind),
});

/** A recommendation as the steering committee and the board list it: drafts included. */
export const AdminRecommendation = v.object({
  ...RecommendationSummary.entries,
  status: RecommendationStatus,
  audience: Audience,
  /** How many sources it links. */
  sourceCount: v.number(),
  /** The latest version of the board's answer, or null. */
  answerVersion: v.nullable(v.number()),
});
export type AdminRecommendation = v.InferOutput<typeof AdminRecommendation>;
