/** The outbox's admin routes (admin.ts) described for the OpenAPI document. */
import { type OUTBOX_PROBLEMS, OutboxList, OutboxMessage } from '../../schema/outbox.ts';
import type { CoreProblemCode } from '../../schema/problem.ts';
import type { RouteDocs } from '../openapi/operations.ts';

type Code = CoreProblemCode | keyof typeof OUTBOX_PROBLEMS;

export const adminOutboxDocs: RouteDocs<Code> = {
  'GET /': {
    summary: 'Outgoing e-mail',
    description:
      'Admins only. Messages waiting to be sent (or being sent) and those given up on after every attempt, newest first, 50 a page: their kind, cause, attempts and last error, the address masked (`c•••@example.org`), never their text. A sent message keeps its row without address or data.',
    parameters: {
      status: 'Only the messages in this state (default: pending and failed).',
      cursor: 'Opaque: the previous page’s `nextCursor`.',
    },
    answers: { 200: { description: 'A page of the outbox.', json: OutboxList } },
  },
  'POST /:id/retry': {
    summary: 'Retry a failed message',
    description:
      'Admins only. A `failed` message goes back to `pending` with its attempts counted afresh, and is sent at once (after the answer). Unsent messages are deleted `EMAIL_RETENTION_DAYS` after they were written.',
    parameters: { id: 'The message’s number.' },
    answers: { 200: { description: 'The message, pending again.', json: OutboxMessage } },
    problems: ['outbox_message_not_found', 'outbox_message_not_failed'],
  },
};
