/**
 * The widgets' fetch client: JSON in and out, identity headers, and one error
 * type whatever went wrong, so every widget can show a translated message.
 *
 * Successful answers are trusted rather than validated: the API and the
 * widgets are built from the same schemas and deployed together, and parsing
 * every PollView would cost bundle size and time on each render for no gain.
 * Error bodies *are* checked, because they can come from a proxy or a CDN.
 */
import type { ProblemCode, ProblemIssue } from '../../schema/problem.ts';
import { anonymousId } from './identity.ts';

/** Every code a widget may have to explain: the API's codes, plus one for an unreachable API. */
export type ErrorCode = ProblemCode | 'network_error';

export class ApiError extends Error {
  constructor(
    /** HTTP status; 0 when no answer came back. */
    readonly status: number,
    /** The stable code from the problem body (unknown codes are passed through as-is). */
    readonly code: ErrorCode | (string & {}),
    readonly detail?: string,
    readonly issues: ProblemIssue[] = [],
  ) {
    super(detail ?? code);
    this.name = 'ApiError';
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  /** The visitor's JWT; without one the anonymous id is sent instead, unless `anonymous` is false. */
  token: string | null;
  /** Send the anonymous id when there is no token (default true). */
  anonymous?: boolean;
  /** Extra headers, e.g. `Idempotency-Key`; the client's own (Accept, identity, Content-Type) win. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** The code to report when an error answer carries no usable problem body. */
function codeForStatus(status: number): ProblemCode {
  if (status === 404) return 'not_found';
  if (status === 415) return 'unsupported_media_type';
  if (status === 429) return 'rate_limited';
  return 'internal_error';
}

async function toApiError(response: Response): Promise<ApiError> {
  const { status } = response;
  const body: unknown = await response.json().catch(() => undefined);
  // The Problem check is a chunk fetched on the first failure (valibot stays off the static path).
  const problem: { code?: unknown; detail?: string; issues?: ProblemIssue[] } | undefined = await import(
    './problem-check.ts'
  ).then(
    (check) => check.parseProblem(body),
    // Without it, keep only a string `code` from the body.
    () => ({ code: (body as { code?: unknown } | null)?.code }),
  );
  const code = problem?.code;
  return typeof code === 'string'
    ? new ApiError(status, code, problem?.detail, problem?.issues)
    : new ApiError(status, codeForStatus(status));
}

/** Calls the API; resolves with the parsed body (undefined when empty) or rejects with an ApiError (or the AbortError). */
export async function request<T>(url: URL | string, options: RequestOptions): Promise<T> {
  const headers = new Headers(options.headers);
  headers.set('Accept', 'application/json, application/problem+json');
  if (options.token) headers.set('Authorization', `Bearer ${options.token}`);
  else if (options.anonymous !== false) headers.set('Sip-Participant', anonymousId());
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');

  let response: Response;
  try {
    response = await fetch(url, {
      method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      // Identity travels in headers only: API cookies would make every call a CSRF target.
      credentials: 'omit',
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(0, 'network_error');
  }
  if (!response.ok) throw await toApiError(response);
  try {
    // An answer without a body (a 204, or a 201 that only acknowledges) resolves with undefined.
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  } catch {
    throw new ApiError(response.status, 'internal_error');
  }
}

/** Narrows anything thrown by `request` (or by code around it) to an ApiError. */
export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'internal_error');
}
