/**
 * The outbox as admins see it, under /api/v1/admin/outbox (admins only):
 * what waits, what was given up on, and putting a failed message back.
 * Never a message's text, and the address masked.
 */
import { Hono } from 'hono';
import * as v from 'valibot';
import { OUTBOX_PROBLEMS, type OutboxList, OutboxQuery } from '../../schema/outbox.ts';
import { decodeCursor, page } from '../lib/cursor.ts';
import { type AdminEnv, requireRole } from '../middleware/admin-auth.ts';
import { validate } from '../middleware/validate.ts';
import { problemsOf } from '../problems.ts';
import { deliverSoon } from './delivery.ts';
import { listOutbox, retryFailed } from './queries.ts';

const outboxProblem = problemsOf(OUTBOX_PROBLEMS);

const PAGE_SIZE = 50;
const DEFAULT_STATUSES = ['pending', 'failed'] as const;

/** A message's number as typed in a URL. */
const MessageId = v.pipe(v.string(), v.regex(/^[1-9][0-9]{0,15}$/), v.transform(Number));
const MessageIdParam = v.object({ id: MessageId });
/** The keyset inside a cursor: the last message's id. */
const OutboxCursor = v.pipe(
  v.tuple([v.pipe(v.number(), v.integer(), v.minValue(1))]),
  v.transform(([id]) => id),
);

export const adminOutbox = new Hono<AdminEnv>()
  .get('/', requireRole('admin'), validate('query', OutboxQuery), async (c) => {
    const { status, cursor } = c.req.valid('query');
    const rows = await listOutbox(c.get('db'), {
      statuses: status ? [status] : DEFAULT_STATUSES,
      before: cursor === undefined ? undefined : decodeCursor(cursor, OutboxCursor),
      limit: PAGE_SIZE + 1,
    });
    const { items, nextCursor } = page(rows, PAGE_SIZE, (last) => [last.id]);
    return c.json({ messages: items, nextCursor } satisfies OutboxList);
  })
  .post('/:id/retry', requireRole('admin'), validate('param', MessageIdParam), async (c) => {
    const { id } = c.req.valid('param');
    const { retried, message } = await retryFailed(c.get('db'), { id, at: new Date().toISOString() });
    if (!message) throw outboxProblem('outbox_message_not_found', `There is no message ${id}.`);
    if (!retried) {
      throw outboxProblem('outbox_message_not_failed', `Message ${id} is ${message.status}, not failed.`);
    }
    deliverSoon(c);
    return c.json(message);
  });
