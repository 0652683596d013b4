/**
 * What every anonymous reader of a poll sees (the poll, its options and
 * tallies, no ballot), kept in this isolate's memory for a moment.
 *
 * Why: a page full of visitors who have not voted asks the same question
 * over and over, and a D1 round trip costs more than the rest of the request.
 * Widgets only send an anonymous id once that browser has voted on the poll,
 * so these readers carry no identity and get the shared view. Results are at
 * most `RESULTS_CACHE_MS` old (1 s by default); this isolate's own ballots
 * and admin edits refresh or drop the entry at once. Readers with an identity
 * always read D1, so their own ballot is never stale.
 */
import type { PollSnapshot } from './queries.ts';

/** Polls are few; the bound only guards memory against a flood of distinct slugs. */
const MAX_ENTRIES = 500;
const entries = new Map<string, { snapshot: PollSnapshot; expires: number }>();

/**
 * The shared view of `slug` while it is fresh, else undefined.
 *
 * @example
 * const snapshot = sharedView('deploiement-france', Date.now()) ?? (await loadPollSnapshot(db, slug, null));
 */
export function sharedView(slug: string, now: number): PollSnapshot | undefined {
  const entry = entries.get(slug);
  if (entry && entry.expires > now) return entry.snapshot;
  entries.delete(slug);
  return undefined;
}

/**
 * Keeps the shared part of a snapshot (the caller's ballot is dropped).
 *
 * @example
 * rememberSharedView(slug, snapshot, Date.now(), Number(c.env.RESULTS_CACHE_MS));
 */
export function rememberSharedView(slug: string, snapshot: PollSnapshot, now: number, ttl: number): void {
  if (!(ttl > 0)) return;
  if (entries.size >= MAX_ENTRIES && !entries.has(slug))
    entries.delete(entries.keys().next().value as string);
  entries.set(slug, {
    snapshot: { poll: snapshot.poll, details: { ...snapshot.details, ballot: null } },
    expires: now + ttl,
  });
}

/** Drops a poll's shared view, after an admin edit. */
export function forgetSharedView(slug: string): void {
  entries.delete(slug);
}
