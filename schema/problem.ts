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

export const Problem = v.object({
  type: v.string(),
  title: v.string(),
  status: v.number(),
  code: v.string(),
  detail: v.optional(v.string()),
  issues: v.optional(v.array(ProblemIssue)),
});
export type Problem = v.InferOutput<typeof Problem>;

/** Turns valibot issues into the field list a problem carries. */
export function toProblemIssues(issues: readonly v.BaseIssue<unknown>[]): ProblemIssue[] {
  return issues.map((issue) => ({
    path: issue.path?.map((item) => String(item.key)).join('.') ?? '',
    message: issue.message,
  }));
}
