/**
 * The admin API's guard. Each person has their own credential, in one of two
 * ways: a named admin token (`npm run admin:create`) sent as
 * `Authorization: Bearer <token>`, or Cloudflare Access in front of /admin,
 * whose signed assertion arrives in the `Cf-Access-Jwt-Assertion` header.
 */
import { createMiddleware } from 'hono/factory';
import type { AdminIdentity, AdminRole } from '../../schema/moderation.ts';
import { adminTokenHash, findAdminByTokenHash } from '../admin/tokens.ts';
import { accessSettings } from '../config.ts';
import type { Env } from '../env.ts';
import { verifyAccessAssertion } from '../identity/access.ts';
import type { Db } from '../lib/db.ts';
import { documented } from '../openapi/meta.ts';
import { ProblemError } from '../problems.ts';

/** What admin routes see: `c.get('admin')` is who is acting. */
export type AdminEnv = { Bindings: Env; Variables: { admin: AdminIdentity } };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Authenticates the request and sets `c.get('admin')`, else 401
 * `admin_unauthorized`. An `Authorization` header, when present, decides
 * alone (a wrong token never falls back to Access). Requests let in by
 * Access are cookie-borne (Access keeps its session in a cookie and adds the
 * assertion itself), so their unsafe methods must come from the same origin,
 * else 403 `csrf_failed`. Admin answers are never cached.
 *
 * @example
 * moderation.use(adminAuth).get('/me', (c) => c.json(c.get('admin')));
 */
export const adminAuth = createMiddleware<AdminEnv>(async (c, next) => {
  const authorization = c.req.header('Authorization');
  const assertion = c.req.header('Cf-Access-Jwt-Assertion');
  const access = accessSettings(c.env);
  let admin: AdminIdentity;
  if (authorization !== undefined) {
    admin = await fromAdminToken(c.get('db'), authorization);
  } else if (assertion !== undefined && access) {
    admin = await verifyAccessAssertion(access, assertion);
    if (!SAFE_METHODS.has(c.req.method) && c.req.header('Origin') !== new URL(c.req.url).origin) {
      throw new ProblemError('csrf_failed', 'Changes must be sent from the admin page itself.');
    }
  } else {
    throw unauthorized();
  }
  c.set('admin', admin);
  await next();
  c.header('Cache-Control', 'private, no-store');
});
documented(
  {
    security: { schemes: ['adminToken', 'cloudflareAccess'] },
    problems: ['admin_unauthorized', 'csrf_failed'],
  },
  adminAuth,
);

/**
 * Lets through only admins with one of `roles`, or the admin role (which may
 * do everything), else 403 `admin_forbidden`. Use after adminAuth.
 *
 * @example
 * adminContributions.use(requireRole('moderator'));
 * erasures.post('/', requireRole('admin'), validate('json', ErasureInput, { maxBytes: 4 * KB }), handler);
 */
export function requireRole(...roles: AdminRole[]) {
  const guard = createMiddleware<AdminEnv>(async (c, next) => {
    const { role } = c.get('admin');
    if (role !== 'admin' && !roles.includes(role)) {
      throw new ProblemError('admin_forbidden', `This needs the ${roles.join(' or ')} role.`);
    }
    await next();
  });
  return documented({ problems: ['admin_forbidden'] }, guard);
}

async function fromAdminToken(db: Db, authorization: string): Promise<AdminIdentity> {
  const presented = /^Bearer +(\S+) *$/i.exec(authorization)?.[1];
  if (presented === undefined) throw unauthorized();
  // The stored hash is looked up directly: see findAdminByTokenHash on why that is not a timing oracle.
  const holder = await findAdminByTokenHash(db, await adminTokenHash(presented));
  if (holder === null) throw unauthorized();
  return { name: holder.name, role: holder.role, via: 'token' };
}

function unauthorized(): ProblemError {
  return new ProblemError(
    'admin_unauthorized',
    'Send your admin token as "Authorization: Bearer <token>", or sign in through Cloudflare Access.',
    { headers: { 'WWW-Authenticate': 'Bearer realm="admin"' } },
  );
}
