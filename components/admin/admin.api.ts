/**
 * The moderation page's requests: its client for /api/v1/admin, and the
 * public themes and territories it names things with. Unlike the widgets'
 * client it sends same-origin cookies, because Cloudflare Access may stand in
 * front of the admin API with its session cookie; otherwise the moderator's
 * named token travels as `Authorization: Bearer`, kept in sessionStorage only
 * (it is gone when the tab closes, and no other tab or later visitor reads it).
 */
import * as v from 'valibot';
import type {
  AdminIdentity,
  AdminSession,
  AuditKind,
  AuditLog,
  DecisionInput,
  ErasureInput,
  Queue,
  QueueItem,
} from '../../schema/moderation.ts';
import { Problem } from '../../schema/problem.ts';
import type { TerritoryList } from '../../schema/territories.ts';
import type { ThemeList } from '../../schema/themes.ts';
import { ApiError } from '../internal/api.ts';
import { endpoint } from '../internal/config.ts';

export const TOKEN_KEY = 'sip-admin-token';

/** Query parameters; empty values are left out. */
export type Query = Record<string, string | undefined>;

/** Every method the admin API answers. */
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface CallOptions {
  /** GET by default, POST when there is a body. */
  method?: Method;
  query?: Query;
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
}

/** The CSV exports, by their path under /admin. */
export type AdminExport =
  | 'audit/export.csv'
  | 'contributions/export.csv'
  | `events/${string}/registrations/export.csv`;

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

/** The JSON body; undefined when there is none (a 204 after a DELETE, say). */
async function parse<T>(response: Response): Promise<T> {
  try {
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
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
  async whoAmI(token: string): Promise<AdminIdentity> {
    return parse<AdminIdentity>(await this.send(this.url(['me']), {}, token, false));
  }

  /** A page of the moderation queue: pending and reported contributions unless `status` says otherwise. */
  queue(query: { status?: string; theme?: string; cursor?: string }, signal?: AbortSignal): Promise<Queue> {
    return this.call<Queue>(['contributions'], { query, signal });
  }

  /** One contribution as it now is. */
  contribution(id: string): Promise<QueueItem> {
    return this.call<QueueItem>(['contributions', id]);
  }

  /** Records a decision on a contribution; resolves with the contribution as it now is. */
  decide(id: string, decision: DecisionInput): Promise<QueueItem> {
    return this.call<QueueItem>(['contributions', id, 'decisions'], { body: decision });
  }

  /** A page of the decision log, of one contribution or of all. */
  auditLog(
    query: { kind?: AuditKind; item?: string; cursor?: string },
    signal?: AbortSignal,
  ): Promise<AuditLog> {
    return this.call<AuditLog>(['audit'], { query, signal });
  }

  /** Erases a person's personal data; resolves with how many contributions it affected. */
  erase(input: ErasureInput): Promise<{ contributions: number }> {
    return this.call<{ contributions: number }>(['erasures'], { body: input });
  }

  /** Themes, from the public API: no identity sent. */
  themes(): Promise<ThemeList> {
    return this.public<ThemeList>('themes');
  }

  /** Territories, from the public API: no identity sent. */
  territories(): Promise<TerritoryList> {
    return this.public<TerritoryList>('territories');
  }

  /** An export's URL, for a plain link when the Access session cookie is what signs the moderator in. */
  exportUrl(file: AdminExport, query: Query = {}): URL {
    return this.url(file.split('/'), query);
  }

  /**
   * Fetches an export with the bearer token and hands it to the browser as a
   * download: a plain link cannot carry an Authorization header.
   */
  async download(file: AdminExport, query: Query, fallbackName: string): Promise<void> {
    const response = await this.send(this.exportUrl(file, query), { accept: 'text/csv' }, this.token);
    const href = URL.createObjectURL(await response.blob());
    const link = Object.assign(document.createElement('a'), {
      href,
      download: fileNameOf(response) ?? fallbackName,
    });
    link.click();
    // The click only starts the download: revoking at once could cancel it.
    setTimeout(() => URL.revokeObjectURL(href), 60_000);
  }

  /**
   * Any admin endpoint, with any method the API answers:
   * `call(['polls', slug], { method: 'PATCH', body })`. Resolves with the
   * JSON answer (undefined when empty); rejects with an ApiError (or the
   * AbortError).
   */
  async call<T>(path: readonly string[], options: CallOptions = {}): Promise<T> {
    return parse<T>(await this.send(this.url(path, options.query), options, this.token));
  }

  /** An admin API URL: `url(['contributions', id])`. */
  private url(path: readonly string[], query: Query = {}): URL {
    const url = endpoint(this.apiBase, 'admin', ...path);
    for (const [key, value] of Object.entries(query)) if (value) url.searchParams.set(key, value);
    return url;
  }

  /** A public endpoint outside /admin: no identity sent. */
  private async public<T>(path: string): Promise<T> {
    let response: Response;
    try {
      response = await fetch(endpoint(this.apiBase, path), {
        headers: { Accept: 'application/json' },
        credentials: 'omit',
      });
    } catch {
      throw new ApiError(0, 'network_error');
    }
    if (!response.ok) throw await toApiError(response);
    return parse<T>(response);
  }

  private async send(
    url: URL,
    options: CallOptions & { accept?: string },
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
        method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
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
