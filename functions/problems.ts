/**
 * The API's single error shape: `application/problem+json` (RFC 9457) with a
 * stable `code`. Handlers throw a ProblemError; `app.onError` renders it.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Problem, ProblemCode, ProblemIssue } from '../schema/problem.ts';

/** Status and human title of each code; the title never changes for a code (RFC 9457 §3.1.3). */
const PROBLEMS: Record<ProblemCode, { status: ContentfulStatusCode; title: string }> = {
  invalid_json: { status: 400, title: 'The request body is not valid JSON' },
  unsupported_media_type: { status: 415, title: 'The request body must be application/json' },
  validation_failed: { status: 400, title: 'The request is not valid' },
  not_found: { status: 404, title: 'Not found' },
  poll_not_found: { status: 404, title: 'Poll not found' },
  theme_not_found: { status: 404, title: 'Theme not found' },
  option_not_in_poll: { status: 422, title: 'A choice is not an option of this poll' },
  too_many_choices: { status: 422, title: 'Too many choices for this poll' },
  poll_not_open: { status: 409, title: 'The poll is not open' },
  ballot_already_cast: { status: 409, title: 'A ballot was already cast' },
  sign_in_required: { status: 401, title: 'Sign in to take part' },
  members_only: { status: 403, title: 'Reserved for members' },
  invalid_token: { status: 401, title: 'The identity token is not valid' },
  admin_unauthorized: { status: 401, title: 'Admin authorization required' },
  slug_taken: { status: 409, title: 'This slug is already used' },
  poll_has_ballots: { status: 409, title: 'The poll already has ballots' },
  rate_limited: { status: 429, title: 'Too many requests' },
  territory_not_found: { status: 422, title: 'Unknown territory' },
  contribution_not_found: { status: 404, title: 'Contribution not found' },
  illegal_transition: {
    status: 409,
    title: 'This decision does not apply to the contribution in its current state',
  },
  admin_forbidden: { status: 403, title: 'Your role may not do this' },
  csrf_failed: { status: 403, title: 'Cross-site request refused' },
  turnstile_failed: { status: 403, title: 'The anti-spam check failed' },
  already_reported: { status: 409, title: 'You already reported this contribution' },
  idempotency_key_required: { status: 400, title: 'An Idempotency-Key header (a uuid) is required' },
  origin_not_allowed: { status: 403, title: 'This site is not allowed to use the API' },
  author_mismatch: { status: 422, title: 'The author does not match the identity token' },
  idempotency_key_reused: {
    status: 422,
    title: 'This Idempotency-Key was already used for another request',
  },
  payload_too_large: { status: 413, title: 'The request body is too large' },
  internal_error: { status: 500, title: 'Internal error' },
};

/** Where a code is documented; also the problem's `type`. */
export const PROBLEM_TYPE_BASE = 'https://smart-in-progress.dev/problems/';

/**
 * An expected failure with a stable code; `app.onError` turns it into problem+json.
 *
 * @example
 * throw new ProblemError('poll_not_found', `No poll "${slug}".`);
 * throw new ProblemError('validation_failed', 'Invalid body.', { issues });
 */
export class ProblemError extends Error {
  readonly code: ProblemCode;
  readonly status: ContentfulStatusCode;
  readonly issues?: ProblemIssue[];
  readonly headers?: Record<string, string>;

  constructor(
    code: ProblemCode,
    detail?: string,
    extra: { issues?: ProblemIssue[]; headers?: Record<string, string> } = {},
  ) {
    super(detail ?? PROBLEMS[code].title);
    this.name = 'ProblemError';
    this.code = code;
    this.status = PROBLEMS[code].status;
    this.issues = extra.issues;
    this.headers = extra.headers;
  }

  toProblem(): Problem {
    return {
      type: `${PROBLEM_TYPE_BASE}${this.code}`,
      title: PROBLEMS[this.code].title,
      status: this.status,
      code: this.code,
      detail: this.message,
      ...(this.issues ? { issues: this.issues } : {}),
    };
  }
}

/**
 * Renders a problem as an `application/problem+json` response.
 *
 * @example
 * return problemResponse(new ProblemError('not_found'));
 */
export function problemResponse(error: ProblemError): Response {
  return new Response(JSON.stringify(error.toProblem()), {
    status: error.status,
    headers: { 'Content-Type': 'application/problem+json', ...error.headers },
  });
}
