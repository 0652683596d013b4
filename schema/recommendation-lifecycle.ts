/**
 * A recommendation's lifecycle as plain values: its statuses, which body may
 * move it where, and what each move requires. No valibot here, so that the
 * feed widget can label statuses and the admin page offer only the legal
 * moves without loading the checks (see vocabulary.ts for why). The Worker
 * enforces the same table in SQL (a guarded move, as moderation decisions).
 */

/**
 * `draft` (the steering committee writes it; not public) → `submitted` to
 * the board → `under_review` → `adopted` | `partially_adopted` |
 * `not_adopted` (each with the board's answer) → `in_progress` →
 * `implemented`; `withdrawn`, or `merged` into another recommendation, from
 * any public state.
 */
export const RECOMMENDATION_STATUSES = [
  'draft',
  'submitted',
  'under_review',
  'adopted',
  'partially_adopted',
  'not_adopted',
  'in_progress',
  'implemented',
  'withdrawn',
  'merged',
] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

/** Every status but `draft`: what the public sees. */
export const PUBLIC_STATUSES = RECOMMENDATION_STATUSES.filter(
  (status) => status !== 'draft',
) as readonly Exclude<RecommendationStatus, 'draft'>[];

/** The statuses a recommendation ends in: no move leaves them. */
export const FINAL_STATUSES = ['implemented', 'not_adopted', 'withdrawn', 'merged'] as const;

/** The board's decisions: each needs the board's answer, given before or with the move. */
export const DECISION_STATUSES = ['adopted', 'partially_adopted', 'not_adopted'] as const;

/** While participants may support it: before the board has decided. */
export const SUPPORT_OPEN_STATUSES = ['submitted', 'under_review'] as const;

/** The bodies that move a recommendation: the steering committee (role `editor`) and the board (role `board`). */
export const BODIES = ['steering_committee', 'board'] as const;
export type Body = (typeof BODIES)[number];

/** The admin role that acts for each body (an `admin` may act for either). */
export const BODY_ROLES: Record<Body, 'editor' | 'board'> = {
  steering_committee: 'editor',
  board: 'board',
};

const LIVE_PUBLIC = [
  'submitted',
  'under_review',
  'adopted',
  'partially_adopted',
  'not_adopted',
  'in_progress',
  'implemented',
] as const satisfies readonly RecommendationStatus[];

/**
 * The legal moves, by target status: from which statuses, by which bodies.
 * `withdrawn` and `merged` leave any public state that has not already been
 * withdrawn or merged; a decision may be taken on a submitted recommendation
 * without the `under_review` step.
 */
export const RECOMMENDATION_TRANSITIONS: Record<
  Exclude<RecommendationStatus, 'draft'>,
  { from: readonly RecommendationStatus[]; by: readonly Body[] }
> = {
  submitted: { from: ['draft'], by: ['steering_committee'] },
  under_review: { from: ['submitted'], by: ['board'] },
  adopted: { from: ['submitted', 'under_review'], by: ['board'] },
  partially_adopted: { from: ['submitted', 'under_review'], by: ['board'] },
  not_adopted: { from: ['submitted', 'under_review'], by: ['board'] },
  in_progress: { from: ['adopted', 'partially_adopted'], by: ['board'] },
  implemented: { from: ['adopted', 'partially_adopted', 'in_progress'], by: ['board'] },
  withdrawn: { from: LIVE_PUBLIC, by: ['steering_committee', 'board'] },
  merged: { from: LIVE_PUBLIC, by: ['steering_committee'] },
};

/** Whether `body` may move a recommendation from `from` to `to`. */
export function canMove(from: RecommendationStatus, to: RecommendationStatus, body: Body): boolean {
  if (to === 'draft') return false;
  const rule = RECOMMENDATION_TRANSITIONS[to];
  return rule.from.includes(from) && rule.by.includes(body);
}

/** Where an item a recommendation draws on comes from. */
export const SOURCE_KINDS = ['contribution', 'event', 'poll'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Most sources one recommendation links. */
export const MAX_SOURCES = 50;
