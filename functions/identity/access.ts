/**
 * Cloudflare Access in front of the admin pages: every request Access lets
 * through carries a `Cf-Access-Jwt-Assertion` header, an RS256 JWT signed
 * with the team's keys. This verifies it and says who is acting.
 */
import { decode, verifyWithJwks } from 'hono/jwt';
import type { HonoJsonWebKey } from 'hono/utils/jwt/jws';
import * as v from 'valibot';
import type { AdminIdentity } from '../../schema/moderation.ts';
import type { accessSettings } from '../config.ts';
import { ProblemError } from '../problems.ts';

/** Access as configured (see accessSettings in config.ts). */
type AccessSettings = NonNullable<ReturnType<typeof accessSettings>>;

/** How long the team's keys are used before being fetched again. */
const KEYS_TTL_MS = 10 * 60_000;
/** An unknown `kid` (Access rotates its keys) refetches them, but no more often than this. */
const KEYS_MIN_REFRESH_MS = 30_000;

/** What the kit needs from an Access token; signature, aud, iss and dates are checked by verifyWithJwks. */
const AccessClaims = v.object({
  email: v.pipe(v.string(), v.email()),
  exp: v.number(),
});

interface TeamKeys {
  keys: HonoJsonWebKey[];
  fetchedAt: number;
}

/** Per certs URL, in isolate memory; a promise so that concurrent requests share one fetch. */
const teamKeys = new Map<string, Promise<TeamKeys>>();

/**
 * Verifies an Access assertion (RS256 against the team's keys, `aud` =
 * ACCESS_AUD, `iss` = the team domain, not expired) and returns the identity
 * it vouches for: the e-mail as name, `admin` when listed in ACCESS_ADMINS,
 * else `moderator`. Throws a 401 `admin_unauthorized` for any invalid token.
 *
 * @example
 * const admin = await verifyAccessAssertion(access, c.req.header('Cf-Access-Jwt-Assertion'));
 * admin; // { name: 'ana@smart.coop', role: 'moderator', via: 'access' }
 */
export async function verifyAccessAssertion(
  access: AccessSettings,
  assertion: string,
): Promise<AdminIdentity> {
  const { team } = access;
  const kid = keyIdOf(assertion);
  if (kid === undefined) throw invalid();
  const keys = await keysFor(`${team}/cdn-cgi/access/certs`, kid, Date.now());
  const payload = await verifyWithJwks(assertion, {
    keys,
    verification: { iss: team, aud: access.aud },
    allowedAlgorithms: ['RS256'],
  }).catch(() => null);
  const claims = v.safeParse(AccessClaims, payload);
  if (!claims.success) throw invalid();
  const email = claims.output.email.toLowerCase();
  return {
    name: email,
    role: access.admins.has(email) ? 'admin' : (access.roles[email] ?? 'moderator'),
    via: 'access',
  };
}

function keyIdOf(token: string): string | undefined {
  try {
    const { kid } = decode(token).header;
    return typeof kid === 'string' ? kid : undefined;
  } catch {
    return undefined;
  }
}

async function keysFor(url: string, kid: string, now: number): Promise<HonoJsonWebKey[]> {
  const cached = await teamKeys.get(url)?.catch(() => undefined);
  const fresh = cached !== undefined && now - cached.fetchedAt <= KEYS_TTL_MS;
  const knowsKid = cached?.keys.some((key) => key.kid === kid) ?? false;
  if (cached && fresh && (knowsKid || now - cached.fetchedAt <= KEYS_MIN_REFRESH_MS)) return cached.keys;
  const fetching = fetchKeys(url, now);
  teamKeys.set(url, fetching);
  // A failed fetch is not remembered: the next request tries again.
  fetching.catch(() => {
    if (teamKeys.get(url) === fetching) teamKeys.delete(url);
  });
  return (await fetching).keys;
}

const Jwks = v.object({ keys: v.array(v.looseObject({ kty: v.string(), kid: v.optional(v.string()) })) });

async function fetchKeys(url: string, now: number): Promise<TeamKeys> {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`Access keys: ${url} answered ${response.status}`);
  const jwks = v.safeParse(Jwks, await response.json());
  if (!jwks.success) throw new Error(`Access keys: ${url} is not a JWKS`);
  return { keys: jwks.output.keys as HonoJsonWebKey[], fetchedAt: now };
}

function invalid(): ProblemError {
  // One message for every failure: telling why would help forgers.
  return new ProblemError('admin_unauthorized', 'The Cloudflare Access assertion could not be verified.');
}
