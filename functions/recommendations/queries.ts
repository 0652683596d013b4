/**
 * Typed reads of recommendations: the public feed's pages, one
 * recommendation with everything its view needs (in one statement), the
 * Atom feed's entries, the admin list, and the sources an editor may link.
 * The writes are in supports.ts (supports) and lifecycle.ts (the editors'
 * and the board's changes).
 */
import type { Audience, Language, LocalizedText } from '../../schema/common.ts';
import type { RecommendationStatus, SourceKind } from '../../schema/recommendation-lifecycle.ts';
import type {
  AdminRecommendation,
  BoardAnswer,
  RecommendationLink,
  RecommendationSummary,
  StatusChange,
  WrittenText,
} from '../../schema/recommendations.ts';
import type { ThemeView } from '../../schema/themes.ts';
import { LANGUAGES } from '../../schema/vocabulary.ts';
import type { Db } from '../lib/db.ts';

/** In support counters, the role that counts everybody. */
export const ALL = '*';

/** A recommendation as stored, with its theme: what every view starts from. */
export interface RecommendationRecord {
  id: number;
  slug: string;
  theme: ThemeView;
  year: number;
  status: RecommendationStatus;
  title: WrittenText;
  summary: WrittenText;
  audience: Audience;
  atomId: string;
  languages: Language[];
  supportsTotal: number;
  createdAt: string;
  statusAt: string;
  changedAt: string;
  updatedAt: string;
}

export interface RecommendationRow {
  id: number;
  slug: string;
  year: number;
  status: RecommendationStatus;
  title: string;
  summary: string;
  audience: Audience;
  atom_id: string;
  created_at: string;
  status_at: string;
  changed_at: string;
  updated_at: string;
  theme_slug: string;
  theme_position: number;
  theme_title: string;
  theme_summary: string;
  languages_json: string;
  supports_total: number;
}

/**
 * The columns every read of a recommendation takes (`r` with its theme `t`):
 * the languages of its text and its supports are read from the row's own
 * JSON and one counter row, never from the supports themselves.
 */
export const RECOMMENDATION_COLUMNS = `r.id, r.slug, r.year, r.status, r.title, r.summary, r.audience, r.atom_id,
  r.created_at, r.status_at, r.changed_at, r.updated_at,
  t.slug AS theme_slug, t.position AS theme_position, t.title AS theme_title, t.summary AS theme_summary,
  (SELECT json_group_array(key) FROM json_each(r.body)) AS languages_json,
  coalesce((SELECT supports FROM recommendation_support_counts
            WHERE recommendation_id = r.id AND role = '${ALL}'), 0) AS supports_total`;

/**
 * The languages of a text, in the kit's order.
 *
 * @example
 * languagesOf({ nl: 'Tekst', fr: 'Texte' }); // ['fr', 'nl']
 */
export function languagesOf(keys: readonly string[]): Language[] {
  return LANGUAGES.filter((language) => keys.includes(language));
}

export function toRecommendationRecord(row: RecommendationRow): RecommendationRecord {
  return {
    id: row.id,
    slug: row.slug,
    theme: {
      slug: row.theme_slug,
      position: row.theme_position,
      title: JSON.parse(row.theme_title) as LocalizedText,
      summary: JSON.parse(row.theme_summary) as LocalizedText,
    },
    year: row.year,
    status: row.status,
    title: JSON.parse(row.title),
    summary: JSON.parse(row.summary),
    audience: row.audience,
    atomId: row.atom_id,
    languages: languagesOf(JSON.parse(row.languages_json)),
    supportsTotal: row.supports_total,
    createdAt: row.created_at,
    statusAt: row.status_at,
    changedAt: row.changed_at,
    updatedAt: row.updated_at,
  };
}

/**
 * The summary the feed lists. Only called on public recommendations (the
 * queries that feed it exclude drafts).
 */
export function toSummary(record: RecommendationRecord): RecommendationSummary {
  return {
    slug: record.slug,
    theme: record.theme,
    year: record.year,
    status: record.status as RecommendationSummary['status'],
    statusAt: record.statusAt,
    changedAt: record.changedAt,
    title: record.title,
    summary: record.summary,
    languages: record.languages,
    supports: { total: record.supportsTotal },
  };
}

/** Where a page starts: just after this row, in the list's order. */
export interface Keyset {
  /** `changed_at` in the public feed, `updated_at` in the admin list. */
  at: string;
  id: number;
}

export interface PublicPage {
  themeId?: number;
  status?: Exclude<RecommendationStatus, 'draft'>;
  year?: number;
  after?: Keyset;
  limit: number;
}

/**
 * The SQL of a page of public recommendations, newest change first, and its
 * parameters. Each variant walks one partial index from the keyset and stops
 * after `limit` rows that pass the other filters: a year's index when a year
 * is given (a year holds a few hundred), else a status's, else a theme's,
 * else all of them. The cost does not grow with the number of
 * recommendations. Exported so that tests can EXPLAIN it.
 *
 * @example
 * const { sql, params } = publicPageQuery({ themeId: 2, limit: 11 });
 */
export function publicPageQuery(page: PublicPage): { sql: string; params: (string | number)[] } {
  const params: (string | number)[] = [page.limit];
  // Spelled out in every variant: a partial index is only used when the query repeats its condition.
  const where = ["r.status <> 'draft'"];
  const add = (condition: (index: number) => string, value: string | number) => {
    params.push(value);
    where.push(condition(params.length));
  };
  if (page.themeId !== undefined) add((n) => `r.theme_id = ?${n}`, page.themeId);
  if (page.status !== undefined) add((n) => `r.status = ?${n}`, page.status);
  if (page.year !== undefined) add((n) => `r.year = ?${n}`, page.year);
  if (page.after !== undefined) {
    params.push(page.after.at, page.after.id);
    where.push(`(r.changed_at, r.id) < (?${params.length - 1}, ?${params.length})`);
  }
  const index =
    page.year !== undefined
      ? 'recommendations_public_by_year'
      : page.status !== undefined
        ? 'recommendations_public_by_status'
        : page.themeId !== undefined
          ? 'recommendations_public_by_theme'
          : 'recommendations_public';
  return {
    sql: `SELECT ${RECOMMENDATION_COLUMNS}
          FROM recommendations r INDEXED BY ${index} JOIN themes t ON t.id = r.theme_id
          WHERE ${where.join(' AND ')}
          ORDER BY r.changed_at DESC, r.id DESC
          LIMIT ?1`,
    params,
  };
}

/**
 * A page of public recommendations, newest change first (ties by id, descending).
 *
 * @example
 * const rows = await listPublicRecommendations(env.DB, { limit: 11 });
 * const next = await listPublicRecommendations(env.DB, { limit: 11, after: { at: last.changedAt, id: last.id } });
 */
export async function listPublicRecommendations(db: Db, page: PublicPage): Promise<RecommendationRecord[]> {
  const { sql, params } = publicPageQuery(page);
  const { results } = await db
    .prepare(sql)
    .bind(...params)
    .all<RecommendationRow>();
  return results.map(toRecommendationRecord);
}

/** A source as linked, with what readers see of it (null when they no longer see it). */
export interface LinkedSource {
  kind: SourceKind;
  ref: string;
  position: number;
  /** The SourceView's raw data; polls still need their state and visibility applied (see view.ts). */
  view: RawSourceView | null;
}

/** A source's data as read: a SourceView, except a poll's state and ballots, decided at read time. */
export type RawSourceView =
  | {
      kind: 'contribution';
      ref: string;
      title: string;
      author: string | null;
      role: string;
      territory: string;
      publishedAt: string;
    }
  | {
      kind: 'event';
      ref: string;
      title: LocalizedText;
      format: 'workshop' | 'small_talk';
      territory: string;
      startsAt: string;
      cancelled: boolean;
      hasMinutes: boolean;
      attendees: number | null;
    }
  | {
      kind: 'poll';
      ref: string;
      question: LocalizedText;
      pollKind: 'single' | 'multiple' | 'motion';
      opensAt: string | null;
      closesAt: string | null;
      resultsVisibility: 'live' | 'after_vote' | 'after_close';
      ballots: number | null;
    };

/**
 * A source's public view as a JSON object, or NULL when readers do not see
 * it: a contribution while published, an event (any status: a cancelled one
 * stays listed in the calendar, so a recommendation may still cite it, and
 * its `cancelled` tells readers), a poll (any state). An event's attendees are counted (registrations marked
 * as attended) only once its minutes are published, as its own view shows
 * them; the count walks registrations_by_event for that one event. `s` is a
 * row of recommendation_sources (or anything with `kind` and `ref`).
 */
export const SOURCE_VIEW_JSON = `CASE s.kind
  WHEN 'contribution' THEN (
    SELECT json_object('kind', 'contribution', 'ref', c.id, 'title', c.title,
      'author', CASE WHEN c.anonymous = 1 THEN NULL ELSE c.display_name END,
      'role', c.role, 'territory', c.territory, 'publishedAt', c.published_at)
    FROM contributions c WHERE c.id = s.ref AND c.status = 'published')
  WHEN 'event' THEN (
    SELECT json_object('kind', 'event', 'ref', e.slug, 'title', json(e.title), 'format', e.format,
      'territory', e.territory, 'startsAt', e.starts_at,
      'cancelled', json(CASE WHEN e.status = 'cancelled' THEN 'true' ELSE 'false' END),
      'hasMinutes', json(CASE WHEN e.minutes IS NOT NULL AND e.minutes_published_at IS NOT NULL
        THEN 'true' ELSE 'false' END),
      'attendees', CASE WHEN e.minutes IS NOT NULL AND e.minutes_published_at IS NOT NULL
        THEN (SELECT count(*) FROM registrations WHERE event_id = e.id AND attended = 1) END)
    FROM events e WHERE e.slug = s.ref)
  WHEN 'poll' THEN (
    SELECT json_object('kind', 'poll', 'ref', p.slug, 'question', json(p.question), 'pollKind', p.kind,
      'opensAt', p.opens_at, 'closesAt', p.closes_at, 'resultsVisibility', p.results_visibility,
      'ballots', (SELECT votes FROM poll_tallies WHERE poll_id = p.id AND option_key = '*' AND role = '*'))
    FROM polls p WHERE p.slug = s.ref)
END`;

/** Everything a recommendation's view needs beside the record. */
export interface RecommendationDetails {
  body: WrittenText;
  /** Counters by role, `*` included. */
  counts: { role: string; supports: number }[];
  /** Whether the participant asked about supports it. */
  mine: boolean;
  sources: LinkedSource[];
  timeline: StatusChange[];
  /** Newest version first. */
  answers: BoardAnswer[];
  mergedInto: RecommendationLink | null;
  mergedFrom: RecommendationLink[];
}

/** A recommendation and everything its view needs, read together. */
export interface RecommendationSnapshot {
  record: RecommendationRecord;
  details: RecommendationDetails;
}

/**
 * A recommendation by slug with its supports, the participant's support,
 * its sources as readers see them, its timeline, its answers and its merges,
 * as ONE statement (each part a JSON aggregate over an index range).
 */
export const SELECT_SNAPSHOT = `SELECT ${RECOMMENDATION_COLUMNS}, r.body,
  (SELECT json_group_array(json_object('role', role, 'supports', supports))
     FROM recommendation_support_counts WHERE recommendation_id = r.id) AS counts_json,
  EXISTS (SELECT 1 FROM recommendation_supports WHERE recommendation_id = r.id AND participant = ?2) AS mine,
  (SELECT json_group_array(json_object('kind', s.kind, 'ref', s.ref, 'position', s.position,
            'view', json(${SOURCE_VIEW_JSON})))
     FROM recommendation_sources s WHERE s.recommendation_id = r.id) AS sources_json,
  (SELECT json_group_array(json_object('id', h.id, 'from', h.from_status, 'to', h.to_status, 'at', h.at,
            'by', h.body, 'reason', json(h.reason)))
     FROM recommendation_status_changes h WHERE h.recommendation_id = r.id) AS timeline_json,
  (SELECT json_group_array(json_object('version', a.version, 'text', json(a.body),
            'answeredAt', a.answered_at, 'reviewOn', a.review_on))
     FROM recommendation_answers a WHERE a.recommendation_id = r.id) AS answers_json,
  (SELECT json_object('slug', m.slug, 'title', json(m.title)) FROM recommendations m
     WHERE m.id = r.merged_into) AS merged_into_json,
  (SELECT json_group_array(json_object('slug', f.slug, 'title', json(f.title)))
     FROM recommendations f WHERE f.merged_into = r.id AND f.status = 'merged') AS merged_from_json
FROM recommendations r JOIN themes t ON t.id = r.theme_id
WHERE r.slug = ?1`;

type SnapshotRow = RecommendationRow & {
  body: string;
  counts_json: string;
  mine: number;
  sources_json: string;
  timeline_json: string;
  answers_json: string;
  merged_into_json: string | null;
  merged_from_json: string;
};

/**
 * The statement that reads a snapshot. Run alone it is a read; batched after
 * a write it returns the state that write produced, in the same transaction.
 * Turn its result into a snapshot with toSnapshot.
 */
export function snapshotStatement(db: Db, slug: string, participant: string | null): D1PreparedStatement {
  // A participant id is a base64url hash: '' matches no support.
  return db.prepare(SELECT_SNAPSHOT).bind(slug, participant ?? '');
}

/** Reads the result of snapshotStatement; null when there is no such recommendation. */
export function toSnapshot(result: D1Result): RecommendationSnapshot | null {
  const row = result.results[0] as SnapshotRow | undefined;
  if (!row) return null;
  const timeline: (StatusChange & { id: number })[] = JSON.parse(row.timeline_json);
  const answers: BoardAnswer[] = JSON.parse(row.answers_json);
  const sources: LinkedSource[] = JSON.parse(row.sources_json);
  return {
    record: toRecommendationRecord(row),
    details: {
      body: JSON.parse(row.body),
      counts: JSON.parse(row.counts_json),
      mine: row.mine === 1,
      sources: sources.sort((a, b) => a.position - b.position),
      timeline: timeline.sort((a, b) => a.id - b.id).map(({ id: _, ...change }) => change),
      answers: answers.sort((a, b) => b.version - a.version),
      mergedInto: row.merged_into_json === null ? null : JSON.parse(row.merged_into_json),
      mergedFrom: JSON.parse(row.merged_from_json),
    },
  };
}

/**
 * A recommendation by slug with everything its view needs, in one round trip.
 *
 * @example
 * const snapshot = await loadSnapshot(env.DB, 'guichet-unique', participant?.id ?? null);
 */
export async function loadSnapshot(
  db: Db,
  slug: string,
  participant: string | null,
): Promise<RecommendationSnapshot | null> {
  return toSnapshot(await snapshotStatement(db, slug, participant).all());
}

/** One Atom entry's data: the record, its text's parts the feed shows, and for a merged one where it went. */
export interface FeedRecord extends RecommendationRecord {
  /** When it was first submitted (the entry's `published`); null if never (cannot happen for a public one). */
  submittedAt: string | null;
  latestAnswer: BoardAnswer | null;
  mergedInto: { slug: string; atomId: string; title: WrittenText } | null;
}

/** Most entries one feed holds: the newest changes. */
export const FEED_LIMIT = 200;

type FeedRow = RecommendationRow & {
  submitted_at: string | null;
  answer_json: string | null;
  merged_into_json: string | null;
};

/**
 * The public recommendations for the Atom feed (of a theme when given),
 * newest change first, FEED_LIMIT at most, each with its latest answer and,
 * for a merged one, the recommendation it went into. Walks the same partial
 * indexes as the feed's pages.
 *
 * @example
 * const entries = await listFeedRecords(env.DB, { themeId: theme.id });
 */
export async function listFeedRecords(db: Db, filter: { themeId?: number }): Promise<FeedRecord[]> {
  const byTheme = filter.themeId !== undefined;
  const { results } = await db
    .prepare(
      `SELECT ${RECOMMENDATION_COLUMNS},
         (SELECT min(at) FROM recommendation_status_changes WHERE recommendation_id = r.id) AS submitted_at,
         (SELECT json_object('version', a.version, 'text', json(a.body), 'answeredAt', a.answered_at,
                   'reviewOn', a.review_on)
            FROM recommendation_answers a WHERE a.recommendation_id = r.id
            ORDER BY a.version DESC LIMIT 1) AS answer_json,
         (SELECT json_object('slug', m.slug, 'atomId', m.atom_id, 'title', json(m.title)) FROM recommendations m
            WHERE m.id = r.merged_into) AS merged_into_json
       FROM recommendations r INDEXED BY ${byTheme ? 'recommendations_public_by_theme' : 'recommendations_public'}
         JOIN themes t ON t.id = r.theme_id
       WHERE r.status <> 'draft' ${byTheme ? 'AND r.theme_id = ?2' : ''}
       ORDER BY r.changed_at DESC, r.id DESC
       LIMIT ?1`,
    )
    .bind(...(byTheme ? [FEED_LIMIT, filter.themeId] : [FEED_LIMIT]))
    .all<FeedRow>();
  return results.map((row) => ({
    ...toRecommendationRecord(row),
    submittedAt: row.submitted_at,
    latestAnswer: row.answer_json === null ? null : JSON.parse(row.answer_json),
    mergedInto: row.merged_into_json === null ? null : JSON.parse(row.merged_into_json),
  }));
}

export interface AdminPage {
  status?: RecommendationStatus;
  themeId?: number;
  year?: number;
  after?: Keyset;
  limit: number;
}

type AdminRow = RecommendationRow & { source_count: number; answer_version: number | null };

/**
 * A page of the editors' and the board's list: every status, drafts
 * included, latest edit first (ties by id, descending).
 *
 * @example
 * const rows = await listAdminRecommendations(env.DB, { status: 'draft', limit: 51 });
 */
export async function listAdminRecommendations(
  db: Db,
  page: AdminPage,
): Promise<(AdminRecommendation & { id: number; updatedAt: string })[]> {
  const { results } = await db
    .prepare(
      `SELECT ${RECOMMENDATION_COLUMNS},
         (SELECT count(*) FROM recommendation_sources WHERE recommendation_id = r.id) AS source_count,
         (SELECT max(version) FROM recommendation_answers WHERE recommendation_id = r.id) AS answer_version
       FROM recommendations r JOIN themes t ON t.id = r.theme_id
       WHERE (?1 IS NULL OR r.status = ?1) AND (?2 IS NULL OR r.theme_id = ?2) AND (?3 IS NULL OR r.year = ?3)
         AND (?4 IS NULL OR (r.updated_at, r.id) < (?4, ?5))
       ORDER BY r.updated_at DESC, r.id DESC
       LIMIT ?6`,
    )
    .bind(
      page.status ?? null,
      page.themeId ?? null,
      page.year ?? null,
      page.after?.at ?? null,
      page.after?.id ?? null,
      page.limit,
    )
    .all<AdminRow>();
  return results.map((row) => {
    const record = toRecommendationRecord(row);
    return {
      ...toSummary(record),
      status: record.status,
      audience: record.audience,
      sourceCount: row.source_count,
      answerVersion: row.answer_version,
      id: record.id,
      updatedAt: record.updatedAt,
    };
  });
}

/** What one search of the editor's source picker returns at most, per kind. */
export const SOURCES_PER_KIND = 20;

/**
 * The items an editor may link whose title holds `words` (or, for a
 * contribution, whose reference is `words`; for an event or a poll, whose
 * slug holds them): published contributions, events (their title in any
 * language, cancelled ones included) and polls, in that order, each kind
 * newest first (an event by its start), SOURCES_PER_KIND of each at most. A LIKE over
 * the titles, with `%` and `_` escaped: a scan, fine for the few thousand
 * items a cycle produces (a full-text index would be the next step).
 *
 * @example
 * const found = await searchSources(env.DB, { words: 'facturation' });
 */
export async function searchSources(
  db: Db,
  query: { words: string; kind?: SourceKind },
): Promise<RawSourceView[]> {
  const pattern = `%${query.words.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  const statements: D1PreparedStatement[] = [];
  if (query.kind === undefined || query.kind === 'contribution') {
    statements.push(
      db
        .prepare(
          `SELECT json(${SOURCE_VIEW_JSON}) AS view FROM (
             SELECT 'contribution' AS kind, id AS ref FROM contributions
             WHERE status = 'published' AND (title LIKE ?1 ESCAPE '\\' OR id = upper(?2))
             ORDER BY published_at DESC, id DESC LIMIT ?3) AS s`,
        )
        .bind(pattern, query.words, SOURCES_PER_KIND),
    );
  }
  if (query.kind === undefined || query.kind === 'event') {
    statements.push(
      db
        .prepare(
          `SELECT json(${SOURCE_VIEW_JSON}) AS view FROM (
             SELECT 'event' AS kind, slug AS ref FROM events e
             WHERE e.slug LIKE ?1 ESCAPE '\\'
               OR EXISTS (SELECT 1 FROM json_each(e.title) WHERE value LIKE ?1 ESCAPE '\\')
             ORDER BY e.starts_at DESC, e.id DESC LIMIT ?2) AS s`,
        )
        .bind(pattern, SOURCES_PER_KIND),
    );
  }
  if (query.kind === undefined || query.kind === 'poll') {
    statements.push(
      db
        .prepare(
          `SELECT json(${SOURCE_VIEW_JSON}) AS view FROM (
             SELECT 'poll' AS kind, slug AS ref FROM polls p
             WHERE p.slug LIKE ?1 ESCAPE '\\'
               OR EXISTS (SELECT 1 FROM json_each(p.question) WHERE value LIKE ?1 ESCAPE '\\')
             ORDER BY p.id DESC LIMIT ?2) AS s`,
        )
        .bind(pattern, SOURCES_PER_KIND),
    );
  }
  const results = await db.batch<{ view: string }>(statements);
  return results.flatMap((result) => result.results.map((row) => JSON.parse(row.view) as RawSourceView));
}

/**
 * Which of `sources` readers cannot see (or that do not exist): the linked
 * items must be public when linked.
 *
 * @example
 * const missing = await missingSources(env.DB, [{ kind: 'contribution', ref: 'K7M2-9QXA' }]);
 */
export async function missingSources(
  db: Db,
  sources: readonly { kind: SourceKind; ref: string }[],
): Promise<{ kind: SourceKind; ref: string }[]> {
  if (sources.length === 0) return [];
  const { results } = await db
    .prepare(
      `SELECT s.kind, s.ref FROM (SELECT json_extract(value, '$.kind') AS kind, json_extract(value, '$.ref') AS ref
         FROM json_each(?1)) AS s
       WHERE ${SOURCE_VIEW_JSON} IS NULL`,
    )
    .bind(JSON.stringify(sources))
    .all<{ kind: SourceKind; ref: string }>();
  return results;
}

/**
 * A SQL expression: the public recommendations that draw on the contribution
 * whose reference is the SQL expression `reference`, as a JSON array of
 * `{ id, slug, title }` (read it with parseTakenUpIn). One probe of
 * recommendation_sources_by_item per contribution, inside the statement that
 * reads it: a page of the list costs one short index range more per row,
 * whatever the number of rows stored, and no round trip more.
 *
 * @example
 * db.prepare(`SELECT c.id, ${takenUpInJson('c.id')} AS taken_up_json FROM contributions c WHERE c.id = ?1`);
 */
export function takenUpInJson(reference: string): string {
  return `(SELECT json_group_array(json_object('id', r.id, 'slug', r.slug, 'title', json(r.title)))
    FROM recommendation_sources s JOIN recommendations r ON r.id = s.recommendation_id
    WHERE s.kind = 'contribution' AND s.ref = ${reference} AND r.status <> 'draft')`;
}

/**
 * The recommendations of takenUpInJson, oldest first (by id: the order they
 * were created in), as the contribution views list them.
 *
 * @example
 * parseTakenUpIn(row.taken_up_json); // [{ slug: 'guichet-unique', title: { fr: '…' } }]
 */
export function parseTakenUpIn(json: string): RecommendationLink[] {
  const rows: (RecommendationLink & { id: number })[] = JSON.parse(json);
  return rows.sort((a, b) => a.id - b.id).map(({ slug, title }) => ({ slug, title }));
}
