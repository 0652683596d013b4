/**
 * Typed queries of the moderators' API: the queue, decisions and their audit
 * log, the published contributions' export and erasure of a participant's data.
 * Reads the contributions tables directly (written by the public routes).
 */
import type { ContributionStatus } from '../../schema/contributions.ts';
import type { Decision, QueueItem } from '../../schema/moderation.ts';
import type { Db } from '../lib/db.ts';
import type { Erasure } from '../lib/feature.ts';
import { transitionStatements } from '../moderation/transitions.ts';
import { outboxSelectStatement } from '../outbox/queries.ts';
import { contributionPublished, contributionRejected } from './messages.ts';

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
  db: Db,
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

function queueItemStatement(db: Db, id: string): D1PreparedStatement {
  return db.prepare(`${SELECT_QUEUE_ITEMS} WHERE c.id = ?1`).bind(id);
}

/**
 * One contribution as moderators see it, or null.
 *
 * @example
 * const item = await findQueueItem(env.DB, 'K7M2-9QXA');
 */
export async function findQueueItem(db: Db, id: string): Promise<QueueItem | null> {
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
 * published before (a hidden one put back keeps its date). The author who
 * left an e-mail is told, in the same transaction (see decisionMessage).
 * Returns whether it applied, whether a message was enqueued, and the
 * contribution as it is after the transaction.
 *
 * @example
 * const { applied, queued, item } = await applyDecision(env.DB, { id, action: 'publish', ...TRANSITIONS.publish, actor, reasonCode: null, note: null, at });
 */
export async function applyDecision(
  db: Db,
  decision: DecisionWrite,
): Promise<{ applied: boolean; queued: boolean; item: QueueItem | null }> {
  const statements = transitionStatements(db, {
    item: { table: 'contributions', id: decision.id },
    transition: decision,
    alsoSet: `updated_at = ?2,
      published_at = CASE WHEN ?1 = 'published' THEN coalesce(published_at, ?2) ELSE published_at END,
      -- A moderator reviewed the reports: the count starts again, so only new reports can hide it again.
      report_count = CASE WHEN status = 'reported' THEN 0 ELSE report_count END`,
    history: {
      table: 'audit_log',
      itemColumn: 'item_id',
      values: {
        actor: decision.actor,
        action: decision.action,
        reason_code: decision.reasonCode,
        note: decision.note,
        at: decision.at,
      },
    },
    at: decision.at,
  });
  const message = decisionMessage(db, decision);
  const results = await db.batch([...statements, ...message, queueItemStatement(db, decision.id)]);
  const row = results.at(-1)?.results[0] as QueueRow | undefined;
  return {
    applied: results[1].meta.changes === 1,
    queued: message.length > 0 && results[2].meta.changes > 0,
    item: row ? toQueueItem(row) : null,
  };
}

/**
 * The statement that tells the author of a decision, run after the move in
 * its batch: it reads the audit row the decision just wrote (none when the
 * decision did not apply, so nothing is enqueued) and the contribution's
 * address and language (none without an address). Told: a first
 * publication (not a hidden or reported one put back), and every
 * rejection. The audit row's id names the cause, so the same decision
 * never enqueues twice.
 */
function decisionMessage(db: Db, decision: DecisionWrite): D1PreparedStatement[] {
  const message = { publish: contributionPublished, reject: contributionRejected, hide: null }[
    decision.action
  ];
  if (!message) return [];
  return [
    outboxSelectStatement(db, {
      message,
      from: `FROM audit_log m JOIN contributions c ON c.id = m.item_id
        WHERE m.item_kind = 'contribution' AND m.item_id = ?1 AND m.action = ?2 AND m.actor = ?3 AND m.at = ?4
          AND (m.action <> 'publish' OR c.published_at = m.at)`,
      params: [decision.id, decision.action, decision.actor, decision.at],
      to: 'c.email',
      language: 'c.language',
      data: `json_object('reference', c.id, 'title', c.title, 'note', m.note, 'reasonCode', m.reason_code,
        'withdrawn', json(CASE WHEN m.from_status = 'reported' THEN 'true' ELSE 'false' END))`,
      dedupeKey: `'contribution-decision:' || m.id`,
      participant: 'c.participant',
      at: decision.at,
    }),
  ];
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
  db: Db,
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
 * A participant's personal data in contributions, erased: pending
 * contributions (never published) are deleted with their reports; every
 * other one loses its e-mail and display name and becomes anonymous, its
 * text kept (publication was consented to). One audit row per contribution
 * (action `erase`, reason `deleted` or `anonymised`), the statement that
 * counts them. Run with the other features' erasures in one batch.
 *
 * @example
 * const { statements, counted } = erasureStatements(env.DB, participant, 'ana@smart.coop', now);
 * const results = await env.DB.batch(statements);
 * results[counted].meta.changes; // contributions touched
 */
export function erasureStatements(db: Db, participant: string, actor: string, at: string): Erasure {
  return {
    counted: 0,
    statements: [
      db
        .prepare(
          `INSERT INTO audit_log (item_id, actor, action, from_status, to_status, reason_code, note, at)
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
    ],
  };
}
