/**
 * Outgoing e-mail: the outbox other features enqueue messages in (in the
 * batch of the change that causes them), its delivery after each request
 * that enqueued and on the frequent cron, the admins' view, the daily purge
 * of what was never sent, and the erasure of a person's messages.
 */
import * as outboxSchemas from '../../schema/outbox.ts';
import { OUTBOX_PROBLEMS } from '../../schema/outbox.ts';
import { emailRetentionDays } from '../config.ts';
import type { Feature } from '../lib/feature.ts';
import { adminOutbox } from './admin.ts';
import { CRON_BUDGET_MS, deliverDue, messageTemplates } from './delivery.ts';
import { adminOutboxDocs } from './openapi.ts';
import { outboxErasure, purgeUnsent } from './queries.ts';

/** Takes the route table lazily (it lists this feature too): every feature's templates render its messages. */
export function outbox(features: () => readonly Feature[]): Feature {
  return {
    path: 'outbox',
    admin: adminOutbox,
    problems: OUTBOX_PROBLEMS,
    docs: { admin: adminOutboxDocs },
    schemas: [outboxSchemas],
    erase: { name: 'messages', statements: outboxErasure },
    async frequent(env, now) {
      const report = await deliverDue(env, messageTemplates(features()), now, CRON_BUDGET_MS);
      if (report && report.sent + report.failed > 0) {
        console.log(`outbox: sent ${report.sent}, ${report.failed} failed (${report.gaveUp} given up)`);
      }
    },
    async daily(env, now) {
      const purged = await purgeUnsent(env.DB, emailRetentionDays(env), now);
      console.log(`retention: deleted ${purged} unsent message(s)`);
    },
  };
}
