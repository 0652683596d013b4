/**
 * Named admin tokens: each moderator or admin has their own, stored only as
 * a SHA-256 hash (table admin_tokens), created by `npm run admin:create`.
 * A name has at most one active token; once it is revoked, the same name may
 * get a new one (migration 0004), and the revoked row stays.
 */

import type { AdminRole } from '../../schema/moderation.ts';
import { base64url } from '../lib/base64url.ts';
import type { Db } from '../lib/db.ts';

/** What a token is made of: a recognisable prefix and 32 random bytes, base64url. */
export const ADMIN_TOKEN_PREFIX = 'sipa_';

/** A token's name, inlined in SQL by the admin:create script: kept to letters, digits and `. _ @ -`. */
export const ADMIN_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

export interface AdminTokenHolder {
  name: string;
  role: AdminRole;
}

/**
 * A fresh admin token: `sipa_` and 32 random bytes, base64url (256 bits).
 *
 * @example
 * newAdminToken(); // 'sipa_Xq3…' (48 characters)
 */
export function newAdminToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `${ADMIN_TOKEN_PREFIX}${base64url(bytes)}`;
}

/**
 * The stored form of a token: SHA-256, lowercase hex.
 *
 * @example
 * await adminTokenHash('sipa_…'); // '9f86d0…' (64 hex digits)
 */
export async function adminTokenHash(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Who holds the token with this hash, unless it was revoked; null otherwise.
 *
 * Looking the hash up is not a timing oracle on the token: whatever an
 * attacker learns from how long the index takes to compare hashes is about
 * SHA-256 outputs, which they cannot steer towards a stored one.
 *
 * @example
 * const holder = await findAdminByTokenHash(env.DB, await adminTokenHash(bearer));
 */
export async function findAdminByTokenHash(db: Db, hash: string): Promise<AdminTokenHolder | null> {
  return db
    .prepare('SELECT name, role FROM admin_tokens WHERE token_hash = ?1 AND revoked_at IS NULL')
    .bind(hash)
    .first<AdminTokenHolder>();
}

/**
 * Stores a new named token by its hash. Throws the D1 UNIQUE error while the
 * name has an active token: a name stands for one person, so a new token for
 * it comes only after the old one is revoked, and the audit log's actor is
 * the same person before and after.
 *
 * @example
 * await insertAdminToken(env.DB, { name: 'alice', role: 'moderator', hash, createdAt: now });
 */
export async function insertAdminToken(
  db: Db,
  token: AdminTokenHolder & { hash: string; createdAt: string },
): Promise<void> {
  await db
    .prepare('INSERT INTO admin_tokens (name, role, token_hash, created_at) VALUES (?1, ?2, ?3, ?4)')
    .bind(token.name, token.role, token.hash, token.createdAt)
    .run();
}

/**
 * Revokes a named token; true when there was an active one.
 *
 * @example
 * await revokeAdminToken(env.DB, 'alice', new Date().toISOString());
 */
export async function revokeAdminToken(db: Db, name: string, at: string): Promise<boolean> {
  const { meta } = await db
    .prepare('UPDATE admin_tokens SET revoked_at = ?2 WHERE name = ?1 AND revoked_at IS NULL')
    .bind(name, at)
    .run();
  return meta.changes > 0;
}
