/**
 * Registrations and cancellations arriving at once, on the real runtime:
 * the guarded statement and the seat triggers never oversell a seat, never
 * give a place in line twice, and move people up in the order they waited.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { RegistrationReceipt } from '../../schema/events.ts';
import { type Kit, mintToken, startKit } from '../test/harness.ts';
import { countsMatch, createEvent, registerFor } from './test-helpers.ts';

let kit: Kit;
before(async () => {
  kit = await startKit();
});
after(() => kit.close());

function people(count: number, prefix: string): Promise<string[]> {
  return Promise.all(
    Array.from({ length: count }, (_, index) =>
      mintToken({ sub: `${prefix}-${index}`, roles: ['freelancer'] }),
    ),
  );
}

async function registerAll(slug: string, tokens: readonly string[]): Promise<RegistrationReceipt[]> {
  const responses = await Promise.all(
    tokens.map((token) => registerFor(kit, slug, { mode: 'in_person' }, { token })),
  );
  assert.deepEqual(
    responses.map((response) => response.status),
    Array(tokens.length).fill(201),
  );
  return Promise.all(responses.map(async (response) => (await response.json()) as RegistrationReceipt));
}

/** The waitlist as stored: each waitlisted person's position, in line order. */
async function storedPositions(slug: string): Promise<number[]> {
  const { results } = await kit.db
    .prepare(
      `SELECT (SELECT count(*) FROM registrations w WHERE w.event_id = r.event_id AND w.mode = r.mode
                 AND w.status = 'waitlisted' AND w.waitlist_seq <= r.waitlist_seq) AS position
       FROM registrations r JOIN events e ON e.id = r.event_id
       WHERE e.slug = ?1 AND r.status = 'waitlisted' ORDER BY r.waitlist_seq`,
    )
    .bind(slug)
    .all<{ position: number }>();
  return results.map((row) => row.position);
}

const range = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe('concurrent registrations', () => {
  test('200 people registering at once for 20 seats: exactly 20 confirmed, 180 waitlisted at 1…180', async () => {
    const slug = await createEvent(kit, { capacity: { in_person: 20 } });
    const receipts = await registerAll(slug, await people(200, 'crowd'));
    const confirmed = receipts.filter((receipt) => receipt.status === 'confirmed');
    const waitlisted = receipts.filter((receipt) => receipt.status === 'waitlisted');
    assert.equal(confirmed.length, 20);
    assert.equal(waitlisted.length, 180);
    assert.ok(confirmed.every((receipt) => receipt.position === null));
    const positions = waitlisted.map((receipt) => receipt.position).sort((a, b) => (a ?? 0) - (b ?? 0));
    assert.deepEqual(positions, range(180), 'every place in line given once');
    assert.deepEqual(await storedPositions(slug), range(180));
    assert.deepEqual(await countsMatch(kit.db, slug), { in_person: [20, 180] });
  });

  test('50 people cancelling at once: exactly 50 move up, in the order they waited', async () => {
    const slug = await createEvent(kit, { capacity: { in_person: 50 } });
    const tokens = await people(150, 'line');
    // The first 50 in, one by one, then 100 waiting, in a known order.
    const seated = tokens.slice(0, 50);
    await registerAll(slug, seated);
    for (const token of tokens.slice(50)) await registerFor(kit, slug, { mode: 'in_person' }, { token });
    const { results: before } = await kit.db
      .prepare(
        `SELECT r.id FROM registrations r JOIN events e ON e.id = r.event_id
         WHERE e.slug = ?1 AND r.status = 'waitlisted' ORDER BY r.waitlist_seq`,
      )
      .bind(slug)
      .all<{ id: string }>();
    assert.equal(before.length, 100);

    const responses = await Promise.all(
      seated.map((token) =>
        kit.request(`/api/v1/events/${slug}/registrations/mine`, { method: 'DELETE', token }),
      ),
    );
    assert.deepEqual(
      responses.map((response) => response.status),
      Array(50).fill(200),
    );
    await Promise.all(responses.map((response) => response.arrayBuffer()));

    // Each promotion writes the cancel link of the person it moves up: their order is the promotions'.
    const { results: promoted } = await kit.db
      .prepare(
        `SELECT t.registration_id AS id FROM registration_tokens t
         JOIN registrations r ON r.id = t.registration_id JOIN events e ON e.id = r.event_id
         WHERE e.slug = ?1 AND t.purpose = 'cancel' AND r.waitlist_seq IS NOT NULL
           AND t.rowid > (SELECT min(u.rowid) FROM registration_tokens u WHERE u.registration_id = r.id)
         ORDER BY t.rowid`,
      )
      .bind(slug)
      .all<{ id: string }>();
    assert.deepEqual(
      promoted.map((row) => row.id),
      before.slice(0, 50).map((row) => row.id),
      'exactly the first 50 waiting, in line order',
    );
    const { results: statuses } = await kit.db
      .prepare(
        `SELECT r.status, count(*) AS count FROM registrations r JOIN events e ON e.id = r.event_id
         WHERE e.slug = ?1 GROUP BY r.status ORDER BY r.status`,
      )
      .bind(slug)
      .all<{ status: string; count: number }>();
    assert.deepEqual(statuses, [
      { status: 'cancelled', count: 50 },
      { status: 'confirmed', count: 50 },
      { status: 'waitlisted', count: 50 },
    ]);
    assert.deepEqual(await storedPositions(slug), range(50));
    assert.deepEqual(await countsMatch(kit.db, slug), { in_person: [50, 50] });
  });

  test('one person registering 20 times at once holds one registration', async () => {
    const slug = await createEvent(kit, { capacity: { in_person: 5 } });
    const token = await mintToken({ roles: ['staff'] });
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => registerFor(kit, slug, { mode: 'in_person' }, { token })),
    );
    assert.deepEqual(responses.map((response) => response.status).sort(), [201, ...Array(19).fill(409)]);
    await Promise.all(responses.map((response) => response.arrayBuffer()));
    assert.deepEqual(await countsMatch(kit.db, slug), { in_person: [1, 0] });
  });
});
