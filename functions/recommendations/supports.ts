/**
 * Supports: one per participant per recommendation, by primary key. The
 * counters are never written here: the triggers of migration 0010 move them
 * in the same statement as the support.
 */
import type { Audience, Language } from '../../schema/common.ts';
import { type RecommendationStatus, SUPPORT_OPEN_STATUSES } from '../../schema/recommendation-lifecycle.ts';
import type { Db } from '../lib/db.ts';
import type { Erasure } from '../lib/feature.ts';

export interface SupportWrite {
  slug: string;
  /** The participant's keyed hash, never a raw id. */
  participant: string;
  /** Stakeholder roles the support counts under (see ballotRoles). */
  roles: readonly string[];
  /** The audiences the participant belongs to (anonymous: public only). */
  audiences: readonly Audience[];
  /** For follow-up only, or null. */
  email: string | null;
  language: Language;
  /** ISO 8601 UTC instant. */
  now: string;
}

const OPEN = JSON.stringify(SUPPORT_OPEN_STATUSES);

/**
 * One statement that records a support only when every rule holds: the
 * recommendation takes supports (submitted or under review) and its audience
 * admits the participant. A second support of the same participant hits the
 * primary key and is ignored.
 */
const INSERT_SUPPORT = `
INSERT INTO recommendation_supports (recommendation_id, participant, roles, email, language, supported_at)
SELECT r.id, ?2, ?3, ?4, ?5, ?6 FROM recommendations r
WHERE r.slug = ?1
  AND r.status IN (SELECT value FROM json_each(?7))
  AND r.audience IN (SELECT value FROM json_each(?8))
ON CONFLICT (recommendation_id, participant) DO NOTHING`;

/**
 * What a support's refusal is explained from, read in the same transaction
 * as the write: the recommendation's status and audience, its counters, and
 * whether the participant supports it.
 */
const SELECT_SUPPORT_STATE = `
SELECT r.status, r.audience,
  (SELECT json_group_array(json_object('role', role, 'supports', supports))
     FROM recommendation_support_counts WHERE recommendation_id = r.id) AS counts_json,
  EXISTS (SELECT 1 FROM recommendation_supports WHERE recommendation_id = r.id AND participant = ?2) AS mine
FROM recommendations r WHERE r.slug = ?1`;

/** A recommendation's supports as one participant stands towards them. */
export interface SupportState {
  status: RecommendationStatus;
  audience: Audience;
  counts: { role: string; supports: number }[];
  mine: boolean;
}

function stateStatement(db: Db, slug: string, participant: string): D1PreparedStatement {
  return db.prepare(SELECT_SUPPORT_STATE).bind(slug, participant);
}

function toState(result: D1Result): SupportState | null {
  const row = result.results[0] as
    | { status: RecommendationStatus; audience: Audience; counts_json: string; mine: number }
    | undefined;
  if (!row) return null;
  return {
    status: row.status,
    audience: row.audience,
    counts: JSON.parse(row.counts_json),
    mine: row.mine === 1,
  };
}

/**
 * Records a support and reads the counters back, in one round trip and one
 * transaction. `written` is false when a rule refused it (or the participant
 * already supports it); the state, read in the same transaction, tells which.
 * State null: there is no such recommendation.
 *
 * @example
 * const { written, state } = await addSupport(env.DB, {
 *   slug: 'guichet-unique', participant, roles: ['member'], audiences: ['public', 'participants', 'members'],
 *   email: null, language: 'fr', now: new Date().toISOString(),
 * });
 */
export async function addSupport(
  db: Db,
  support: SupportWrite,
): Promise<{ written: boolean; state: SupportState | null }> {
  const [insert, read] = await db.batch([
    db
      .prepare(INSERT_SUPPORT)
      .bind(
        support.slug,
        support.participant,
        JSON.stringify(support.roles),
        support.email,
        support.language,
        support.now,
        OPEN,
        JSON.stringify(support.audiences),
      ),
    stateStatement(db, support.slug, support.participant),
  ]);
  // `changes` also counts the counter rows the triggers wrote: any change means the support went in.
  return { written: insert.meta.changes > 0, state: toState(read) };
}

/**
 * Withdraws a participant's support while the recommendation takes supports,
 * and reads the counters back, in one round trip and one transaction.
 *
 * @example
 * const { removed, state } = await removeSupport(env.DB, 'guichet-unique', participant);
 */
export async function removeSupport(
  db: Db,
  slug: string,
  participant: string,
): Promise<{ removed: boolean; state: SupportState | null }> {
  const [remove, read] = await db.batch([
    db
      .prepare(
        `DELETE FROM recommendation_supports
         WHERE participant = ?2 AND recommendation_id =
           (SELECT id FROM recommendations WHERE slug = ?1 AND status IN (SELECT value FROM json_each(?3)))`,
      )
      .bind(slug, participant, OPEN),
    stateStatement(db, slug, participant),
  ]);
  return { removed: remove.meta.changes > 0, state: toState(read) };
}

/**
 * The support state alone, for a request that cannot write (no participant).
 *
 * @example
 * const state = await loadSupportState(env.DB, 'guichet-unique', '');
 */
export async function loadSupportState(
  db: Db,
  slug: string,
  participant: string,
): Promise<SupportState | null> {
  return toState(await stateStatement(db, slug, participant).all());
}

/**
 * A participant's supports, erased: the rows go (with their e-mail
 * addresses), and the triggers take them off the counters in the same
 * statement. Run with the other features' erasures in one batch.
 *
 * @example
 * const { statements, counted } = supportErasure(env.DB, participant, 'ana@smart.coop', now);
 */
export function supportErasure(db: Db, participant: string, _actor: string, _at: string): Erasure {
  return {
    // The DELETE's `changes` would also count the counter rows its trigger moves: the UPDATE counts supports only.
    counted: 0,
    statements: [
      db.prepare('UPDATE recommendation_supports SET email = NULL WHERE participant = ?1').bind(participant),
      db.prepare('DELETE FROM recommendation_supports WHERE participant = ?1').bind(participant),
    ],
  };
}

/**
 * Forgets supporters' e-mail addresses given before `now - days`; returns how
 * many supports lost theirs. `days` must be a positive integer, as for
 * contributions (see purgeExpiredEmails).
 *
 * @example
 * await purgeSupportEmails(env.DB, 365, new Date());
 */
export async function purgeSupportEmails(db: Db, days: number, now: Date): Promise<number> {
  if (!Number.isInteger(days) || days <= 0)
    throw new Error('the retention period must be a positive integer');
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  const { meta } = await db
    .prepare('UPDATE recommendation_supports SET email = NULL WHERE email IS NOT NULL AND supported_at < ?1')
    .bind(cutoff)
    .run();
  return meta.changes;
}
