/**
 * Who is calling: a signed-in person (host-site token), an anonymous visitor
 * (browser-kept uuid), or nobody we can tell apart.
 */
import { createMiddleware } from 'hono/factory';
import * as v from 'valibot';
import { AnonymousId } from '../../schema/common.ts';
import { ANONYMOUS_SITE } from '../../schema/moderation.ts';
import type { Env } from '../env.ts';
import { type Participant, participantId } from '../identity/participant.ts';
import { verifyHostToken } from '../identity/token.ts';
import { documented } from '../openapi/meta.ts';
import { ProblemError } from '../problems.ts';

export type IdentityVariables = {
  /** Null when the caller has neither a token nor a valid `Sip-Participant` id. */
  participant: Participant | null;
};

const BEARER = /^Bearer +([A-Za-z0-9._~+/=-]+) *$/i;
/** A uuid is the same id in any case: `ABC…` and `abc…` are one visitor (and one erasure, see ErasureInput). */
const AnonymousHeader = v.pipe(AnonymousId, v.toLowerCase());

/**
 * Sets `c.var.participant`. A token that is present but not valid is a 401
 * `invalid_token`, never a silent fallback to anonymous: the widget must learn
 * that its token-url hands out bad tokens.
 *
 * @example
 * polls.use('*', identity);
 * polls.get('/:slug', (c) => c.json({ me: c.var.participant?.id ?? null }));
 */
export const identity = createMiddleware<{ Bindings: Env; Variables: IdentityVariables }>(async (c, next) => {
  c.set(
    'participant',
    await resolveParticipant(c.env, c.req.header('Authorization'), c.req.header('Sip-Participant')),
  );
  await next();
});
documented(
  { security: { schemes: ['hostToken', 'participant'], optional: true }, problems: ['invalid_token'] },
  identity,
);

async function resolveParticipant(
  env: Env,
  authorization: string | undefined,
  anonymousHeader: string | undefined,
): Promise<Participant | null> {
  if (authorization !== undefined) {
    const token = BEARER.exec(authorization)?.[1];
    if (!token) throw new ProblemError('invalid_token', 'The Authorization header must be "Bearer <token>".');
    const claims = await verifyHostToken(env, token);
    return {
      id: await participantId(env.PARTICIPANT_KEY, `${claims.iss}:${claims.sub}`),
      anonymous: false,
      name: claims.name ?? null,
      roles: claims.roles,
      member: claims.member,
      site: claims.iss,
    };
  }
  const anonymousId = v.safeParse(AnonymousHeader, anonymousHeader);
  if (anonymousId.success) {
    return {
      id: await participantId(env.PARTICIPANT_KEY, `${ANONYMOUS_SITE}:${anonymousId.output}`),
      anonymous: true,
      name: null,
      roles: [],
      member: false,
      site: null,
    };
  }
  return null;
}
