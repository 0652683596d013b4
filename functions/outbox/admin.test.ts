/**
 * The outbox for admins (list, retry), with sending off (no MAIL_FROM):
 * messages wait, and the frequent cron leaves them. Then a person's
 * erasure and the daily purge of what was never sent (last: it empties the
 * outbox).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { OutboxList, OutboxMessage } from '../../schema/outbox.ts';
import { contributionPublished } from '../contributions/messages.ts';
import { DAILY_CRON } from '../lib/feature.ts';
import { ADMIN, expectProblem, type Kit, MODERATOR, type RequestOptions, startKit } from '../test/harness.ts';
import { seedContribution, testParticipant } from '../test/moderation.ts';
import { outboxStatement, purgeUnsent } from './queries.ts';
import { type OutboxRow, outboxRows, uniqueAddress } from './test-helpers.ts';

let kit: Kit;
before(async () => {
  kit = await startKit({ vars: { EMAIL_RETENTION_DAYS: '30' } });
});
after(() => kit.close());

const DAY = 86_400_000;

/** Writes a message straight into the outbox in `status`; returns its row. */
async function seedMessage(
  seed: { to?: string; status?: 'pending' | 'sent' | 'failed'; participant?: string; at?: Date } = {},
): Promise<OutboxRow> {
  const key = `test-admin:${crypto.randomUUID()}`;
  const at = (seed.at ?? new Date()).toISOString();
  await kit.db.batch([
    outboxStatement(kit.db, {
      message: contributionPublished,
      to: seed.to ?? uniqueAddress(),
      language: 'nl',
      data: { reference: 'K7M2-9QXA', title: 'Een titel', note: null },
      dedupeKey: key,
      participant: seed.participant ?? null,
      at,
    }),
  ]);
  if (seed.status === 'failed') {
    await kit.db
      .prepare(
        `UPDATE outbox SET status = 'failed', attempts = 8, last_error = 'E_TEST: refused' WHERE dedupe_key = ?1`,
      )
      .bind(key)
      .run();
  } else if (seed.status === 'sent') {
    await kit.db
      .prepare(
        `UPDATE outbox SET status = 'sent', attempts = 1, recipient = NULL, data = '{}', sent_at = ?2 WHERE dedupe_key = ?1`,
      )
      .bind(key, at)
      .run();
  }
  const [row] = await outboxRows(kit.db, key);
  return row;
}

async function list(query = ''): Promise<OutboxList> {
  const response = await kit.request(`/api/v1/admin/outbox${query}`, ADMIN);
  assert.equal(response.status, 200, await response.clone().text());
  return v.parse(OutboxList, await response.json());
}

function retry(id: number | string, options: RequestOptions = ADMIN) {
  return kit.request(`/api/v1/admin/outbox/${id}/retry`, { method: 'POST', ...options });
}

describe('GET /admin/outbox', () => {
  test('pending and failed messages, newest first, the address masked, never the text', async () => {
    const pending = await seedMessage({ to: 'camille.dupont@example.org' });
    const failed = await seedMessage({ to: 'jan@voorbeeld.be', status: 'failed' });
    const sent = await seedMessage({ status: 'sent' });
    const { messages } = await list();
    const ids = messages.map((message) => message.id);
    assert.ok(ids.includes(pending.id) && ids.includes(failed.id));
    assert.ok(!ids.includes(sent.id), 'sent ones only when asked for');
    assert.deepEqual(
      ids,
      [...ids].sort((a, b) => b - a),
    );
    const failedView = messages.find((message) => message.id === failed.id);
    assert.deepEqual(failedView, {
      id: failed.id,
      kind: 'contribution_published',
      status: 'failed',
      recipient: 'j•••@voorbeeld.be',
      language: 'nl',
      cause: failed.dedupe_key,
      attempts: 8,
      lastError: 'E_TEST: refused',
      nextAttemptAt: failed.next_attempt_at,
      createdAt: failed.created_at,
      updatedAt: failed.updated_at,
      sentAt: null,
    } satisfies OutboxMessage);
    assert.equal(messages.find((message) => message.id === pending.id)?.recipient, 'c•••@example.org');
    const body = JSON.stringify(messages);
    assert.doesNotMatch(body, /camille\.dupont|jan@|Een titel/, 'neither the address nor the data');
  });

  test('a status filter; sent messages have no address left', async () => {
    const sent = await seedMessage({ status: 'sent' });
    const { messages } = await list('?status=sent');
    assert.ok(messages.every((message) => message.status === 'sent' && message.recipient === null));
    assert.equal(messages.find((message) => message.id === sent.id)?.sentAt, sent.sent_at);
    await expectProblem(
      await kit.request('/api/v1/admin/outbox?status=sending', ADMIN),
      400,
      'validation_failed',
    );
  });

  test('50 a page, walked with the cursor, nothing twice', async () => {
    const seeded = new Set<number>();
    for (let index = 0; index < 55; index++) seeded.add((await seedMessage({ status: 'failed' })).id);
    const first = await list('?status=failed');
    assert.equal(first.messages.length, 50);
    assert.ok(first.nextCursor);
    const seen = first.messages.map((message) => message.id);
    let cursor: string | null = first.nextCursor;
    while (cursor) {
      const next = await list(`?status=failed&cursor=${encodeURIComponent(cursor)}`);
      seen.push(...next.messages.map((message) => message.id));
      cursor = next.nextCursor;
    }
    assert.equal(new Set(seen).size, seen.length);
    assert.deepEqual(
      seen,
      [...seen].sort((a, b) => b - a),
    );
    for (const id of seeded) assert.ok(seen.includes(id));
    await expectProblem(
      await kit.request('/api/v1/admin/outbox?cursor=bm90LWEtY3Vyc29y', ADMIN),
      400,
      'validation_failed',
    );
  });

  test('admins only', async () => {
    await expectProblem(await kit.request('/api/v1/admin/outbox', MODERATOR), 403, 'admin_forbidden');
    await expectProblem(await kit.request('/api/v1/admin/outbox', {}), 401, 'admin_unauthorized');
  });
});

describe('POST /admin/outbox/:id/retry', () => {
  test('a failed message is pending again, due now, its attempts counted afresh', async () => {
    const failed = await seedMessage({ status: 'failed' });
    const before = Date.now();
    const response = await retry(failed.id);
    assert.equal(response.status, 200);
    const message = v.parse(OutboxMessage, await response.json());
    assert.equal(message.status, 'pending');
    assert.equal(message.attempts, 0);
    assert.equal(message.lastError, 'E_TEST: refused', 'the last error stays until the next try');
    assert.ok(Date.parse(message.nextAttemptAt) >= before - 1000);
    const [row] = await outboxRows(kit.db, failed.dedupe_key);
    assert.equal(row.status, 'pending');
    assert.equal(row.recipient, failed.recipient);
  });

  test('anything but a failed message: 409, unchanged; unknown: 404; not a number: 400; moderators: 403', async () => {
    for (const status of ['pending', 'sent'] as const) {
      const row = await seedMessage({ status });
      await expectProblem(await retry(row.id), 409, 'outbox_message_not_failed');
      assert.deepEqual(await outboxRows(kit.db, row.dedupe_key), [row]);
    }
    await expectProblem(await retry(987_654_321), 404, 'outbox_message_not_found');
    await expectProblem(await retry('abc'), 400, 'validation_failed');
    const failed = await seedMessage({ status: 'failed' });
    await expectProblem(await retry(failed.id, MODERATOR), 403, 'admin_forbidden');
    assert.deepEqual(await outboxRows(kit.db, failed.dedupe_key), [failed]);
  });
});

describe('sending off (no MAIL_FROM)', () => {
  test('messages wait in the outbox: the frequent cron leaves them untouched', async () => {
    const row = await seedMessage({ at: new Date(Date.now() - DAY) });
    const result = await kit.server.getWorker().scheduled({ cron: '*/5 * * * *', scheduledTime: new Date() });
    assert.equal(result.outcome, 'ok');
    assert.deepEqual(await outboxRows(kit.db, row.dedupe_key), [row]);
  });
});

describe('erasure (POST /admin/erasures)', () => {
  test("a person's unsent messages are deleted; their sent ones lose the link to them", async () => {
    const subject = `erin-${crypto.randomUUID()}`;
    const participant = await testParticipant('site-a', subject);
    await seedContribution(kit.db, { participant });
    const pending = await seedMessage({ participant });
    const failed = await seedMessage({ participant, status: 'failed' });
    const sent = await seedMessage({ participant, status: 'sent' });
    const someoneElse = await seedMessage({ participant: 'someone-else' });
    const response = await kit.request('/api/v1/admin/erasures', {
      method: 'POST',
      json: { site: 'site-a', subject },
      ...ADMIN,
    });
    assert.equal(response.status, 200);
    // Every feature that keeps something of a person names it (events: their registrations, none here).
    assert.deepEqual(await response.json(), {
      contributions: 1,
      registrations: 0,
      publications: 0,
      supports: 0,
      messages: 2,
    });
    assert.deepEqual(await outboxRows(kit.db, pending.dedupe_key), []);
    assert.deepEqual(await outboxRows(kit.db, failed.dedupe_key), []);
    assert.deepEqual(await outboxRows(kit.db, sent.dedupe_key), [{ ...sent, participant: null }]);
    assert.deepEqual(await outboxRows(kit.db, someoneElse.dedupe_key), [someoneElse]);
  });
});

describe('retention: what was never sent is deleted after EMAIL_RETENTION_DAYS', () => {
  test('purgeUnsent deletes pending and failed messages written before the cutoff, keeps the rest', async () => {
    const now = new Date(Date.now() + 1000 * DAY);
    const old = {
      pending: await seedMessage({ at: new Date(now.getTime() - 30 * DAY - 1) }),
      failed: await seedMessage({ at: new Date(now.getTime() - 31 * DAY), status: 'failed' }),
      sent: await seedMessage({ at: new Date(now.getTime() - 90 * DAY), status: 'sent' }),
    };
    const atLimit = await seedMessage({ at: new Date(now.getTime() - 30 * DAY) });
    const recent = await seedMessage({ at: new Date(now.getTime() - DAY), status: 'failed' });
    assert.ok((await purgeUnsent(kit.db, 30, now)) >= 2);
    assert.deepEqual(await outboxRows(kit.db, old.pending.dedupe_key), []);
    assert.deepEqual(await outboxRows(kit.db, old.failed.dedupe_key), []);
    assert.deepEqual(
      await outboxRows(kit.db, old.sent.dedupe_key),
      [old.sent],
      'the trace of a sent message stays',
    );
    assert.deepEqual(await outboxRows(kit.db, atLimit.dedupe_key), [atLimit]);
    assert.deepEqual(await outboxRows(kit.db, recent.dedupe_key), [recent]);
    for (const days of [0, -1, Number.NaN, 1.5])
      await assert.rejects(purgeUnsent(kit.db, days, now), /positive integer/);
  });

  test('the daily cron purges with EMAIL_RETENTION_DAYS, and leaves no address of an unsent message behind', async () => {
    const scheduledTime = new Date(Date.now() + 2000 * DAY);
    await seedMessage({ at: new Date(scheduledTime.getTime() - 31 * DAY) });
    const kept = await seedMessage({ at: new Date(scheduledTime.getTime() - 29 * DAY) });
    const result = await kit.server.getWorker().scheduled({ cron: DAILY_CRON, scheduledTime });
    assert.equal(result.outcome, 'ok');
    const left = await outboxRows(kit.db);
    assert.deepEqual(
      left.filter((row) => row.recipient !== null).map((row) => row.id),
      [kept.id],
      'only the message written within the period still has an address',
    );
  });
});
