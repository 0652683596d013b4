/**
 * Written contributions: what a participant submits, what the public reads,
 * and how a participant reports one.
 */
import * as v from 'valibot';
import { Language, Role, Slug } from './common.ts';
import {
  DISPLAY_NAME_MAX,
  REPORT_REASONS,
  TEXT_MAX,
  TEXT_MIN,
  TITLE_MAX,
  TITLE_MIN,
} from './contribution-limits.ts';
import { RecommendationLink } from './recommendations.ts';
import { TerritoryCode } from './territories.ts';

export { DISPLAY_NAME_MAX, REPORT_REASONS, TEXT_MAX, TEXT_MIN, TITLE_MAX, TITLE_MIN };

/** What the contribution routes answer besides the core problems (schema/problem.ts). */
export const CONTRIBUTION_PROBLEMS = {
  contribution_not_found: { status: 404, title: 'Contribution not found' },
  already_reported: { status: 409, title: 'You already reported this contribution' },
  author_mismatch: { status: 422, title: 'The author does not match the identity token' },
} as const;

/** `POST /api/v1/contributions` (with an `Idempotency-Key: <uuid>` header). */
export const ContributionInput = v.pipe(
  v.object({
    /** The theme it contributes to (its slug). */
    theme: Slug,
    /** Its title, 5 to 120 characters. */
    title: v.pipe(v.string(), v.trim(), v.minLength(TITLE_MIN), v.maxLength(TITLE_MAX)),
    /** Plain text; paragraphs are separated by blank lines. Never HTML. */
    text: v.pipe(v.string(), v.trim(), v.minLength(TEXT_MIN), v.maxLength(TEXT_MAX)),
    /** The author's stakeholder role: one of their token's `roles` when it names any, else declared. */
    role: Role,
    /** Where the author takes part from (a code of `GET /api/v1/territories`). */
    territory: TerritoryCode,
    /** Shown with the contribution unless `anonymous`. */
    displayName: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(DISPLAY_NAME_MAX))),
    /** Publish without the author's name (default false). */
    anonymous: v.optional(v.boolean(), false),
    /** For follow-up by the steering committee; never shown publicly; purged after the retention period. */
    email: v.optional(v.union([v.literal(''), v.pipe(v.string(), v.trim(), v.email(), v.maxLength(254))])),
    /** The language the author writes in (`fr` by default): what they are written to in, when they left an e-mail. */
    language: v.optional(Language, 'fr'),
    /** Consent to publication and processing, given explicitly. */
    consent: v.literal(true, 'consent is required'),
    /** Honeypot: people never see this field; anything in it marks a bot. */
    website: v.optional(v.string()),
    /** Cloudflare Turnstile response, when the site has a Turnstile site key. */
    turnstileToken: v.optional(v.pipe(v.string(), v.maxLength(4096))),
  }),
  v.forward(
    v.check(
      (input) => input.anonymous || (input.displayName ?? '').length > 0,
      'a display name is required unless publishing anonymously',
    ),
    ['displayName'],
  ),
);
export type ContributionInput = v.InferOutput<typeof ContributionInput>;

export const CONTRIBUTION_STATUSES = ['pending', 'published', 'rejected', 'hidden', 'reported'] as const;
/** Where a contribution stands: `pending` (awaits moderation), `published`, `rejected`, `hidden`, or `reported` (published, reported, awaiting review). */
export const ContributionStatus = v.picklist(CONTRIBUTION_STATUSES);
export type ContributionStatus = v.InferOutput<typeof ContributionStatus>;

/** The 202 answer: the reference to quote, and whether it awaits moderation. */
export const ContributionReceipt = v.object({
  /** Its reference, e.g. `K7M2-9QXA`: what the author quotes. */
  id: v.string(),
  /** `pending` (awaits moderation) or `published` (a member on a `post_members` theme). */
  status: v.picklist(['pending', 'published']),
  /** The theme it was sent to. */
  theme: Slug,
});
export type ContributionReceipt = v.InferOutput<typeof ContributionReceipt>;

/** A published contribution, as anyone reads it. */
export const ContributionView = v.object({
  /** Its reference, e.g. `K7M2-9QXA`. */
  id: v.string(),
  /** The theme it contributes to. */
  theme: Slug,
  /** Its title. */
  title: v.string(),
  /** Plain text (never HTML); paragraphs are separated by blank lines. */
  text: v.string(),
  /** Null when published anonymously. */
  author: v.nullable(v.string()),
  /** The author's stakeholder role. */
  role: Role,
  /** Where the author takes part from. */
  territory: TerritoryCode,
  /** True when the author declared the role and territory (anonymous visitors); false when a host site vouched for the author. */
  selfDeclared: v.boolean(),
  /** When it was published (ISO 8601, UTC). */
  publishedAt: v.string(),
  /**
   * The public recommendations to the board that draw on it ("taken up in"),
   * oldest first; empty when none does. Always sent by the API; optional on
   * input so that a view from an older Worker still reads.
   */
  takenUpIn: v.optional(v.array(RecommendationLink), []),
});
export type ContributionView = v.InferOutput<typeof ContributionView>;

/** `GET /api/v1/contributions?theme=&cursor=&limit=`: newest first, keyset-paginated. */
export const ContributionListQuery = v.object({
  /** Only the contributions on this theme (its slug). */
  theme: v.optional(Slug),
  /** Opaque; from the previous page's `nextCursor`. */
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
  /** How many per page: 1 to 50 (default 10). */
  limit: v.optional(
    v.pipe(v.string(), v.transform(Number), v.integer(), v.minValue(1), v.maxValue(50)),
    '10',
  ),
});
export type ContributionListQuery = v.InferOutput<typeof ContributionListQuery>;

/** A page of published contributions. */
export const ContributionList = v.object({
  /** Published contributions, newest first. */
  contributions: v.array(ContributionView),
  /** The `cursor` of the next page; null on the last one. */
  nextCursor: v.nullable(v.string()),
});
export type ContributionList = v.InferOutput<typeof ContributionList>;

/** `POST /api/v1/contributions/:id/reports`, by a signed-in participant. */
export const ReportInput = v.object({
  /** Why: `spam`, `offensive` or `off_topic`. */
  reason: v.picklist(REPORT_REASONS),
  /** More, for the moderators (500 characters at most). */
  note: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(500))),
});
export type ReportInput = v.InferOutput<typeof ReportInput>;
