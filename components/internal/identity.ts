/**
 * Who the visitor is, as far as the widgets can tell.
 *
 * A signed-in visitor is known by a JWT the host site issues (set as the
 * `token` attribute, or fetched from the host's token-url with its own session
 * cookie). Everyone else gets a random anonymous id kept in localStorage, so
 * that an anonymous ballot can be recognised (and changed) on the next visit.
 * The token is decoded here for display only: the API verifies it.
 */
import type { TokenClaims } from '../../schema/identity.ts';
import { ROLES } from '../../schema/vocabulary.ts';

export interface Identity {
  /** The JWT to send as `Authorization: Bearer`, or null for an anonymous visitor. */
  readonly token: string | null;
  /** The token's claims, for display ("signed in as"); null when anonymous or unreadable. */
  readonly claims: TokenClaims | null;
}

export const ANONYMOUS: Identity = Object.freeze({ token: null, claims: null });

const isString = (value: unknown, min = 0, max = 1e9): value is string =>
  typeof value === 'string' && value.length >= min && value.length <= max;

/**
 * Decodes a JWT payload without verifying it; null when it is not a readable
 * token. The claims are read by the shared TokenClaims schema's rules (and
 * defaults), by hand to keep valibot off the widgets' static path: they serve
 * display only, and the API verifies every token.
 */
export function decodeClaims(token: string): TokenClaims | null {
  try {
    const base64 = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    // A payload that is not an object (`null` included) throws or fails the checks.
    const {
      iss,
      aud,
      sub,
      name,
      roles = [],
      member = false,
      iat,
      exp,
    } = JSON.parse(new TextDecoder().decode(bytes));
    const valid =
      isString(iss, 1, 64) &&
      (isString(aud) || (Array.isArray(aud) && aud.every((item) => isString(item)))) &&
      isString(sub, 1, 256) &&
      (name === undefined || isString(name, 0, 200)) &&
      Array.isArray(roles) &&
      roles.every((role) => (ROLES as readonly unknown[]).includes(role)) &&
      typeof member === 'boolean' &&
      // JSON has no NaN: a number is a number.
      typeof iat === 'number' &&
      typeof exp === 'number';
    return valid ? { iss, aud, sub, ...(name === undefined ? {} : { name }), roles, member, iat, exp } : null;
  } catch {
    return null;
  }
}

export function identityFromToken(token: string | null | undefined): Identity {
  return token ? { token, claims: decodeClaims(token) } : ANONYMOUS;
}

/** Who the identity stands for: a new token for the same person leaves it unchanged. */
export function personKey(identity: Identity): string {
  const { claims } = identity;
  if (!claims) return identity.token ? 'unreadable' : 'anonymous';
  return JSON.stringify([claims.iss, claims.sub, claims.member, [...claims.roles].sort()]);
}

const REFRESH_MARGIN_MS = 60_000;
/** Never refresh more often than this, even if the host keeps issuing short-lived tokens. */
const MIN_REFRESH_MS = 5_000;
const MAX_TIMER_MS = 2 ** 31 - 1;
const RETRY_MS = 30_000;
const MAX_RETRY_MS = 10 * 60_000;

/** How long to wait before fetching a fresh token: about a minute before `exp` (seconds). */
export function refreshDelay(exp: number, now = Date.now()): number {
  return Math.min(MAX_TIMER_MS, Math.max(MIN_REFRESH_MS, exp * 1000 - REFRESH_MARGIN_MS - now));
}

export type IdentityListener = (identity: Identity, previous: Identity) => void;

/**
 * One token-url, shared by every widget on the page that names it: fetched
 * once, refreshed before the token expires, and retried with a growing delay
 * when the host cannot answer (the widgets work anonymously meanwhile).
 */
export class TokenSource {
  current: Identity = ANONYMOUS;
  /** Settles (never rejects) with the first answer, anonymous when the fetch failed. */
  readonly ready: Promise<Identity>;
  private readonly listeners = new Set<IdentityListener>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private settled = false;

  constructor(readonly url: string) {
    this.ready = this.refresh();
  }

  /** Called on every change after the first answer (the first one is `ready`). */
  subscribe(listener: IdentityListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async refresh(): Promise<Identity> {
    clearTimeout(this.timer);
    try {
      const response = await fetch(this.url, {
        credentials: 'include',
        cache: 'no-store',
        headers: { Accept: 'application/json' },
      });
      if (!response.ok) throw new Error(`token-url answered ${response.status}`);
      const body: unknown = await response.json();
      // The shared TokenResponse shape, `{ token?: string | null }`, checked by hand to keep valibot off the static path.
      const token = body && typeof body === 'object' ? (body as { token?: unknown }).token : false;
      if (token != null && typeof token !== 'string')
        throw new Error('token-url answered an unexpected body');
      this.failures = 0;
      this.update(identityFromToken(token));
      const exp = this.current.claims?.exp;
      if (exp) this.schedule(refreshDelay(exp));
    } catch {
      // Keep the current identity: an expired token is refused by the API
      // with a clear message, which beats silently signing the visitor out.
      this.failures += 1;
      this.schedule(Math.min(MAX_RETRY_MS, RETRY_MS * 2 ** (this.failures - 1)));
    }
    this.settled = true;
    return this.current;
  }

  private schedule(delay: number): void {
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private update(next: Identity): void {
    const previous = this.current;
    this.current = next;
    if (!this.settled || next.token === previous.token) return;
    for (const listener of this.listeners) listener(next, previous);
  }
}

const sources = new Map<string, TokenSource>();

/** The page-wide source for a token-url (absolute URL), created on first use. */
export function tokenSource(url: string): TokenSource {
  let source = sources.get(url);
  if (!source) {
    source = new TokenSource(url);
    sources.set(url, source);
  }
  return source;
}

/**
 * For host pages: fetch every token-url again, e.g. right after the visitor
 * signed in or out, so the widgets follow without a reload.
 */
export async function refreshIdentity(): Promise<void> {
  await Promise.all([...sources.values()].map((source) => source.refresh()));
}

const PARTICIPANT_KEY = 'sip:participant';
let memoryParticipant: string | undefined;

/** Whether a string is a UUID, as the shared AnonymousId schema (valibot's `uuid`) checks it. */
export const isUuid = (value: unknown): value is string =>
  typeof value === 'string' && /^[\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12}$/iu.test(value);

/** A random UUID v4 (for ids and idempotency keys). */
export function randomUuid(): string {
  // randomUUID only exists in secure contexts; a plain-http intranet page still deserves an id.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The anonymous visitor's id (UUID v4), stable across visits when localStorage
 * is available, and at least for the life of the page when it is blocked.
 */
export function anonymousId(): string {
  try {
    const stored = localStorage.getItem(PARTICIPANT_KEY);
    if (stored && isUuid(stored)) return stored;
    const id = memoryParticipant ?? randomUuid();
    localStorage.setItem(PARTICIPANT_KEY, id);
    return id;
  } catch {
    memoryParticipant ??= randomUuid();
    return memoryParticipant;
  }
}
