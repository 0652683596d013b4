/**
 * The reads of the contribution widgets: themes, territories and pages of
 * published contributions, all without identity (the answers are the same for
 * everyone, and stay simple CORS requests). Widgets on the same page loading
 * themes or territories at the same time share one request; later loads ask
 * again, so a page left open sees a theme's new audience.
 */
import type { ContributionList } from '../../schema/contributions.ts';
import type { IneligibilityReason } from '../../schema/identity.ts';
import type { TerritoryList, TerritoryView } from '../../schema/territories.ts';
import type { ThemeEntry, ThemeList } from '../../schema/themes.ts';
import { request } from './api.ts';
import { endpoint } from './config.ts';
import type { Identity } from './identity.ts';

const inFlight = new Map<string, Promise<unknown>>();

/** A GET without identity (the answer is the same for everyone), shared while in flight. */
function sharedGet<T>(url: URL): Promise<T> {
  let pending = inFlight.get(url.href) as Promise<T> | undefined;
  if (!pending) {
    pending = request<T>(url, { token: null, anonymous: false });
    inFlight.set(url.href, pending);
    const forget = () => inFlight.delete(url.href);
    pending.then(forget, forget);
  }
  return pending;
}

/** Every theme, in display order, with who may contribute to it. */
export async function loadThemes(base: string): Promise<ThemeEntry[]> {
  const { themes } = await sharedGet<ThemeList>(endpoint(base, 'themes'));
  return [...themes].sort((a, b) => a.position - b.position);
}

/** Every territory, in the API's order (Belgian regions, French regions, then online and other). */
export async function loadTerritories(base: string): Promise<TerritoryView[]> {
  const { territories } = await sharedGet<TerritoryList>(endpoint(base, 'territories'));
  return territories;
}

/** One page of published contributions, newest first; `cursor` comes from the previous page. */
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

/** Why this visitor may not contribute to a theme, or undefined when they may. */
export function barrierFor(theme: ThemeEntry, identity: Identity): IneligibilityReason | undefined {
  if (theme.audience === 'public') return undefined;
  if (!identity.token) return theme.audience === 'members' ? 'members_only' : 'sign_in_required';
  return theme.audience === 'members' && !identity.claims?.member ? 'members_only' : undefined;
}
