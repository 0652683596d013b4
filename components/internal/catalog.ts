/**
 * The catalog every item of the process is filed under: its themes and its
 * territories. Several widgets read them (the contribution form both, the
 * list the territories' names), so the reads live here once, and widgets on
 * the same page loading them at the same time share one request. Each
 * widget's own api module re-exports the reads it makes.
 *
 * The reads go without identity (the answers are the same for everyone, and
 * stay simple CORS requests); later loads ask again, so a page left open sees
 * a theme's new audience.
 */
import type { TerritoryList, TerritoryView } from '../../schema/territories.ts';
import type { ThemeEntry, ThemeList } from '../../schema/themes.ts';
import { request } from './api.ts';
import { endpoint } from './config.ts';

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
