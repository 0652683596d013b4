/**
 * The publication's admin routes, under /api/v1/admin/publications: the
 * year as it stands (editors and admins), the quotes the steering committee
 * picks, and publishing a new frozen edition (admins).
 */
import { Hono } from 'hono';
import type { InferInput } from 'valibot';
import {
  MAX_QUOTES,
  PUBLICATION_PROBLEMS,
  type PublicationPreview,
  PublicationYearParam,
  type QuoteCandidates,
  type QuotePick,
  QuoteSearchQuery,
  QuotesInput,
} from '../../schema/publications.ts';
import type { Db } from '../lib/db.ts';
import { type AdminEnv, requireRole } from '../middleware/admin-auth.ts';
import { KB, validate } from '../middleware/validate.ts';
import { ProblemError, problemsOf } from '../problems.ts';
import { excerptFound } from './excerpts.ts';
import {
  gatherYear,
  listEditions,
  listPicks,
  loadQuoteTargets,
  publishEdition,
  replacePicks,
  searchQuotable,
} from './queries.ts';
import { buildThemes, editionSnapshot } from './snapshot.ts';

const publicationProblem = problemsOf(PUBLICATION_PROBLEMS);

/** 100 picks of a 1,000-character excerpt, each character escaped as \uXXXX (6 bytes): under 640 KB. */
const quotesBody = { maxBytes: MAX_QUOTES * 6 * KB + 16 * KB };

/** How many contributions the quote search answers. */
const CANDIDATES = 20;

export const adminPublications = new Hono<AdminEnv>()
  .use(requireRole('editor'))
  .get('/:year/preview', validate('param', PublicationYearParam), async (c) => {
    const { year } = c.req.valid('param');
    return c.json(await preview(c.get('db'), year));
  })
  .get(
    '/:year/contributions',
    validate('param', PublicationYearParam),
    validate('query', QuoteSearchQuery),
    async (c) => {
      const { year } = c.req.valid('param');
      const { theme, q } = c.req.valid('query');
      const contributions = await searchQuotable(c.get('db'), {
        year,
        theme,
        words: q || undefined,
        limit: CANDIDATES,
      });
      // Candidates for a quote do not say which recommendations took them up (takenUpIn is optional).
      return c.json({ contributions } satisfies InferInput<typeof QuoteCandidates>);
    },
  )
  .put(
    '/:year/quotes',
    validate('param', PublicationYearParam),
    validate('json', QuotesInput, quotesBody),
    async (c) => {
      const { year } = c.req.valid('param');
      const { quotes } = c.req.valid('json');
      const picks = quotes.map((quote) => ({ ...quote, excerpt: quote.excerpt ?? null }));
      await checkPicks(c.get('db'), picks);
      const { written } = await replacePicks(c.get('db'), {
        year,
        picks,
        by: c.get('admin').name,
        at: new Date().toISOString(),
      });
      // Checked a moment ago, refused by the guarded write: a moderator acted meanwhile. Say which.
      if (!written) await checkPicks(c.get('db'), picks);
      if (!written) throw new Error(`quotes of ${year} refused by the database for no known reason`);
      return c.json(await preview(c.get('db'), year));
    },
  )
  .post('/:year', requireRole('admin'), validate('param', PublicationYearParam), async (c) => {
    const { year } = c.req.valid('param');
    const now = new Date();
    const themes = buildThemes(await gatherYear(c.get('db'), year, now.toISOString()), now);
    const at = now.toISOString();
    const snapshot = editionSnapshot(year, themes, { at });
    const stored = await publishEdition(c.get('db'), {
      year,
      snapshot: JSON.stringify(snapshot),
      at,
      by: c.get('admin').name,
    });
    // The edition as stored (its number set by the write): what GET /publications/:year serves from now on.
    return c.body(stored.snapshot, 201, { 'Content-Type': 'application/json' });
  });

/** The year as an edition published now would hold it, with the picks as written and the editions so far. */
async function preview(db: Db, year: number): Promise<PublicationPreview> {
  const now = new Date();
  const [rows, picks, editions] = await Promise.all([
    gatherYear(db, year, now.toISOString()),
    listPicks(db, year),
    listEditions(db, year),
  ]);
  return {
    year,
    themes: buildThemes(rows, now),
    picks,
    editions: editions.map(({ edition, publishedAt, publishedBy }) => ({
      edition,
      publishedAt,
      publishedBy,
    })),
  };
}

/**
 * Throws why a list of picks cannot be stored, in the order the editor
 * wrote them: an unknown theme (404), a contribution that does not exist,
 * is not published or is on another theme (422 quote_not_found), an excerpt
 * that is not the contribution's words (422 excerpt_not_in_text).
 */
async function checkPicks(db: Db, picks: readonly QuotePick[]): Promise<void> {
  const targets = await loadQuoteTargets(db, picks);
  targets.forEach((target, index) => {
    if (!target.themeExists)
      throw new ProblemError('theme_not_found', `There is no theme "${target.theme}".`);
    if (target.status !== 'published' || target.contributionTheme !== target.theme || target.body === null) {
      throw publicationProblem(
        'quote_not_found',
        `Quote ${index + 1}: ${target.contribution} is not a published contribution on "${target.theme}".`,
        {
          issues: [
            { path: `quotes.${index}.contribution`, message: 'not a published contribution on this theme' },
          ],
        },
      );
    }
    const excerpt = picks[index].excerpt;
    if (excerpt && !excerptFound(excerpt, target.body)) {
      throw publicationProblem(
        'excerpt_not_in_text',
        `Quote ${index + 1}: the excerpt is not words of ${target.contribution} (mark a cut with …).`,
        { issues: [{ path: `quotes.${index}.excerpt`, message: 'not words of the contribution' }] },
      );
    }
  });
}
