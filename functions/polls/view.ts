/**
 * How a poll looks to one caller: its state now, whether they may vote, and
 * whether they may see the results. Pure functions, except loadPollViews
 * which reads what they need.
 */
import { BREAKDOWN_ROLES, type BreakdownRole } from '../../schema/common.ts';
import type { OptionTally, PollResults, PollState, PollView } from '../../schema/polls.ts';
import type { Participant } from '../identity/participant.ts';
import type { Db } from '../lib/db.ts';
import { loadPollDetails, type PollDetails, type PollRecord, type TallyRecord } from './queries.ts';

/** In tallies, the option key that counts ballots and the role that counts everybody. */
const ALL = '*';

/**
 * The poll's state at `now`. A closing date in the past wins, so an admin can
 * close a poll that never opened.
 *
 * @example
 * pollState({ opensAt: '2026-01-01T00:00:00.000Z', closesAt: null }, new Date()); // 'open'
 */
export function pollState(poll: Pick<PollRecord, 'opensAt' | 'closesAt'>, now: Date): PollState {
  if (poll.closesAt !== null && Date.parse(poll.closesAt) <= now.getTime()) return 'closed';
  if (poll.opensAt === null || Date.parse(poll.opensAt) > now.getTime()) return 'upcoming';
  return 'open';
}

/**
 * Whether `participant` may vote now, and if not, the first reason why.
 * An anonymous caller without a `Sip-Participant` id still gets `canVote`
 * on a public poll: the widget always sends one.
 *
 * @example
 * eligibility(poll, 'open', null, null); // { canVote: false, reason: 'sign_in_required' } on a members' poll
 */
export function eligibility(
  poll: Pick<PollRecord, 'audience' | 'allowChange'>,
  state: PollState,
  participant: Participant | null,
  hasBallot: boolean,
): PollView['eligibility'] {
  const signedIn = participant !== null && !participant.anonymous;
  if (state !== 'open') return { canVote: false, reason: 'poll_not_open' };
  if (poll.audience !== 'public' && !signedIn) return { canVote: false, reason: 'sign_in_required' };
  if (poll.audience === 'members' && !participant?.member) return { canVote: false, reason: 'members_only' };
  if (hasBallot && !poll.allowChange) return { canVote: false, reason: 'ballot_already_cast' };
  return { canVote: true, reason: null };
}

/**
 * Whether results are shown: `live` always, `after_vote` to those who voted
 * and once closed, `after_close` once closed.
 *
 * @example
 * resultsVisible('after_vote', 'open', true); // true
 */
export function resultsVisible(
  visibility: PollRecord['resultsVisibility'],
  state: PollState,
  hasBallot: boolean,
): boolean {
  if (visibility === 'live') return true;
  if (visibility === 'after_vote') return hasBallot || state === 'closed';
  return state === 'closed';
}

/**
 * Turns tally rows into results: role `*` feeds the totals, other roles the
 * breakdown (only roles somebody voted under); option `*` is the ballot count.
 *
 * @example
 * toResults(['yes', 'no'], [{ optionKey: '*', role: '*', votes: 1 }, { optionKey: 'yes', role: '*', votes: 1 }]);
 * // { ballots: 1, options: [{ key: 'yes', votes: 1 }, { key: 'no', votes: 0 }], byRole: [] }
 */
export function toResults(optionKeys: readonly string[], tallies: readonly TallyRecord[]): PollResults {
  const votes = new Map(tallies.map((tally) => [`${tally.role}\u0000${tally.optionKey}`, tally.votes]));
  const count = (role: string, key: string) => votes.get(`${role}\u0000${key}`) ?? 0;
  const options = (role: string): OptionTally[] =>
    optionKeys.map((key) => ({ key, votes: count(role, key) }));
  return {
    ballots: count(ALL, ALL),
    options: options(ALL),
    byRole: BREAKDOWN_ROLES.filter((role) => count(role, ALL) > 0).map((role: BreakdownRole) => ({
      role,
      ballots: count(role, ALL),
      options: options(role),
    })),
  };
}

/**
 * The poll as `participant` sees it at `now`. `revealResults` is for admins.
 *
 * @example
 * const view = toPollView(poll, details, c.var.participant, new Date());
 */
export function toPollView(
  poll: PollRecord,
  details: PollDetails,
  participant: Participant | null,
  now: Date,
  { revealResults = false } = {},
): PollView {
  const state = pollState(poll, now);
  const hasBallot = details.ballot !== null;
  const showResults = revealResults || resultsVisible(poll.resultsVisibility, state, hasBallot);
  return {
    slug: poll.slug,
    theme: poll.theme,
    kind: poll.kind,
    question: poll.question,
    description: poll.description,
    audience: poll.audience,
    resultsVisibility: poll.resultsVisibility,
    maxChoices: poll.maxChoices,
    allowChange: poll.allowChange,
    opensAt: poll.opensAt,
    closesAt: poll.closesAt,
    state,
    options: details.options,
    results: showResults
      ? toResults(
          details.options.map((option) => option.key),
          details.tallies,
        )
      : null,
    myBallot: details.ballot,
    eligibility: eligibility(poll, state, participant, hasBallot),
  };
}

/**
 * Views of several polls for one caller, with one read of their options,
 * tallies and the caller's ballots.
 *
 * @example
 * const [view] = await loadPollViews(env.DB, [poll], c.var.participant);
 */
export async function loadPollViews(
  db: Db,
  polls: readonly PollRecord[],
  participant: Participant | null,
  options: { revealResults?: boolean } = {},
): Promise<PollView[]> {
  const details = await loadPollDetails(
    db,
    polls.map((poll) => poll.id),
    participant?.id ?? null,
  );
  const now = new Date();
  return polls.map((poll) =>
    toPollView(poll, details.get(poll.id) ?? EMPTY_DETAILS, participant, now, options),
  );
}

const EMPTY_DETAILS: PollDetails = { options: [], tallies: [], ballot: null };
