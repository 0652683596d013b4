/**
 * `<sip-contribution-list>`'s requests: pages of published contributions, one
 * alone, a report, and the territories' names (a read it shares with the other
 * contribution widgets, see internal/catalog.ts).
 */
import type { ContributionList, ContributionView, ReportInput } from '../../schema/contributions.ts';
import { request } from '../internal/api.ts';
import { endpoint } from '../internal/config.ts';

export { loadTerritories } from '../internal/catalog.ts';

/** One page of published contributions, newest first, without identity; `cursor` comes from the previous page. */
export function contributionsPage(
  base: string,
  query: { theme?: string; limit: number; cursor?: string },
  signal?: AbortSignal,
): Promise<ContributionList> {
  const url = endpoint(base, 'contributions');
  if (query.theme) url.searchParams.set('theme', query.theme);
  if (query.cursor) url.searchParams.set('cursor', query.cursor);
  url.searchParams.set('limit', String(query.limit));
  return request<ContributionList>(url, { token: null, anonymous: false, signal });
}

/** The published contribution `id` alone, without identity (404 `contribution_not_found` when it is not published). */
export function readContribution(base: string, id: string, signal?: AbortSignal): Promise<ContributionView> {
  return request<ContributionView>(endpoint(base, 'contributions', id), {
    token: null,
    anonymous: false,
    signal,
  });
}

/** Reports the published contribution `id` (signed-in participants only: the API asks for a token). */
export function reportContribution(
  base: string,
  id: string,
  report: ReportInput,
  token: string | null,
): Promise<void> {
  return request<void>(endpoint(base, 'contributions', id, 'reports'), {
    method: 'POST',
    token,
    body: report,
  });
}
