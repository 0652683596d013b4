/**
 * Public poll routes: read polls, cast or change a ballot.
 */
import { Hono } from 'hono';
import * as v from 'valibot';
import { Slug } from '../../schema/common.ts';
import { BallotInput, POLL_PROBLEMS } from '../../schema/polls.ts';
import { resultsCacheMs } from '../config.ts';
import type { Env } from '../env.ts';
import { audiencesOf, requireAudience } from '../identity/audience.ts';
import { ballotRoles, type Participant } from '../identity/participant.ts';
import { jsonWithETag } from '../lib/etag.ts';
import { SlugParam } from '../lib/params.ts';
import { type IdentityVariables, identity } from '../middleware/identity.ts';
import { limitAnonymousWrites } from '../middleware/rate-limit.ts';
import { KB, validate } from '../middleware/validate.ts';
import { ProblemError, problemsOf } from '../problems.ts';
import { findThemeBySlug } from '../themes/queries.ts';
import { castBallot } from './ballots.ts';
import { listPolls, loadPollSnapshot, type PollRecord, type PollSnapshot } from './queries.ts';
import { rememberSharedView, sharedView } from './shared-views.ts';
import { loadPollViews, pollState, toPollView } from './view.ts';

const pollProblem = problemsOf(POLL_PROBLEMS);

const PollListQuery = v.object({ theme: v.optional(Slug) });

export const pollRoutes = new Hono<{ Bindings: Env; Variables: IdentityVariables }>()
  .use(identity)
  .get('/', validate('query', PollListQuery), async (c) => {
    const { theme: themeSlug } = c.req.valid('query');
    let themeId: number | undefined;
    if (themeSlug !== undefined) {
      const theme = await findThemeBySlug(c.get('db'), themeSlug);
      if (!theme) throw new ProblemError('theme_not_found', `There is no theme "${themeSlug}".`);
      themeId = theme.id;
    }
    const records = await listPolls(c.get('db'), { themeId });
    return c.json({ polls: await loadPollViews(c.get('db'), records, c.get('participant')) });
  })
  .get('/:slug', validate('param', SlugParam), async (c) => {
    const { slug } = c.req.valid('param');
    const participant = c.get('participant');
    const now = new Date();
    let snapshot = participant === null ? sharedView(slug, now.getTime()) : undefined;
    if (!snapshot) {
      // One round trip: the poll, its options, tallies and the caller's ballot.
      snapshot = requirePoll(await loadPollSnapshot(c.get('db'), slug, participant?.id ?? null), slug);
      if (participant === null) rememberSharedView(slug, snapshot, now.getTime(), resultsCacheMs(c.env));
    }
    // Live results are refreshed with If-None-Match: a 304 while nothing moved.
    return jsonWithETag(c, toPollView(snapshot.poll, snapshot.details, participant, now));
  })
  .post(
    '/:slug/ballot',
    limitAnonymousWrites,
    validate('param', SlugParam),
    // 20 keys of 32 characters, even each one escaped as \uXXXX: under 4 KB.
    validate('json', BallotInput, { maxBytes: 4 * KB }),
    async (c) => {
      const { slug } = c.req.valid('param');
      const { choices } = c.req.valid('json');
      const now = new Date();
      // Without a participant there is nobody to count: requireVoter throws why (after a 404 if need be).
      const voter =
        c.get('participant') ??
        requireVoter(requirePoll(await loadPollSnapshot(c.get('db'), slug, null), slug).poll, null);
      // Happy path: one round trip that writes and reads back. The database
      // enforces every rule; the snapshot explains a refusal.
      const { written, snapshot } = await castBallot(c.get('db'), {
        slug,
        participant: voter.id,
        choices,
        roles: ballotRoles(voter),
        audiences: audiencesOf(voter),
        now: now.toISOString(),
      });
      const { poll, details } = requirePoll(snapshot, slug);
      if (!written) throw refusal(poll, details, voter, choices, now);
      rememberSharedView(slug, { poll, details }, now.getTime(), resultsCacheMs(c.env));
      return c.json(toPollView(poll, details, voter, now));
    },
  );

function requirePoll(snapshot: PollSnapshot | null, slug: string): PollSnapshot {
  if (!snapshot) throw pollProblem('poll_not_found', `There is no poll "${slug}".`);
  return snapshot;
}

/**
 * Why the database refused a ballot, from the state it saw: the same rules
 * as the write, checked in the order a visitor should hear them.
 */
function refusal(
  poll: PollRecord,
  details: PollSnapshot['details'],
  participant: Participant,
  choices: readonly string[],
  now: Date,
): ProblemError {
  requireVoter(poll, participant);
  if (pollState(poll, now) !== 'open') return notOpen();
  checkChoices(
    poll,
    details.options.map((option) => option.key),
    choices,
  );
  if (details.ballot && !poll.allowChange) return alreadyCast();
  // The write and these checks disagree: a bug, not the visitor's fault.
  throw new Error(`ballot on "${poll.slug}" refused by the database for no known reason`);
}

/** Who may vote on this poll (see requireAudience). */
function requireVoter(poll: PollRecord, participant: Participant | null): Participant {
  return requireAudience(poll.audience, participant, { item: 'this poll', action: 'An anonymous ballot' });
}

function checkChoices(poll: PollRecord, optionKeys: readonly string[], choices: readonly string[]): void {
  const known = new Set(optionKeys);
  const unknown = choices.filter((choice) => !known.has(choice));
  if (unknown.length > 0) {
    throw pollProblem('option_not_in_poll', `Not an option of this poll: ${unknown.join(', ')}.`);
  }
  if (new Set(choices).size !== choices.length) {
    throw pollProblem('option_not_in_poll', 'Each option may be chosen only once.');
  }
  const maxChoices = poll.kind === 'multiple' ? (poll.maxChoices ?? optionKeys.length) : 1;
  if (choices.length > maxChoices) {
    throw pollProblem('too_many_choices', `Choose at most ${maxChoices} option${maxChoices > 1 ? 's' : ''}.`);
  }
}

function notOpen(): ProblemError {
  return pollProblem('poll_not_open', 'This poll is not open for voting.');
}

function alreadyCast(): ProblemError {
  return pollProblem('ballot_already_cast', 'You already voted in this poll, and ballots cannot be changed.');
}
