/** The contribution routes (routes.ts, admin.ts) described for the OpenAPI document. */
import * as v from 'valibot';
import {
  type CONTRIBUTION_PROBLEMS,
  ContributionList,
  ContributionReceipt,
  ContributionView,
} from '../../schema/contributions.ts';
import { Queue, QueueItem } from '../../schema/moderation.ts';
import type { CoreProblemCode } from '../../schema/problem.ts';
import type { RouteDocs } from '../openapi/operations.ts';

type Code = CoreProblemCode | keyof typeof CONTRIBUTION_PROBLEMS;

const ID = 'The contribution’s reference, e.g. `K7M2-9QXA` (case-insensitive).';

export const contributionDocs: RouteDocs<Code> = {
  'GET /': {
    summary: 'List published contributions',
    description:
      'Newest first, a page at a time: pass the previous page’s `nextCursor` as `cursor`. Each with the public recommendations that took it up (`takenUpIn`).',
    parameters: {
      theme: 'Only the contributions on this theme (its slug).',
      cursor: 'Opaque: the previous page’s `nextCursor`.',
      limit: 'How many per page, 1 to 50 (default 10).',
    },
    answers: { 200: { description: 'A page of published contributions.', json: ContributionList } },
    problems: ['theme_not_found'],
  },
  'POST /': {
    summary: 'Submit a contribution',
    description:
      'By a participant the theme’s audience admits. A signed-in author is published under the token’s `name` (or anonymously) as one of the token’s `roles`; anonymous visitors (and tokens without roles) declare their role and territory, shown as such. `pending` until a moderator publishes it, or `published` at once for members on a `post_members` theme. Anonymous submissions pass a honeypot field, the rate limiter and, when configured, Turnstile.',
    answers: {
      202: { description: 'Received: the reference to quote, and its status.', json: ContributionReceipt },
    },
    problems: [
      'theme_not_found',
      'territory_not_found',
      'sign_in_required',
      'members_only',
      'author_mismatch',
      'turnstile_failed',
    ],
  },
  'GET /:id': {
    summary: 'Read one published contribution',
    description:
      'As the list shows it, with the public recommendations that took it up (`takenUpIn`): a link from a recommendation’s sources opens it. Anything not published is not found.',
    parameters: { id: ID },
    answers: { 200: { description: 'The contribution.', json: ContributionView } },
    problems: ['contribution_not_found'],
  },
  'POST /:id/reports': {
    summary: 'Report a published contribution',
    description:
      'By a signed-in participant, once per contribution. After `REPORT_HIDE_THRESHOLD` reports the contribution is hidden until a moderator reviews it.',
    parameters: { id: ID },
    answers: {
      201: {
        description: 'Reported.',
        json: v.object({ reported: v.pipe(v.literal(true), v.description('Always true.')) }),
      },
    },
    problems: ['sign_in_required', 'contribution_not_found', 'already_reported'],
  },
};

/** The columns of the export of published contributions (admin.ts). */
const EXPORT_COLUMNS = [
  'id',
  'theme',
  'title',
  'text',
  'author',
  'role',
  'territory',
  'self_declared',
  'published_at',
];

export const adminContributionDocs: RouteDocs<Code> = {
  'GET /': {
    summary: 'The moderation queue',
    description:
      'Moderators and admins. Full texts and reports, never the e-mail address itself; 50 a page, oldest first.',
    parameters: {
      status: 'Only contributions in this state (default: pending and reported).',
      theme: 'Only the contributions on this theme (its slug).',
      cursor: 'Opaque: the previous page’s `nextCursor`.',
    },
    answers: { 200: { description: 'A page of the queue.', json: Queue } },
  },
  'GET /export.csv': {
    summary: 'Export published contributions (CSV)',
    description:
      "Admins only. UTF-8 with a byte-order mark (accents survive spreadsheets), CRLF line ends, cells that a spreadsheet would run as formulas prefixed with `'`; streamed, whatever its size.",
    parameters: { theme: 'Only the contributions on this theme (its slug).' },
    answers: { 200: { description: 'The CSV file.', csv: { columns: EXPORT_COLUMNS } } },
  },
  'GET /:id': {
    summary: 'Read one contribution, as moderators see it',
    description: 'Moderators and admins.',
    parameters: { id: ID },
    answers: { 200: { description: 'The contribution.', json: QueueItem } },
    problems: ['contribution_not_found'],
  },
  'POST /:id/decisions': {
    summary: 'Publish, reject or hide a contribution',
    description:
      'Moderators and admins. The decision and its audit line are written in one transaction; `TRANSITIONS` says which decision applies from which state.',
    parameters: { id: ID },
    answers: { 200: { description: 'The contribution after the decision.', json: QueueItem } },
    problems: ['contribution_not_found', 'illegal_transition'],
  },
};
