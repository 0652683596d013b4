/**
 * A short-lived cache in the isolate's memory, for answers every visitor
 * without an identity gets alike (a poll's results, a page of published
 * contributions). A D1 round trip costs more than the rest of such a
 * request; a busy page asks the same thing many times a second.
 *
 * Staleness is bounded by the time to live: a change made in this isolate
 * clears the entries it affects at once (`clear`), one made elsewhere shows
 * here within the TTL at the latest.
 */
export class MemoryCache<T> {
  private readonly entries = new Map<string, { value: T; expires: number }>();
  private readonly maxEntries: number;

  /** @param maxEntries - Bounds memory against a flood of distinct keys; the oldest entry goes first. */
  constructor(maxEntries = 500) {
    this.maxEntries = maxEntries;
  }

  /**
   * The value for `key` while fresh, else undefined.
   *
   * @example
   * const page = lists.get(key, Date.now()) ?? (await readPage());
   */
  get(key: string, now: number): T | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expires > now) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  /**
   * Keeps `value` for `ttl` ms; a `ttl` of 0 (caching turned off) keeps nothing.
   *
   * @example
   * lists.set(key, page, Date.now(), listCacheMs(c.env));
   */
  set(key: string, value: T, now: number, ttl: number): void {
    if (!(ttl > 0)) return;
    if (this.entries.size >= this.maxEntries && !this.entries.has(key)) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
    this.entries.set(key, { value, expires: now + ttl });
  }

  /** Drops one key, or every key (after a change that may touch any of them). */
  clear(key?: string): void {
    if (key === undefined) this.entries.clear();
    else this.entries.delete(key);
  }
}
