/**
 * Building blocks shared by every feature schema, on both sides of the wire.
 */
import * as v from 'valibot';
import { AUDIENCES, LANGUAGES, localize, ROLES } from './vocabulary.ts';

export { AUDIENCES, LANGUAGES, localize, ROLES };

/** A language of the kit: `fr` (the default and the fallback), `nl` or `en`. */
export const Language = v.picklist(LANGUAGES);
export type Language = v.InferOutput<typeof Language>;

/** Text written by the cooperative in each language; only French is required, and no other language is taken. */
export const LocalizedText = v.strictObject({
  /** French, always there: the fallback of the other languages. */
  fr: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(2000)),
  /** Dutch, when written; readers fall back to French. */
  nl: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(2000))),
  /** English, when written; readers fall back to French. */
  en: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(2000))),
});
export type LocalizedText = v.InferOutput<typeof LocalizedText>;

/** URL-safe identifier chosen by admins: `deploiement-france`. */
export const Slug = v.pipe(
  v.string(),
  v.minLength(3),
  v.maxLength(64),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase letters, digits and single hyphens'),
);

/** A stakeholder category a host site may vouch for: freelancer, member (sociétaire), staff, client, supplier, partner. */
export const Role = v.picklist(ROLES);
export type Role = v.InferOutput<typeof Role>;

/**
 * Categories results are broken down by: the roles, plus `unspecified` for a
 * signed-in person without a role and `anonymous` for visitors without a token.
 */
export const BREAKDOWN_ROLES = [...ROLES, 'unspecified', 'anonymous'] as const;
/** A category results are broken down by: a role, `unspecified` (signed in without a role) or `anonymous`. */
export const BreakdownRole = v.picklist(BREAKDOWN_ROLES);
export type BreakdownRole = v.InferOutput<typeof BreakdownRole>;

/** Who may take part in an item: `public` (anyone, anonymous visitors included), `participants` (signed in on a host site), `members` (signed-in members). */
export const Audience = v.picklist(AUDIENCES);
export type Audience = v.InferOutput<typeof Audience>;

/** An ISO 8601 instant with its offset, as sent and stored (UTC, `Z`). */
export const Instant = v.pipe(v.string(), v.isoTimestamp());

/** A random id an anonymous visitor's browser keeps in localStorage. */
export const AnonymousId = v.pipe(v.string(), v.uuid());
