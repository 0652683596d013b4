/** The moderation log's routes (admin.ts) described for the OpenAPI document. */
import { AuditLog } from '../../schema/moderation.ts';
import type { CoreProblemCode } from '../../schema/problem.ts';
import type { RouteDocs } from '../openapi/operations.ts';

export const auditDocs: RouteDocs<CoreProblemCode> = {
  'GET /': {
    summary: 'The moderation log',
    description: 'Moderators and admins. Every decision, newest first, 50 a page.',
    parameters: {
      kind: 'Only the acts on this kind of item.',
      item: 'Only the acts on this item (a contribution’s reference, an event’s or a recommendation’s slug).',
      cursor: 'Opaque: the previous page’s `nextCursor`.',
    },
    answers: { 200: { description: 'A page of the log.', json: AuditLog } },
  },
  'GET /export.csv': {
    summary: 'Export the moderation log (CSV)',
    description: 'Admins only. UTF-8 with a byte-order mark, CRLF line ends, formula-safe; streamed.',
    answers: {
      200: {
        description: 'The CSV file.',
        csv: {
          columns: ['id', 'kind', 'item', 'actor', 'action', 'from', 'to', 'reason_code', 'note', 'at'],
        },
      },
    },
  },
};
