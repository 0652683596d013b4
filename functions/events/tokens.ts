/**
 * The secrets of the links the kit sends: a guest's "confirm my seat", the
 * "I can't come" of every message, a person's private calendar feed. Each is
 * 32 random bytes (base64url) known only to the recipient; the database keeps
 * its SHA-256, so that a copy of the database opens no link.
 */
import { base64url } from '../lib/base64url.ts';

/** A link's secret and what the database stores of it. */
export interface LinkToken {
  /** Goes into the link, nowhere else. */
  token: string;
  /** SHA-256 of the token (hex): what the database stores and looks up. */
  hash: string;
}

/**
 * A fresh token and its hash.
 *
 * @example
 * const { token, hash } = await newLinkToken(); // token: 'q3V…' (43 chars)
 */
export async function newLinkToken(): Promise<LinkToken> {
  const token = base64url(crypto.getRandomValues(new Uint8Array(32)));
  return { token, hash: await tokenHash(token) };
}

/**
 * The SHA-256 (hex) of a token, as stored.
 *
 * @example
 * const registration = await findByToken(db, await tokenHash(input.token), 'confirm');
 */
export async function tokenHash(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The tokens a possible promotion writes: a cancel link for the person moved up, and a confirm link if they are an unconfirmed guest. */
export interface PromotionTokens {
  cancel: LinkToken;
  confirm: LinkToken;
}

/**
 * Tokens for `count` possible promotions (one per seat a change may free).
 *
 * @example
 * const promotions = await promotionTokens(1);
 */
export async function promotionTokens(count: number): Promise<PromotionTokens[]> {
  return Promise.all(
    Array.from({ length: count }, async () => ({
      cancel: await newLinkToken(),
      confirm: await newLinkToken(),
    })),
  );
}
