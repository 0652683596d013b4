/** The publication's routes (routes.ts, admin.ts) described for the OpenAPI document. */
import type { CoreProblemCode } from '../../schema/problem.ts';
import {
  type PUBLICATION_PROBLEMS,
  PublicationEdition,
  PublicationIndex,
  PublicationPreview,
  QuoteCandidates,
} from '../../schema/publications.ts';
import type { RouteDocs } from '../openapi/operations.ts';
import { EDITION_CSV_COLUMNS } from './csv.ts';

type Code = CoreProblemCode | keyof typeof PUBLICATION_PROBLEMS;

const YEAR = 'The year, e.g. `2026`.';

export const publicationDocs: RouteDocs<Code> = {
  'GET /': {
    summary: 'List the published editions',
    description:
      'Every edition of the annual publication, the latest year first, its latest edition first. Earlier editions of a year stay available.',
    answers: { 200: { description: 'The editions.', json: PublicationIndex } },
  },
  'GET /:year': {
    summary: 'Read an edition of the annual publication',
    description:
      'The edition as it was frozen when an admin published it: later edits of polls, contributions or recommendations never change it. The latest edition of the year unless `edition` names one. `/publications/2026.csv` answers the same data as CSV (UTF-8 with a byte-order mark, one row per fact, formulas neutralised). The printable page is `/publication/2026` (HTML, outside the API).',
    parameters: {
      year: 'The year (`2026`) for JSON, or the year with `.csv` (`2026.csv`) for the same data as CSV.',
    },
    answers: {
      200: {
        description: 'The edition: JSON for `2026`, CSV for `2026.csv`.',
        json: PublicationEdition,
        csv: { columns: EDITION_CSV_COLUMNS },
      },
    },
    problems: ['edition_not_found'],
  },
};

export const adminPublicationDocs: RouteDocs<Code> = {
  'GET /:year/preview': {
    summary: 'Preview the year’s publication',
    description:
      'Editors and admins. The year as an edition published now would freeze it (live data), with the quotes as picked and the editions already published.',
    parameters: { year: YEAR },
    answers: { 200: { description: 'The year as it stands.', json: PublicationPreview } },
  },
  'GET /:year/contributions': {
    summary: 'Find contributions to quote',
    description:
      'Editors and admins. Published contributions submitted during the year on the theme whose title or text holds the words (a LIKE search, wildcards taken literally), newest first, 20 at most.',
    parameters: { year: YEAR },
    answers: { 200: { description: 'The contributions found.', json: QuoteCandidates } },
  },
  'PUT /:year/quotes': {
    summary: 'Pick the year’s quotes',
    description:
      'Editors and admins. Replaces the year’s quotes, every theme’s, in order: each a published contribution on its theme, quoted whole or by an excerpt of its own words (`…` marks a cut). Written with its audit-log line in one guarded batch: when one of them stops being published meanwhile, nothing is written. Editions already published keep their quotes.',
    parameters: { year: YEAR },
    answers: { 200: { description: 'The year with the new quotes.', json: PublicationPreview } },
    problems: ['theme_not_found', 'quote_not_found', 'excerpt_not_in_text'],
  },
  'POST /:year': {
    summary: 'Publish a new edition of the year',
    description:
      'Admins only. Freezes the year as it stands now into a new edition (1, then 2, 3…), stored with its audit-log line in one batch. Earlier editions stay available with their dates; later edits change none of them.',
    parameters: { year: YEAR },
    answers: { 201: { description: 'The edition published, as it is stored.', json: PublicationEdition } },
  },
};
