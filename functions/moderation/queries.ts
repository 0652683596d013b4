/**
 * Typed reads of the audit log: every act of an admin on an item (a
 * contribution's moderation, an event's or a recommendation's changes) and
 * the system's automatic ones, newest first or in the order written.
 */
import type { AuditEntry, AuditKind } from '../../schema/moderation.ts';
import type { Db } from '../lib/db.ts';

interface AuditRow {
  id: number;
  item_kind: AuditKind;
  item_id: string;
  actor: string;
  action: string;
  from_status: string;
  to_status: string;
  reason_code: string | null;
  note: string | null;
  at: string;
}

const SELECT_AUDIT =
  'SELECT id, item_kind, item_id, actor, action, from_status, to_status, reason_code, note, at FROM audit_log';

function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    kind: row.item_kind,
    item: row.item_id,
    actor: row.actor,
    action: row.action,
    from: row.from_status,
    to: row.to_status,
    reasonCode: row.reason_code,
    note: row.note,
    at: row.at,
  };
}

/**
 * One page of the audit log, newest first: of one kind of item, or one item,
 * when given; before the entry id `before` when given.
 *
 * @example
 * const entries = await listAudit(env.DB, { kind: 'contribution', item: 'K7M2-9QXA', limit: 51 });
 */
export async function listAudit(
  db: Db,
  query: { kind?: AuditKind; item?: string; before?: number; limit: number },
): Promise<AuditEntry[]> {
  const { results } = await db
    .prepare(
      `${SELECT_AUDIT} WHERE (?1 IS NULL OR item_kind = ?1) AND (?2 IS NULL OR item_id = ?2)
         AND (?3 IS NULL OR id < ?3)
       ORDER BY id DESC LIMIT ?4`,
    )
    .bind(query.kind ?? null, query.item ?? null, query.before ?? null, query.limit)
    .all<AuditRow>();
  return results.map(toAuditEntry);
}

/**
 * A chunk of the whole audit log in the order it was written, after the
 * entry id `after` (0 for the start): for exports.
 *
 * @example
 * const first = await auditChunk(env.DB, 0, 500);
 */
export async function auditChunk(db: Db, after: number, limit: number): Promise<AuditEntry[]> {
  const { results } = await db
    .prepare(`${SELECT_AUDIT} WHERE id > ?1 ORDER BY id LIMIT ?2`)
    .bind(after, limit)
    .all<AuditRow>();
  return results.map(toAuditEntry);
}
