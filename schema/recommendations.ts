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

const written = (max: number, language: string) =>
  v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max), v.description(`${language}, when written.`));

/**
 * Text written in one or several of the kit's languages, none required: a
 * recommendation may be written in Dutch only. Readers show the visitor's
 * language when present and say which language they show otherwise.
 */
export const WrittenText = (max: number) =>
  v.pipe(
    // Described in the schema (not JSDoc): the OpenAPI document reads JSDoc of named schemas only.
    v.strictObject({
      fr: v.optional(written(max, 'French')),
      nl: v.optional(written(max, 'Dutch')),
      en: v.optional(written(max, 'English')),
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

/** Where a recommendation stands: `draft` (not public), `submitted`, `under_review`, `adopted`, `partially_adopted`, `not_adopted`, `in_progress`, `implemented`, `withdrawn`, `merged`. */
export const RecommendationStatus = v.picklist(RECOMMENDATION_STATUSES);
/** Every status but `draft`: what the public sees. */
export const PublicStatus = v.picklist(PUBLIC_STATUSES);
/** The body that moves a recommendation: `steering_committee` (role `editor`) or `board`. */
export const Body = v.picklist(BODIES);
/** What a recommendation draws on: a `contribution`, an `event` or a `poll`. */
export const SourceKind = v.picklist(SOURCE_KINDS);

/** Supports, in all and per stakeholder category (a person with two roles counts in both). */
export const SupportCount = v.object({
  /** Everybody who supports it. */
  total: v.number(),
  /** Per stakeholder category, only those with supports, in the kit's order of roles. */
  byRole: v.array(
    v.object({
      /** A stakeholder category (`unspecified`: signed in without a role; `anonymous`: without a token). */
      role: BreakdownRole,
      /** Supports in that category. */
      count: v.number(),
    }),
  ),
});
export type SupportCount = v.InferOutput<typeof SupportCount>;

/** A recommendation as the feed lists it (`GET /api/v1/recommendations`). */
export const RecommendationSummary = v.object({
  /** Its identifier, as the widget and links name it (`?sip-recommendation=…`). */
  slug: Slug,
  /** The theme it belongs to. */
  theme: ThemeView,
  /** The year of the participation cycle it belongs to (the publication it goes in). */
  year: v.number(),
  /** Where it stands in its lifecycle (see `RECOMMENDATION_TRANSITIONS`). */
  status: PublicStatus,
  /** When it entered its current status. */
  statusAt: Instant,
  /** Its latest change: a status change or a new version of the board's answer (the feed's order). */
  changedAt: Instant,
  /** Its title, in the languages it is written in. */
  title: Title,
  /** A few lines that say what it asks, in the languages it is written in. */
  summary: Summary,
  /** The languages its text is written in. */
  languages: v.array(Language),
  /** How many participants support it. */
  supports: v.object({
    /** Everybody who supports it. */
    total: v.number(),
  }),
});
export type RecommendationSummary = v.InferOutput<typeof RecommendationSummary>;

/** One status change, public: from, to, when, by which body, why. */
export const StatusChange = v.object({
  /** The status it left. */
  from: RecommendationStatus,
  /** The status it entered. */
  to: PublicStatus,
  /** When. */
  at: Instant,
  /** The body that moved it: the steering committee or the board. */
  by: Body,
  /** Why, in the languages it was written in; null when none was given. */
  reason: v.nullable(Reason),
});
export type StatusChange = v.InferOutput<typeof StatusChange>;

/** A version of the board's answer; a revision adds a version, earlier ones stay readable. */
export const BoardAnswer = v.object({
  /** 1 for the first answer, then 2, 3… */
  version: v.number(),
  /** The board's words, in the languages it answered in. */
  text: AnswerText,
  /** When this version was given. */
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
    /** A published written contribution. */
    kind: v.literal('contribution'),
    /** The contribution's reference, e.g. `K7M2-9QXA`. */
    ref: v.string(),
    /** The contribution's title. */
    title: v.string(),
    /** Null when published anonymously. */
    author: v.nullable(v.string()),
    /** The author's stakeholder role. */
    role: v.string(),
    /** Where the author takes part from. */
    territory: TerritoryCode,
    /** When it was published. */
    publishedAt: Instant,
  }),
  v.object({
    /** A workshop or small talk of the event calendar. */
    kind: v.literal('event'),
    /** The event's slug. */
    ref: Slug,
    /** The event's title, French always, other languages when written. */
    title: v.object({
      /** French. */
      fr: v.string(),
      /** Dutch, when written. */
      nl: v.optional(v.string()),
      /** English, when written. */
      en: v.optional(v.string()),
    }),
    /** `workshop` or `small_talk`. */
    format: v.picklist(['workshop', 'small_talk']),
    /** Where it takes place. */
    territory: TerritoryCode,
    /** When it starts. */
    startsAt: Instant,
    /**
     * Whether the organisers cancelled it: a cancelled event stays listed,
     * so a recommendation may still cite it, and readers are told it never
     * took place.
     */
    cancelled: v.boolean(),
    /** Whether its minutes are published. */
    hasMinutes: v.boolean(),
    /** Who came, once the minutes are published; else null. */
    attendees: v.nullable(v.number()),
  }),
  v.object({
    /** A poll or the members' motion. */
    kind: v.literal('poll'),
    /** The poll's slug. */
    ref: Slug,
    /** The poll's question, French always, other languages when written. */
    question: v.object({
      /** French. */
      fr: v.string(),
      /** Dutch, when written. */
      nl: v.optional(v.string()),
      /** English, when written. */
      en: v.optional(v.string()),
    }),
    /** `single`, `multiple` or `motion`. */
    pollKind: v.picklist(['single', 'multiple', 'motion']),
    /** Whether it is upcoming, open or closed now. */
    state: v.picklist(['upcoming', 'open', 'closed']),
    /** Ballots cast, when the results are public; else null. */
    ballots: v.nullable(v.number()),
  }),
]);
export type SourceView = v.InferOutput<typeof SourceView>;

/** Why a visitor may not support, besides the audience's reasons. */
export const SUPPORT_BARRIERS = ['sign_in_required', 'members_only', 'support_closed'] as const;

/** Another recommendation, named: where a merged one went, what a contribution was taken up in. */
export const RecommendationLink = v.object({
  /** Its slug. */
  slug: Slug,
  /** Its title, in the languages it is written in. */
  title: Title,
});
export type RecommendationLink = v.InferOutput<typeof RecommendationLink>;

/** A recommendation in full, as the caller sees it (`GET /api/v1/recommendations/:slug`). */
export const RecommendationView = v.object({
  ...RecommendationSummary.entries,
  /** Its full text, in the languages it is written in. */
  text: FullText,
  /** Who may support it. */
  audience: Audience,
  /** Who supports it, in all and per stakeholder category. */
  supports: SupportCount,
  /** Whether the caller supports it. */
  mySupport: v.boolean(),
  /** Whether the caller may support it now (or withdraw their support), and if not, why. */
  eligibility: v.object({
    /** True when a support (or its withdrawal) would be taken. */
    canSupport: v.boolean(),
    /** Why not: `sign_in_required`, `members_only` or `support_closed` (the board has decided); null when they can. */
    reason: v.nullable(v.picklist(SUPPORT_BARRIERS)),
  }),
  /** The public items it draws on, in the editor's order. */
  sources: v.array(SourceView),
  /** Every status change since its submission, oldest first. */
  timeline: v.array(StatusChange),
  /** The board's answer, newest version first; empty until it answers. */
  answers: v.array(BoardAnswer),
  /** For a merged one: the recommendation it now lives in. */
  mergedInto: v.nullable(RecommendationLink),
  /** The recommendations merged into this one. */
  mergedFrom: v.array(RecommendationLink),
});
export type RecommendationView = v.InferOutput<typeof RecommendationView>;

/** `GET /api/v1/recommendations?theme=&status=&year=&cursor=&limit=`: newest change first, keyset-paginated. */
export const RecommendationListQuery = v.object({
  /** Only this theme's (its slug). */
  theme: v.optional(Slug),
  /** Only those in this status. */
  status: v.optional(PublicStatus),
  /** Only this year's (the participation cycle, e.g. `2026`). */
  year: v.optional(v.pipe(v.string(), v.regex(/^\d{4}$/), v.transform(Number))),
  /** Opaque; from the previous page's `nextCursor`. */
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
  /** How many per page: 1 to 50 (default 10). */
  limit: v.optional(
    v.pipe(v.string(), v.transform(Number), v.integer(), v.minValue(1), v.maxValue(50)),
    '10',
  ),
});
export type RecommendationListQuery = v.InferOutput<typeof RecommendationListQuery>;

/** A page of the public recommendations. */
export const RecommendationList = v.object({
  /** Newest change first. */
  recommendations: v.array(RecommendationSummary),
  /** The `cursor` of the next page; null on the last one. */
  nextCursor: v.nullable(v.string()),
});
export type RecommendationList = v.InferOutput<typeof RecommendationList>;

/**
 * `POST /api/v1/recommendations/:slug/support` (body optional): a signed-in
 * supporter may leave an e-mail to be told when its status changes or the
 * board answers (never shown; purged after the retention period).
 */
export const SupportInput = v.object({
  /** Where to tell the supporter of its next status changes and answers; `''` or absent for none. */
  email: v.optional(v.union([v.literal(''), v.pipe(v.string(), v.trim(), v.email(), v.maxLength(254))])),
  /** The language of the messages. */
  language: v.optional(Language, 'fr'),
});
export type SupportInput = v.InferOutput<typeof SupportInput>;

/** The answer to a support or its withdrawal: where the caller stands, and the new counts. */
export const SupportReceipt = v.object({
  /** The recommendation's slug. */
  recommendation: Slug,
  /** Whether the caller supports it now. */
  mySupport: v.boolean(),
  /** The counts with this support (or its withdrawal) taken into account. */
  supports: SupportCount,
});
export type SupportReceipt = v.InferOutput<typeof SupportReceipt>;

/** `GET /api/v1/recommendations.atom?theme=&lang=`. */
export const RecommendationFeedQuery = v.object({
  /** Only this theme's recommendations (its slug). */
  theme: v.optional(Slug),
  /** The language of the entries (each falls back to a language it is written in). */
  lang: v.optional(Language, 'fr'),
});

/** A source as the editor links it. */
export const SourceRef = v.object({
  /** `contribution`, `event` or `poll`. */
  kind: SourceKind,
  /** A contribution's reference, an event's or a poll's slug. */
  ref: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
});
export type SourceRef = v.InferOutput<typeof SourceRef>;

const RecommendationFields = v.object({
  /** Its identifier, for good: links and the feed name it. */
  slug: Slug,
  /** The theme's slug. */
  theme: Slug,
  /** The participation cycle it belongs to (the year's publication). */
  year: v.pipe(v.number(), v.integer(), v.minValue(2020), v.maxValue(2100)),
  /** Its title, in one or several languages. */
  title: Title,
  /** A few lines that say what it asks. */
  summary: Summary,
  /** Its full text. */
  text: FullText,
  /** Who may support it (default `participants`). */
  audience: v.optional(Audience, 'participants'),
  /** What it draws on, in order (50 at most): published contributions, events, polls. */
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
  /** The status it moves to. */
  to: PublicStatus,
  /** Why, shown in the public timeline. */
  reason: v.optional(Reason),
  /** The body the caller acts for; only an admin may choose (editors act for the steering committee, the board for itself). */
  as: v.optional(Body),
  /** The board's answer, given with the move (a new version when it already answered). */
  answer: v.optional(
    v.object({
      /** The board's words. */
      text: AnswerText,
      /** When the board will look at it again (a day), or null. */
      reviewOn: v.optional(v.nullable(Day), null),
    }),
  ),
  /** For `merged`: the slug of the recommendation it goes into. */
  into: v.optional(Slug),
});
export type StatusChangeInput = v.InferOutput<typeof StatusChangeInput>;

/** `POST /api/v1/admin/recommendations/:slug/answers` (board): a new version of the board's answer. */
export const AnswerInput = v.object({
  /** The board's words, in one or several languages. */
  text: AnswerText,
  /** When the board will look at it again (a day), or null. */
  reviewOn: v.optional(v.nullable(Day), null),
});
export type AnswerInput = v.InferOutput<typeof AnswerInput>;

/** `GET /api/v1/admin/recommendations/sources?q=&kind=`: what an editor may link, found by words of its title. */
export const SourceSearchQuery = v.object({
  /** Words of the title (or a contribution's reference), 2 to 100 characters. */
  q: v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(100)),
  /** Only this kind of source. */
  kind: v.optional(SourceKind),
});

/** What `GET /api/v1/admin/recommendations/sources` finds. */
export const SourceList = v.object({
  /** The matches, contributions first, then events, then polls; at most 20 of each kind. */
  sources: v.array(SourceView),
});
export type SourceList = v.InferOutput<typeof SourceList>;

/** A recommendation as the steering committee and the board list it: drafts included. */
export const AdminRecommendation = v.object({
  ...RecommendationSummary.entries,
  /** Where it stands, `draft` included. */
  status: RecommendationStatus,
  /** Who may support it. */
  audience: Audience,
  /** How many sources it links. */
  sourceCount: v.number(),
  /** The latest version of the board's answer, or null. */
  answerVersion: v.nullable(v.number()),
});
export type AdminRecommendation = v.InferOutput<typeof AdminRecommendation>;

/** `GET /api/v1/admin/recommendations?status=&theme=&year=&cursor=`: latest edit first, drafts included. */
export const AdminRecommendationQuery = v.object({
  /** Only those in this status (`draft` included). */
  status: v.optional(RecommendationStatus),
  /** Only this theme's (its slug). */
  theme: v.optional(Slug),
  /** Only this year's. */
  year: v.optional(v.pipe(v.string(), v.regex(/^\d{4}$/), v.transform(Number))),
  /** Opaque; from the previous page's `nextCursor`. */
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
});
export type AdminRecommendationQuery = v.InferOutput<typeof AdminRecommendationQuery>;

/** A page of the steering committee's and the board's list. */
export const AdminRecommendationList = v.object({
  /** Latest edit first, 50 a page. */
  recommendations: v.array(AdminRecommendation),
  /** The `cursor` of the next page; null on the last one. */
  nextCursor: v.nullable(v.string()),
});
export type AdminRecommendationList = v.InferOutput<typeof AdminRecommendationList>;

/**
 * A recommendation in full as the steering committee and the board see it
 * (`GET /api/v1/admin/recommendations/:slug`): any status, drafts included,
 * and every source as the editor linked it, public or not any more.
 */
export const AdminRecommendationView = v.object({
  ...RecommendationView.entries,
  /** Where it stands, `draft` included. */
  status: RecommendationStatus,
  /** Its permanent Atom entry id (`urn:uuid:…`), minted at creation. */
  atomId: v.string(),
  /** Every linked source in the editor's order; `public` is false for one readers no longer see (a hidden contribution). */
  linkedSources: v.array(
    v.object({
      ...SourceRef.entries,
      /** Whether readers see it among `sources`. */
      public: v.boolean(),
    }),
  ),
});
export type AdminRecommendationView = v.InferOutput<typeof AdminRecommendationView>;
