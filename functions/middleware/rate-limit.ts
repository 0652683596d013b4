/**
 * Throttles anonymous writes, which anyone can make by inventing uuids.
 */
import { createMiddleware } from 'hono/factory';
import type { Env } from '../env.ts';
import { documented } from '../openapi/meta.ts';
import { ProblemError } from '../problems.ts';
import type { IdentityVariables } from './identity.ts';

/** The binding's period in wrangler.toml (`simple.period`); it does not report a reset time. */
const RETRY_AFTER_SECONDS = '60';

/**
 * Counts requests without a signed-in participant against ANONYMOUS_LIMITER,
 * keyed by the client IP, and answers 429 `rate_limited` beyond the limit.
 * Signed-in people are not limited here: their host site vouches for them.
 * Must run after `identity`.
 *
 * @example
 * polls.post('/:slug/ballot', limitAnonymousWrites, handler);
 */
export const limitAnonymousWrites = createMiddleware<{ Bindings: Env; Variables: IdentityVariables }>(
  async (c, next) => {
    const participant = c.get('participant');
    if (participant === null || participant.anonymous) {
      const key = c.req.header('CF-Connecting-IP') ?? 'unknown';
      const { success } = await c.env.ANONYMOUS_LIMITER.limit({ key });
      if (!success) {
        throw new ProblemError(
          'rate_limited',
          'Too many anonymous requests from this address; try again later.',
          {
            headers: { 'Retry-After': RETRY_AFTER_SECONDS },
          },
        );
      }
    }
    await next();
  },
);
documented({ problems: ['rate_limited'] }, limitAnonymousWrites);
