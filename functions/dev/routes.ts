/**
 * Demo identities for local development and the example page: a stand-in for
 * a host site's token-url. Only reachable when DEV_TOKENS is "true".
 */
import { Hono } from 'hono';
import { sign } from 'hono/jwt';
import * as v from 'valibot';
import type { Role } from '../../schema/common.ts';
import { devTokensEnabled, siteSecrets } from '../config.ts';
import type { Env } from '../env.ts';
import { validate } from '../middleware/validate.ts';
import { ProblemError } from '../problems.ts';

/** The demo host site: its secrets and origins come from SITE_SECRETS and SITES like any other. */
const DEMO_SITE = 'demo';
const TOKEN_LIFETIME_SECONDS = 15 * 60;

const PEOPLE: readonly { id: string; name: string; roles: Role[]; member: boolean }[] = [
  { id: 'amelie', name: 'Amélie Dubois', roles: ['freelancer', 'member'], member: true },
  { id: 'bruno', name: 'Bruno Janssens', roles: ['freelancer'], member: false },
  { id: 'chloe', name: 'Chloé Martin', roles: ['staff', 'member'], member: true },
  { id: 'dirk', name: 'Dirk Peeters', roles: ['client'], member: false },
  { id: 'eva', name: 'Eva Lambert', roles: ['partner'], member: false },
];

export const devRoutes = new Hono<{ Bindings: Env }>()
  .use(async (c, next) => {
    // Same answer as an unknown path, so production does not even reveal the feature.
    if (!devTokensEnabled(c.env)) throw new ProblemError('not_found', `Nothing at ${c.req.path}.`);
    await next();
  })
  .get('/people', (c) => c.json({ people: PEOPLE }))
  .get('/people/:id/token', validate('param', v.object({ id: v.string() })), async (c) => {
    const { id } = c.req.valid('param');
    const person = PEOPLE.find((candidate) => candidate.id === id);
    if (!person) throw new ProblemError('not_found', 'There is no such demo person.');
    const [secret] = siteSecrets(c.env, DEMO_SITE);
    if (!secret) throw new Error(`SITE_SECRETS has no "${DEMO_SITE}" site`);
    const iat = Math.floor(Date.now() / 1000);
    const claims = {
      iss: DEMO_SITE,
      aud: c.env.TOKEN_AUDIENCE,
      sub: `demo-${person.id}`,
      name: person.name,
      roles: person.roles,
      member: person.member,
      iat,
      exp: iat + TOKEN_LIFETIME_SECONDS,
    };
    return c.json({ token: await sign(claims, secret, 'HS256') });
  });
