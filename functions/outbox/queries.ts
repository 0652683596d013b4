/**
 * Typed queries on `outbox`: the statements features add to their batches
 * to enqueue a message, what the drain claims and marks, the admins' list
 * and retry, retention and erasure.
 */
import type * as v from 'valibot';
import type { Language } from '../../schema/common.ts';
import type { OutboxMessage, OutboxStatus } from '../../schema/outbox.ts';
import type { Db } from '../lib/db.ts';
import type { Erasure } from '../lib/feature.ts';
import type { MessageTemplate } from './render.ts';

type Value = string | number | null;

/** A message whose recipient and data the feature has in hand. */
export interface OutboxWrite<S extends v.GenericSchema> {
  /** Its template (its `kind` is stored; its schema types `data`). */
  message: MessageTemplate<S>;
  /** The recipient's address. */
  to: string;
  language: Language;
  /** What the template needs: stored as JSON, checked against the template's schema when rendered. */
  data: v.InferInput<S>;
  /** Names the cause, unique across kinds (`<cause>:<id>`): a second message for the same cause is not written. */
  dedupeKey: string;
  /** The keyed hash of the person it is about, so that their erasure removes it. */
  participant?: string | null;
  /** ISO 8601 UTC instant of the change that causes it: the message is due from then. */
  at: string;
}

/**
 * The statement that enqueues a message, to run in the SAME `db.batch` as
 * the change that causes it: the message exists if and only if the change
 * happened. A second one with the same dedupe key writes nothing.
 *
 * @example
 * await db.batch([
 *   registrationStatement,
 *   outboxStatement(db, { message: registrationConfirmed, to, language, data, dedupeKey: `registration:${id}`, participant, at }),
 * ]);
 */
export function outboxStatement<S extends v.GenericSchema>(
  db: Db,
  write: OutboxWrite<S>,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO outbox (kind, recipient, language, data, dedupe_key, participant, status, next_attempt_at,
         created_at, updated_at)
       VALUES (?1, ?2, ?3, json(?4), ?5, ?6, 'pending', ?7, ?7, ?7)
       ON CONFLICT (dedupe_key) DO NOTHING`,
    )
    .bind(
      write.message.kind,
      write.to,
      write.language,
      JSON.stringify(write.data),
      write.dedupeKey,
      write.participant ?? null,
      write.at,
    );
}

/**
 * A message whose recipient, language and data are read from the feature's
 * own rows inside the enqueueing statement, so that no address leaves D1
 * and nothing is written for a row without one. Every part is SQL written
 * by the feature (its constants, never a request), over the rows `from`
 * selects; values are bound through `params`.
 */
export interface OutboxSelection {
  message: MessageTemplate;
  /** `FROM … WHERE …` over the feature's tables, with its values as `?1`, `?2`… */
  from: string;
  /** The values of `from` (and of the expressions below), bound as `?1`, `?2`… */
  params: readonly Value[];
  /** The recipient's address: a row where it is NULL enqueues nothing. */
  to: string;
  /** The language, `fr`, `nl` or `en`. */
  language: string;
  /** A JSON object (`json_object(…)`) with what the template needs. */
  data: string;
  /** The cause, unique across kinds, e.g. `'contribution-decision:' || m.id`. */
  dedupeKey: string;
  /** The keyed hash of the person it is about (for erasure). */
  participant?: string;
  /** ISO 8601 UTC instant of the change that causes it. */
  at: string;
}

/**
 * The statement that enqueues a message (one per row `from` selects)
 * with its recipient read from those rows, to run in the same `db.batch` as
 * the change that causes it, after it: the rows are seen as that change
 * left them. Rows without an address enqueue nothing; a dedupe key already
 * there writes nothing.
 *
 * @example
 * outboxSelectStatement(db, {
 *   message: contributionRejected,
 *   from: 'FROM contributions c WHERE c.id = ?1',
 *   params: [id],
 *   to: 'c.email',
 *   language: 'c.language',
 *   data: "json_object('reference', c.id, 'title', c.title)",
 *   dedupeKey: "'contribution-rejected:' || c.id",
 *   participant: 'c.participant',
 *   at,
 * });
 */
export function outboxSelectStatement(db: Db, selection: OutboxSelection): D1PreparedStatement {
  const kind = selection.params.length + 1;
  const at = kind + 1;
  return db
    .prepare(
      `INSERT INTO outbox (kind, recipient, language, data, dedupe_key, participant, status, next_attempt_at,
         created_at, updated_at)
       SELECT ?${kind}, recipient, language, data, dedupe_key, participant, 'pending', ?${at}, ?${at}, ?${at}
       FROM (SELECT ${selection.to} AS recipient, ${selection.language} AS language, ${selection.data} AS data,
               ${selection.dedupeKey} AS dedupe_key, ${selection.participant ?? 'NULL'} AS participant
             ${selection.from})
       WHERE recipient IS NOT NULL AND recipient <> ''
       ON CONFLICT (dedupe_key) DO NOTHING`,
    )
    .bind(...selection.params, selection.message.kind, selection.at);
}

/** A message a drain holds: what it needs to render and send it. */
export interface ClaimedMessage {
  id: number;
  kind: string;
  recipient: string;
  language: Language;
  /** The stored JSON, parsed. */
  data: unknown;
  dedupeKey: string;
  /** Including this one. */
  attempts: number;
}

interface ClaimedRow {
  id: number;
  kind: string;
  recipient: string;
  language: Language;
  data: string;
  dedupe_key: string;
  attempts: number;
}

/**
 * Claims up to `limit` due messages for the drain `claim` (a random token)
 * in ONE statement, so two drains never hold the same message: each one's
 * due time moves to the end of the claim (`until`) and its attempts go up
 * by one. A claim whose drain died lapses then, and the message is due
 * again.
 *
 * @example
 * const messages = await claimDue(env.DB, { claim: crypto.randomUUID(), now, until, limit: 20 });
 */
export async function claimDue(
  db: Db,
  query: { claim: string; now: string; until: string; limit: number },
): Promise<ClaimedMessage[]> {
  const { results } = await db
    .prepare(
      `UPDATE outbox SET claim = ?1, next_attempt_at = ?3, attempts = attempts + 1, updated_at = ?2
       WHERE id IN (SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= ?2
                      AND recipient IS NOT NULL
                    ORDER BY next_attempt_at, id LIMIT ?4)
       RETURNING id, kind, recipient, language, data, dedupe_key, attempts`,
    )
    .bind(query.claim, query.now, query.until, query.limit)
    .all<ClaimedRow>();
  return results
    .sort((a, b) => a.id - b.id)
    .map((row) => ({
      id: row.id,
      kind: row.kind,
      recipient: row.recipient,
      language: row.language,
      data: JSON.parse(row.data),
      dedupeKey: row.dedupe_key,
      attempts: row.attempts,
    }));
}

/**
 * Marks a message sent, whichever drain holds it now (the sooner it is
 * marked, the smaller the window for a second send), and forgets its
 * address and data: the row stays as the trace that it was sent.
 *
 * @example
 * await markSent(env.DB, { id, messageId, at });
 */
export async function markSent(db: Db, sent: { id: number; messageId: string | null; at: string }) {
  await db
    .prepare(
      `UPDATE outbox SET status = 'sent', recipient = NULL, data = '{}', claim = NULL, last_error = NULL,
         message_id = ?2, sent_at = ?3, updated_at = ?3
       WHERE id = ?1 AND status = 'pending'`,
    )
    .bind(sent.id, sent.messageId, sent.at)
    .run();
}

/**
 * Records a failed attempt by the drain that still holds the message: it is
 * due again at `retryAt`, or `failed` for good once `attempts` reached
 * `maxAttempts` (admins see it, and may retry it).
 *
 * @example
 * await markAttemptFailed(env.DB, { id, claim, error: 'E_RATE_LIMIT', at, retryAt, maxAttempts: 8 });
 */
export async function markAttemptFailed(
  db: Db,
  failure: { id: number; claim: string; error: string; at: string; retryAt: string; maxAttempts: number },
) {
  await db
    .prepare(
      `UPDATE outbox SET status = CASE WHEN attempts >= ?6 THEN 'failed' ELSE 'pending' END,
         next_attempt_at = ?5, last_error = ?3, claim = NULL, updated_at = ?4
       WHERE id = ?1 AND claim = ?2 AND status = 'pending'`,
    )
    .bind(failure.id, failure.claim, failure.error, failure.at, failure.retryAt, failure.maxAttempts)
    .run();
}

interface AdminRow {
  id: number;
  kind: string;
  status: OutboxStatus;
  recipient: string | null;
  language: Language;
  dedupe_key: string;
  attempts: number;
  last_error: string | null;
  next_attempt_at: string;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
}

// The address never leaves D1 whole: its first character and its domain only.
const SELECT_ADMIN_VIEW = `SELECT id, kind, status,
  CASE WHEN recipient IS NULL THEN NULL
       WHEN instr(recipient, '@') < 2 THEN '•••'
       ELSE substr(recipient, 1, 1) || '•••' || substr(recipient, instr(recipient, '@')) END AS recipient,
  language, dedupe_key, attempts, last_error, next_attempt_at, created_at, updated_at, sent_at
FROM outbox`;

function toAdminView(row: AdminRow): OutboxMessage {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    recipient: row.recipient,
    language: row.language,
    cause: row.dedupe_key,
    attempts: row.attempts,
    lastError: row.last_error,
    nextAttemptAt: row.next_attempt_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    sentAt: row.sent_at,
  };
}

/**
 * A page of the outbox as admins see it, newest first: messages in one of
 * `statuses`, before the id `before` when given.
 *
 * @example
 * const messages = await listOutbox(env.DB, { statuses: ['pending', 'failed'], limit: 51 });
 */
export async function listOutbox(
  db: Db,
  query: { statuses: readonly OutboxStatus[]; before?: number; limit: number },
): Promise<OutboxMessage[]> {
  const { results } = await db
    .prepare(
      `${SELECT_ADMIN_VIEW}
       WHERE status IN (SELECT value FROM json_each(?1)) AND (?2 IS NULL OR id < ?2)
       ORDER BY id DESC LIMIT ?3`,
    )
    .bind(JSON.stringify(query.statuses), query.before ?? null, query.limit)
    .all<AdminRow>();
  return results.map(toAdminView);
}

/**
 * Puts a failed message back in the queue, due at once with its attempts
 * counted afresh, in one statement; then reads it back. `retried` is false
 * when it is not failed (`message` is null when there is no such message).
 *
 * @example
 * const { retried, message } = await retryFailed(env.DB, { id: 12, at });
 */
export async function retryFailed(
  db: Db,
  retry: { id: number; at: string },
): Promise<{ retried: boolean; message: OutboxMessage | null }> {
  const [update, read] = await db.batch([
    db
      .prepare(
        `UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = ?2, claim = NULL, updated_at = ?2
         WHERE id = ?1 AND status = 'failed'`,
      )
      .bind(retry.id, retry.at),
    db.prepare(`${SELECT_ADMIN_VIEW} WHERE id = ?1`).bind(retry.id),
  ]);
  const row = read.results[0] as AdminRow | undefined;
  return { retried: update.meta.changes === 1, message: row ? toAdminView(row) : null };
}

/**
 * Deletes what was never sent (pending or failed) once older than the
 * retention period: its address and data are gone with it. Sent messages
 * kept their rows without either. Returns how many were deleted.
 *
 * @example
 * const deleted = await purgeUnsent(env.DB, 365, new Date());
 */
export async function purgeUnsent(db: Db, retentionDays: number, now: Date): Promise<number> {
  if (!Number.isInteger(retentionDays) || retentionDays <= 0) {
    throw new Error('the retention period must be a positive integer number of days');
  }
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  const result = await db
    .prepare(`DELETE FROM outbox WHERE status IN ('pending', 'failed') AND created_at < ?1`)
    .bind(cutoff)
    .run();
  return result.meta.changes;
}

/**
 * A participant's messages, erased: those not sent yet (pending or failed)
 * are deleted, the counted statement; sent ones (already without address
 * or data) lose the link to the person. Run with the other features'
 * erasures in one batch.
 *
 * @example
 * const { statements, counted } = outboxErasure(env.DB, participant);
 */
export function outboxErasure(db: Db, participant: string): Erasure {
  return {
    counted: 0,
    statements: [
      db.prepare(`DELETE FROM outbox WHERE participant = ?1 AND status <> 'sent'`).bind(participant),
      db.prepare('UPDATE outbox SET participant = NULL WHERE participant = ?1').bind(participant),
    ],
  };
}
