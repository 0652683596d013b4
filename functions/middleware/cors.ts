/**
 * CORS for the host sites that embed the widgets. No credentials are ever
 * allowed: identity travels in the Authorization header, never in cookies.
 */
import { createMiddleware } from 'hono/factory';
import { allowedOrigins } from '../config.ts';
import type { Env } from '../env.ts';

const ALLOW_METHODS = 'GET, POST, PATCH, OPTIONS';
const ALLOW_HEADERS = 'Authorization, Content-Type, Sip-Participant, Idempotency-Key';
/** Retry-After must be readable by the widget when it is rate limited. */
const EXPOSE_HEADERS = 'Retry-After';
/** Browsers cap this (Chrome: 2 h); 10 minutes keeps origin changes quick to apply. */
const PREFLIGHT_MAX_AGE = '600';

/**
 * Echoes an allowed `Origin` (the origins of every site in SITES) and answers
 * preflights. Requests from other origins get no CORS headers, so browsers
 * keep their answers from the page; a preflight from them is a bare 403. Same-origin
 * calls (the example page, curl) need no headers and pass through.
 *
 * @example
 * app.use('/api/*', cors);
 */
export const cors = createMiddleware<{ Bindings: Env }>(async (c, next) => {
  const origin = c.req.header('Origin');
  const allowed = origin !== undefined && allowedOrigins(c.env).has(origin);
  const isPreflight =
    c.req.method === 'OPTIONS' && c.req.header('Access-Control-Request-Method') !== undefined;

  if (isPreflight) {
    // No problem body: browsers never show a failed preflight's answer to the page.
    if (!allowed) return c.body(null, 403, { Vary: 'Origin' });
    return c.body(null, 204, {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Methods': ALLOW_METHODS,
      'Access-Control-Allow-Headers': ALLOW_HEADERS,
      'Access-Control-Max-Age': PREFLIGHT_MAX_AGE,
      Vary: 'Origin',
    });
  }

  await next();
  // The answer depends on Origin whether or not it is allowed: shared caches must key on it.
  c.res.headers.append('Vary', 'Origin');
  if (allowed) {
    c.res.headers.set('Access-Control-Allow-Origin', origin);
    c.res.headers.set('Access-Control-Expose-Headers', EXPOSE_HEADERS);
  }
});
