/**
 * The admin API's sub-app, /api/v1/admin: it authenticates once (a named
 * admin token or Cloudflare Access, see middleware/admin-auth.ts), answers
 * who is signed in, and the app mounts each feature's admin routes behind it.
 */
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AdminIdentity, AdminSession } from '../../schema/moderation.ts';
import { type AdminEnv, adminAuth } from '../middleware/admin-auth.ts';
import { documented } from '../openapi/meta.ts';

/**
 * Answers `{ signedIn: false }` to a request that presents no admin
 * credential at all (no `Authorization`, no Access assertion), so that the
 * moderation page can ask who is signed in before anyone has, without an
 * error. A credential that is presented goes on to adminAuth, which refuses
 * a wrong one with 401 as on every admin route.
 */
const anonymousSession = createMiddleware<AdminEnv>(async (c, next) => {
  if (c.req.header('Authorization') !== undefined || c.req.header('Cf-Access-Jwt-Assertion') !== undefined) {
    return next();
  }
  c.header('Cache-Control', 'private, no-store');
  return c.json({ signedIn: false } satisfies AdminSession);
});
// Ahead of adminAuth on its route: no credential at all is an answer there, not a 401.
documented({ security: { schemes: [], optional: true } }, anonymousSession);

/**
 * The admin sub-app before the features' routes are mounted on it.
 *
 * @example
 * const admin = adminApp();
 * admin.route('/polls', adminPolls);
 * app.route('/api/v1/admin', admin);
 */
export function adminApp() {
  return (
    new Hono<AdminEnv>()
      // Registered before the guard, which it answers ahead of for the anonymous case only.
      .get('/session', anonymousSession, adminAuth, (c) =>
        c.json({ signedIn: true, admin: c.get('admin') } satisfies AdminSession),
      )
      .use(adminAuth)
      .get('/me', (c) => c.json(c.get('admin') satisfies AdminIdentity))
  );
}
