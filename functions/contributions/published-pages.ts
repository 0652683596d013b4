/**
 * Pages of published contributions, as every visitor reads them (the list
 * does not depend on who asks), kept in the isolate's memory for
 * LIST_CACHE_MS (2 s by default). Anything in this isolate that changes what
 * is published (a decision, a report that hides, a member's contribution
 * published at once) clears them; a change made in another isolate shows
 * within LIST_CACHE_MS at the latest.
 */
import type { ContributionList } from '../../schema/contributions.ts';
import { MemoryCache } from '../lib/memory-cache.ts';

export const publishedPages = new MemoryCache<ContributionList>();
