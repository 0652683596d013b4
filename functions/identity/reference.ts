/**
 * Contribution references: short random ids people can read aloud, copy by
 * hand and quote to the steering committee, e.g. `K7M2-9QXA`.
 */
import * as v from 'valibot';

/** Crockford's base32: digits and capitals without I, L, O and U, which are read as 1, 1, 0 and V. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 8;

/** A reference as it is written: two groups of four, upper case. */
export const REFERENCE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/**
 * A reference as typed by a person: case-insensitive, surrounding spaces ignored.
 *
 * @example
 * v.parse(Reference, ' k7m2-9qxa '); // 'K7M2-9QXA'
 */
export const Reference = v.pipe(
  v.string(),
  v.trim(),
  v.toUpperCase(),
  v.regex(REFERENCE_PATTERN, 'a reference like K7M2-9QXA'),
);

/**
 * A fresh random reference: 40 bits from crypto.getRandomValues. The alphabet
 * has 32 letters, so each byte's low five bits pick one without bias.
 *
 * @example
 * newReference(); // 'K7M2-9QXA'
 */
export function newReference(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(LENGTH));
  const letters = Array.from(bytes, (byte) => ALPHABET[byte & 31]);
  return `${letters.slice(0, 4).join('')}-${letters.slice(4).join('')}`;
}
