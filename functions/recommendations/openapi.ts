/** The recommendation routes (routes.ts, admin.ts) described for the OpenAPI document. */
import type { CoreProblemCode } from '../../schema/problem.ts';
import {
  AdminRecommendationList,
  AdminRecommendationView,
  BoardAnswer,
  type RECOMMENDATION_PROBLEMS,
  RecommendationList,
  RecommendationView,
  SourceList,
  SupportReceipt,
} from '../../schema/recommendations.ts';
import type { RouteDocs } from '../openapi/operations.ts';

type Code = CoreProblemCode | keyof typeof RECOMMENDATION_PROBLEMS;

const SLUG = 'The recommendation’s slug.';

export const recommendationDocs: RouteDocs<Code> = {
  'GET /': {
    summary: 'List the public recommendations',
    description:
      'Every status but `draft`, newest change (a status change or a new answer) first, a page at a time: pass the previous page’s `nextCursor` as `cursor`. Kept a moment in memory (`LIST_CACHE_MS`): support counts may lag that long.',
    answers: { 200: { description: 'A page of recommendations.', json: RecommendationList } },
    problems: ['theme_not_found'],
  },
  'GET /:slug': {
    summary: 'Read a recommendation',
    description:
      'As the caller sees it: its full text, where it came from (its public sources), what became of it (the timeline and every version of the board’s answer), its supports by stakeholder category, whether the caller supports it and may. A draft is not found.',
    parameters: { slug: SLUG },
    headers: [
      {
        name: 'If-None-Match',
        description: 'The `ETag` of the copy the client has: a 304 while it is current.',
        required: false,
        schema: { type: 'string' },
      },
    ],
    answers: {
      200: { description: 'The recommendation.', json: RecommendationView, headers: ['ETag'] },
      304: {
        description: 'Not modified: the copy named in `If-None-Match` is current (no body).',
        headers: ['ETag'],
      },
    },
    problems: ['recommendation_not_found'],
  },
  'POST /:slug/support': {
    summary: 'Support a recommendation',
    description:
      'By a participant its audience admits (as for polls), while it is `submitted` or `under_review`; once per person (the database keeps one support per participant). The counts move in the same statement. An e-mail address, when given, is used only to tell the supporter of its next status changes and answers, and purged after `EMAIL_RETENTION_DAYS`.',
    parameters: { slug: SLUG },
    answers: { 201: { description: 'Supported: the new counts.', json: SupportReceipt } },
    problems: [
      'recommendation_not_found',
      'sign_in_required',
      'members_only',
      'support_closed',
      'already_supported',
    ],
  },
  'DELETE /:slug/support': {
    summary: 'Withdraw a support',
    description: 'While the recommendation takes supports. The counts move in the same statement.',
    parameters: { slug: SLUG },
    answers: { 200: { description: 'Withdrawn: the new counts.', json: SupportReceipt } },
    problems: [
      'recommendation_not_found',
      'sign_in_required',
      'members_only',
      'support_not_found',
      'support_closed',
    ],
  },
};

export const recommendationFeedDocs: RouteDocs<Code> = {
  'GET /': {
    summary: 'The recommendations as an Atom feed',
    description:
      'RFC 4287: one entry per public recommendation (the 200 latest changes), its `id` minted once at its creation and never changed, `updated` its last edit, a link to its page on the host site (`RECOMMENDATION_PAGE_URL`), its theme as a category, and as content its summary, its status and the board’s latest answer. Withdrawn and merged ones are RFC 6721 tombstones (`at:deleted-entry`), a merged one linking to the recommendation it went into. Public: shared caches may keep it five minutes; `If-None-Match` gets a 304.',
    parameters: {
      theme: 'Only this theme’s recommendations (its slug).',
      lang: 'The language of the entries, `fr` (default), `nl` or `en`; each falls back to a language it is written in.',
    },
    headers: [
      {
        name: 'If-None-Match',
        description: 'The `ETag` of the copy the reader has: a 304 while it is current.',
        required: false,
        schema: { type: 'string' },
      },
    ],
    answers: {
      200: {
        description: 'The feed.',
        document: { media: 'application/atom+xml', description: 'An Atom 1.0 feed document (UTF-8).' },
        headers: ['ETag'],
      },
      304: { description: 'Not modified (no body).', headers: ['ETag'] },
    },
    problems: ['theme_not_found'],
  },
};

export const adminRecommendationDocs: RouteDocs<Code> = {
  'GET /': {
    summary: 'List every recommendation, drafts included',
    description: 'Editors (the steering committee), the board and admins. Latest edit first, 50 a page.',
    answers: { 200: { description: 'A page of recommendations.', json: AdminRecommendationList } },
    problems: ['theme_not_found'],
  },
  'GET /sources': {
    summary: 'Find the items a recommendation may draw on',
    description:
      'Editors and admins. Published contributions (by words of their title or their reference), events (by words of their title in any language or their slug; cancelled ones included, as the calendar still lists them) and polls (by words of their question or their slug) whose text holds `q`, in that order, 20 of each kind at most, newest first (an event by its start). A plain `LIKE` with its wildcards escaped: a scan, fine for the few thousand items of a cycle.',
    answers: { 200: { description: 'What was found.', json: SourceList } },
  },
  'GET /:slug': {
    summary: 'Read a recommendation, any status',
    description:
      'Editors, the board and admins. As the public would read it, plus its status (drafts too), its Atom id and every source as linked, including those readers no longer see.',
    parameters: { slug: SLUG },
    answers: { 200: { description: 'The recommendation.', json: AdminRecommendationView } },
    problems: ['recommendation_not_found'],
  },
  'POST /': {
    summary: 'Write a draft',
    description:
      'Editors and admins. A `draft`, not public until submitted; its Atom id is minted now, for good. Every source must exist and be public. In the audit log as `create`.',
    answers: { 201: { description: 'The draft.', json: AdminRecommendationView } },
    problems: ['recommendation_exists', 'theme_not_found', 'source_not_found'],
  },
  'PATCH /:slug': {
    summary: 'Edit a recommendation',
    description:
      'Editors and admins, in any status. Absent fields keep their value; `sources`, when given, replaces the list. Its Atom entry keeps its id, with a new `updated`. In the audit log as `edit`, naming the fields.',
    parameters: { slug: SLUG },
    answers: { 200: { description: 'The recommendation after the edit.', json: AdminRecommendationView } },
    problems: ['recommendation_not_found', 'theme_not_found', 'source_not_found'],
  },
  'PUT /:slug/sources': {
    summary: 'Link the sources of a recommendation',
    description:
      'Editors and admins. The whole list, in order (50 at most); each must exist and be public. In the audit log as `sources`.',
    parameters: { slug: SLUG },
    answers: { 200: { description: 'The recommendation with its sources.', json: AdminRecommendationView } },
    problems: ['recommendation_not_found', 'source_not_found'],
  },
  'POST /:slug/status': {
    summary: 'Move a recommendation through its lifecycle',
    description:
      'By the body the caller’s role acts for (editors: the steering committee; the board; admins either, `as` to choose), along `RECOMMENDATION_TRANSITIONS`. A decision (`adopted`, `partially_adopted`, `not_adopted`) needs the board’s answer, given here or before. The move, its public timeline row, the answer given with it and the audit rows (`submit`, `status`, `merge`, `withdraw`; `answer`) are one transaction, guarded by the status the caller saw: if it changed meanwhile nothing is written (409). Supporters and the authors of its source contributions who left an e-mail are told.',
    parameters: { slug: SLUG },
    answers: { 200: { description: 'The recommendation after the move.', json: AdminRecommendationView } },
    problems: [
      'recommendation_not_found',
      'transition_not_allowed',
      'answer_required',
      'merge_target_invalid',
      'admin_forbidden',
    ],
  },
  'POST /:slug/answers': {
    summary: 'Answer for the board, or revise its answer',
    description:
      'The board and admins, once the recommendation is submitted. Each call adds a version; earlier ones stay public. In the audit log as `answer`; supporters and source authors who left an e-mail are told.',
    parameters: { slug: SLUG },
    answers: {
      201: {
        description: 'The new version.',
        json: BoardAnswer,
      },
    },
    problems: ['recommendation_not_found', 'transition_not_allowed'],
  },
};
