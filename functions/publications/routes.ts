/**
 * Public routes of the annual publication: the list of editions, and an
 * edition as JSON or CSV. An edition is served as it was stored when it was
 * published: its frozen snapshot, never recomputed.
 */
import { Hono } from 'hono';
import {
  PUBLICATION_PROBLEMS,
  type PublicationEdition,
  PublicationFileParam,
  type PublicationIndex,
  PublicationQuery,
} from '../../schema/publications.ts';
import type { Env } from '../env.ts';
import { csvAttachment } from '../lib/csv.ts';
import { validate } from '../middleware/validate.ts';
import { problemsOf } from '../problems.ts';
import { EDITION_CSV_COLUMNS, editionRows } from './csv.ts';
import { findEdition, listEditions } from './queries.ts';

const publicationProblem = problemsOf(PUBLICATION_PROBLEMS);

/** Editions change only when one is published (or an author is erased): a few minutes in caches is fine. */
const CACHE = 'public, max-age=300';

export const publicationRoutes = new Hono<{ Bindings: Env }>()
  .get('/', async (c) => {
    const editions = await listEditions(c.get('db'));
    c.header('Cache-Control', CACHE);
    return c.json({
      editions: editions.map(({ year, edition, publishedAt }) => ({ year, edition, publishedAt })),
    } satisfies PublicationIndex);
  })
  .get('/:year', validate('param', PublicationFileParam), validate('query', PublicationQuery), async (c) => {
    const { year, csv } = c.req.valid('param').year;
    const { edition } = c.req.valid('query');
    const stored = await findEdition(c.get('db'), year, edition);
    if (!stored) {
      throw publicationProblem(
        'edition_not_found',
        edition === undefined
          ? `No edition of the ${year} publication has been published.`
          : `The ${year} publication has no edition ${edition}.`,
      );
    }
    if (!csv) {
      // The snapshot is the stored JSON text: served as it was frozen.
      return c.body(stored.snapshot, 200, { 'Content-Type': 'application/json', 'Cache-Control': CACHE });
    }
    const snapshot = JSON.parse(stored.snapshot) as PublicationEdition;
    const response = csvAttachment(
      `publication-${year}-edition-${stored.edition}.csv`,
      EDITION_CSV_COLUMNS,
      (async function* () {
        yield editionRows(snapshot);
      })(),
    );
    response.headers.set('Cache-Control', CACHE);
    return response;
  });
