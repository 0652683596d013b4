/**
 * `<sip-publication>`'s requests: the list of editions, one edition, and the
 * territories' names (a read it shares with other widgets, see
 * internal/catalog.ts). All without identity: the publication is the same
 * for everyone.
 */
import type { PublicationEdition, PublicationIndex } from '../../schema/publications.ts';
import { request } from '../internal/api.ts';
import { endpoint } from '../internal/config.ts';

export { loadTerritories } from '../internal/catalog.ts';

/** Every published edition, the latest year first, its latest edition first. */
export function readIndex(base: string, signal?: AbortSignal): Promise<PublicationIndex> {
  return request<PublicationIndex>(endpoint(base, 'publications'), { token: null, anonymous: false, signal });
}

/** The edition `edition` of `year` (the latest of the year when undefined), as frozen when published. */
export function readEdition(
  base: string,
  year: number,
  edition: number | undefined,
  signal?: AbortSignal,
): Promise<PublicationEdition> {
  return request<PublicationEdition>(editionLinks(base, year, edition, 'fr').json, {
    token: null,
    anonymous: false,
    signal,
  });
}

/** Where the same edition is: the Worker's printable page (in `language`), its JSON and its CSV. */
export function editionLinks(
  base: string,
  year: number,
  edition: number | undefined,
  language: string,
): { page: URL; json: URL; csv: URL } {
  const query = edition === undefined ? '' : `?edition=${edition}`;
  const json = new URL(`${endpoint(base, 'publications', String(year)).href}${query}`);
  const csv = new URL(`${endpoint(base, 'publications', `${year}.csv`).href}${query}`);
  // The printable page is the Worker's own, beside its API (/api/v1/ → /publication/…).
  const page = new URL(`../../publication/${year}${edition === undefined ? '' : `/${edition}`}`, base);
  page.searchParams.set('lang', language);
  return { page, json, csv };
}
