/**
 * Typed queries on `contributions`, `contribution_reports` and the automatic
 * lines of `audit_log`: submit, list what is published, report.
 */
import type { Audience, Language } from '../../schema/common.ts';
import type { ContributionReceipt, ContributionView, ReportInput } from '../../schema/contributions.ts';
import type { ModerationPolicy } from '../../schema/themes.ts';
import type { Db } from '../lib/db.ts';
import { parseTakenUpIn, takenUpInJson } from '../recommendations/queries.ts';

/** What a submission is checked against, read in one round trip before anything is written. */
export interface SubmissionContext {
  theme: { id: number; slug: string; audience: Audience; moderation: ModerationPolicy } | null;
  territoryKnown: boolean;
  /** The receipt of an earlier submission with the same participant and idempotency key. */
  receipt: StoredReceipt | null;
}

/** A submission's receipt, with the hash of the request that made it (null before migration 0005). */
export type StoredReceipt = ContributionReceipt & { requestHash: string | null };

interface ContextRow {
  theme_id: number | null;
  slug: string | null;
  audience: Audience | null;
  moderation: ModerationPolicy | null;
  territory_known: number;
}

/**
 * The answer given at submission, read back from the row: `published` when
 * the contribution went public at once (post-moderated members), `pending`
 * otherwise. Derived from the submission's own instants, so a replay gets the
 * same receipt even after moderators have acted.
 */
const SELECT_RECEIPT = `
SELECT c.id, t.slug AS theme,
  CASE WHEN c.published_at = c.submitted_at THEN 'published' ELSE 'pending' END AS status,
  c.request_hash AS requestHash
FROM contributions c JOIN themes t ON t.id = c.theme_id
WHERE c.participant = ?1 AND c.idempotency_key = ?2`;

/**
 * The theme, whether the territory exists, and any earlier submission under
 * the same idempotency key (none without a participant).
 *
 * @example
 * const { theme, territoryKnown, receipt } = await loadSubmissionContext(env.DB, {
 *   theme: 'modele-economique', territory: 'wallonie', participant: participant.id, idempotencyKey,
 * });
 */
export async function loadSubmissionContext(
  db: Db,
  query: { theme: string; territory: string; participant: string | null; idempotencyKey: string },
): Promise<SubmissionContext> {
  const [context, receipts] = await db.batch<ContextRow | StoredReceipt>([
    contextStatement(db, query.theme, query.territory),
    db.prepare(SELECT_RECEIPT).bind(query.participant, query.idempotencyKey),
  ]);
  return {
    ...toContext(context.results[0] as ContextRow),
    receipt: (receipts.results[0] as StoredReceipt | undefined) ?? null,
  };
}

function contextStatement(db: Db, theme: string, territory: string): D1PreparedStatement {
  return db
    .prepare(
      `SELECT t.id AS theme_id, t.slug, t.audience, t.moderation,
         EXISTS (SELECT 1 FROM territories WHERE code = ?2) AS territory_known
       FROM (SELECT 1) LEFT JOIN themes t ON t.slug = ?1`,
    )
    .bind(theme, territory);
}

function toContext(row: ContextRow): Omit<SubmissionContext, 'receipt'> {
  return {
    theme:
      row.theme_id === null || row.slug === null || row.audience === null || row.moderation === null
        ? null
        : { id: row.theme_id, slug: row.slug, audience: row.audience, moderation: row.moderation },
    territoryKnown: row.territory_known === 1,
  };
}

export interface ContributionWrite {
  /** The public reference, e.g. `K7M2-9QXA`. */
  id: string;
  /** The theme's slug: the statement finds it, and its rules. */
  theme: string;
  /** The author's keyed hash, never a raw id. */
  participant: string;
  /** The audiences the author belongs to (anonymous: public only): the theme's must be one. */
  audiences: readonly Audience[];
  /** A member is published at once on a `post_members` theme. */
  member: boolean;
  idempotencyKey: string;
  /** What the key stands for: a hash of the request (see hashRequest in routes.ts). */
  requestHash: string;
  title: string;
  text: string;
  role: string;
  territory: string;
  /** Null when published anonymously. */
  displayName: string | null;
  anonymous: boolean;
  /** The role and territory were declared by the author, not vouched for by a host site's token. */
  selfDeclared: boolean;
  email: string | null;
  /** The language the author wrote in: what they are written to in. */
  language: Language;
  /** ISO 8601 UTC instant: consent, submission and (when published at once) publication. */
  now: string;
}

/** What a submission's one round trip answers. */
export interface SubmissionOutcome {
  /** Whether this request stored the contribution. */
  inserted: boolean;
  /** The receipt under the participant's key: this request's, or an earlier one's (a repeat). */
  receipt: StoredReceipt | null;
  /** What the write was checked against, to explain a refusal. */
  context: Omit<SubmissionContext, 'receipt'>;
}

/**
 * Submits a contribution in ONE round trip and one transaction: a guarded
 * insert that stores it only when every rule holds (the theme exists and its
 * audience admits the author, the territory exists, the key is new), with
 * the status the theme's moderation policy gives (`published` at once for a
 * member on a `post_members` theme, else `pending`); then the receipt under
 * the key and the context, read in the same transaction. A repeat (even a
 * concurrent one) writes nothing and finds the first receipt. Nothing
 * inserted and no receipt: the context says which rule refused, or the
 * random id was taken (try again with a fresh one).
 *
 * @example
 * const { inserted, receipt, context } = await submitContribution(env.DB, { id: newReference(), theme, … });
 */
export async function submitContribution(db: Db, write: ContributionWrite): Promise<SubmissionOutcome> {
  const [insert, receipts, context] = await db.batch([
    db
      .prepare(
        `INSERT INTO contributions (id, theme_id, participant, idempotency_key, status, title, body, role,
           territory, display_name, anonymous, email, consent_at, submitted_at, published_at, updated_at,
           self_declared, request_hash, language)
         SELECT ?1, t.id, ?3, ?4, CASE WHEN t.moderation = 'post_members' AND ?5 = 1 THEN 'published' ELSE 'pending' END,
           ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13,
           CASE WHEN t.moderation = 'post_members' AND ?5 = 1 THEN ?13 END, ?13, ?15, ?16, ?17
         FROM themes t
         WHERE t.slug = ?2
           AND t.audience IN (SELECT value FROM json_each(?14))
           AND EXISTS (SELECT 1 FROM territories WHERE code = ?9)
         ON CONFLICT DO NOTHING`,
      )
      .bind(
        write.id,
        write.theme,
        write.participant,
        write.idempotencyKey,
        write.member ? 1 : 0,
        write.title,
        write.text,
        write.role,
        write.territory,
        write.displayName,
        write.anonymous ? 1 : 0,
        write.email,
        write.now,
        JSON.stringify(write.audiences),
        write.selfDeclared ? 1 : 0,
        write.requestHash,
        write.language,
      ),
    db.prepare(SELECT_RECEIPT).bind(write.participant, write.idempotencyKey),
    contextStatement(db, write.theme, write.territory),
  ]);
  return {
    inserted: insert.meta.changes > 0,
    receipt: (receipts.results[0] as StoredReceipt | undefined) ?? null,
    context: toContext(context.results[0] as ContextRow),
  };
}

/** Where a page starts: just after this row, in the list's order. */
export interface Keyset {
  publishedAt: string;
  id: string;
}

export interface PublishedPage {
  /** Only this theme's contributions; all themes when absent. */
  themeId?: number;
  /** The last row of the previous page; the first page when absent. */
  after?: Keyset;
  limit: number;
}

/**
 * What a reader sees of a published contribution (`c`), and the public
 * recommendations that draw on it: one short walk of the sources' index per
 * row, inside the same statement.
 */
const PUBLISHED_COLUMNS = `c.id, (SELECT slug FROM themes WHERE id = c.theme_id) AS theme, c.title, c.body,
  c.display_name, c.anonymous, c.role, c.territory, c.self_declared, c.published_at,
  ${takenUpInJson('c.id')} AS taken_up_json`;

/**
 * The SQL of a page of published contributions, newest first, and its
 * parameters. Each variant walks one partial index (contributions_published,
 * or contributions_published_by_theme with a theme) from the keyset and stops
 * after `limit` rows: the cost does not grow with the number of
 * contributions. Exported so that tests can EXPLAIN it.
 *
 * @example
 * const { sql, params } = publishedPageQuery({ themeId: 2, limit: 11 });
 */
export function publishedPageQuery(page: PublishedPage): { sql: string; params: (string | number)[] } {
  const params: (string | number)[] = [page.limit];
  const where = ["c.status = 'published'"];
  // Named, because the planner would rather take contributions_by_status and sort.
  let index = 'contributions_published';
  if (page.themeId !== undefined) {
    params.push(page.themeId);
    index = 'contributions_published_by_theme';
    where.push(`c.theme_id = ?${params.length}`);
  }
  if (page.after !== undefined) {
    params.push(page.after.publishedAt, page.after.id);
    where.push(`(c.published_at, c.id) < (?${params.length - 1}, ?${params.length})`);
  }
  return {
    sql: `SELECT ${PUBLISHED_COLUMNS}
          FROM contributions c INDEXED BY ${index}
          WHERE ${where.join(' AND ')}
          ORDER BY c.published_at DESC, c.id DESC
          LIMIT ?1`,
    params,
  };
}

interface PublishedRow {
  id: string;
  theme: string;
  title: string;
  body: string;
  display_name: string | null;
  anonymous: number;
  role: ContributionView['role'];
  territory: string;
  self_declared: number;
  published_at: string;
  taken_up_json: string;
}

/**
 * A page of published contributions, newest first (ties by id, descending).
 *
 * @example
 * const first = await listPublishedContributions(env.DB, { limit: 10 });
 * const next = await listPublishedContributions(env.DB, { limit: 10, after: first.at(-1) });
 */
export async function listPublishedContributions(db: Db, page: PublishedPage): Promise<ContributionView[]> {
  const { sql, params } = publishedPageQuery(page);
  const { results } = await db
    .prepare(sql)
    .bind(...params)
    .all<PublishedRow>();
  return results.map(toContributionView);
}

/**
 * One published contribution with the recommendations that took it up, or
 * null when there is none by that reference (or it is not published).
 *
 * @example
 * const contribution = await findPublishedContribution(env.DB, 'K7M2-9QXA');
 */
export async function findPublishedContribution(db: Db, id: string): Promise<ContributionView | null> {
  const row = await db
    .prepare(`SELECT ${PUBLISHED_COLUMNS} FROM contributions c WHERE c.id = ?1 AND c.status = 'published'`)
    .bind(id)
    .first<PublishedRow>();
  return row ? toContributionView(row) : null;
}

function toContributionView(row: PublishedRow): ContributionView {
  return {
    id: row.id,
    theme: row.theme,
    title: row.title,
    text: row.body,
    author: row.anonymous === 1 ? null : row.display_name,
    role: row.role,
    territory: row.territory,
    selfDeclared: row.self_declared === 1,
    publishedAt: row.published_at,
    takenUpIn: parseTakenUpIn(row.taken_up_json),
  };
}

export interface ReportWrite extends ReportInput {
  contributionId: string;
  /** The reporter's keyed hash. */
  participant: string;
  /** Reports at which a published contribution is hidden for review. */
  threshold: number;
  now: string;
}

export type ReportOutcome =
  /** Counted; `hidden` when this report reached the threshold. */
  { result: 'reported'; hidden: boolean } | { result: 'not_found' } | { result: 'already_reported' };

/**
 * Records a report in one transaction: the report (one per participant, on
 * published contributions only), the contribution's report count and, when
 * the count reaches the threshold, its move to `reported` with the system's
 * line in the audit log. Each statement runs only if the one before it
 * changed a row (`changes()`), so a refused report writes nothing.
 *
 * @example
 * const outcome = await reportContribution(env.DB, {
 *   contributionId: 'K7M2-9QXA', participant, reason: 'spam', threshold: 3, now,
 * });
 */
export async function reportContribution(db: Db, write: ReportWrite): Promise<ReportOutcome> {
  const [report, , log, state] = await db.batch<{ status: string }>([
    db
      .prepare(
        `INSERT INTO contribution_reports (contribution_id, participant, reason, note, created_at)
         SELECT id, ?2, ?3, ?4, ?5 FROM contributions WHERE id = ?1 AND status = 'published'
         ON CONFLICT DO NOTHING`,
      )
      .bind(write.contributionId, write.participant, write.reason, write.note ?? null, write.now),
    db
      .prepare(
        `UPDATE contributions SET report_count = report_count + 1, updated_at = ?2,
           status = CASE WHEN report_count + 1 >= ?3 THEN 'reported' ELSE status END
         WHERE id = ?1 AND status = 'published' AND changes() = 1`,
      )
      .bind(write.contributionId, write.now, write.threshold),
    db
      .prepare(
        `INSERT INTO audit_log (item_id, actor, action, from_status, to_status, at)
         SELECT id, 'system', 'auto_hide', 'published', 'reported', ?2 FROM contributions
         WHERE id = ?1 AND status = 'reported' AND changes() = 1`,
      )
      .bind(write.contributionId, write.now),
    db.prepare('SELECT status FROM contributions WHERE id = ?1').bind(write.contributionId),
  ]);
  if (report.meta.changes === 1) return { result: 'reported', hidden: log.meta.changes === 1 };
  return state.results[0]?.status === 'published' ? { result: 'already_reported' } : { result: 'not_found' };
}

/**
 * Forgets the e-mail addresses submitted before `now - days`; returns how
 * many contributions lost theirs. `days` must be a positive integer: an
 * unset or mistyped EMAIL_RETENTION_DAYS ('' is 0) must fail loudly rather
 * than purge every address.
 *
 * @example
 * await purgeExpiredEmails(env.DB, 365, new Date());
 */
export async function purgeExpiredEmails(db: Db, days: number, now: Date): Promise<number> {
  if (!Number.isInteger(days) || days <= 0)
    throw new Error('the retention period must be a positive integer');
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  const { meta } = await db
    .prepare('UPDATE contributions SET email = NULL WHERE email IS NOT NULL AND submitted_at < ?1')
    .bind(cutoff)
    .run();
  return meta.changes;
}
