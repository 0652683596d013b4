/**
 * Who is told of a recommendation's change: its supporters who left an
 * e-mail and the authors of its source contributions who left one, each
 * once per change, in their language. The statements go in the batch of the
 * change itself (lifecycle.ts), selected through the row only that change
 * writes, so that a change that did not happen tells nobody.
 */
import type { Db } from '../lib/db.ts';

/** What happened, and the row of it the messages are selected through. */
export type NotificationCause =
  | {
      kind: 'status';
      recommendationId: number;
      pageUrl: string;
      /** The public history row the move writes. */
      through: { from: string; to: string; at: string };
      at: string;
    }
  | {
      kind: 'answer';
      recommendationId: number;
      pageUrl: string;
      /** The answer version the change writes. */
      through: { answeredAt: string };
      at: string;
    };

/**
 * The statements that enqueue the messages of a change, to run in its batch
 * after the rows they are selected through. The outbox (functions/outbox)
 * is not on this branch yet: until it is, a change enqueues nothing.
 *
 * @example
 * statements.push(...notificationStatements(db, { kind: 'answer', recommendationId, pageUrl, through, at }));
 */
export function notificationStatements(_db: Db, _cause: NotificationCause): D1PreparedStatement[] {
  return [];
}
