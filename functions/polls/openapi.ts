/** The poll routes (routes.ts, admin.ts) described for the OpenAPI document. */
import type { POLL_PROBLEMS } from '../../schema/polls.ts';
import { PollList, PollView } from '../../schema/polls.ts';
import type { CoreProblemCode } from '../../schema/problem.ts';
import type { RouteDocs } from '../openapi/operations.ts';

type Code = CoreProblemCode | keyof typeof POLL_PROBLEMS;

const SLUG = 'The poll’s slug.';

export const pollDocs: RouteDocs<Code> = {
  'GET /': {
    summary: 'List the polls',
    description:
      'In the order they were created, each as the caller sees it (results only where visible to them).',
    parameters: { theme: 'Only the polls of this theme (its slug).' },
    answers: { 200: { description: 'The polls.', json: PollList } },
    problems: ['theme_not_found'],
  },
  'GET /:slug': {
    summary: 'Read a poll',
    description:
      'The poll as the caller sees it: its state, the results when visible to the caller, the caller’s own ballot and whether they may vote. Visitors without identity get a shared view, kept a moment in memory (`RESULTS_CACHE_MS`).',
    parameters: { slug: SLUG },
    headers: [
      {
        name: 'If-None-Match',
        description: 'The `ETag` of the copy the client has: a 304 while it is current (live results).',
        required: false,
        schema: { type: 'string' },
      },
    ],
    answers: {
      200: { description: 'The poll.', json: PollView, headers: ['ETag'] },
      304: {
        description: 'Not modified: the copy named in `If-None-Match` is current (no body).',
        headers: ['ETag'],
      },
    },
    problems: ['poll_not_found'],
  },
  'POST /:slug/ballot': {
    summary: 'Cast or change a ballot',
    description:
      'By a participant the poll’s audience admits: anyone with a `Sip-Participant` uuid on a `public` poll, a signed-in person on a `participants` poll, a member on a `members` poll. A second ballot changes the first where the poll allows it. The tallies move in the same statement as the ballot.',
    parameters: { slug: SLUG },
    answers: { 200: { description: 'The poll with this ballot counted.', json: PollView } },
    problems: [
      'poll_not_found',
      'sign_in_required',
      'members_only',
      'poll_not_open',
      'option_not_in_poll',
      'too_many_choices',
      'ballot_already_cast',
    ],
  },
};

export const adminPollDocs: RouteDocs<Code> = {
  'GET /': {
    summary: 'List every poll, with results',
    description: 'Admins only. Results are always shown.',
    answers: { 200: { description: 'Every poll.', json: PollList } },
  },
  'POST /': {
    summary: 'Create a poll',
    description: 'Admins only. A motion gets its options (for, against, abstain) from the server.',
    answers: { 201: { description: 'The poll created, as admins see it.', json: PollView } },
    problems: ['slug_taken', 'theme_not_found'],
  },
  'PATCH /:slug': {
    summary: 'Edit, open or close a poll',
    description:
      'Admins only. Absent fields keep their value, `null` clears a nullable one, `action` opens or closes the poll now. The whole poll must still be valid once the edit is merged; options cannot change once ballots were cast.',
    parameters: { slug: SLUG },
    answers: { 200: { description: 'The poll after the edit.', json: PollView } },
    problems: ['poll_not_found', 'poll_has_ballots', 'theme_not_found'],
  },
};
