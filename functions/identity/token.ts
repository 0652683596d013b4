/**
 * Verification of the HS256 tokens host sites sign for their visitors.
 */
import { decode, verify } from 'hono/jwt';
import * as v from 'valibot';
import { TokenClaims } from '../../schema/identity.ts';
import { siteSecrets, tokenMaxTtl } from '../config.ts';
import type { Env } from '../env.ts';
import { ProblemError } from '../problems.ts';
import { hmacKey } from './hmac-key.ts';

/** One message for every failure: telling why would help forgers, and the token is never echoed. */
const INVALID = 'The identity token could not be verified.';

/**
 * Verifies a host-site token and returns its claims, or throws a 401
 * `invalid_token`. The issuer picks the secrets; during a rotation both the
 * current and the previous secret are tried.
 *
 * @example
 * const claims = await verifyHostToken(c.env, bearer);
 * claims.iss; // 'smart-be'
 */
export async function verifyHostToken(
  env: Pick<Env, 'SITE_SECRETS' | 'TOKEN_AUDIENCE' | 'TOKEN_MAX_TTL'>,
  token: string,
): Promise<TokenClaims> {
  const unverified = decodeQuietly(token);
  // Pinning the algorithm refuses `none`, asymmetric algorithms (key confusion) and HS384/512.
  if (unverified?.header.alg !== 'HS256' || typeof unverified.payload.iss !== 'string') throw invalid();
  const issuer = unverified.payload.iss;

  for (const secret of siteSecrets(env, issuer)) {
    const key = await hmacKey(secret);
    const payload = await verify(token, key, { alg: 'HS256', iss: issuer, aud: env.TOKEN_AUDIENCE }).catch(
      () => null,
    );
    if (!payload) continue;
    const claims = v.safeParse(TokenClaims, payload);
    if (!claims.success || claims.output.exp - claims.output.iat > tokenMaxTtl(env)) throw invalid();
    return claims.output;
  }
  throw invalid();
}

function decodeQuietly(token: string): ReturnType<typeof decode> | null {
  try {
    return decode(token);
  } catch {
    return null;
  }
}

function invalid(): ProblemError {
  return new ProblemError('invalid_token', INVALID);
}
