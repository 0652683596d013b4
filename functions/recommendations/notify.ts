/**
 * Who is told of a recommendation's change: its supporters who left an
 * e-mail and the authors of its (published) source contributions who left
 * one, each once per change (the dedupe key names the change and the
 * person), in their language. The statements go in the batch of the change
 * itself (lifecycle.ts), after the row only that change writes and selected
 * through it, so that a change that did not happen tells nobody.
 */
import type { Db } from '../lib/db.ts';
import { outboxSelectStatement } from '../outbox/queries.ts';
import { recommendationAnswered, recommendationStatusChanged } from './messages.ts';

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
      /** The answer version the change writes (its instant). */
      through: { answeredAt: string };
      at: string;
    };

/** The two kinds of recipient: a support with an address, a source contribution's author with one. */
const RECIPIENTS = [
  {
    join: 'JOIN recommendation_supports p ON p.recommendation_id = r.id',
    to: 'p.email',
    language: 'p.language',
    participant: 'p.participant',
    why: "json_object('as', 'supporter')",
  },
  {
    join: `JOIN recommendation_sources src ON src.recommendation_id = r.id AND src.kind = 'contribution'
      JOIN contributions p ON p.id = src.ref AND p.status = 'published'`,
    to: 'p.email',
    language: 'p.language',
    participant: 'p.participant',
    why: "json_object('as', 'author', 'contribution', p.id, 'contributionTitle', p.title)",
  },
] as const;

/** The board's answer given at the instant of the history row `h`, if any, as a JSON object. */
const ANSWER_WITH_MOVE = `(SELECT json_object('version', a.version, 'text', json(a.body), 'reviewOn', a.review_on)
  FROM recommendation_answers a WHERE a.recommendation_id = h.recommendation_id AND a.answered_at = h.at)`;

/**
 * The statements that enqueue the messages of a change, to run in its batch
 * after the row they are selected through (and, for a move, after its
 * answer). Supporters first: a person who both supports it and wrote one of
 * its sources gets one message, as a supporter.
 *
 * @example
 * statements.push(...notificationStatements(db, { kind: 'answer', recommendationId, pageUrl, through, at }));
 */
export function notificationStatements(db: Db, cause: NotificationCause): D1PreparedStatement[] {
  if (cause.kind === 'status') {
    const { from, to, at } = cause.through;
    return RECIPIENTS.map((recipient) =>
      outboxSelectStatement(db, {
        message: recommendationStatusChanged,
        from: `FROM recommendation_status_changes h JOIN recommendations r ON r.id = h.recommendation_id
          ${recipient.join}
          WHERE h.recommendation_id = ?1 AND h.from_status = ?2 AND h.to_status = ?3 AND h.at = ?4`,
        params: [cause.recommendationId, from, to, at, cause.pageUrl],
        to: recipient.to,
        language: recipient.language,
        data: `json_object('title', json(r.title), 'pageUrl', ?5, 'why', ${recipient.why},
          'status', h.to_status, 'by', h.body, 'at', h.at, 'reason', json(h.reason),
          'answer', json(${ANSWER_WITH_MOVE}))`,
        dedupeKey: `'recommendation-status:' || h.id || ':' || ${recipient.participant}`,
        participant: recipient.participant,
        at: cause.at,
      }),
    );
  }
  return RECIPIENTS.map((recipient) =>
    outboxSelectStatement(db, {
      message: recommendationAnswered,
      from: `FROM recommendation_answers a JOIN recommendations r ON r.id = a.recommendation_id
        ${recipient.join}
        WHERE a.recommendation_id = ?1 AND a.answered_at = ?2`,
      params: [cause.recommendationId, cause.through.answeredAt, cause.pageUrl],
      to: recipient.to,
      language: recipient.language,
      data: `json_object('title', json(r.title), 'pageUrl', ?3, 'why', ${recipient.why},
        'answer', json_object('version', a.version, 'text', json(a.body), 'reviewOn', a.review_on))`,
      dedupeKey: `'recommendation-answer:' || a.recommendation_id || ':' || a.version || ':' || ${recipient.participant}`,
      participant: recipient.participant,
      at: cause.at,
    }),
  );
}

/** How many statements notificationStatements adds to a batch (to find their results). */
export const NOTIFICATION_STATEMENTS = RECIPIENTS.length;
