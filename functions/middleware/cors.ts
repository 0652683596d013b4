/**
 * CORS for the host sites that embed the widgets. No credentials are ever
 * allowed: identity travels in the Authorization header, never in cookies.
 */
import { createMiddleware } from 'hono/factory';
import { allowedOrigins } from '../config.ts';
import type { Env } from '../env.ts';
import { documented } from '../openapi/meta.ts';
import { ProblemError, problemResponse } from '../problems.ts';
import { BOOKMARK_HEADER } from './session.ts';

const ALLOW_METHODS = 'GET, POST, PATCH, DELETE, OPTIONS';
const ALLOW_HEADERS = `Authorization, Content-Type, Sip-Participant, Idempotency-Key, If-None-Match, ${BOOKMARK_HEADER}`;
/**
 * What the widgets read of an answer: Retry-After when rate limited, the
 * ETag of what they may ask again conditionally, the D1 session's bookmark.
 */
const EXPOSE_HEADERS = `Retry-After, ETag, ${BOOKMARK_HEADER}`;
/** Browsers cap this (Chrome: 2 h); 10 minutes keeps origin changes quick to apply. */
const PREFLIGHT_MAX_AGE = '600';

/**
 * Echoes an allowed `Origin` (the origins of every site in SITES) and answers
 * preflights. Same-origin calls (the example and moderation pages) and calls
 * without an `Origin` (curl, servers) pass through untouched.
 *
 * A page on any other origin is refused before anything runs: every call it
 * makes gets a 403 `origin_not_allowed` that names the origin and the
 * setting, with just enough CORS for the page to read it. Browsers would
 * otherwise hide the answer, and the web team that forgot to add its origin
 * would see "check your connection". The preflight succeeds for the same
 * reason; the request that follows is refused all the same, so the
 * allowlist keeps every route, read or write, from those pages (before, the
 * browser hid the answers of simple GETs but the Worker still served them).
 *
 * @example
 * app.use('/api/*', cors);
 */
export const cors = createMiddleware<{ Bindings: Env }>(async (c, next) => {
  const origin = c.req.header('Origin');
  if (origin === undefined || origin === new URL(c.req.url).origin) return next();
  const allowed = allowedOrigins(c.env).has(origin);
  const isPreflight =
    c.req.method === 'OPTIONS' && c.req.header('Access-Control-Request-Method') !== undefined;

  if (isPreflight) {
    return c.body(null, 204, {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Methods': ALLOW_METHODS,
      'Access-Control-Allow-Headers': ALLOW_HEADERS,
      'Access-Control-Max-Age': PREFLIGHT_MAX_AGE,
      Vary: 'Origin',
    });
  }
  if (!allowed) {
    const refusal = problemResponse(
      new ProblemError(
        'origin_not_allowed',
        `Pages on ${origin} may not use this API. Add "${origin}" to the origins of its site in the ` +
          'SITES setting (wrangler.toml in production, .dev.vars locally).',
      ),
    );
    refusal.headers.set('Access-Control-Allow-Origin', origin);
    refusal.headers.set('Vary', 'Origin');
    return refusal;
  }

  await next();
  // The answer depends on Origin: shared caches must key on it.
  c.res.headers.append('Vary', 'Origin');
  c.res.headers.set('Access-Control-Allow-Origin', origin);
  c.res.headers.set('Access-Control-Expose-Headers', EXPOSE_HEADERS);
});
documented({ problems: ['origin_not_allowed'] }, cors);
