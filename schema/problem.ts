/**
 * The one error shape of the API: RFC 9457 `application/problem+json`, with a
 * stable `code` that widgets translate and programs switch on.
 */
import * as v from 'valibot';

export const PROBLEM_CODES = [
  'invalid_json',
  'unsupported_media_type',
  'validation_failed',
  'not_found',
  'poll_not_found',
  'theme_not_found',
  'option_not_in_poll',
  'too_many_choices',
  'poll_not_open',
  'ballot_already_cast',
  'sign_in_required',
  'members_only',
  'invalid_token',
  'admin_unauthorized',
  'slug_taken',
  'poll_has_ballots',
  'rate_limited',
  'territory_not_found',
  'contribution_not_found',
  'illegal_transition',
  'admin_forbidden',
  'csrf_failed',
  'turnstile_failed',
  'already_reported',
  'idempotency_key_required',
  'origin_not_allowed',
  'author_mismatch',
  'idempotency_key_reused',
  'payload_too_large',
  'internal_error',
] as const;
export const ProblemCode = v.picklist(PROBLEM_CODES);
export type ProblemCode = v.InferOutput<typeof ProblemCode>;

export const ProblemIssue = v.object({
  /** Dotted path of the field, e.g. `options.1.label.fr`; empty for the body. */
  path: v.string(),
  message: v.string(),
});
export type ProblemIssue = v.InferOutput<typeof ProblemIssue>;

/** A problem lists at most this many issues: the first ones found, so that an answer stays small whatever the input. */
export const MAX_PROBLEM_ISSUES = 10;
/** Longest key a path spells out in full: a path may name a key the client made up. */
const PATH_KEY_MAX = 40;

export const Problem = v.object({
  type: v.string(),
  title: v.string(),
  status: v.number(),
  code: v.string(),
  detail: v.optional(v.string()),
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
