/**
 * The admin API's guard: one shared bearer secret, ADMIN_TOKEN.
 */
import { createMiddleware } from 'hono/factory';
import type { Env } from '../env.ts';
import { ProblemError } from '../problems.ts';

/**
 * Lets the request through only with `Authorization: Bearer <ADMIN_TOKEN>`,
 * else 401 `admin_unauthorized`. Both values are hashed first so the
 * constant-time comparison works on equal lengths and leaks neither the
 * token's content nor its length.
 *
 * @example
 * adminPolls.use('*', adminAuth);
 */
export const adminAuth = createMiddleware<{ Bindings: Env }>(async (c, next) => {
  const presented = /^Bearer +(\S+) *$/i.exec(c.req.header('Authorization') ?? '')?.[1];
  if (!presented || !c.env.ADMIN_TOKEN || !(await sameSecret(presented, c.env.ADMIN_TOKEN))) {
    throw new ProblemError('admin_unauthorized', 'Send the admin token as "Authorization: Bearer <token>".', {
      headers: { 'WWW-Authenticate': 'Bearer realm="admin"' },
    });
  }
  await next();
});

async function sameSecret(presented: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([sha256(presented), sha256(expected)]);
  return crypto.subtle.timingSafeEqual(a, b);
}

async function sha256(text: string): Promise<ArrayBuffer> {
  return crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
}
