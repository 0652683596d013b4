/**
 * The outbox's queries and its drain on a real local D1 (the Worker's own
 * binding, from node): enqueueing in a batch, deduplication, sending each
 * message once, retries with backoff, giving up after MAX_ATTEMPTS, a lost
 * claim, and two drains at once. The transport is a node Mailer that
 * records and fails on demand (the Worker's binding is tested with the
 * decisions, contributions/decision-mail.test.ts).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { type Kit, startKit } from '../test/harness.ts';
import { seedContribution } from '../test/moderation.ts';
import { CLAIM_MS, drainOutbox, MAX_ATTEMPTS, type Mailer, retryDelay } from './drain.ts';
import { claimDue, outboxSelectStatement, outboxStatement } from './queries.ts';
import { defineMessage, type MessageTemplate } from './render.ts';
import { outboxRows, recordingMailer, uniqueAddress } from './test-helpers.ts';

let kit: Kit;
before(async () => {
  kit = await startKit();
});
after(() => kit.close());

const testNote = defineMessage({
  kind: 'test_note',
  data: v.object({ title: v.string() }),
  compose: (data) => ({ subject: data.title, heading: data.title, blocks: [], reason: 'A test.' }),
});
const TEMPLATES: ReadonlyMap<string, MessageTemplate> = new Map([[testNote.kind, testNote]]);
const FROM = { email: 'participation@smart.example', name: 'Smart in Progress' };

/** A fresh cause, so that each test finds its own rows. */
const cause = (name: string) => `test-${name}-${crypto.randomUUID().slice(0, 8)}`;

async function enqueue(to: string, dedupeKey: string, at: Date, title = 'Bonjour'): Promise<void> {
  await kit.db.batch([
    outboxStatement(kit.db, {
      message: testNote,
      to,
      language: 'nl',
      data: { title },
      dedupeKey,
      participant: 'participant-x',
      at: at.toISOString(),
    }),
  ]);
}

function drain(mailer: Mailer, now: Date, options: { batchSize?: number } = {}) {
  return drainOutbox(kit.db, { mailer, from: FROM, templates: TEMPLATES, now, ...options });
}

const later = (from: Date, milliseconds: number) => new Date(from.getTime() + milliseconds);

describe('enqueueing', () => {
  test('outboxStatement writes one pending message, due at once; the same cause again writes nothing', async () => {
    const key = cause('direct');
    const to = uniqueAddress();
    const at = new Date();
    const [first] = await kit.db.batch([
      outboxStatement(kit.db, {
        message: testNote,
        to,
        language: 'en',
        data: { title: 'Hi' },
        dedupeKey: key,
        at: at.toISOString(),
      }),
    ]);
    assert.equal(first.meta.changes, 1);
    const [again] = await kit.db.batch([
      outboxStatement(kit.db, {
        message: testNote,
        to: uniqueAddress(),
        language: 'fr',
        data: { title: 'Other' },
        dedupeKey: key,
        at: at.toISOString(),
      }),
    ]);
    assert.equal(again.meta.changes, 0);
    const rows = await outboxRows(kit.db, key);
    assert.equal(rows.length, 1);
    assert.deepEqual(
      {
        kind: rows[0].kind,
        recipient: rows[0].recipient,
        language: rows[0].language,
        data: JSON.parse(rows[0].data),
        status: rows[0].status,
        attempts: rows[0].attempts,
        next: rows[0].next_attempt_at,
        participant: rows[0].participant,
      },
      {
        kind: 'test_note',
        recipient: to,
        language: 'en',
        data: { title: 'Hi' },
        status: 'pending',
        attempts: 0,
        next: at.toISOString(),
        participant: null,
      },
    );
  });

  test('outboxSelectStatement reads the address from a row in the statement; no address, no message', async () => {
    const at = new Date().toISOString();
    const withEmail = await seedContribution(kit.db, { email: 'ana@example.org', title: 'Avec adresse' });
    const withoutEmail = await seedContribution(kit.db, { email: null });
    const emptyEmail = await seedContribution(kit.db, { email: '' });
    const statement = (id: string) =>
      outboxSelectStatement(kit.db, {
        message: testNote,
        from: 'FROM contributions c WHERE c.id = ?1',
        params: [id],
        to: 'c.email',
        language: 'c.language',
        data: "json_object('title', c.title)",
        dedupeKey: "'test-select:' || c.id",
        participant: 'c.participant',
        at,
      });
    const results = await kit.db.batch([
      statement(withEmail),
      statement(withoutEmail),
      statement(emptyEmail),
      statement(withEmail),
    ]);
    assert.deepEqual(
      results.map((result) => result.meta.changes),
      [1, 0, 0, 0],
    );
    const [row] = await outboxRows(kit.db, `test-select:${withEmail}`);
    const participant = await kit.db
      .prepare('SELECT participant FROM contributions WHERE id = ?1')
      .bind(withEmail)
      .first<{ participant: string }>();
    assert.equal(row.recipient, 'ana@example.org');
    assert.equal(row.language, 'fr');
    assert.deepEqual(JSON.parse(row.data), { title: 'Avec adresse' });
    assert.equal(row.participant, participant?.participant);
    assert.deepEqual(await outboxRows(kit.db, `test-select:${withoutEmail}`), []);
  });
});

describe('drainOutbox', () => {
  test('sends each due message once, then forgets its address and data', async () => {
    const now = new Date();
    const messages = [uniqueAddress('a'), uniqueAddress('b'), uniqueAddress('c')].map((to) => ({
      to,
      key: cause('once'),
    }));
    for (const { to, key } of messages) await enqueue(to, key, now, `Pour ${to}`);
    const mailer = recordingMailer();
    const report = await drain(mailer, now);
    assert.ok(report.sent >= 3);
    for (const { to, key } of messages) {
      const sent = mailer.sent.filter((message) => message.to === to);
      assert.equal(sent.length, 1, to);
      assert.equal(sent[0].subject, `Pour ${to}`);
      assert.deepEqual(sent[0].from, FROM);
      assert.equal(sent[0].headers['X-Sip-Message-Id'], `<${key}@smart.example>`);
      const [row] = await outboxRows(kit.db, key);
      assert.equal(row.status, 'sent');
      assert.equal(row.recipient, null);
      assert.equal(row.data, '{}');
      assert.equal(row.claim, null);
      assert.equal(row.attempts, 1);
      assert.equal(row.sent_at, now.toISOString());
      assert.match(row.message_id ?? '', /@test\.example>$/);
    }
    const again = recordingMailer();
    await drain(again, later(now, 3_600_000));
    assert.deepEqual(
      again.sent.filter((message) => messages.some(({ to }) => to === message.to)),
      [],
    );
  });

  test('a failed try is retried after the backoff, and the error kept for admins names no address', async () => {
    const t0 = new Date();
    const to = uniqueAddress('retry');
    const key = cause('retry');
    await enqueue(to, key, t0);
    const mailer = recordingMailer();
    mailer.failFor.set(to, 2);

    await drain(mailer, t0);
    let [row] = await outboxRows(kit.db, key);
    assert.equal(row.status, 'pending');
    assert.equal(row.attempts, 1);
    assert.equal(row.next_attempt_at, later(t0, retryDelay(1)).toISOString());
    assert.equal(row.last_error, 'E_TEST_REFUSED: delivery to [recipient] refused for now');
    assert.equal(row.claim, null);

    await drain(mailer, later(t0, retryDelay(1) - 1));
    assert.equal(mailer.refused.filter((address) => address === to).length, 1, 'not tried before it is due');

    const t1 = later(t0, retryDelay(1));
    await drain(mailer, t1);
    [row] = await outboxRows(kit.db, key);
    assert.equal(row.attempts, 2);
    assert.equal(row.next_attempt_at, later(t1, retryDelay(2)).toISOString());

    await drain(mailer, later(t1, retryDelay(2)));
    [row] = await outboxRows(kit.db, key);
    assert.equal(row.status, 'sent');
    assert.equal(row.attempts, 3);
    assert.equal(row.last_error, null);
    assert.equal(mailer.sent.filter((message) => message.to === to).length, 1);
  });

  test(`gives up after ${MAX_ATTEMPTS} tries: failed, kept with its address for admins to retry`, async () => {
    let now = new Date();
    const to = uniqueAddress('never');
    const key = cause('never');
    await enqueue(to, key, now);
    const mailer = recordingMailer();
    mailer.failFor.set(to, Number.POSITIVE_INFINITY);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await drain(mailer, now);
      const [row] = await outboxRows(kit.db, key);
      assert.equal(row.attempts, attempt);
      assert.equal(row.status, attempt < MAX_ATTEMPTS ? 'pending' : 'failed');
      now = new Date(row.next_attempt_at);
    }
    await drain(mailer, later(now, 30 * 86_400_000));
    const [row] = await outboxRows(kit.db, key);
    assert.equal(row.status, 'failed');
    assert.equal(row.recipient, to);
    assert.equal(mailer.refused.filter((address) => address === to).length, MAX_ATTEMPTS);
    assert.equal(mailer.sent.filter((message) => message.to === to).length, 0);
  });

  test('a message of a kind no template renders fails its try (and is retried), naming the kind', async () => {
    const now = new Date();
    const key = cause('unknown');
    await kit.db
      .prepare(
        `INSERT INTO outbox (kind, recipient, language, data, dedupe_key, status, next_attempt_at, created_at, updated_at)
         VALUES ('test_unknown', ?1, 'fr', '{}', ?2, 'pending', ?3, ?3, ?3)`,
      )
      .bind(uniqueAddress(), key, now.toISOString())
      .run();
    const bad = cause('bad-data');
    await enqueue(uniqueAddress(), bad, now);
    await kit.db.prepare(`UPDATE outbox SET data = '{"title": 42}' WHERE dedupe_key = ?1`).bind(bad).run();
    await drain(recordingMailer(), now);
    const [unknown] = await outboxRows(kit.db, key);
    assert.equal(unknown.status, 'pending');
    assert.equal(unknown.last_error, 'no template renders test_unknown messages');
    const [badRow] = await outboxRows(kit.db, bad);
    assert.equal(badRow.last_error, 'the data of a test_note message does not fit its template');
  });

  test('a claim whose drain died lapses: the message is sent by a later drain, and only then', async () => {
    const now = new Date();
    const to = uniqueAddress('lost');
    const key = cause('lost');
    await enqueue(to, key, now);
    // A drain claims it and dies before sending (or between sending and marking).
    const claimed = await claimDue(kit.db, {
      claim: 'a-drain-that-died',
      now: now.toISOString(),
      until: later(now, CLAIM_MS).toISOString(),
      limit: 1000,
    });
    assert.ok(claimed.some((message) => message.dedupeKey === key));
    const mailer = recordingMailer();
    await drain(mailer, later(now, CLAIM_MS - 1));
    assert.equal(mailer.sent.filter((message) => message.to === to).length, 0, 'held while the claim lasts');
    await drain(mailer, later(now, CLAIM_MS));
    assert.equal(mailer.sent.filter((message) => message.to === to).length, 1);
    const [row] = await outboxRows(kit.db, key);
    assert.equal(row.status, 'sent');
    assert.equal(row.attempts, 2);
  });

  test('two drains at once never send a message twice', async () => {
    const now = new Date();
    const messages = Array.from({ length: 30 }, (_, index) => ({
      to: uniqueAddress(`both${index}`),
      key: cause('both'),
    }));
    await kit.db.batch(
      messages.map(({ to, key }) =>
        outboxStatement(kit.db, {
          message: testNote,
          to,
          language: 'fr',
          data: { title: 'x' },
          dedupeKey: key,
          at: now.toISOString(),
        }),
      ),
    );
    const mailer = recordingMailer(5);
    const [first, second] = await Promise.all([
      drain(mailer, now, { batchSize: 4 }),
      drain(mailer, now, { batchSize: 4 }),
    ]);
    const ours = mailer.sent.filter((message) => messages.some(({ to }) => to === message.to));
    assert.equal(ours.length, 30);
    assert.equal(new Set(ours.map((message) => message.to)).size, 30, 'each once');
    assert.ok(first.sent > 0 && second.sent > 0, `both drains sent (${first.sent} and ${second.sent})`);
    for (const { key } of messages) assert.equal((await outboxRows(kit.db, key))[0].status, 'sent');
  });
});
