/**
 * The widgets' fetch client: JSON in and out, identity headers, and one error
 * type whatever went wrong, so every widget can show a translated message.
 *
 * Successful answers are trusted rather than validated: the API and the
 * widgets are built from the same schemas and deployed together, and parsing
 * every PollView would cost bundle size and time on each render for no gain.
 * Error bodies *are* checked, because they can come from a proxy or a CDN.
 */
import type { CoreProblemCode, ProblemIssue } from '../../schema/problem.ts';
import { anonymousId, decodeClaims } from './identity.ts';

/**
 * The codes every widget may meet: the API's core codes (each feature's own
 * codes are explained by the widgets that call it), plus two of the client's
 * own: `network_error` (no answer came back) and `token_refused` (the API
 * refused a token that has not expired: the host site's configuration is at
 * fault, not the visitor's session).
 */
export type ErrorCode = CoreProblemCode | 'network_error' | 'token_refused';

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
function codeForStatus(status: number): CoreProblemCode {
  if (status === 404) return 'not_found';
  if (status === 415) return 'unsupported_media_type';
  if (status === 429) return 'rate_limited';
  return 'internal_error';
}

async function toApiError(response: Response, url: URL | string, token: string | null): Promise<ApiError> {
  const { status } = response;
  const body: unknown = await response.json().catch(() => undefined);
  // What a failure needs beyond this is a chunk fetched on the first one: the
  // Problem check (valibot stays off the static path) and what to tell developers.
  const check = await import('./problem-check.ts').catch(() => undefined);
  // Without it, keep only a string `code` from the body.
  const problem: { code?: unknown; detail?: string; issues?: ProblemIssue[] } | undefined = check
    ? check.parseProblem(body)
    : { code: (body as { code?: unknown } | null)?.code };
  const code = problem?.code;
  const error =
    typeof code === 'string'
      ? new ApiError(status, code, problem?.detail, problem?.issues)
      : new ApiError(status, codeForStatus(status));
  check?.tellDevelopers(error, new URL(url, document.baseURI).origin, token);
  return refusedToken(error, token);
}

/**
 * The D1 session bookmark of the visitor's latest write, per API origin (and
 * kept for the tab in sessionStorage, so a reload right after a vote still
 * sees it). Sent back with every later request, it makes the API read from a
 * replica at least that recent: the visitor reads their own writes. Visitors
 * who never wrote send none, so their reads stay simple CORS requests.
 */
const BOOKMARK_HEADER = 'Sip-Bookmark';
const bookmarks = new Map<string, string>();

function bookmarkFor(origin: string): string | undefined {
  const known = bookmarks.get(origin);
  if (known) return known;
  try {
    return sessionStorage.getItem(`sip:bookmark:${origin}`) ?? undefined;
  } catch {
    return undefined;
  }
}

function rememberBookmark(origin: string, bookmark: string | null): void {
  // Bookmarks order as text: keep the most recent.
  if (!bookmark || (bookmarkFor(origin) ?? '') >= bookmark) return;
  bookmarks.set(origin, bookmark);
  try {
    sessionStorage.setItem(`sip:bookmark:${origin}`, bookmark);
  } catch {
    // Storage blocked: the memory copy serves this page.
  }
}

/** Sends a request as every widget does; resolves with the answer, ok or not, or rejects with a network_error. */
async function send(url: URL | string, options: RequestOptions, etag?: string): Promise<Response> {
  const origin = new URL(url, document.baseURI).origin;
  const headers = new Headers(options.headers);
  headers.set('Accept', 'application/json, application/problem+json');
  if (options.token) headers.set('Authorization', `Bearer ${options.token}`);
  else if (options.anonymous !== false) headers.set('Sip-Participant', anonymousId());
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  const bookmark = bookmarkFor(origin);
  if (bookmark) headers.set(BOOKMARK_HEADER, bookmark);
  if (etag) headers.set('If-None-Match', etag);
  const method = options.method ?? (options.body === undefined ? 'GET' : 'POST');
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      // Identity travels in headers only: API cookies would make every call a CSRF target.
      credentials: 'omit',
      // A conditional read must reach the API: the browser's cache would answer 200 from its copy.
      cache: etag ? 'no-store' : 'default',
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(0, 'network_error');
  }
  if (method !== 'GET' && response.ok) rememberBookmark(origin, response.headers.get(BOOKMARK_HEADER));
  if (!response.ok && response.status !== 304) throw await toApiError(response, url, options.token);
  return response;
}

async function parse<T>(response: Response): Promise<T> {
  try {
    // An answer without a body (a 204, or a 201 that only acknowledges) resolves with undefined.
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  } catch {
    throw new ApiError(response.status, 'internal_error');
  }
}

/** Calls the API; resolves with the parsed body (undefined when empty) or rejects with an ApiError (or the AbortError). */
export async function request<T>(url: URL | string, options: RequestOptions): Promise<T> {
  return parse<T>(await send(url, options));
}

/** What a conditional read answers: nothing new, or the body and its ETag. */
export type Revalidated<T> = { changed: false } | { changed: true; body: T; etag: string | null };

/**
 * A read that names the ETag of the copy the widget has: a 304 (nothing
 * changed) costs the API a hash and the network a header.
 *
 * @example
 * const fresh = await revalidate<PollView>(url, { token }, etag);
 * if (fresh.changed) this.view = fresh.body;
 */
export async function revalidate<T>(
  url: URL | string,
  options: RequestOptions,
  etag: string | null,
): Promise<Revalidated<T>> {
  const response = await send(url, options, etag ?? undefined);
  if (response.status === 304) return { changed: false };
  return { changed: true, body: await parse<T>(response), etag: response.headers.get('ETag') };
}

/**
 * A refused token that has not expired is not the visitor's session running
 * out: it becomes `token_refused` (the host site's configuration is at fault).
 */
function refusedToken(error: ApiError, token: string | null): ApiError {
  if (error.code !== 'invalid_token' || !token) return error;
  const claims = decodeClaims(token);
  return claims && claims.exp * 1000 > Date.now()
    ? new ApiError(error.status, 'token_refused', error.detail, error.issues)
    : error;
}

/** Narrows anything thrown by `request` (or by code around it) to an ApiError. */
export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'internal_error');
}
