/**
 * What every anonymous reader of a poll sees (the poll, its options and
 * tallies, no ballot), kept in this isolate's memory for a moment (see
 * lib/memory-cache.ts).
 *
 * Widgets only send an anonymous id once that browser has voted on the poll,
 * so these readers carry no identity and get the shared view. Results are at
 * most `RESULTS_CACHE_MS` old (1 s by default); this isolate's own ballots
 * and admin edits refresh or drop the entry at once. Readers with an identity
 * always read D1, so their own ballot is never stale.
 */
import { MemoryCache } from '../lib/memory-cache.ts';
import type { PollSnapshot } from './queries.ts';

const views = new MemoryCache<PollSnapshot>();

/**
 * The shared view of `slug` while it is fresh, else undefined.
 *
 * @example
 * const snapshot = sharedView('deploiement-france', Date.now()) ?? (await loadPollSnapshot(db, slug, null));
 */
export function sharedView(slug: string, now: number): PollSnapshot | undefined {
  return views.get(slug, now);
}

/**
 * Keeps the shared part of a snapshot (the caller's ballot is dropped).
 *
 * @example
 * rememberSharedView(slug, snapshot, Date.now(), resultsCacheMs(c.env));
 */
export function rememberSharedView(slug: string, snapshot: PollSnapshot, now: number, ttl: number): void {
  views.set(slug, { poll: snapshot.poll, details: { ...snapshot.details, ballot: null } }, now, ttl);
}

/** Drops a poll's shared view, after an admin edit. */
export function forgetSharedView(slug: string): void {
  views.clear(slug);
}
