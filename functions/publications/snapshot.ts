/**
 * A year's publication as data: the rows gatherYear reads, arranged by
 * theme into what an edition freezes. Pure functions, so that the preview,
 * the publication and the tests build it the same way.
 */
import type { BreakdownRole } from '../../schema/common.ts';
import type {
  PublicationEdition,
  PublicationPoll,
  PublicationQuote,
  PublicationRecommendation,
  PublicationTheme,
} from '../../schema/publications.ts';
import type { RecommendationStatus } from '../../schema/recommendation-lifecycle.ts';
import type { TallyRecord } from '../polls/queries.ts';
import { pollState, resultsVisible, toResults } from '../polls/view.ts';
import type {
  AnswerRow,
  AttendanceRow,
  PollRow,
  QuoteRow,
  RecommendationRow,
  StatusChangeRow,
  YearRows,
} from './queries.ts';

/** One map from a key to the rows that have it, in their order. */
function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/**
 * A poll as the publication reports it: its results only where the public
 * may see them now (results shown after voting or after closing stay hidden
 * while the poll is open, as on the poll itself).
 */
function toPublicationPoll(
  poll: PollRow,
  options: readonly { key: string; label: string }[],
  tallies: readonly TallyRecord[],
  now: Date,
): PublicationPoll {
  const state = pollState({ opensAt: poll.opens_at, closesAt: poll.closes_at }, now);
  const keys = options.map((option) => option.key);
  return {
    slug: poll.slug,
    kind: poll.kind,
    question: JSON.parse(poll.question),
    options: options.map((option) => ({ key: option.key, label: JSON.parse(option.label) })),
    opensAt: poll.opens_at,
    closesAt: poll.closes_at,
    closed: state === 'closed',
    results: resultsVisible(poll.results_visibility, state, false) ? toResults(keys, tallies) : null,
  };
}

/** A quote as printed: the excerpt or the whole text, the author unless anonymous. */
function toQuote(row: QuoteRow): PublicationQuote {
  return {
    contribution: row.contribution_id,
    text: row.excerpt ?? row.body,
    excerpt: row.excerpt !== null,
    author: row.anonymous ? null : row.display_name,
    role: row.role,
    territory: row.territory,
  };
}

function toRecommendation(
  row: RecommendationRow,
  changes: readonly StatusChangeRow[],
  answer: AnswerRow | undefined,
): PublicationRecommendation {
  return {
    slug: row.slug,
    title: JSON.parse(row.title),
    summary: JSON.parse(row.summary),
    status: row.status as Exclude<RecommendationStatus, 'draft'>,
    statusAt: row.status_at,
    supports: row.supports,
    answer: answer
      ? {
          version: answer.version,
          text: JSON.parse(answer.body),
          answeredAt: answer.answered_at,
          reviewOn: answer.review_on,
        }
      : null,
    timeline: changes.map((change) => ({
      from: change.from_status as PublicationRecommendation['timeline'][number]['from'],
      to: change.to_status as Exclude<RecommendationStatus, 'draft'>,
      at: change.at,
      by: change.body as PublicationRecommendation['timeline'][number]['by'],
      reason: change.reason === null ? null : JSON.parse(change.reason),
    })),
    mergedInto:
      row.merged_slug === null || row.merged_title === null
        ? null
        : { slug: row.merged_slug, title: JSON.parse(row.merged_title) },
  };
}

/** Counts by key, most first, then by key (so that equal counts always print in the same order). */
function mostFirst(counts: Map<string, number>): [string, number][] {
  return [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * A theme's events figures: the events held, and the people who came by
 * role and by the territory they gave (those who gave none are in the total
 * and by role, not by territory, as in each event's minutes).
 */
function toEvents(held: number, attendance: readonly AttendanceRow[]): PublicationTheme['said']['events'] {
  const byRole = new Map<string, number>();
  const byTerritory = new Map<string, number>();
  let attendees = 0;
  for (const row of attendance) {
    attendees += row.attendees;
    byRole.set(row.role, (byRole.get(row.role) ?? 0) + row.attendees);
    if (row.territory !== null)
      byTerritory.set(row.territory, (byTerritory.get(row.territory) ?? 0) + row.attendees);
  }
  return {
    held,
    attendees,
    byTerritory: mostFirst(byTerritory).map(([territory, count]) => ({ territory, count })),
    byRole: mostFirst(byRole).map(([role, count]) => ({ role: role as BreakdownRole, count })),
  };
}

/**
 * Every theme of the year, in display order, as an edition holds it.
 *
 * @example
 * const themes = buildThemes(await gatherYear(db, 2026, now.toISOString()), now);
 */
export function buildThemes(rows: YearRows, now: Date): PublicationTheme[] {
  const optionsOf = groupBy(rows.options, (row) => row.poll_id);
  const talliesOf = groupBy(rows.tallies, (row) => row.poll_id);
  const pollsOf = groupBy(rows.polls, (row) => row.theme_id);
  const countsOf = new Map(rows.contributions.map((row) => [row.theme_id, row]));
  const quotesOf = groupBy(
    rows.quotes.filter((row) => row.quotable),
    (row) => row.theme_id,
  );
  const recommendationsOf = groupBy(rows.recommendations, (row) => row.theme_id);
  const changesOf = groupBy(rows.changes, (row) => row.recommendation_id);
  const answerOf = new Map(rows.answers.map((row) => [row.recommendation_id, row]));
  const heldOf = new Map(rows.eventsHeld.map((row) => [row.theme_id, row.held]));
  const attendanceOf = groupBy(rows.attendance, (row) => row.theme_id);

  return rows.themes.map((theme) => {
    const counts = countsOf.get(theme.id);
    return {
      theme: {
        slug: theme.slug,
        position: theme.position,
        title: JSON.parse(theme.title),
        summary: JSON.parse(theme.summary),
      },
      asked: (pollsOf.get(theme.id) ?? []).map((poll) =>
        toPublicationPoll(
          poll,
          optionsOf.get(poll.id) ?? [],
          (talliesOf.get(poll.id) ?? []).map((tally) => ({
            optionKey: tally.option_key,
            role: tally.role as BreakdownRole,
            votes: tally.votes,
          })),
          now,
        ),
      ),
      said: {
        events: toEvents(heldOf.get(theme.id) ?? 0, attendanceOf.get(theme.id) ?? []),
        contributions: { received: counts?.received ?? 0, published: counts?.published ?? 0 },
        quotes: (quotesOf.get(theme.id) ?? []).map(toQuote),
      },
      recommended: (recommendationsOf.get(theme.id) ?? []).map((row) =>
        toRecommendation(row, changesOf.get(row.id) ?? [], answerOf.get(row.id)),
      ),
    };
  });
}

/**
 * The edition to store: the year's themes and when it is published (who
 * publishes it is stored beside it, never in the public snapshot).
 * Its number is set by the statement that stores it (see publishEdition).
 *
 * @example
 * const snapshot = editionSnapshot(2026, themes, { at: now.toISOString() });
 */
export function editionSnapshot(
  year: number,
  themes: PublicationTheme[],
  { at }: { at: string },
): PublicationEdition {
  return { year, edition: 0, publishedAt: at, themes };
}
