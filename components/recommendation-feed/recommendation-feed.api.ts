/**
 * `<sip-recommendation-feed>`'s requests: pages of recommendations, one
 * recommendation as the visitor sees it, supporting and withdrawing, the
 * Atom feed's address, and the catalog reads it shares with other widgets
 * (themes for its filter, territories for its sources; see internal/catalog.ts).
 */
import type { Language } from '../../schema/common.ts';
import type {
  RecommendationList,
  RecommendationView,
  SupportInput,
  SupportReceipt,
} from '../../schema/recommendations.ts';
import { request } from '../internal/api.ts';
import { endpoint } from '../internal/config.ts';

export { loadTerritories, loadThemes } from '../internal/catalog.ts';

/** What the list is filtered by; an empty value filters nothing. */
export interface FeedFilters {
  theme: string;
  status: string;
  year: string;
}

/**
 * One page of public recommendations, newest change first, without identity
 * (the list is the same for everyone); `cursor` comes from the previous page.
 */
export function recommendationsPage(
  base: string,
  query: FeedFilters & { limit: number; cursor?: string },
  signal?: AbortSignal,
): Promise<RecommendationList> {
  const url = endpoint(base, 'recommendations');
  for (const key of ['theme', 'status', 'year', 'cursor'] as const) {
    const value = query[key];
    if (value) url.searchParams.set(key, value);
  }
  url.searchParams.set('limit', String(query.limit));
  return request<RecommendationList>(url, { token: null, anonymous: false, signal });
}

/** The recommendation `slug` as this visitor sees it: whether they support it, and whether they may. */
export function readRecommendation(
  base: string,
  slug: string,
  token: string | null,
  signal?: AbortSignal,
): Promise<RecommendationView> {
  return request<RecommendationView>(endpoint(base, 'recommendations', slug), { token, signal });
}

/** Supports the recommendation `slug`; `input.email` (optional) is where to tell the visitor what becomes of it. */
export function supportRecommendation(
  base: string,
  slug: string,
  input: SupportInput,
  token: string | null,
): Promise<SupportReceipt> {
  return request<SupportReceipt>(endpoint(base, 'recommendations', slug, 'support'), {
    method: 'POST',
    body: input,
    token,
  });
}

/** Withdraws the visitor's support of the recommendation `slug`. */
export function withdrawSupport(base: string, slug: string, token: string | null): Promise<SupportReceipt> {
  return request<SupportReceipt>(endpoint(base, 'recommendations', slug, 'support'), {
    method: 'DELETE',
    token,
  });
}

/** The Atom feed of the recommendations (of one theme, or all), its entries in `lang`. */
export function atomFeedUrl(base: string, theme: string, lang: Language): string {
  const url = endpoint(base, 'recommendations.atom');
  if (theme) url.searchParams.set('theme', theme);
  url.searchParams.set('lang', lang);
  return url.href;
}
