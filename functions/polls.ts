/**
 * Public poll routes: read polls, cast or change a ballot.
 */
import { Hono } from 'hono';
import * as v from 'valibot';
import { Slug } from '../schema/common.ts';
import { BallotInput } from '../schema/polls.ts';
import { changeBallot, insertBallot } from './db/ballots.ts';
import { findPollBySlug, listPolls, loadPollDetail, type PollRecord } from './db/polls.ts';
import { findThemeBySlug } from './db/themes.ts';
import type { Env } from './env.ts';
import { ballotRoles, type Participant } from './identity/participant.ts';
import { type IdentityVariables, identity } from './middleware/identity.ts';
import { limitAnonymousWrites } from './middleware/rate-limit.ts';
import { validate } from './middleware/validate.ts';
import { SlugParam } from './params.ts';
import { loadPollViews, pollState } from './poll-view.ts';
import { ProblemError } from './problems.ts';

const PollListQuery = v.object({ theme: v.optional(Slug) });

export const polls = new Hono<{ Bindings: Env; Variables: IdentityVariables }>()
  .use(identity)
  .get('/', validate('query', PollListQuery), async (c) => {
    const { theme: themeSlug } = c.req.valid('query');
    let themeId: number | undefined;
    if (themeSlug !== undefined) {
      const theme = await findThemeBySlug(c.env.DB, themeSlug);
      if (!theme) throw new ProblemError('theme_not_found', `There is no theme "${themeSlug}".`);
      themeId = theme.id;
    }
    const records = await listPolls(c.env.DB, { themeId });
    return c.json({ polls: await loadPollViews(c.env.DB, records, c.get('participant')) });
  })
  .get('/:slug', validate('param', SlugParam), async (c) => {
    const poll = await requirePoll(c.env.DB, c.req.valid('param').slug);
    const [view] = await loadPollViews(c.env.DB, [poll], c.get('participant'));
    return c.json(view);
  })
  .post(
    '/:slug/ballot',
    limitAnonymousWrites,
    validate('param', SlugParam),
    validate('json', BallotInput),
    async (c) => {
      const poll = await requirePoll(c.env.DB, c.req.valid('param').slug);
      const participant = requireVoter(poll, c.get('participant'));
      if (pollState(poll, new Date()) !== 'open') throw notOpen();
      const { options, ballot: existing } = await loadPollDetail(c.env.DB, poll.id, participant.id);
      const choices = c.req.valid('json').choices;
      checkChoices(
        poll,
        options.map((option) => option.key),
        choices,
      );
      if (existing && !poll.allowChange) throw alreadyCast();

      const ballot = {
        pollId: poll.id,
        participant: participant.id,
        choices,
        roles: ballotRoles(participant),
      };
      await castOrChange(c.env.DB, poll, ballot, existing !== null);
      const [view] = await loadPollViews(c.env.DB, [poll], participant);
      return c.json(view);
    },
  );

async function requirePoll(db: D1Database, slug: string): Promise<PollRecord> {
  const poll = await findPollBySlug(db, slug);
  if (!poll) throw new ProblemError('poll_not_found', `There is no poll "${slug}".`);
  return poll;
}

/**
 * Who may vote on this poll. An anonymous visitor without a `Sip-Participant`
 * uuid cannot be told apart from the next one, so even a public poll refuses
 * them, as a malformed request (400) since the widget always sends one.
 */
function requireVoter(poll: PollRecord, participant: Participant | null): Participant {
  if (participant === null && poll.audience === 'public') {
    throw new ProblemError('validation_failed', 'An anonymous ballot needs a Sip-Participant header.', {
      issues: [
        { path: 'Sip-Participant', message: 'a uuid kept by the browser is required without a token' },
      ],
    });
  }
  if (participant === null || (participant.anonymous && poll.audience !== 'public')) {
    throw new ProblemError('sign_in_required', 'Sign in on the host site to take part in this poll.');
  }
  if (poll.audience === 'members' && !participant.member) {
    throw new ProblemError('members_only', 'Only members (sociétaires) take part in this poll.');
  }
  return participant;
}

function checkChoices(poll: PollRecord, optionKeys: readonly string[], choices: readonly string[]): void {
  const known = new Set(optionKeys);
  const unknown = choices.filter((choice) => !known.has(choice));
  if (unknown.length > 0) {
    throw new ProblemError('option_not_in_poll', `Not an option of this poll: ${unknown.join(', ')}.`);
  }
  if (new Set(choices).size !== choices.length) {
    throw new ProblemError('option_not_in_poll', 'Each option may be chosen only once.');
  }
  const maxChoices = poll.kind === 'multiple' ? (poll.maxChoices ?? optionKeys.length) : 1;
  if (choices.length > maxChoices) {
    throw new ProblemError(
      'too_many_choices',
      `Choose at most ${maxChoices} option${maxChoices > 1 ? 's' : ''}.`,
    );
  }
}

/**
 * Writes the ballot. A first ballot is an INSERT; if another request of the
 * same participant won the race, the primary key refuses it and the ballot
 * becomes a change (when allowed) or a 409.
 */
async function castOrChange(
  db: D1Database,
  poll: PollRecord,
  ballot: { pollId: number; participant: string; choices: string[]; roles: string[] },
  hasBallot: boolean,
): Promise<void> {
  const now = new Date().toISOString();
  if (!hasBallot) {
    const outcome = await insertBallot(db, { ...ballot, now });
    if (outcome === 'cast') return;
    if (outcome === 'poll_not_open') throw notOpen();
    if (!poll.allowChange) throw alreadyCast();
  }
  if (!(await changeBallot(db, { ...ballot, now }))) throw notOpen();
}

function notOpen(): ProblemError {
  return new ProblemError('poll_not_open', 'This poll is not open for voting.');
}

function alreadyCast(): ProblemError {
  return new ProblemError(
    'ballot_already_cast',
    'You already voted in this poll, and ballots cannot be changed.',
  );
}
