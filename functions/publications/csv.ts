/**
 * An edition as CSV: the same data as its JSON, one row per fact, for a
 * spreadsheet. Every row has the same columns; `section` says what the row
 * is, and the columns it does not use are empty.
 */
import type { PublicationEdition } from '../../schema/publications.ts';
import type { WrittenText } from '../../schema/recommendations.ts';
import type { CsvRow } from '../lib/csv.ts';

/**
 * The columns. `fr`, `nl`, `en`: a text in each language (a question, an
 * option, a recommendation's title, the board's answer, a reason); `text`:
 * words in the language they were written in (a quote); `author`: who
 * wrote or acted (a quote's author, the body that moved a recommendation).
 */
export const EDITION_CSV_COLUMNS = [
  'year',
  'edition',
  'published_at',
  'theme',
  'section',
  'ref',
  'key',
  'fr',
  'nl',
  'en',
  'text',
  'author',
  'role',
  'territory',
  'status',
  'date',
  'count',
] as const;

type Column = (typeof EDITION_CSV_COLUMNS)[number];
type Fields = Partial<Record<Column, string | number | null>>;

const texts = (text: WrittenText | null | undefined): Fields =>
  text ? { fr: text.fr ?? null, nl: text.nl ?? null, en: text.en ?? null } : {};

/**
 * The sections, in the order rows come: `poll` (count: ballots, empty while
 * hidden), `poll_option` (count: votes), `poll_role` (one role's votes for
 * an option), `events` (key `held` or `attendees`), `attendees` (by
 * `territory` or by `role`), `contributions` (key `received` or
 * `published`), `quote`, `recommendation` (count: supports),
 * `recommendation_summary`, `status_change` (key: from, status: to,
 * author: the body), `answer` (key: its version, date: when given),
 * `review_on` (date: the day the board will look at it again).
 *
 * @example
 * const rows = editionRows(edition); // [[2026, 1, '…', 'cooperative-pour-qui', 'poll', …], …]
 */
export function editionRows(edition: PublicationEdition): CsvRow[] {
  const rows: CsvRow[] = [];
  for (const { theme, asked, said, recommended } of edition.themes) {
    const add = (section: string, fields: Fields) =>
      rows.push(
        EDITION_CSV_COLUMNS.map((column) => {
          if (column === 'year') return edition.year;
          if (column === 'edition') return edition.edition;
          if (column === 'published_at') return edition.publishedAt;
          if (column === 'theme') return theme.slug;
          if (column === 'section') return section;
          return fields[column] ?? null;
        }),
      );
    for (const poll of asked) {
      add('poll', {
        ref: poll.slug,
        key: poll.kind,
        ...texts(poll.question),
        status: poll.closed ? 'closed' : 'open',
        date: poll.closesAt,
        count: poll.results?.ballots ?? null,
      });
      for (const option of poll.options) {
        const votes = poll.results?.options.find((tally) => tally.key === option.key)?.votes;
        add('poll_option', { ref: poll.slug, key: option.key, ...texts(option.label), count: votes ?? null });
      }
      for (const group of poll.results?.byRole ?? []) {
        for (const tally of group.options) {
          add('poll_role', { ref: poll.slug, key: tally.key, role: group.role, count: tally.votes });
        }
      }
    }
    add('events', { key: 'held', count: said.events.held });
    add('events', { key: 'attendees', count: said.events.attendees });
    for (const row of said.events.byTerritory)
      add('attendees', { territory: row.territory, count: row.count });
    for (const row of said.events.byRole) add('attendees', { role: row.role, count: row.count });
    add('contributions', { key: 'received', count: said.contributions.received });
    add('contributions', { key: 'published', count: said.contributions.published });
    for (const quote of said.quotes) {
      add('quote', {
        ref: quote.contribution,
        key: quote.excerpt ? 'excerpt' : 'whole',
        text: quote.text,
        author: quote.author,
        role: quote.role,
        territory: quote.territory,
      });
    }
    for (const item of recommended) {
      add('recommendation', {
        ref: item.slug,
        ...texts(item.title),
        status: item.status,
        date: item.statusAt,
        count: item.supports,
        // A merged one: the recommendation it went into.
        key: item.mergedInto?.slug ?? null,
      });
      add('recommendation_summary', { ref: item.slug, ...texts(item.summary) });
      for (const change of item.timeline) {
        add('status_change', {
          ref: item.slug,
          key: change.from,
          status: change.to,
          author: change.by,
          date: change.at,
          ...texts(change.reason),
        });
      }
      if (item.answer) {
        add('answer', {
          ref: item.slug,
          key: item.answer.version,
          ...texts(item.answer.text),
          date: item.answer.answeredAt,
        });
        if (item.answer.reviewOn) add('review_on', { ref: item.slug, date: item.answer.reviewOn });
      }
    }
  }
  return rows;
}
