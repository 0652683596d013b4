/**
 * The one error shape of the API: RFC 9457 `application/problem+json`, with a
 * stable `code` that widgets translate and programs switch on.
 */
import * as v from 'valibot';

/** A problem's HTTP status and human title; the title never changes for a code (RFC 9457 §3.1.3). */
export interface ProblemDefinition {
  readonly status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429 | 500;
  readonly title: string;
  /** Only the admin API answers it: the widgets never need to explain it. */
  readonly adminOnly?: true;
}

/** The codes of a problem table that a widget may meet (its admin-only ones left out). */
export type PublicProblemCode<T extends Record<string, ProblemDefinition>> = {
  [K in keyof T]: T[K] extends { adminOnly: true } ? never : K;
}[keyof T] &
  string;

/**
 * The problems any route may answer, whatever its feature. Each feature's
 * schema module declares its own beside its schemas (`POLL_PROBLEMS` in
 * polls.ts, …), and the Worker's route table gathers them.
 */
export const CORE_PROBLEMS = {
  invalid_json: { status: 400, title: 'The request body is not valid JSON' },
  unsupported_media_type: { status: 415, title: 'The request body must be application/json' },
  validation_failed: { status: 400, title: 'The request is not valid' },
  payload_too_large: { status: 413, title: 'The request body is too large' },
  not_found: { status: 404, title: 'Not found' },
  theme_not_found: { status: 404, title: 'Theme not found' },
  territory_not_found: { status: 422, title: 'Unknown territory' },
  sign_in_required: { status: 401, title: 'Sign in to take part' },
  members_only: { status: 403, title: 'Reserved for members' },
  invalid_token: { status: 401, title: 'The identity token is not valid' },
  origin_not_allowed: { status: 403, title: 'This site is not allowed to use the API' },
  rate_limited: { status: 429, title: 'Too many requests' },
  turnstile_failed: { status: 403, title: 'The anti-spam check failed' },
  idempotency_key_required: { status: 400, title: 'An Idempotency-Key header (a uuid) is required' },
  idempotency_key_reused: { status: 422, title: 'This Idempotency-Key was already used for another request' },
  admin_unauthorized: { status: 401, title: 'Admin authorization required', adminOnly: true },
  admin_forbidden: { status: 403, title: 'Your role may not do this', adminOnly: true },
  csrf_failed: { status: 403, title: 'Cross-site request refused', adminOnly: true },
  slug_taken: { status: 409, title: 'This slug is already used', adminOnly: true },
  illegal_transition: {
    status: 409,
    title: 'This decision does not apply to the item in its current state',
    adminOnly: true,
  },
  internal_error: { status: 500, title: 'Internal error' },
} as const satisfies Record<string, ProblemDefinition>;
export type CoreProblemCode = keyof typeof CORE_PROBLEMS;

/** What is wrong with one field of the request. */
export const ProblemIssue = v.object({
  /** Dotted path of the field, e.g. `options.1.label.fr`; empty for the body. */
  path: v.string(),
  /** What is wrong, in English (widgets say it in their own words). */
  message: v.string(),
});
export type ProblemIssue = v.InferOutput<typeof ProblemIssue>;

/** A problem lists at most this many issues: the first ones found, so that an answer stays small whatever the input. */
export const MAX_PROBLEM_ISSUES = 10;
/** Longest key a path spells out in full: a path may name a key the client made up. */
const PATH_KEY_MAX = 40;

/** An error answer (RFC 9457 `application/problem+json`). */
export const Problem = v.object({
  type: v.string(),
  /** The code's title, the same for every answer with that code. */
  title: v.string(),
  /** The HTTP status, repeated. */
  status: v.number(),
  /** The stable code: what programs and widgets switch on. */
  code: v.string(),
  /** What happened this time, in English. */
  detail: v.optional(v.string()),
  /** For invalid input: what is wrong with which field, the first 10 found. */
  issues: v.optional(v.pipe(v.array(ProblemIssue), v.maxLength(MAX_PROBLEM_ISSUES))),
});
export type Problem = v.InferOutput<typeof Problem>;

/** Turns valibot issues into the field list a problem carries: the first MAX_PROBLEM_ISSUES of them. */
export function toProblemIssues(issues: readonly v.BaseIssue<unknown>[]): ProblemIssue[] {
  return issues.slice(0, MAX_PROBLEM_ISSUES).map((issue) => ({
    path: toProblemPath(issue.path?.map((item) => String(item.key)) ?? []),
    message: issue.message,
  }));
}

/** A dotted issue path (`options.1.label.fr`), long keys cut short (never inside a surrogate pair). */
export function toProblemPath(keys: readonly string[]): string {
  return keys
    .map((key) => {
      if (key.length <= PATH_KEY_MAX) return key;
      const end = /[\uD800-\uDBFF]/.test(key[PATH_KEY_MAX - 1]) ? PATH_KEY_MAX - 1 : PATH_KEY_MAX;
      return `${key.slice(0, end)}…`;
    })
    .join('.');
}
