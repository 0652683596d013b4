/**
 * `<sip-poll>`'s requests: reading a poll and casting a ballot.
 */
import type { BallotInput, PollView } from '../../schema/polls.ts';
import { request, revalidate } from '../internal/api.ts';
import { endpoint } from '../internal/config.ts';
import { hasVotedAnonymously, rememberAnonymousVote } from './anonymous-votes.ts';

/**
 * The poll `slug` as this visitor sees it: with their ballot and, when they
 * may see them, the results. An anonymous reader identifies themselves only
 * on a poll this browser voted on (see anonymous-votes.ts).
 */
export async function readPoll(base: string, slug: string, token: string | null, signal?: AbortSignal) {
  const read = await rereadPoll(base, slug, token, null, signal);
  if (!read.changed) throw new Error('a first read is never a 304');
  return { view: read.body, etag: read.etag };
}

/**
 * Reads the poll again, conditionally: `{ changed: false }` while the copy
 * with `etag` is current (live results refreshed at the cost of a header).
 */
export function rereadPoll(
  base: string,
  slug: string,
  token: string | null,
  etag: string | null,
  signal?: AbortSignal,
) {
  const anonymous = !token && hasVotedAnonymously(slug);
  return revalidate<PollView>(endpoint(base, 'polls', slug), { token, signal, anonymous }, etag);
}

/**
 * Casts (or changes) the visitor's ballot; resolves with the poll as it now
 * is. An anonymous ballot is remembered, so the next read shows it.
 */
export async function castBallot(
  base: string,
  slug: string,
  ballot: BallotInput,
  token: string | null,
): Promise<PollView> {
  const poll = await request<PollView>(endpoint(base, 'polls', slug, 'ballot'), {
    method: 'POST',
    body: ballot,
    token,
  });
  if (!token) rememberAnonymousVote(slug);
  return poll;
}
