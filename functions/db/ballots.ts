/**
 * Typed writes on `ballots`. Tallies are never written here: the triggers of
 * migration 0001 move them in the same statement as the ballot.
 */
import { isUniqueViolation } from './errors.ts';

export interface BallotWrite {
  pollId: number;
  /** The participant's keyed hash, never a raw id. */
  participant: string;
  choices: readonly string[];
  roles: readonly string[];
  /** ISO 8601 UTC instant, as every date in the database. */
  now: string;
}

/**
 * The poll is open at `now`: the same rule as the view's state. Instants are
 * all stored as `toISOString()` text, so text comparison is time order.
 */
function pollOpen(pollId: string, now: string): string {
  return `EXISTS (SELECT 1 FROM polls WHERE id = ${pollId} AND opens_at IS NOT NULL AND opens_at <= ${now}
    AND (closes_at IS NULL OR closes_at > ${now}))`;
}

/**
 * Casts a first ballot, in one statement that also checks the poll is still
 * open. The primary key (poll_id, participant) makes a second ballot fail,
 * however many arrive at once.
 *
 * @example
 * const outcome = await insertBallot(env.DB, { pollId, participant, choices: ['for'], roles: ['member'], now });
 * if (outcome === 'duplicate') …
 */
export async function insertBallot(
  db: D1Database,
  ballot: BallotWrite,
): Promise<'cast' | 'duplicate' | 'poll_not_open'> {
  try {
    const { meta } = await db
      .prepare(
        `INSERT INTO ballots (poll_id, participant, choices, roles, cast_at, updated_at)
         SELECT ?1, ?2, ?3, ?4, ?5, ?5 WHERE ${pollOpen('?1', '?5')}`,
      )
      .bind(
        ballot.pollId,
        ballot.participant,
        JSON.stringify(ballot.choices),
        JSON.stringify(ballot.roles),
        ballot.now,
      )
      .run();
    // `changes` also counts the tally rows the triggers wrote: any change means the ballot went in.
    return meta.changes > 0 ? 'cast' : 'poll_not_open';
  } catch (error) {
    if (isUniqueViolation(error)) return 'duplicate';
    throw error;
  }
}

/**
 * Replaces the choices of an existing ballot while the poll is open; false
 * when nothing changed because the poll closed meanwhile.
 *
 * @example
 * const changed = await changeBallot(env.DB, { pollId, participant, choices: ['against'], roles, now });
 */
export async function changeBallot(db: D1Database, ballot: BallotWrite): Promise<boolean> {
  const { meta } = await db
    .prepare(
      `UPDATE ballots SET choices = ?3, updated_at = ?4
       WHERE poll_id = ?1 AND participant = ?2 AND ${pollOpen('?1', '?4')}`,
    )
    .bind(ballot.pollId, ballot.participant, JSON.stringify(ballot.choices), ballot.now)
    .run();
  return meta.changes > 0;
}
