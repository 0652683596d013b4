/**
 * A person's right to erasure, under /api/v1/admin/erasures (admins only):
 * every feature that keeps a participant's data erases or anonymises it, in
 * one transaction, each logging what it did.
 */
import { Hono } from 'hono';
import * as v from 'valibot';
import { AnonymousId } from '../../schema/common.ts';
import { ANONYMOUS_SITE, ErasureInput } from '../../schema/moderation.ts';
import { participantId } from '../identity/participant.ts';
import type { Feature } from '../lib/feature.ts';
import { type AdminEnv, requireRole } from '../middleware/admin-auth.ts';
import { KB, validate } from '../middleware/validate.ts';
import { ProblemError } from '../problems.ts';

/** A site id and a subject, 320 characters at most: under 4 KB however escaped. */
const erasureBody = { maxBytes: 4 * KB };

/**
 * `POST /` erases the participant `site:subject` (the keyed hash the public
 * routes store; `anon` as the site for an anonymous visitor's uuid) from
 * every feature, and answers how many items each touched, e.g.
 * `{ contributions: 2 }`.
 *
 * @example
 * erasureRoutes(() => FEATURES);
 */
export function erasureRoutes(features: () => readonly Feature[]) {
  return new Hono<AdminEnv>().post(
    '/',
    requireRole('admin'),
    validate('json', ErasureInput, erasureBody),
    async (c) => {
      const { site, subject } = c.req.valid('json');
      // No anonymous visitor has any other id: erasing one would find nothing, and say so as a success.
      if (site === ANONYMOUS_SITE && !v.is(AnonymousId, subject)) {
        throw new ProblemError('validation_failed', 'The request body is not valid.', {
          issues: [{ path: 'subject', message: 'an anonymous id is a uuid' }],
        });
      }
      const participant = await participantId(c.env.PARTICIPANT_KEY, `${site}:${subject}`);
      const at = new Date().toISOString();
      const erasures = features().flatMap((feature) =>
        feature.erase
          ? [
              {
                name: feature.erase.name,
                ...feature.erase.statements(c.get('db'), participant, c.get('admin').name, at),
              },
            ]
          : [],
      );
      const results = await c.get('db').batch(erasures.flatMap((erasure) => erasure.statements));
      const counts: Record<string, number> = {};
      let offset = 0;
      for (const erasure of erasures) {
        counts[erasure.name] = results[offset + erasure.counted].meta.changes;
        offset += erasure.statements.length;
      }
      return c.json(counts);
    },
  );
}
