/**
 * The polls this browser voted on anonymously, kept in localStorage (in
 * memory when storage is blocked). Only there does reading a poll need the
 * anonymous id, to show that ballot: other reads go without identity, get the
 * shared view the Worker keeps in memory and, as simple CORS requests, skip
 * the preflight.
 */

const VOTED_KEY = 'sip:voted';
/** The newest slugs are kept; the bound only stops the list from growing forever. */
const MAX_VOTED = 200;
let memoryVoted: string[] = [];

function votedSlugs(): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(VOTED_KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter((slug) => typeof slug === 'string') : [];
  } catch {
    return memoryVoted;
  }
}

/** Whether this browser voted anonymously on the poll `slug`. */
export function hasVotedAnonymously(slug: string): boolean {
  return votedSlugs().includes(slug);
}

/** Records an anonymous ballot on `slug` (see hasVotedAnonymously). */
export function rememberAnonymousVote(slug: string): void {
  const slugs = [...votedSlugs().filter((voted) => voted !== slug), slug].slice(-MAX_VOTED);
  memoryVoted = slugs;
  try {
    localStorage.setItem(VOTED_KEY, JSON.stringify(slugs));
  } catch {
    // Storage blocked: the memory copy serves this page.
  }
}
