/**
 * The API's single error shape: `application/problem+json` (RFC 9457) with a
 * stable `code`. Handlers throw a ProblemError; `app.onError` renders it.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  CORE_PROBLEMS,
  type CoreProblemCode,
  type Problem,
  type ProblemDefinition,
  type ProblemIssue,
} from '../schema/problem.ts';

/** Where a code is documented; also the problem's `type`. */
export const PROBLEM_TYPE_BASE = 'https://smart-in-progress.dev/problems/';

/** What a problem may carry besides its code and detail. */
export interface ProblemExtra {
  issues?: ProblemIssue[];
  headers?: Record<string, string>;
}

/**
 * An expected failure with a stable code; `app.onError` turns it into
 * problem+json. A core code (schema/problem.ts) is thrown as is; a feature's
 * own codes through the feature's `problemsOf` thrower.
 *
 * @example
 * throw new ProblemError('theme_not_found', `No theme "${slug}".`);
 * throw new ProblemError('validation_failed', 'Invalid body.', { issues });
 */
export class ProblemError extends Error {
  readonly code: string;
  readonly status: ContentfulStatusCode;
  readonly title: string;
  readonly issues?: ProblemIssue[];
  readonly headers?: Record<string, string>;

  constructor(code: CoreProblemCode, detail?: string, extra?: ProblemExtra);
  constructor(code: string, detail: string | undefined, extra: ProblemExtra, definition: ProblemDefinition);
  constructor(
    code: string,
    detail?: string,
    extra: ProblemExtra = {},
    definition: ProblemDefinition = CORE_PROBLEMS[code as CoreProblemCode],
  ) {
    super(detail ?? definition.title);
    this.name = 'ProblemError';
    this.code = code;
    this.status = definition.status;
    this.title = definition.title;
    this.issues = extra.issues;
    this.headers = extra.headers;
  }

  toProblem(): Problem {
    return {
      type: `${PROBLEM_TYPE_BASE}${this.code}`,
      title: this.title,
      status: this.status,
      code: this.code,
      detail: this.message,
      ...(this.issues ? { issues: this.issues } : {}),
    };
  }
}

/**
 * The thrower of a feature's own problems, declared in its schema module.
 *
 * @example
 * const pollProblem = problemsOf(POLL_PROBLEMS);
 * throw pollProblem('poll_not_found', `There is no poll "${slug}".`);
 */
export function problemsOf<T extends Record<string, ProblemDefinition>>(table: T) {
  return (code: keyof T & string, detail?: string, extra: ProblemExtra = {}): ProblemError =>
    new ProblemError(code, detail, extra, table[code]);
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
