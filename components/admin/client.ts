/**
 * The moderation page's client for /api/v1/admin. Unlike the widgets' client
 * it sends same-origin cookies, because Cloudflare Access may stand in front
 * of the admin API with its session cookie; otherwise the moderator's named
 * token travels as `Authorization: Bearer`, kept in sessionStorage only (it
 * is gone when the tab closes, and no other tab or later visitor reads it).
 */
import * as v from 'valibot';
import type { AdminSession } from '../../schema/moderation.ts';
import { Problem } from '../../schema/problem.ts';
import { ApiError } from '../internal/api.ts';
import { endpoint } from '../internal/config.ts';

export const TOKEN_KEY = 'sip-admin-token';

export type Query = Record<string, string | undefined>;

export interface JsonOptions {
  query?: Query;
  /** Sent as JSON with POST. */
  body?: unknown;
  signal?: AbortSignal;
}

async function toApiError(response: Response): Promise<ApiError> {
  // Access answers an expired session with a redirect to its sign-in page.
  if (response.type === 'opaqueredirect') return new ApiError(401, 'admin_unauthorized');
  const body: unknown = await response.json().catch(() => undefined);
  if (!v.is(Problem, body)) {
    const code =
      response.status === 404 ? 'not_found' : response.status === 429 ? 'rate_limited' : 'internal_error';
    return new ApiError(response.status, code);
  }
  return new ApiError(response.status, body.code, body.detail, body.issues);
}

async function parse<T>(response: Response): Promise<T> {
  try {
    return (await response.json()) as T;
  } catch {
    throw new ApiError(response.status, 'internal_error');
  }
}

/** The file name a Content-Disposition header proposes, if any. */
function fileNameOf(response: Response): string | undefined {
  const header = response.headers.get('Content-Disposition') ?? '';
  const match = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(header);
  if (!match) return undefined;
  return match[1] ? decodeURIComponent(match[1]) : match[2];
}

export class AdminClient {
  /**
   * @param apiBase - The API's base URL (ending with `/`), e.g. `https://…/api/v1/`.
   * @param onUnauthorized - Called on any 401, so the page can ask for a token again.
   */
  constructor(
    readonly apiBase: string,
    private readonly onUnauthorized: () => void = () => {},
  ) {}

  get token(): string | null {
    return sessionStorage.getItem(TOKEN_KEY);
  }

  set token(value: string | null) {
    if (value) sessionStorage.setItem(TOKEN_KEY, value);
    else sessionStorage.removeItem(TOKEN_KEY);
  }

  /** An admin API URL: `url(['contributions', id])`, query values that are empty are left out. */
  url(path: readonly string[], query: Query = {}): URL {
    const url = endpoint(this.apiBase, 'admin', ...path);
    for (const [key, value] of Object.entries(query)) if (value) url.searchParams.set(key, value);
    return url;
  }

  /** GET (or POST with a body) an admin endpoint; rejects with an ApiError (or the AbortError). */
  async json<T>(path: readonly string[], options: JsonOptions = {}): Promise<T> {
    return parse<T>(await this.send(this.url(path, options.query), options, this.token));
  }

  /**
   * Asks whether anyone is signed in: the stored token, else the Access
   * session if Access stands in front. Nobody is a 200 answer
   * (`signedIn: false`), so the page's first look logs no failed request; a
   * refused token is a 401, which here is an answer too, not an expiry.
   */
  async session(): Promise<AdminSession> {
    return parse<AdminSession>(await this.send(this.url(['session']), {}, this.token, false));
  }

  /**
   * Asks who a token typed in the sign-in form stands for. The caller stores
   * the token once accepted; a 401 here is an answer, not an expiry.
   */
  async whoAmI<T>(token: string): Promise<T> {
    return parse<T>(await this.send(this.url(['me']), {}, token, false));
  }

  /** A public endpoint outside /admin (themes, territories): no identity sent. */
  async public<T>(path: string): Promise<T> {
    let response: Response;
    try {
      response = await fetch(new URL(path, this.apiBase), {
        headers: { Accept: 'application/json' },
        credentials: 'omit',
      });
    } catch {
      throw new ApiError(0, 'network_error');
    }
    if (!response.ok) throw await toApiError(response);
    return parse<T>(response);
  }

  /**
   * Fetches a CSV with the bearer token and hands it to the browser as a
   * download: a plain link cannot carry an Authorization header.
   */
  async download(path: readonly string[], query: Query, fallbackName: string): Promise<void> {
    const response = await this.send(this.url(path, query), { accept: 'text/csv' }, this.token);
    const href = URL.createObjectURL(await response.blob());
    const link = Object.assign(document.createElement('a'), {
      href,
      download: fileNameOf(response) ?? fallbackName,
    });
    link.click();
    // The click only starts the download: revoking at once could cancel it.
    setTimeout(() => URL.revokeObjectURL(href), 60_000);
  }

  private async send(
    url: URL,
    options: JsonOptions & { accept?: string },
    token: string | null,
    reportUnauthorized = true,
  ): Promise<Response> {
    const headers = new Headers({
      Accept: `${options.accept ?? 'application/json'}, application/problem+json`,
    });
    if (token) headers.set('Authorization', `Bearer ${token}`);
    if (options.body !== undefined) headers.set('Content-Type', 'application/json');
    let response: Response;
    try {
      response = await fetch(url, {
        method: options.body === undefined ? 'GET' : 'POST',
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        credentials: 'same-origin',
        cache: 'no-store',
        redirect: 'manual',
        signal: options.signal,
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      throw new ApiError(0, 'network_error');
    }
    if (response.ok) return response;
    const error = await toApiError(response);
    if (error.status === 401 && reportUnauthorized) this.onUnauthorized();
    throw error;
  }
}
