/**
 * ALL the publication's SQL: what a year's edition gathers from the other
 * features' tables (polls, contributions, recommendations, events), the
 * frozen editions, the editor's quotes, and the erasure of a quoted author's
 * name. Each gathering query is a small function of its own; gatherYear runs
 * them together as one read-only batch (one round trip).
 */
import type { LocalizedText } from '../../schema/common.ts';
import type { ContributionView } from '../../schema/contributions.ts';
import type { QuotePick } from '../../schema/publications.ts';
import type { Db } from '../lib/db.ts';
import type { Erasure } from '../lib/feature.ts';

/** The instants bounding a year (UTC), as the tables store them: ISO 8601 text compares in time order. */
export function yearBounds(year: number): { start: string; end: string } {
  return { start: `${year}-01-01T00:00:00.000Z`, end: `${year + 1}-01-01T00:00:00.000Z` };
}

export interface ThemeRow {
  id: number;
  slug: string;
  position: number;
  title: string;
  summary: string;
}

export interface PollRow {
  id: number;
  slug: string;
  theme_id: number;
  kind: 'single' | 'multiple' | 'motion';
  question: string;
  results_visibility: 'live' | 'after_vote' | 'after_close';
  opens_at: string;
  closes_at: string | null;
}

export interface OptionRow {
  poll_id: number;
  key: string;
  label: string;
}

export interface TallyRow {
  poll_id: number;
  option_key: string;
  role: string;
  votes: number;
}

export interface ContributionCountRow {
  theme_id: number;
  received: number;
  published: number;
}

export interface QuoteRow {
  theme_id: number;
  theme_slug: string;
  position: number;
  contribution_id: string;
  excerpt: string | null;
  body: string;
  display_name: string | null;
  anonymous: number;
  role: string;
  territory: string;
  /** Whether the contribution is still published and on the quote's theme: only then is it printed. */
  quotable: number;
}

export interface RecommendationRow {
  id: number;
  slug: string;
  theme_id: number;
  status: string;
  title: string;
  summary: string;
  status_at: string;
  merged_slug: string | null;
  merged_title: string | null;
  supports: number;
}

export interface StatusChangeRow {
  recommendation_id: number;
  from_status: string;
  to_status: string;
  body: string;
  reason: string | null;
  at: string;
}

export interface AnswerRow {
  recommendation_id: number;
  version: number;
  body: string;
  review_on: string | null;
  answered_at: string;
}

/** How many of a theme's events of the year were held. */
export interface EventsHeldRow {
  theme_id: number;
  held: number;
}

/** Attendees of a theme's held events who share a role and a territory. */
export interface AttendanceRow {
  theme_id: number;
  /** The registrant's stakeholder role, `unspecified` when none was stored. */
  role: string;
  /** The territory the registrant gave, or null. */
  territory: string | null;
  attendees: number;
}

/** Everything a year's edition is made of, as read from the tables. */
export interface YearRows {
  themes: ThemeRow[];
  polls: PollRow[];
  options: OptionRow[];
  tallies: TallyRow[];
  contributions: ContributionCountRow[];
  quotes: QuoteRow[];
  recommendations: RecommendationRow[];
  changes: StatusChangeRow[];
  answers: AnswerRow[];
  eventsHeld: EventsHeldRow[];
  attendance: AttendanceRow[];
}

/** Every theme, in display order. */
export function themesStatement(db: Db): D1PreparedStatement {
  return db.prepare('SELECT id, slug, position, title, summary FROM themes ORDER BY position, id');
}

/**
 * The polls of a theme that opened during the year (and have opened by
 * `now`): what was asked. Polls without a theme belong to no chapter.
 */
const YEAR_POLLS = `SELECT id FROM polls
  WHERE theme_id IS NOT NULL AND opens_at >= ?1 AND opens_at < ?2 AND opens_at <= ?3`;

/** The year's polls, oldest first. */
export function pollsStatement(db: Db, year: number, now: string): D1PreparedStatement {
  const { start, end } = yearBounds(year);
  return db
    .prepare(
      `SELECT id, slug, theme_id, kind, question, results_visibility, opens_at, closes_at
       FROM polls WHERE id IN (${YEAR_POLLS}) ORDER BY opens_at, id`,
    )
    .bind(start, end, now);
}

/** The options of the year's polls, in each poll's order. */
export function optionsStatement(db: Db, year: number, now: string): D1PreparedStatement {
  const { start, end } = yearBounds(year);
  return db
    .prepare(
      `SELECT poll_id, key, label FROM poll_options WHERE poll_id IN (${YEAR_POLLS})
       ORDER BY poll_id, position`,
    )
    .bind(start, end, now);
}

/** The tallies of the year's polls (the counters, never the ballots). */
export function talliesStatement(db: Db, year: number, now: string): D1PreparedStatement {
  const { start, end } = yearBounds(year);
  return db
    .prepare(`SELECT poll_id, option_key, role, votes FROM poll_tallies WHERE poll_id IN (${YEAR_POLLS})`)
    .bind(start, end, now);
}

/** Per theme, the contributions submitted during the year, and how many of them are published. */
export function contributionCountsStatement(db: Db, year: number): D1PreparedStatement {
  const { start, end } = yearBounds(year);
  return db
    .prepare(
      `SELECT theme_id, count(*) AS received, sum(status = 'published') AS published
       FROM contributions WHERE submitted_at >= ?1 AND submitted_at < ?2 GROUP BY theme_id`,
    )
    .bind(start, end);
}

/** The quotes picked for the year, in order, with the words and author of each contribution quoted. */
export function quotesStatement(db: Db, year: number): D1PreparedStatement {
  return db
    .prepare(
      `SELECT q.theme_id, t.slug AS theme_slug, q.position, q.contribution_id, q.excerpt, c.body,
         c.display_name, c.anonymous, c.role, c.territory,
         (c.status = 'published' AND c.theme_id = q.theme_id) AS quotable
       FROM publication_quotes q
       JOIN contributions c ON c.id = q.contribution_id
       JOIN themes t ON t.id = q.theme_id
       WHERE q.year = ?1 ORDER BY t.position, q.theme_id, q.position`,
    )
    .bind(year);
}

/** The year's public recommendations (drafts left out), with their supports and what a merged one went into. */
export function recommendationsStatement(db: Db, year: number): D1PreparedStatement {
  return db
    .prepare(
      `SELECT r.id, r.slug, r.theme_id, r.status, r.title, r.summary, r.status_at,
         m.slug AS merged_slug, m.title AS merged_title, coalesce(s.supports, 0) AS supports
       FROM recommendations r
       LEFT JOIN recommendations m ON m.id = r.merged_into
       LEFT JOIN recommendation_support_counts s ON s.recommendation_id = r.id AND s.role = '*'
       WHERE r.year = ?1 AND r.status <> 'draft'
       ORDER BY r.theme_id, r.created_at, r.id`,
    )
    .bind(year);
}

const YEAR_RECOMMENDATIONS = `SELECT id FROM recommendations WHERE year = ?1 AND status <> 'draft'`;

/** The public timeline of the year's recommendations, oldest change first. */
export function statusChangesStatement(db: Db, year: number): D1PreparedStatement {
  return db
    .prepare(
      `SELECT recommendation_id, from_status, to_status, body, reason, at
       FROM recommendation_status_changes WHERE recommendation_id IN (${YEAR_RECOMMENDATIONS})
       ORDER BY recommendation_id, id`,
    )
    .bind(year);
}

/** The board's latest answer to each of the year's recommendations. */
export function latestAnswersStatement(db: Db, year: number): D1PreparedStatement {
  return db
    .prepare(
      `SELECT a.recommendation_id, a.version, a.body, a.review_on, a.answered_at
       FROM recommendation_answers a
       WHERE a.recommendation_id IN (${YEAR_RECOMMENDATIONS})
         AND a.version = (SELECT max(version) FROM recommendation_answers WHERE recommendation_id = a.recommendation_id)`,
    )
    .bind(year);
}

/**
 * Which of a theme's events count as held during the year (`et` the theme
 * link, `e` the event): those that started that year and had ended by
 * `now` (one still running, or yet to come, is not held yet); cancelled
 * ones are left out. An event on two themes is held on both. The year's
 * events are walked by start time (events_by_start), their themes by key.
 */
const HELD = `e.starts_at >= ?1 AND e.starts_at < ?2 AND e.ends_at <= ?3 AND e.status = 'scheduled'`;

/** Per theme, the events held during the year. */
export function eventsHeldStatement(db: Db, year: number, now: string): D1PreparedStatement {
  const { start, end } = yearBounds(year);
  return db
    .prepare(
      `SELECT et.theme_id, count(*) AS held
       FROM events e JOIN event_themes et ON et.event_id = e.id
       WHERE ${HELD} GROUP BY et.theme_id`,
    )
    .bind(start, end, now);
}

/**
 * Per theme, the people who came to its held events, by the role and the
 * territory they registered with: the registrations organisers marked as
 * attended, as each event's minutes count them (attendeeCounts in
 * functions/events/queries.ts). An event whose attendance was never
 * recorded adds no one: its confirmed registrations say who meant to come,
 * not who came. Someone who came to two of the theme's events counts in
 * each, as in each event's minutes.
 */
export function attendanceStatement(db: Db, year: number, now: string): D1PreparedStatement {
  const { start, end } = yearBounds(year);
  return db
    .prepare(
      `SELECT et.theme_id, coalesce(r.role, 'unspecified') AS role, r.territory, count(*) AS attendees
       FROM events e JOIN event_themes et ON et.event_id = e.id
       JOIN registrations r ON r.event_id = e.id AND r.attended = 1
       WHERE ${HELD} GROUP BY et.theme_id, coalesce(r.role, 'unspecified'), r.territory`,
    )
    .bind(start, end, now);
}

/**
 * Everything a year's edition is made of, in one round trip (a read-only
 * batch of the statements above, which D1 runs in one transaction: the
 * figures agree with each other).
 *
 * @example
 * const rows = await gatherYear(env.DB, 2026, new Date().toISOString());
 */
export async function gatherYear(db: Db, year: number, now: string): Promise<YearRows> {
  const results = await db.batch<Record<string, unknown>>([
    themesStatement(db),
    pollsStatement(db, year, now),
    optionsStatement(db, year, now),
    talliesStatement(db, year, now),
    contributionCountsStatement(db, year),
    quotesStatement(db, year),
    recommendationsStatement(db, year),
    statusChangesStatement(db, year),
    latestAnswersStatement(db, year),
    eventsHeldStatement(db, year, now),
    attendanceStatement(db, year, now),
  ]);
  const rows = <T>(index: number) => results[index].results as T[];
  return {
    themes: rows<ThemeRow>(0),
    polls: rows<PollRow>(1),
    options: rows<OptionRow>(2),
    tallies: rows<TallyRow>(3),
    contributions: rows<ContributionCountRow>(4),
    quotes: rows<QuoteRow>(5),
    recommendations: rows<RecommendationRow>(6),
    changes: rows<StatusChangeRow>(7),
    answers: rows<AnswerRow>(8),
    eventsHeld: rows<EventsHeldRow>(9),
    attendance: rows<AttendanceRow>(10),
  };
}

/** An edition as stored: its snapshot is the PublicationEdition JSON, as text. */
export interface StoredEdition {
  year: number;
  edition: number;
  publishedAt: string;
  publishedBy: string;
  snapshot: string;
}

const EDITION_COLUMNS =
  'year, edition, published_at AS publishedAt, published_by AS publishedBy, snapshot FROM publication_editions';

/**
 * One edition of a year: the one named, else the latest; null when there is none.
 *
 * @example
 * const latest = await findEdition(env.DB, 2026);
 * const first = await findEdition(env.DB, 2026, 1);
 */
export async function findEdition(db: Db, year: number, edition?: number): Promise<StoredEdition | null> {
  const statement =
    edition === undefined
      ? db.prepare(`SELECT ${EDITION_COLUMNS} WHERE year = ?1 ORDER BY edition DESC LIMIT 1`).bind(year)
      : db.prepare(`SELECT ${EDITION_COLUMNS} WHERE year = ?1 AND edition = ?2`).bind(year, edition);
  return statement.first<StoredEdition>();
}

/** An edition without its snapshot. */
export type EditionRecord = Omit<StoredEdition, 'snapshot'>;

/**
 * Every edition (of one year when given), the latest year first, its latest edition first.
 *
 * @example
 * const all = await listEditions(env.DB);
 * const of2026 = await listEditions(env.DB, 2026);
 */
export async function listEditions(db: Db, year?: number): Promise<EditionRecord[]> {
  const { results } = await db
    .prepare(
      `SELECT year, edition, published_at AS publishedAt, published_by AS publishedBy
       FROM publication_editions WHERE ?1 IS NULL OR year = ?1 ORDER BY year DESC, edition DESC`,
    )
    .bind(year ?? null)
    .all<EditionRecord>();
  return results;
}

/**
 * Publishes a new edition of `year`: the snapshot stored under the next
 * edition number (set in it too, by the same statement, so that two admins
 * publishing at once get 2 and 3, never twice 2) with its audit_log row,
 * in one batch, and the stored edition read back. The snapshot is the
 * PublicationEdition JSON; its `edition` field is overwritten.
 *
 * @example
 * const stored = await publishEdition(env.DB, { year: 2026, snapshot, at, by: 'ana' });
 */
export async function publishEdition(
  db: Db,
  { year, snapshot, at, by }: { year: number; snapshot: string; at: string; by: string },
): Promise<StoredEdition> {
  const [, , readBack] = await db.batch([
    db
      .prepare(
        `INSERT INTO publication_editions (year, edition, published_at, published_by, snapshot)
         SELECT ?1, next, ?2, ?3, json_set(?4, '$.edition', next)
         FROM (SELECT coalesce(max(edition), 0) + 1 AS next FROM publication_editions WHERE year = ?1)`,
      )
      .bind(year, at, by, snapshot),
    db
      .prepare(
        `INSERT INTO audit_log (item_kind, item_id, actor, action, from_status, to_status, reason_code, note, at)
         SELECT 'publication', ?4, ?2, 'publish', CAST(max(edition) - 1 AS TEXT),
           CAST(max(edition) AS TEXT), NULL, NULL, ?3
         FROM publication_editions WHERE year = ?1`,
      )
      // The item as text: a number bound from JS is a REAL, which CAST would write as '2026.0'.
      .bind(year, by, at, String(year)),
    db.prepare(`SELECT ${EDITION_COLUMNS} WHERE year = ?1 ORDER BY edition DESC LIMIT 1`).bind(year),
  ]);
  const stored = readBack.results[0] as StoredEdition | undefined;
  if (!stored) throw new Error(`edition of ${year} vanished after being written`);
  return stored;
}

/** A stored pick, as the editor wrote it. */
export interface PickRecord {
  theme: string;
  contribution: string;
  excerpt: string | null;
}

/**
 * The year's picks in order, as written (whatever became of the contributions since).
 *
 * @example
 * const picks = await listPicks(env.DB, 2026);
 */
export async function listPicks(db: Db, year: number): Promise<PickRecord[]> {
  const { results } = await db
    .prepare(
      `SELECT t.slug AS theme, q.contribution_id AS contribution, q.excerpt
       FROM publication_quotes q JOIN themes t ON t.id = q.theme_id
       WHERE q.year = ?1 ORDER BY t.position, q.theme_id, q.position`,
    )
    .bind(year)
    .all<PickRecord>();
  return results;
}

/** What a quote is checked against: the contribution as it is, and the theme named, if they exist. */
export interface QuoteTarget {
  contribution: string;
  theme: string;
  themeExists: boolean;
  /** Null when there is no such contribution. */
  status: string | null;
  contributionTheme: string | null;
  body: string | null;
}

/**
 * The contributions and themes a list of picks names, in the picks' order.
 *
 * @example
 * const targets = await loadQuoteTargets(env.DB, quotes);
 */
export async function loadQuoteTargets(db: Db, picks: readonly QuotePick[]): Promise<QuoteTarget[]> {
  if (picks.length === 0) return [];
  const { results } = await db
    .prepare(
      `SELECT json_extract(p.value, '$.contribution') AS contribution, json_extract(p.value, '$.theme') AS theme,
         EXISTS (SELECT 1 FROM themes WHERE slug = json_extract(p.value, '$.theme')) AS themeExists,
         c.status, ct.slug AS contributionTheme, c.body
       FROM json_each(?1) p
       LEFT JOIN contributions c ON c.id = json_extract(p.value, '$.contribution')
       LEFT JOIN themes ct ON ct.id = c.theme_id
       ORDER BY p.key`,
    )
    .bind(JSON.stringify(picks))
    .all<Omit<QuoteTarget, 'themeExists'> & { themeExists: number }>();
  return results.map((row) => ({ ...row, themeExists: Boolean(row.themeExists) }));
}

/**
 * Replaces the year's picks with `picks`, and writes the audit_log row, in
 * one batch guarded by one condition: every pick names a published
 * contribution on its theme. When that no longer holds (a moderator hid one
 * meanwhile) nothing is written and `written` is false.
 *
 * @example
 * const { written } = await replacePicks(env.DB, { year: 2026, picks, by: 'cp', at });
 */
export async function replacePicks(
  db: Db,
  { year, picks, by, at }: { year: number; picks: readonly QuotePick[]; by: string; at: string },
): Promise<{ written: boolean }> {
  const json = JSON.stringify(picks);
  // Every pick matches a published contribution on its theme; ?2 is the picks' JSON.
  const valid = `(SELECT count(*) FROM json_each(?2) p
      JOIN themes t ON t.slug = json_extract(p.value, '$.theme')
      JOIN contributions c ON c.id = json_extract(p.value, '$.contribution')
        AND c.status = 'published' AND c.theme_id = t.id) = json_array_length(?2)`;
  const [audit] = await db.batch([
    db
      .prepare(
        `INSERT INTO audit_log (item_kind, item_id, actor, action, from_status, to_status, reason_code, note, at)
         SELECT 'publication', ?5, ?3, 'quotes',
           (SELECT CAST(count(*) AS TEXT) FROM publication_quotes WHERE year = ?1),
           CAST(json_array_length(?2) AS TEXT), NULL, NULL, ?4
         WHERE ${valid}`,
      )
      .bind(year, json, by, at, String(year)),
    db.prepare(`DELETE FROM publication_quotes WHERE year = ?1 AND ${valid}`).bind(year, json),
    // The position is the pick's index in the whole list: increasing within each theme.
    db
      .prepare(
        `INSERT INTO publication_quotes (year, theme_id, position, contribution_id, excerpt)
         SELECT ?1, t.id, p.key, c.id, json_extract(p.value, '$.excerpt')
         FROM json_each(?2) p
         JOIN themes t ON t.slug = json_extract(p.value, '$.theme')
         JOIN contributions c ON c.id = json_extract(p.value, '$.contribution')
         WHERE ${valid}`,
      )
      .bind(year, json),
  ]);
  return { written: audit.meta.changes === 1 };
}

interface CandidateRow {
  id: string;
  theme: string;
  title: string;
  text: string;
  display_name: string | null;
  anonymous: number;
  role: ContributionView['role'];
  territory: string;
  self_declared: number;
  published_at: string;
}

/** `%`, `_` and `\` taken literally in a LIKE pattern (with `ESCAPE '\'`). */
export function likePattern(words: string): string {
  return `%${words.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * Published contributions submitted during the year on a theme, newest
 * first, whose title or text holds `words` (a LIKE scan of that theme's
 * published contributions of one year: a few hundred rows at most).
 *
 * @example
 * const found = await searchQuotable(env.DB, { year: 2026, theme: 'modele-economique', words: 'buffer', limit: 20 });
 */
export async function searchQuotable(
  db: Db,
  query: { year: number; theme: string; words?: string; limit: number },
): Promise<Omit<ContributionView, 'takenUpIn'>[]> {
  const { start, end } = yearBounds(query.year);
  const { results } = await db
    .prepare(
      `SELECT c.id, t.slug AS theme, c.title, c.body AS text, c.display_name, c.anonymous, c.role,
         c.territory, c.self_declared, c.published_at
       FROM contributions c JOIN themes t ON t.id = c.theme_id
       WHERE t.slug = ?1 AND c.status = 'published' AND c.submitted_at >= ?2 AND c.submitted_at < ?3
         AND (?4 IS NULL OR c.title LIKE ?4 ESCAPE '\\' OR c.body LIKE ?4 ESCAPE '\\')
       ORDER BY c.published_at DESC, c.id DESC LIMIT ?5`,
    )
    .bind(query.theme, start, end, query.words ? likePattern(query.words) : null, query.limit)
    .all<CandidateRow>();
  return results.map((row) => ({
    id: row.id,
    theme: row.theme,
    title: row.title,
    text: row.text,
    author: row.anonymous ? null : row.display_name,
    role: row.role,
    territory: row.territory,
    selfDeclared: row.self_declared === 1,
    publishedAt: row.published_at,
  }));
}

/**
 * The quotes of `participant`'s contributions inside frozen editions, with
 * the ids of their contributions (the erasure's SQL below).
 */
const QUOTES_OF = `SELECT 1 FROM json_each(e.snapshot, '$.themes') t, json_each(t.value, '$.said.quotes') q
  WHERE json_extract(q.value, '$.contribution') IN (SELECT id FROM contributions WHERE participant = ?1)`;

/**
 * A person's right to erasure reaches frozen editions too: the name of an
 * author quoted in one is removed (the words stay, as in the published
 * contribution, which erasure anonymises). One audit_log row per edition
 * touched, then the edition rewritten; run in the erasure's batch.
 *
 * @example
 * const { statements, counted } = erasureStatements(env.DB, participant, 'ana', now);
 */
export function erasureStatements(db: Db, participant: string, actor: string, at: string): Erasure {
  return {
    counted: 1,
    statements: [
      db
        .prepare(
          `INSERT INTO audit_log (item_kind, item_id, actor, action, from_status, to_status, reason_code, note, at)
           SELECT 'publication', CAST(e.year AS TEXT), ?2, 'erase', CAST(e.edition AS TEXT),
             CAST(e.edition AS TEXT), 'anonymised', NULL, ?3
           FROM publication_editions e WHERE EXISTS (${QUOTES_OF}) ORDER BY e.year, e.edition`,
        )
        .bind(participant, actor, at),
      db
        .prepare(
          `UPDATE publication_editions AS e SET snapshot = json_set(e.snapshot, '$.themes', json((
             SELECT json_group_array(json_set(t.value, '$.said.quotes', json((
               SELECT json_group_array(
                 CASE WHEN json_extract(q.value, '$.contribution') IN
                        (SELECT id FROM contributions WHERE participant = ?1)
                      THEN json_set(q.value, '$.author', NULL) ELSE json(q.value) END
                 ORDER BY q.key)
               FROM json_each(t.value, '$.said.quotes') q))) ORDER BY t.key)
             FROM json_each(e.snapshot, '$.themes') t)))
           WHERE EXISTS (${QUOTES_OF})`,
        )
        .bind(participant),
    ],
  };
}

/** What the printable page reads: the edition, the year's other editions, the territories' names. */
export interface PageData {
  edition: StoredEdition | null;
  editions: EditionRecord[];
  territories: Map<string, LocalizedText>;
}

/**
 * The printable page's data in one round trip.
 *
 * @example
 * const { edition, editions, territories } = await loadPageData(env.DB, 2026);
 */
export async function loadPageData(db: Db, year: number, edition?: number): Promise<PageData> {
  const [found, editions, territories] = await db.batch<Record<string, unknown>>([
    edition === undefined
      ? db.prepare(`SELECT ${EDITION_COLUMNS} WHERE year = ?1 ORDER BY edition DESC LIMIT 1`).bind(year)
      : db.prepare(`SELECT ${EDITION_COLUMNS} WHERE year = ?1 AND edition = ?2`).bind(year, edition),
    db
      .prepare(
        `SELECT year, edition, published_at AS publishedAt, published_by AS publishedBy
         FROM publication_editions WHERE year = ?1 ORDER BY edition DESC`,
      )
      .bind(year),
    db.prepare('SELECT code, name FROM territories'),
  ]);
  return {
    edition: (found.results[0] as unknown as StoredEdition | undefined) ?? null,
    editions: editions.results as unknown as EditionRecord[],
    territories: new Map(
      (territories.results as { code: string; name: string }[]).map((row) => [
        row.code,
        JSON.parse(row.name),
      ]),
    ),
  };
}
