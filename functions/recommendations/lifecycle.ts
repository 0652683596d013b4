/**
 * The editors' and the board's writes: a draft created, edited, its sources
 * linked; a status moved through the lifecycle table; a new version of the
 * board's answer. Each is one batch (one transaction) with its audit row,
 * and each move or answer with its public history and the messages it sends,
 * every statement guarded by the state the caller checked: a change that
 * lost a race writes nothing at all.
 */
import type { Audience } from '../../schema/common.ts';
import type { Body, RecommendationStatus } from '../../schema/recommendation-lifecycle.ts';
import type { BoardAnswer, SourceRef, WrittenText } from '../../schema/recommendations.ts';
import type { Db } from '../lib/db.ts';
import { NOTIFICATION_STATEMENTS, type NotificationCause, notificationStatements } from './notify.ts';
import { type RecommendationSnapshot, snapshotStatement, toSnapshot } from './queries.ts';

/** Audit rows name recommendations by slug, under this kind. */
const KIND = 'recommendation';

/** The stored fields of a recommendation, as an editor writes them. */
export interface RecommendationFields {
  themeSlug: string;
  year: number;
  title: WrittenText;
  summary: WrittenText;
  text: WrittenText;
  audience: Audience;
}

/** The sources in order, each once (the first mention keeps its place). */
export function distinctSources(sources: readonly SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  return sources.filter((source) => {
    const key = `${source.kind}\u0000${source.ref}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Inserts the sources of the recommendation whose `atom_id` is ?1, from the JSON array ?2, in order. */
function insertSources(db: Db, atomId: string, sources: readonly SourceRef[]): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO recommendation_sources (recommendation_id, kind, ref, position)
       SELECT r.id, json_extract(s.value, '$.kind'), json_extract(s.value, '$.ref'), s.key
       FROM recommendations r, json_each(?2) AS s WHERE r.atom_id = ?1`,
    )
    .bind(atomId, JSON.stringify(distinctSources(sources)));
}

function auditStatement(
  db: Db,
  entry: { atomId: string; actor: string; action: string; note: string | null; at: string },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO audit_log (item_kind, item_id, actor, action, from_status, to_status, reason_code, note, at)
       SELECT '${KIND}', slug, ?2, ?3, status, status, NULL, ?4, ?5 FROM recommendations WHERE atom_id = ?1`,
    )
    .bind(entry.atomId, entry.actor, entry.action, entry.note, entry.at);
}

/**
 * Creates a draft with its sources and its audit row (`create`) in one
 * transaction; its Atom id is minted here, once. Throws the D1 UNIQUE error
 * when the slug is taken (see isUniqueViolation). Writes nothing when the
 * theme does not exist (check it first).
 *
 * @example
 * const snapshot = await createDraft(env.DB, { slug, fields, sources, actor: 'ana', at });
 */
export async function createDraft(
  db: Db,
  draft: {
    slug: string;
    fields: RecommendationFields;
    sources: readonly SourceRef[];
    actor: string;
    at: string;
  },
): Promise<RecommendationSnapshot | null> {
  const atomId = `urn:uuid:${crypto.randomUUID()}`;
  const { fields, at } = draft;
  const results = await db.batch([
    db
      .prepare(
        `INSERT INTO recommendations (slug, theme_id, year, status, title, summary, body, audience, atom_id,
           created_at, status_at, changed_at, updated_at)
         SELECT ?1, t.id, ?3, 'draft', ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?9, ?9 FROM themes t WHERE t.slug = ?2`,
      )
      .bind(
        draft.slug,
        fields.themeSlug,
        fields.year,
        JSON.stringify(fields.title),
        JSON.stringify(fields.summary),
        JSON.stringify(fields.text),
        fields.audience,
        atomId,
        at,
      ),
    insertSources(db, atomId, draft.sources),
    auditStatement(db, { atomId, actor: draft.actor, action: 'create', note: null, at }),
    snapshotStatement(db, draft.slug, null),
  ]);
  return toSnapshot(results[3]);
}

/**
 * Rewrites the given fields, and the sources when given, with the audit row
 * (`edit`, the fields named in its note) in one transaction. Edits change
 * `updated_at` (the Atom entry's `updated`), never `changed_at` (the feed's
 * order follows status changes and answers).
 *
 * @example
 * await editRecommendation(env.DB, { atomId, fields: { year: 2027 }, actor: 'ana', at });
 */
export async function editRecommendation(
  db: Db,
  edit: {
    atomId: string;
    slug: string;
    fields: Partial<RecommendationFields>;
    sources?: readonly SourceRef[];
    actor: string;
    at: string;
  },
): Promise<RecommendationSnapshot | null> {
  const { fields } = edit;
  const values: Record<string, string | number> = {};
  if (fields.year !== undefined) values.year = fields.year;
  if (fields.title !== undefined) values.title = JSON.stringify(fields.title);
  if (fields.summary !== undefined) values.summary = JSON.stringify(fields.summary);
  if (fields.text !== undefined) values.body = JSON.stringify(fields.text);
  if (fields.audience !== undefined) values.audience = fields.audience;
  const columns = Object.keys(values);
  const assignments = [
    ...columns.map((column, index) => `${column} = ?${index + 4}`),
    // ?3 is the new theme's slug, or null to keep the theme.
    'theme_id = coalesce((SELECT id FROM themes WHERE slug = ?3), theme_id)',
    'updated_at = ?2',
  ];
  const changed = [
    ...(fields.themeSlug === undefined ? [] : ['theme']),
    ...Object.keys(fields).filter((name) => name !== 'themeSlug'),
    ...(edit.sources === undefined ? [] : ['sources']),
  ];
  const statements = [
    db
      .prepare(`UPDATE recommendations SET ${assignments.join(', ')} WHERE atom_id = ?1`)
      .bind(edit.atomId, edit.at, fields.themeSlug ?? null, ...Object.values(values)),
  ];
  if (edit.sources !== undefined) {
    statements.push(
      db
        .prepare(
          'DELETE FROM recommendation_sources WHERE recommendation_id = (SELECT id FROM recommendations WHERE atom_id = ?1)',
        )
        .bind(edit.atomId),
      insertSources(db, edit.atomId, edit.sources),
    );
  }
  statements.push(
    auditStatement(db, {
      atomId: edit.atomId,
      actor: edit.actor,
      action: changed.length === 1 && changed[0] === 'sources' ? 'sources' : 'edit',
      note: changed.join(', '),
      at: edit.at,
    }),
    snapshotStatement(db, edit.slug, null),
  );
  const results = await db.batch(statements);
  return toSnapshot(results[results.length - 1]);
}

/** A move of the lifecycle table, as checked by the route. */
export interface StatusMove {
  id: number;
  slug: string;
  /** The status the caller saw: the move applies only if it is still the current one. */
  from: RecommendationStatus;
  to: Exclude<RecommendationStatus, 'draft'>;
  body: Body;
  reason: WrittenText | null;
  /** The board's answer given with the move, or null. */
  answer: { text: WrittenText; reviewOn: string | null } | null;
  /** For `merged`: the id of the recommendation it goes into (still public and unmerged at write time). */
  into: number | null;
  /** The audit row's action: `submit`, `status`, `merge`, `withdraw`. */
  action: string;
  actor: string;
  /** Where the page of the recommendation is, for the messages. */
  pageUrl: string;
  at: string;
}

/** The first language a text is written in, for one-line notes. */
function firstText(text: WrittenText | null): string | null {
  if (text === null) return null;
  return text.fr ?? text.nl ?? text.en ?? null;
}

/**
 * Moves a recommendation in ONE transaction: its public history row, the
 * board's answer when given (a new version, and its own audit row
 * `answer`), the audit row of the move, the messages to its supporters and
 * its sources' authors, and the move itself, every statement guarded by the
 * recommendation still being in `from` (and a merge target still public and
 * unmerged). A move that lost a race writes nothing; `applied` says which,
 * `queued` whether a message was enqueued (then ask for delivery:
 * deliverSoon), and the snapshot read in the same transaction shows the
 * state after it.
 *
 * @example
 * const { applied, snapshot } = await moveStatus(env.DB, { id, slug, from: 'draft', to: 'submitted', … });
 */
export async function moveStatus(
  db: Db,
  move: StatusMove,
): Promise<{ applied: boolean; queued: boolean; snapshot: RecommendationSnapshot | null }> {
  // ?1 the id, ?2 the status it must still be in, ?3 the merge target (or null).
  const guard = `id = ?1 AND status = ?2 AND (?3 IS NULL OR EXISTS (
    SELECT 1 FROM recommendations m WHERE m.id = ?3 AND m.status NOT IN ('draft', 'withdrawn', 'merged')))`;
  const base = [move.id, move.from, move.into] as const;
  const statements: D1PreparedStatement[] = [
    db
      .prepare(
        `INSERT INTO recommendation_status_changes (recommendation_id, from_status, to_status, body, reason, at)
         SELECT id, status, ?4, ?5, ?6, ?7 FROM recommendations WHERE ${guard}`,
      )
      .bind(...base, move.to, move.body, move.reason === null ? null : JSON.stringify(move.reason), move.at),
  ];
  if (move.answer !== null) {
    statements.push(
      db
        .prepare(
          `INSERT INTO recommendation_answers (recommendation_id, version, body, review_on, answered_at)
           SELECT id, coalesce((SELECT max(version) FROM recommendation_answers WHERE recommendation_id = ?1), 0) + 1,
             ?4, ?5, ?6
           FROM recommendations WHERE ${guard}`,
        )
        .bind(...base, JSON.stringify(move.answer.text), move.answer.reviewOn, move.at),
      db
        .prepare(
          `INSERT INTO audit_log (item_kind, item_id, actor, action, from_status, to_status, reason_code, note, at)
           SELECT '${KIND}', slug, ?4, 'answer', status, status, NULL,
             'version ' || (SELECT max(version) FROM recommendation_answers WHERE recommendation_id = ?1), ?5
           FROM recommendations WHERE ${guard}`,
        )
        .bind(...base, move.actor, move.at),
    );
  }
  statements.push(
    db
      .prepare(
        `INSERT INTO audit_log (item_kind, item_id, actor, action, from_status, to_status, reason_code, note, at)
         SELECT '${KIND}', slug, ?4, ?5, status, ?6, NULL, ?7, ?8 FROM recommendations WHERE ${guard}`,
      )
      .bind(...base, move.actor, move.action, move.to, firstText(move.reason), move.at),
  );
  const notices = statements.length;
  statements.push(...notificationStatements(db, statusCause(move)));
  const moveIndex = statements.length;
  statements.push(
    db
      .prepare(
        `UPDATE recommendations SET status = ?4, status_at = ?5, changed_at = ?5, updated_at = ?5,
           merged_into = CASE WHEN ?4 = 'merged' THEN ?3 ELSE merged_into END
         WHERE ${guard}`,
      )
      .bind(...base, move.to, move.at),
    snapshotStatement(db, move.slug, null),
  );
  const results = await db.batch(statements);
  return {
    applied: results[moveIndex].meta.changes === 1,
    queued: results.slice(notices, moveIndex).some((result) => result.meta.changes > 0),
    snapshot: toSnapshot(results[moveIndex + 1]),
  };
}

function statusCause(move: StatusMove): NotificationCause {
  return {
    kind: 'status',
    recommendationId: move.id,
    pageUrl: move.pageUrl,
    // The history row this move writes: the messages are selected through it, so a lost race sends none.
    through: { from: move.from, to: move.to, at: move.at },
    at: move.at,
  };
}

/**
 * Adds a version of the board's answer, with its audit row (`answer`) and
 * the messages it sends, in one transaction; the recommendation's
 * `changed_at` moves (the feed shows it first). Refused (nothing written,
 * null answered) while the recommendation is a draft. `queued`: whether a
 * message was enqueued.
 *
 * @example
 * const answer = await addAnswer(env.DB, { id, text: { fr: '…' }, reviewOn: null, actor: 'board', pageUrl, at });
 */
export async function addAnswer(
  db: Db,
  answer: {
    id: number;
    text: WrittenText;
    reviewOn: string | null;
    actor: string;
    pageUrl: string;
    at: string;
  },
): Promise<{ answer: BoardAnswer; queued: boolean } | null> {
  const guard = `id = ?1 AND status <> 'draft'`;
  const results = await db.batch([
    db
      .prepare(
        `INSERT INTO recommendation_answers (recommendation_id, version, body, review_on, answered_at)
         SELECT id, coalesce((SELECT max(version) FROM recommendation_answers WHERE recommendation_id = ?1), 0) + 1,
           ?2, ?3, ?4
         FROM recommendations WHERE ${guard}`,
      )
      .bind(answer.id, JSON.stringify(answer.text), answer.reviewOn, answer.at),
    db
      .prepare(
        `INSERT INTO audit_log (item_kind, item_id, actor, action, from_status, to_status, reason_code, note, at)
         SELECT '${KIND}', slug, ?2, 'answer', status, status, NULL,
           'version ' || (SELECT max(version) FROM recommendation_answers WHERE recommendation_id = ?1), ?3
         FROM recommendations WHERE ${guard}`,
      )
      .bind(answer.id, answer.actor, answer.at),
    ...notificationStatements(db, {
      kind: 'answer',
      recommendationId: answer.id,
      pageUrl: answer.pageUrl,
      through: { answeredAt: answer.at },
      at: answer.at,
    }),
    db
      .prepare(`UPDATE recommendations SET changed_at = ?2, updated_at = ?2 WHERE ${guard}`)
      .bind(answer.id, answer.at),
    db
      .prepare(
        `SELECT version, body, review_on, answered_at FROM recommendation_answers
         WHERE recommendation_id = ?1 AND answered_at = ?2 ORDER BY version DESC LIMIT 1`,
      )
      .bind(answer.id, answer.at),
  ]);
  if (results[0].meta.changes === 0) return null;
  const row = results[results.length - 1].results[0] as
    | { version: number; body: string; review_on: string | null; answered_at: string }
    | undefined;
  if (!row) return null;
  return {
    answer: {
      version: row.version,
      text: JSON.parse(row.body),
      answeredAt: row.answered_at,
      reviewOn: row.review_on,
    },
    // The statements after the answer and its audit row.
    queued: results.slice(2, 2 + NOTIFICATION_STATEMENTS).some((result) => result.meta.changes > 0),
  };
}
