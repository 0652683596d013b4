/**
 * Typed reads of the moderation log: every decision on a contribution (and
 * the system's automatic ones), newest first or in the order written.
 */
import type { ContributionStatus } from '../../schema/contributions.ts';
import type { AuditEntry } from '../../schema/moderation.ts';
import type { Db } from '../lib/db.ts';

interface AuditRow {
  id: number;
  contribution_id: string;
  actor: string;
  action: AuditEntry['action'];
  from_status: ContributionStatus;
  to_status: ContributionStatus;
  reason_code: string | null;
  note: string | null;
  at: string;
}

const SELECT_AUDIT =
  'SELECT id, contribution_id, actor, action, from_status, to_status, reason_code, note, at FROM moderation_log';

function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    contribution: row.contribution_id,
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
 * One page of the audit log, newest first, of one contribution when given,
 * before the entry id `before` when given.
 *
 * @example
 * const entries = await listAudit(env.DB, { contribution: 'K7M2-9QXA', limit: 51 });
 */
export async function listAudit(
  db: Db,
  query: { contribution?: string; before?: number; limit: number },
): Promise<AuditEntry[]> {
  const { results } = await db
    .prepare(
      `${SELECT_AUDIT} WHERE (?1 IS NULL OR contribution_id = ?1) AND (?2 IS NULL OR id < ?2)
       ORDER BY id DESC LIMIT ?3`,
    )
    .bind(query.contribution ?? null, query.before ?? null, query.limit)
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
