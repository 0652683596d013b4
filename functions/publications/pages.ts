/**
 * The printable publication, outside the API: `/publication/YEAR` (the
 * latest edition) and `/publication/YEAR/EDITION`, as HTML rendered from
 * the stored snapshot, in the language `?lang=` or the browser asks for.
 * Listed in wrangler.toml's `run_worker_first`.
 */
import { type Context, Hono } from 'hono';
import type { PublicationEdition } from '../../schema/publications.ts';
import type { Env } from '../env.ts';
import { d1Session } from '../middleware/session.ts';
import { pageLanguage, renderEdition, renderNotFound } from './page.ts';
import { loadPageData } from './queries.ts';

/**
 * Nothing on the page runs or loads: no script at all, only its own inline
 * styles. Should an escape ever fail, the browser still runs nothing.
 */
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

export const publicationPages = new Hono<{ Bindings: Env }>()
  .use('/publication/*', d1Session)
  .get('/publication/:year{[0-9]{4}}/:edition{[1-9][0-9]{0,2}}', (c) =>
    page(c, Number(c.req.param('year')), Number(c.req.param('edition'))),
  )
  .get('/publication/:year{[0-9]{4}}', (c) => page(c, Number(c.req.param('year'))));

async function page(c: Context<{ Bindings: Env }>, year: number, edition?: number): Promise<Response> {
  const language = pageLanguage(c.req.query('lang'), c.req.header('Accept-Language'));
  const data = await loadPageData(c.get('db'), year, edition);
  c.header('Content-Security-Policy', CSP);
  c.header('Cache-Control', 'public, max-age=300');
  c.header('Vary', 'Accept-Language');
  if (!data.edition) return c.html(renderNotFound(year, language), 404);
  const snapshot = JSON.parse(data.edition.snapshot) as PublicationEdition;
  return c.html(
    renderEdition(snapshot, { language, territories: data.territories, editions: data.editions }),
  );
}
