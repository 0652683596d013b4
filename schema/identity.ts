/**
 * Who is taking part: the claims a host site vouches for in its HS256 token.
 */
import * as v from 'valibot';
import { Role } from './common.ts';

export const TokenClaims = v.object({
  /** The host site's id, as configured in `SITES`. */
  iss: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  aud: v.union([v.string(), v.array(v.string())]),
  /** The person's stable id on that site; stored only as a keyed hash. */
  sub: v.pipe(v.string(), v.minLength(1), v.maxLength(256)),
  name: v.optional(v.pipe(v.string(), v.maxLength(200))),
  roles: v.optional(v.array(Role), []),
  /** True for a sociétaire with voting rights. */
  member: v.optional(v.boolean(), false),
  iat: v.number(),
  exp: v.number(),
});
export type TokenClaims = v.InferOutput<typeof TokenClaims>;

/** What a `token-url` on the host site answers (an empty token means anonymous). */
export const TokenResponse = v.object({
  token: v.nullish(v.string()),
});
export type TokenResponse = v.InferOutput<typeof TokenResponse>;

/** Why a visitor may not take part in an item. */
export const INELIGIBILITY_REASONS = ['sign_in_required', 'members_only'] as const;
export type IneligibilityReason = (typeof INELIGIBILITY_REASONS)[number];
