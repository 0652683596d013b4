/**
 * Typed queries of the moderators' API: the queue, decisions and their audit
 * log, the published contributions' export and erasure of a participant's data.
 * Reads the contributions tables directly (written by the public routes).
 */
import type { ContributionStatus } from '../../schema/contributions.ts';
import type { AuditEntry, Decision, QueueItem } from '../../schema/moderation.ts';

/** Keyset position in the queue (oldest first). */
export interface QueuePosition {
  submittedAt: string;
  id: string;
}

/** Keyset position in the export (oldest publication first). */
export interface ExportPosition {
  publishedAt: string;
  id: string;
}

interface QueueRow {
  id: string;
  theme: string;
  status: ContributionStatus;
  title: string;
  text: string;
  author: string | null;
  anonymous: number;
  role: QueueItem['role'];
  territory: string;
  self_declared: number;
  has_email: number;
  submitted_at: string;
  published_at: string | null;
  reports_json: string;
}

// Everything moderators see of a contribution: never the e-mail address, only whether there is one.
const SELECT_QUEUE_ITEMS = `SELECT c.id, t.slug AS theme, c.status, c.title, c.body AS text,
  c.display_name AS author, c.anonymous, c.role, c.territory, c.self_declared, c.email IS NOT NULL AS has_email,
  c.submitted_at, c.published_at,
  (SELECT json_group_array(json_object('reason', r.reason, 'note', r.note, 'at', r.created_at))
     FROM (SELECT reason, note, created_at FROM contribution_reports
           WHERE contribution_id = c.id ORDER BY created_at, participant) AS r) AS reports_json
FROM contributions c JOIN themes t ON t.id = c.theme_id`;

function toQueueItem(row: QueueRow): QueueItem {
  return {
    id: row.id,
    theme: row.theme,
    status: row.status,
    title: row.title,
    text: row.text,
    author: row.author,
    anonymous: row.anonymous === 1,
    role: row.role,
    territory: row.territory,
    selfDeclared: row.self_declared === 1,
    hasEmail: row.has_email === 1,
    submittedAt: row.submitted_at,
    publishedAt: row.published_at,
    reports: JSON.parse(row.reports_json),
  };
}

/**
 * One page of the queue, oldest submission first: contributions in one of
 * `statuses`, of `theme` when given, after `after` when given.
 *
 * @example
 * const items = await listQueue(env.DB, { statuses: ['pending', 'reported'], limit: 51 });
 */
export async function listQueue(
  db: D1Database,
  query: { statuses: readonly ContributionStatus[]; theme?: string; after?: QueuePosition; limit: number },
): Promise<QueueItem[]> {
  const { results } = await db
    .prepare(
      `${SELECT_QUEUE_ITEMS}
       WHERE c.status IN (SELECT value FROM json_each(?1)) AND (?2 IS NULL OR t.slug = ?2)
         AND (?3 IS NULL OR (c.submitted_at, c.id) > (?3, ?4))
       ORDER BY c.submitted_at, c.id LIMIT ?5`,
    )
    .bind(
      JSON.stringify(query.statuses),
      query.theme ?? null,
      query.after?.submittedAt ?? null,
      query.after?.id ?? null,
      query.limit,
    )
    .all<QueueRow>();
  return results.map(toQueueItem);
}

function queueItemStatement(db: D1Database, id: string): D1PreparedStatement {
  return db.prepare(`${SELECT_QUEUE_ITEMS} WHERE c.id = ?1`).bind(id);
}

/**
 * One contribution as moderators see it, or null.
 *
 * @example
 * const item = await findQueueItem(env.DB, 'K7M2-9QXA');
 */
export async function findQueueItem(db: D1Database, id: string): Promise<QueueItem | null> {
  const row = await queueItemStatement(db, id).first<QueueRow>();
  return row ? toQueueItem(row) : null;
}

export interface DecisionWrite {
  id: string;
  action: Decision;
  /** The states the decision applies to, and where it leads (see TRANSITIONS). */
  from: readonly ContributionStatus[];
  to: ContributionStatus;
  actor: string;
  reasonCode: string | null;
  note: string | null;
  at: string;
}

/**
 * Applies a decision in one transaction: the audit row and the status
 * change are both guarded by the contribution still being in a `from`
 * state, so a decision that lost a race (or no longer applies) writes
 * nothing at all. Publishing sets published_at unless the contribution was
 * published before (a hidden one put back keeps its date). Returns whether
 * it applied, and the contribution as it is after the transaction.
 *
 * @example
 * const { applied, item } = await applyDecision(env.DB, { id, action: 'publish', ...TRANSITIONS.publish, actor, reasonCode: null, note: null, at });
 */
export async function applyDecision(
  db: D1Database,
  decision: DecisionWrite,
): Promise<{ applied: boolean; item: QueueItem | null }> {
  const from = JSON.stringify(decision.from);
  // The log row is written first, while the row still shows the state it moves from.
  const log = db
    .prepare(
      `INSERT INTO moderation_log (contribution_id, actor, action, from_status, to_status, reason_code, note, at)
       SELECT id, ?3, ?4, status, ?5, ?6, ?7, ?8 FROM contributions
       WHERE id = ?1 AND status IN (SELECT value FROM json_each(?2))`,
    )
    .bind(
      decision.id,
      from,
      decision.actor,
      decision.action,
      decision.to,
      decision.reasonCode,
      decision.note,
      decision.at,
    );
  const update = db
    .prepare(
      `UPDATE contributions SET status = ?3, updated_at = ?4,
         published_at = CASE WHEN ?3 = 'published' THEN coalesce(published_at, ?4) ELSE published_at END,
         -- A moderator reviewed the reports: the count starts again, so only new reports can hide it again.
         report_count = CASE WHEN status = 'reported' THEN 0 ELSE report_count END
       WHERE id = ?1 AND status IN (SELECT value FROM json_each(?2))`,
    )
    .bind(decision.id, from, decision.to, decision.at);
  const [, updated, read] = await db.batch([log, update, queueItemStatement(db, decision.id)]);
  const row = read.results[0] as QueueRow | undefined;
  return { applied: updated.meta.changes === 1, item: row ? toQueueItem(row) : null };
}

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
  db: D1Database,
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
export async function auditChunk(db: D1Database, after: number, limit: number): Promise<AuditEntry[]> {
  const { results } = await db
    .prepare(`${SELECT_AUDIT} WHERE id > ?1 ORDER BY id LIMIT ?2`)
    .bind(after, limit)
    .all<AuditRow>();
  return results.map(toAuditEntry);
}

/** A published contribution as exported: the public fields only. */
export interface ExportedContribution {
  id: string;
  theme: string;
  title: string;
  text: string;
  /** Null when published anonymously. */
  author: string | null;
  role: string;
  territory: string;
  selfDeclared: boolean;
  publishedAt: string;
}

/**
 * A chunk of the published contributions (of `theme` when given), oldest
 * publication first, after `after` when given.
 *
 * @example
 * const rows = await publishedChunk(env.DB, { theme: 'modele-economique', limit: 200 });
 */
export async function publishedChunk(
  db: D1Database,
  query: { theme?: string; after?: ExportPosition; limit: number },
): Promise<ExportedContribution[]> {
  const { results } = await db
    .prepare(
      `SELECT c.id, t.slug AS theme, c.title, c.body AS text,
         CASE WHEN c.anonymous = 1 THEN NULL ELSE c.display_name END AS author,
         c.role, c.territory, c.self_declared = 1 AS selfDeclared, c.published_at AS publishedAt
       FROM contributions c JOIN themes t ON t.id = c.theme_id
       WHERE c.status = 'published' AND (?1 IS NULL OR t.slug = ?1)
         AND (?2 IS NULL OR (c.published_at, c.id) > (?2, ?3))
       ORDER BY c.published_at, c.id LIMIT ?4`,
    )
    .bind(query.theme ?? null, query.after?.publishedAt ?? null, query.after?.id ?? null, query.limit)
    .all<Omit<ExportedContribution, 'selfDeclared'> & { selfDeclared: number }>();
  return results.map((row) => ({ ...row, selfDeclared: row.selfDeclared === 1 }));
}

/**
 * Erases a participant's personal data in one transaction. Pending
 * contributions (never published) are deleted with their reports; every
 * other one loses its e-mail and display name and becomes anonymous, its
 * text kept (publication was consented to). One audit row per contribution
 * (action `erase`, reason `deleted` or `anonymised`). Returns how many
 * contributions were touched.
 *
 * @example
 * const count = await eraseParticipant(env.DB, participant, 'ana@smart.coop', now);
 */
export async function eraseParticipant(
  db: D1Database,
  participant: string,
  actor: string,
  at: string,
): Promise<number> {
  const [logged] = await db.batch([
    db
      .prepare(
        `INSERT INTO moderation_log (contribution_id, actor, action, from_status, to_status, reason_code, note, at)
         SELECT id, ?2, 'erase', status, status,
           CASE WHEN status = 'pending' THEN 'deleted' ELSE 'anonymised' END, NULL, ?3
         FROM contributions WHERE participant = ?1 ORDER BY submitted_at, id`,
      )
      .bind(participant, actor, at),
    db
      .prepare(
        `DELETE FROM contribution_reports WHERE contribution_id IN
           (SELECT id FROM contributions WHERE participant = ?1 AND status = 'pending')`,
      )
      .bind(participant),
    db.prepare(`DELETE FROM contributions WHERE participant = ?1 AND status = 'pending'`).bind(participant),
    db
      .prepare(
        `UPDATE contributions SET email = NULL, display_name = NULL, anonymous = 1, updated_at = ?2
         WHERE participant = ?1`,
      )
      .bind(participant, at),
  ]);
  return logged.meta.changes;
}
