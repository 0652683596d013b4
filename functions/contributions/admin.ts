/**
 * The moderators' side of contributions, under /api/v1/admin/contributions:
 * the queue, one contribution, decisions (see TRANSITIONS), and the CSV
 * export of what is published (admins only). Authenticated by the admin
 * sub-app before these routes run.
 */
import { Hono } from 'hono';
import * as v from 'valibot';
import { Slug } from '../../schema/common.ts';
import { CONTRIBUTION_PROBLEMS } from '../../schema/contributions.ts';
import { DecisionInput, type Queue, QueueQuery, TRANSITIONS } from '../../schema/moderation.ts';
import { chunks, csvAttachment, EXPORT_CHUNK, today } from '../lib/csv.ts';
import { decodeCursor, page } from '../lib/cursor.ts';
import { type AdminEnv, requireRole } from '../middleware/admin-auth.ts';
import { KB, validate } from '../middleware/validate.ts';
import { deliverSoon } from '../outbox/delivery.ts';
import { ProblemError, problemsOf } from '../problems.ts';
import {
  applyDecision,
  type ExportPosition,
  findQueueItem,
  listQueue,
  publishedChunk,
  type QueuePosition,
} from './moderation-queries.ts';
import { publishedPages } from './published-pages.ts';

const contributionProblem = problemsOf(CONTRIBUTION_PROBLEMS);

const PAGE_SIZE = 50;
const DEFAULT_QUEUE_STATUSES = ['pending', 'reported'] as const;

/** A contribution reference as typed in a URL: case-insensitive. */
export const ContributionId = v.pipe(v.string(), v.trim(), v.toUpperCase(), v.regex(/^[0-9A-Z-]{1,32}$/));
const ContributionIdParam = v.object({ id: ContributionId });
const ExportQuery = v.object({ theme: v.optional(Slug) });
/** The keyset inside a queue cursor: the last item's submission instant and id. */
const QueueCursor = v.pipe(
  v.tuple([v.pipe(v.string(), v.maxLength(40)), v.pipe(v.string(), v.maxLength(32))]),
  v.transform(([submittedAt, id]): QueuePosition => ({ submittedAt, id })),
);

/** A note of at most 1,000 characters, even each one escaped as \uXXXX (6 bytes): under 8 KB. */
const decisionBody = { maxBytes: 8 * KB };

export const adminContributions = new Hono<AdminEnv>()
  .use(requireRole('moderator'))
  .get('/', validate('query', QueueQuery), async (c) => {
    const { status, theme, cursor } = c.req.valid('query');
    const rows = await listQueue(c.get('db'), {
      statuses: status ? [status] : DEFAULT_QUEUE_STATUSES,
      theme,
      after: cursor === undefined ? undefined : decodeCursor(cursor, QueueCursor),
      limit: PAGE_SIZE + 1,
    });
    return c.json(page(rows, PAGE_SIZE, (last) => [last.submittedAt, last.id]) satisfies Queue);
  })
  .get('/export.csv', requireRole('admin'), validate('query', ExportQuery), (c) => {
    const { theme } = c.req.valid('query');
    const rows = chunks(
      (after: ExportPosition | undefined) =>
        publishedChunk(c.get('db'), { theme, after, limit: EXPORT_CHUNK }),
      (last): ExportPosition => ({ publishedAt: last.publishedAt, id: last.id }),
      (row) => [
        row.id,
        row.theme,
        row.title,
        row.text,
        row.author ?? 'anonyme',
        row.role,
        row.territory,
        row.selfDeclared,
        row.publishedAt,
      ],
    );
    return csvAttachment(
      `contributions${theme ? `-${theme}` : ''}-${today()}.csv`,
      ['id', 'theme', 'title', 'text', 'author', 'role', 'territory', 'self_declared', 'published_at'],
      rows,
    );
  })
  .get('/:id', validate('param', ContributionIdParam), async (c) => {
    const { id } = c.req.valid('param');
    const item = await findQueueItem(c.get('db'), id);
    if (!item) throw notFound(id);
    return c.json(item);
  })
  .post(
    '/:id/decisions',
    validate('param', ContributionIdParam),
    validate('json', DecisionInput, decisionBody),
    async (c) => {
      const { id } = c.req.valid('param');
      const { action, reasonCode, note } = c.req.valid('json');
      const current = await findQueueItem(c.get('db'), id);
      if (!current) throw notFound(id);
      const transition = TRANSITIONS[action];
      if (!transition.from.includes(current.status)) {
        throw new ProblemError(
          'illegal_transition',
          `A ${current.status} contribution cannot be ${pastTense(action)}.`,
        );
      }
      const { applied, queued, item } = await applyDecision(c.get('db'), {
        id,
        action,
        from: transition.from,
        to: transition.to,
        actor: c.get('admin').name,
        reasonCode: reasonCode ?? null,
        note: note || null,
        at: new Date().toISOString(),
      });
      if (!applied || !item) {
        throw new ProblemError(
          'illegal_transition',
          `Another decision on ${id} came first; it is now ${item?.status ?? 'gone'}.`,
        );
      }
      publishedPages.clear();
      if (queued) deliverSoon(c);
      return c.json(item);
    },
  );

function notFound(id: string): ProblemError {
  return contributionProblem('contribution_not_found', `There is no contribution ${id}.`);
}

function pastTense(action: keyof typeof TRANSITIONS): string {
  return { publish: 'published', reject: 'rejected', hide: 'hidden' }[action];
}
