/**
 * The moderation model, for any kind of item that moves between statuses by
 * decisions (contributions today; recommendations next): a table of legal
 * moves, and one guarded batch that moves the item AND writes its history
 * row, so that a decision that lost a race, or no longer applies, writes
 * nothing at all. The history row is written first, while the item still
 * shows the status it moves from.
 *
 * Table and column names come from the feature's own constants, never from
 * a request; every value is bound.
 */
import type { Db } from '../lib/db.ts';

/** Which statuses a decision applies to, and where it leads. */
export interface Transition<S extends string = string> {
  from: readonly S[];
  to: S;
}

/** Legal moves of one kind of item, by decision: anything else is refused (409 `illegal_transition`). */
export type Transitions<A extends string, S extends string> = Record<A, Transition<S>>;

type Value = string | number | null;

export interface TransitionWrite {
  /** The items' table and its id and status columns (the feature's constants). */
  item: { table: string; id: Value; idColumn?: string; statusColumn?: string };
  transition: Transition;
  /**
   * Extra assignments the move makes, as SQL over the item's row where `?1`
   * is the new status and `?2` the instant (e.g. `updated_at = ?2`).
   */
  alsoSet?: string;
  /** The history row: its table, the column naming the item, and its other values by column. */
  history: {
    table: string;
    itemColumn: string;
    /** Also written: `from_status` (the item's status before) and `to_status`. */
    values: Record<string, Value>;
  };
  /** ISO 8601 UTC instant of the decision. */
  at: string;
}

/**
 * The two statements of a decision, to run in one `db.batch` (one
 * transaction), followed by whatever read the caller wants back: the history
 * row, then the move. `changes` of the second says whether it applied.
 *
 * @example
 * const [log, move] = transitionStatements(db, {
 *   item: { table: 'contributions', id },
 *   transition: TRANSITIONS.publish,
 *   alsoSet: 'updated_at = ?2',
 *   history: { table: 'audit_log', itemColumn: 'item_id', values: { actor, action: 'publish', at } },
 *   at,
 * });
 * const [, moved] = await db.batch([log, move]);
 */
export function transitionStatements(
  db: Db,
  write: TransitionWrite,
): [history: D1PreparedStatement, move: D1PreparedStatement] {
  const { table, id, idColumn = 'id', statusColumn = 'status' } = write.item;
  const from = JSON.stringify(write.transition.from);
  const guard = `${idColumn} = ?3 AND ${statusColumn} IN (SELECT value FROM json_each(?4))`;
  const columns = Object.keys(write.history.values);
  const values = Object.values(write.history.values);
  const history = db
    .prepare(
      `INSERT INTO ${write.history.table} (${write.history.itemColumn}, from_status, to_status, ${columns.join(', ')})
       SELECT ${idColumn}, ${statusColumn}, ?1, ${columns.map((_, index) => `?${index + 5}`).join(', ')}
       FROM ${table} WHERE ${guard}`,
    )
    .bind(write.transition.to, write.at, id, from, ...values);
  const move = db
    .prepare(
      `UPDATE ${table} SET ${statusColumn} = ?1${write.alsoSet ? `, ${write.alsoSet}` : ''} WHERE ${guard}`,
    )
    .bind(write.transition.to, write.at, id, from);
  return [history, move];
}
