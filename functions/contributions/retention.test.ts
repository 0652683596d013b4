/**
 * Retention: follow-up e-mails purged after EMAIL_RETENTION_DAYS, directly
 * and through the Worker's daily cron (scheduled handler).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Kit, startKit } from '../test/harness.ts';
import { seedContribution } from '../test/moderation.ts';
import { purgeExpiredEmails } from './queries.ts';

let kit: Kit;
before(async () => {
  kit = await startKit({ vars: { EMAIL_RETENTION_DAYS: '30' } });
});
after(() => kit.close());

const DAY = 86_400_000;
const NOW = new Date('2026-06-30T03:17:00.000Z');
const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY).toISOString();

async function emailOf(id: string): Promise<unknown> {
  const row = await kit.db.prepare('SELECT email FROM contributions WHERE id = ?1').bind(id).first();
  return row?.email;
}

async function emailsByAge(now: Date): Promise<Record<string, string>> {
  return {
    old: await seedContribution(kit.db, { submittedAt: daysBefore(now, 31), status: 'published' }),
    justPast: await seedContribution(kit.db, {
      submittedAt: new Date(now.getTime() - 30 * DAY - 1).toISOString(),
    }),
    exactlyAtLimit: await seedContribution(kit.db, { submittedAt: daysBefore(now, 30) }),
    recent: await seedContribution(kit.db, { submittedAt: daysBefore(now, 1) }),
    without: await seedContribution(kit.db, { submittedAt: daysBefore(now, 90), email: null }),
  };
}

describe('purgeExpiredEmails', () => {
  test('forgets addresses older than the retention period, keeps the rest and everything else', async () => {
    const ids = await emailsByAge(NOW);
    const before = await kit.db.prepare('SELECT * FROM contributions WHERE id = ?1').bind(ids.old).first();
    assert.equal(await purgeExpiredEmails(kit.db, 30, NOW), 2);
    assert.equal(await emailOf(ids.old), null);
    assert.equal(await emailOf(ids.justPast), null);
    assert.equal(await emailOf(ids.exactlyAtLimit), 'camille@example.org');
    assert.equal(await emailOf(ids.recent), 'camille@example.org');
    const afterwards = await kit.db
      .prepare('SELECT * FROM contributions WHERE id = ?1')
      .bind(ids.old)
      .first();
    assert.deepEqual(afterwards, { ...before, email: null });
    assert.equal(await purgeExpiredEmails(kit.db, 30, NOW), 0, 'running again purges nothing more');
  });

  test('refuses a retention that is not a positive number of days, purging nothing', async () => {
    const id = await seedContribution(kit.db, { submittedAt: daysBefore(NOW, 1) });
    for (const days of [0, -1, Number.NaN, Number(''), 1.5]) {
      await assert.rejects(purgeExpiredEmails(kit.db, days, NOW), /positive integer/);
    }
    assert.equal(await emailOf(id), 'camille@example.org');
  });
});

describe('the daily cron', () => {
  test('scheduled() purges with EMAIL_RETENTION_DAYS at the scheduled time', async () => {
    const scheduledTime = new Date(Date.now() + 400 * DAY);
    const ids = await emailsByAge(scheduledTime);
    const result = await kit.server.getWorker().scheduled({ cron: '17 3 * * *', scheduledTime });
    assert.equal(result.outcome, 'ok');
    assert.equal(await emailOf(ids.old), null);
    assert.equal(await emailOf(ids.justPast), null);
    assert.equal(await emailOf(ids.exactlyAtLimit), 'camille@example.org');
    assert.equal(await emailOf(ids.recent), 'camille@example.org');
    const { count } = (await kit.db
      .prepare('SELECT count(*) AS count FROM contributions WHERE email IS NOT NULL')
      .first<{ count: number }>()) ?? { count: -1 };
    // Only this test's two recent addresses are left: the earlier tests' are over 30 days older.
    assert.equal(count, 2);
  });
});
