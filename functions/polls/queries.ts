/**
 * Typed queries on `polls` and `poll_options`, and the per-poll data a view
 * needs (options, tallies, the caller's ballot).
 */
import type { Audience, LocalizedText } from '../../schema/common.ts';
import type { PollKind, ResultsVisibility } from '../../schema/polls.ts';
import type { ThemeView } from '../../schema/themes.ts';
import type { Db } from '../lib/db.ts';

/** A poll as stored, with its theme: the fields an admin writes (PollWrite) plus identity. */
export interface PollRecord extends PollWrite {
  id: number;
  slug: string;
  theme: ThemeView | null;
}

export interface OptionRecord {
  key: string;
  label: LocalizedText;
}

export interface TallyRecord {
  optionKey: string;
  role: string;
  votes: number;
}

export interface BallotRecord {
  choices: string[];
  castAt: string;
  updatedAt: string;
}

/** What a poll view needs besides the poll itself. */
export interface PollDetails {
  options: OptionRecord[];
  tallies: TallyRecord[];
  ballot: BallotRecord | null;
}

interface PollRow {
  id: number;
  slug: string;
  theme_id: number | null;
  kind: PollKind;
  question: string;
  description: string | null;
  audience: Audience;
  results_visibility: ResultsVisibility;
  max_choices: number | null;
  allow_change: number;
  opens_at: string | null;
  closes_at: string | null;
  theme_slug: string | null;
  theme_position: number | null;
  theme_title: string | null;
  theme_summary: string | null;
}

const POLL_COLUMNS = `p.id, p.slug, p.theme_id, p.kind, p.question, p.description, p.audience,
  p.results_visibility, p.max_choices, p.allow_change, p.opens_at, p.closes_at,
  t.slug AS theme_slug, t.position AS theme_position, t.title AS theme_title, t.summary AS theme_summary`;
const POLLS_WITH_THEME = 'polls p LEFT JOIN themes t ON t.id = p.theme_id';
const SELECT_POLLS = `SELECT ${POLL_COLUMNS} FROM ${POLLS_WITH_THEME}`;

/**
 * One poll by slug, with its theme, or null.
 *
 * @example
 * const poll = await findPollBySlug(env.DB, 'deploiement-france');
 */
export async function findPollBySlug(db: Db, slug: string): Promise<PollRecord | null> {
  const row = await db.prepare(`${SELECT_POLLS} WHERE p.slug = ?1`).bind(slug).first<PollRow>();
  return row ? toPollRecord(row) : null;
}

/**
 * The polls of a theme (or all polls), oldest first.
 *
 * @example
 * const polls = await listPolls(env.DB, { themeId: theme.id });
 */
export async function listPolls(db: Db, filter: { themeId?: number } = {}): Promise<PollRecord[]> {
  const statement =
    filter.themeId === undefined
      ? db.prepare(`${SELECT_POLLS} ORDER BY p.id`)
      : db.prepare(`${SELECT_POLLS} WHERE p.theme_id = ?1 ORDER BY p.id`).bind(filter.themeId);
  const { results } = await statement.all<PollRow>();
  return results.map(toPollRecord);
}

/**
 * Reads the results of some polls. One indexed range per poll on
 * poll_tallies' primary key: the cost depends on the number of options and
 * roles, never on the number of ballots (ballots are not read).
 */
export const SELECT_TALLIES =
  'SELECT poll_id, option_key, role, votes FROM poll_tallies WHERE poll_id IN (SELECT value FROM json_each(?1))';
const SELECT_OPTIONS =
  'SELECT poll_id, key, label FROM poll_options WHERE poll_id IN (SELECT value FROM json_each(?1)) ORDER BY poll_id, position';
const SELECT_BALLOTS =
  'SELECT poll_id, choices, cast_at, updated_at FROM ballots WHERE poll_id IN (SELECT value FROM json_each(?1)) AND participant = ?2';

type DetailRow = Record<string, string | number>;

const toOption = (row: DetailRow): OptionRecord => ({
  key: String(row.key),
  label: JSON.parse(String(row.label)),
});
const toTally = (row: DetailRow): TallyRecord => ({
  optionKey: String(row.option_key),
  role: String(row.role),
  votes: Number(row.votes),
});
const toBallot = (row: DetailRow): BallotRecord => ({
  choices: JSON.parse(String(row.choices)),
  castAt: String(row.cast_at),
  updatedAt: String(row.updated_at),
});

/**
 * Options, tallies and the participant's ballot for each poll, in one round
 * trip (a read-only batch).
 *
 * @example
 * const details = await loadPollDetails(env.DB, [poll.id], participant?.id ?? null);
 * details.get(poll.id)?.tallies;
 */
export async function loadPollDetails(
  db: Db,
  pollIds: readonly number[],
  participant: string | null,
): Promise<Map<number, PollDetails>> {
  const details = new Map<number, PollDetails>(
    pollIds.map((id) => [id, { options: [], tallies: [], ballot: null }]),
  );
  if (pollIds.length === 0) return details;
  const ids = JSON.stringify(pollIds);
  const statements = [db.prepare(SELECT_OPTIONS).bind(ids), db.prepare(SELECT_TALLIES).bind(ids)];
  if (participant !== null) statements.push(db.prepare(SELECT_BALLOTS).bind(ids, participant));
  const [options, tallies, ballots] = await db.batch<DetailRow>(statements);
  const of = (row: DetailRow) => details.get(Number(row.poll_id));
  for (const row of options.results) of(row)?.options.push(toOption(row));
  for (const row of tallies.results) of(row)?.tallies.push(toTally(row));
  for (const row of ballots?.results ?? []) {
    const entry = of(row);
    if (entry) entry.ballot = toBallot(row);
  }
  return details;
}

/**
 * Options, tallies and the participant's ballot for one poll.
 *
 * @example
 * const { options, ballot } = await loadPollDetail(env.DB, poll.id, participant.id);
 */
export async function loadPollDetail(
  db: Db,
  pollId: number,
  participant: string | null,
): Promise<PollDetails> {
  const details = await loadPollDetails(db, [pollId], participant);
  return details.get(pollId) ?? { options: [], tallies: [], ballot: null };
}

/** A poll and everything its view needs, read together. */
export interface PollSnapshot {
  poll: PollRecord;
  details: PollDetails;
}

/**
 * A poll by slug with its options, tallies and the participant's ballot, as
 * ONE statement (each part a JSON aggregate over a primary-key range): a
 * D1 round trip costs far more than the few rows it reads.
 */
const SELECT_SNAPSHOT = `SELECT ${POLL_COLUMNS},
  (SELECT json_group_array(json_object('key', key, 'label', json(label), 'position', position))
     FROM poll_options WHERE poll_id = p.id) AS options_json,
  (SELECT json_group_array(json_object('optionKey', option_key, 'role', role, 'votes', votes))
     FROM poll_tallies WHERE poll_id = p.id) AS tallies_json,
  (SELECT json_object('choices', json(choices), 'castAt', cast_at, 'updatedAt', updated_at)
     FROM ballots WHERE poll_id = p.id AND participant = ?2) AS ballot_json
FROM ${POLLS_WITH_THEME} WHERE p.slug = ?1`;

type SnapshotRow = PollRow & { options_json: string; tallies_json: string; ballot_json: string | null };

/**
 * The statement that reads a poll snapshot. Run alone it is a read; batched
 * after a ballot write it returns the state that write produced, in the same
 * transaction (see castBallot). Turn its result into a snapshot with
 * toPollSnapshot.
 */
export function pollSnapshotStatement(db: Db, slug: string, participant: string | null) {
  // A participant id is a base64url hash: '' matches no ballot.
  return db.prepare(SELECT_SNAPSHOT).bind(slug, participant ?? '');
}

/** Reads the result of pollSnapshotStatement; null when there is no such poll. */
export function toPollSnapshot(result: D1Result): PollSnapshot | null {
  const row = result.results[0] as SnapshotRow | undefined;
  if (!row) return null;
  const options: (OptionRecord & { position: number })[] = JSON.parse(row.options_json);
  return {
    poll: toPollRecord(row),
    details: {
      options: options.sort((a, b) => a.position - b.position).map(({ key, label }) => ({ key, label })),
      tallies: JSON.parse(row.tallies_json),
      ballot: row.ballot_json === null ? null : JSON.parse(row.ballot_json),
    },
  };
}

/**
 * A poll by slug with everything its view needs, in one round trip to D1.
 *
 * @example
 * const snapshot = await loadPollSnapshot(env.DB, 'deploiement-france', participant?.id ?? null);
 */
export async function loadPollSnapshot(
  db: Db,
  slug: string,
  participant: string | null,
): Promise<PollSnapshot | null> {
  return toPollSnapshot(await pollSnapshotStatement(db, slug, participant).all());
}

/** A poll's stored fields, as written by the admin API. */
export interface PollWrite {
  themeId: number | null;
  kind: PollKind;
  question: LocalizedText;
  description: LocalizedText | null;
  audience: Audience;
  resultsVisibility: ResultsVisibility;
  maxChoices: number | null;
  allowChange: boolean;
  opensAt: string | null;
  closesAt: string | null;
}

/**
 * Creates a poll and its options in one transaction (a D1 batch). Throws the
 * D1 UNIQUE error when the slug is taken (see isUniqueViolation).
 *
 * @example
 * await insertPoll(env.DB, 'budget-2027', fields, options, new Date().toISOString());
 */
export async function insertPoll(
  db: Db,
  slug: string,
  poll: PollWrite,
  options: readonly OptionRecord[],
  now: string,
): Promise<void> {
  const insert = db
    .prepare(
      `INSERT INTO polls (slug, theme_id, kind, question, description, audience, results_visibility,
         max_choices, allow_change, opens_at, closes_at, created_at, updated_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)`,
    )
    .bind(slug, ...pollValues(poll), now);
  await db.batch([insert, ...insertOptions(db, slug, options)]);
}

/**
 * Rewrites a poll's fields, and its options when given, in one transaction.
 *
 * @example
 * await updatePoll(env.DB, poll.slug, { ...fields, closesAt: now }, undefined, now);
 */
export async function updatePoll(
  db: Db,
  slug: string,
  poll: PollWrite,
  options: readonly OptionRecord[] | undefined,
  now: string,
): Promise<void> {
  const update = db
    .prepare(
      `UPDATE polls SET theme_id = ?2, kind = ?3, question = ?4, description = ?5, audience = ?6,
         results_visibility = ?7, max_choices = ?8, allow_change = ?9, opens_at = ?10, closes_at = ?11,
         updated_at = ?12
       WHERE slug = ?1`,
    )
    .bind(slug, ...pollValues(poll), now);
  const replaceOptions = options
    ? [
        db
          .prepare('DELETE FROM poll_options WHERE poll_id = (SELECT id FROM polls WHERE slug = ?1)')
          .bind(slug),
        ...insertOptions(db, slug, options),
      ]
    : [];
  await db.batch([update, ...replaceOptions]);
}

/**
 * Whether anybody voted on the poll (options are frozen from then on).
 *
 * @example
 * if (await pollHasBallots(env.DB, poll.id)) throw new ProblemError('poll_has_ballots');
 */
export async function pollHasBallots(db: Db, pollId: number): Promise<boolean> {
  const row = await db
    .prepare('SELECT 1 AS found FROM ballots WHERE poll_id = ?1 LIMIT 1')
    .bind(pollId)
    .first();
  return row !== null;
}

function pollValues(poll: PollWrite): (string | number | null)[] {
  return [
    poll.themeId,
    poll.kind,
    JSON.stringify(poll.question),
    poll.description ? JSON.stringify(poll.description) : null,
    poll.audience,
    poll.resultsVisibility,
    poll.maxChoices,
    poll.allowChange ? 1 : 0,
    poll.opensAt,
    poll.closesAt,
  ];
}

function insertOptions(db: Db, slug: string, options: readonly OptionRecord[]): D1PreparedStatement[] {
  return options.map((option, position) =>
    db
      .prepare(
        'INSERT INTO poll_options (poll_id, key, position, label) SELECT id, ?2, ?3, ?4 FROM polls WHERE slug = ?1',
      )
      .bind(slug, option.key, position, JSON.stringify(option.label)),
  );
}

function toPollRecord(row: PollRow): PollRecord {
  return {
    id: row.id,
    slug: row.slug,
    themeId: row.theme_id,
    theme:
      row.theme_slug === null
        ? null
        : {
            slug: row.theme_slug,
            position: Number(row.theme_position),
            title: JSON.parse(String(row.theme_title)),
            summary: JSON.parse(String(row.theme_summary)),
          },
    kind: row.kind,
    question: JSON.parse(row.question),
    description: row.description === null ? null : JSON.parse(row.description),
    audience: row.audience,
    resultsVisibility: row.results_visibility,
    maxChoices: row.max_choices,
    allowChange: row.allow_change === 1,
    opensAt: row.opens_at,
    closesAt: row.closes_at,
  };
}
