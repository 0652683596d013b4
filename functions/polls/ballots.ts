/**
 * The ballot write. Tallies are never written here: the triggers of
 * migration 0001 move them in the same statement as the ballot.
 */
import type { Audience } from '../../schema/common.ts';
import type { Db } from '../lib/db.ts';
import { type PollSnapshot, pollSnapshotStatement, toPollSnapshot } from './queries.ts';

export interface BallotWrite {
  slug: string;
  /** The participant's keyed hash, never a raw id. */
  participant: string;
  choices: readonly string[];
  /** Stakeholder roles the ballot counts under, frozen at the first ballot. */
  roles: readonly string[];
  /** The audiences the participant belongs to (anonymous: public only). */
  audiences: readonly Audience[];
  /** ISO 8601 UTC instant, as every date in the database. */
  now: string;
}

/**
 * One statement that casts or changes a ballot only when every rule holds:
 * the poll is open at ?5 (instants are stored as `toISOString()` text, so
 * text order is time order), its audience admits the participant, the
 * choices are distinct options of the poll, and there are not too many. A
 * second ballot of the same participant hits the primary key and becomes a
 * change, which only polls with allow_change accept.
 */
const CAST_BALLOT = `
INSERT INTO ballots (poll_id, participant, choices, roles, cast_at, updated_at)
SELECT p.id, ?2, ?3, ?4, ?5, ?5 FROM polls p
WHERE p.slug = ?1
  AND p.audience IN (SELECT value FROM json_each(?6))
  AND p.opens_at IS NOT NULL AND p.opens_at <= ?5 AND (p.closes_at IS NULL OR p.closes_at > ?5)
  AND (SELECT COUNT(DISTINCT c.value) FROM json_each(?3) AS c
       JOIN poll_options AS o ON o.poll_id = p.id AND o.key = c.value) = json_array_length(?3)
  AND json_array_length(?3) <= CASE p.kind WHEN 'multiple' THEN COALESCE(p.max_choices, json_array_length(?3)) ELSE 1 END
ON CONFLICT (poll_id, participant) DO UPDATE SET choices = excluded.choices, updated_at = excluded.updated_at
  WHERE (SELECT allow_change FROM polls WHERE id = excluded.poll_id) = 1`;

/**
 * Casts (or changes) a ballot and reads the poll back, in one round trip and
 * one transaction: the snapshot shows the tallies with this ballot counted.
 * `written` is false when a rule refused the ballot; the snapshot, taken in
 * the same transaction, then tells which rule (see the ballot route).
 *
 * @example
 * const { written, snapshot } = await castBallot(env.DB, {
 *   slug: 'deploiement-france', participant, choices: ['for'], roles: ['member'],
 *   audiences: ['public', 'participants', 'members'], now: new Date().toISOString(),
 * });
 */
export async function castBallot(
  db: Db,
  ballot: BallotWrite,
): Promise<{ written: boolean; snapshot: PollSnapshot | null }> {
  const write = db
    .prepare(CAST_BALLOT)
    .bind(
      ballot.slug,
      ballot.participant,
      JSON.stringify(ballot.choices),
      JSON.stringify(ballot.roles),
      ballot.now,
      JSON.stringify(ballot.audiences),
    );
  const [result, read] = await db.batch([write, pollSnapshotStatement(db, ballot.slug, ballot.participant)]);
  // `changes` may also count the tally rows the triggers wrote: any change means the ballot went in.
  return { written: result.meta.changes > 0, snapshot: toPollSnapshot(read) };
}
