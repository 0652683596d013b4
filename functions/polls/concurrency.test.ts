/**
 * Ballots arriving at once: the primary key and the tally triggers keep
 * every count exact.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  createPoll,
  type Kit,
  mintToken,
  pollCounts,
  startKit,
  talliesFromBallots,
  vote,
} from '../test/harness.ts';

let kit: Kit;
before(async () => {
  kit = await startKit();
});
after(() => kit.close());

const OPTIONS = ['a', 'b', 'c'].map((key) => ({ key, label: { fr: key } }));
const ROLES = ['freelancer', 'staff', 'client', 'member'];

describe('concurrent ballots', () => {
  test('50 participants voting at once are all counted', async () => {
    const slug = await createPoll(kit, { kind: 'multiple', maxChoices: 2, options: OPTIONS });
    const tokens = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        mintToken({ sub: `crowd-${index}`, roles: [ROLES[index % 4]] }),
      ),
    );
    const responses = await Promise.all(
      tokens.map((token, index) => vote(kit, slug, index % 3 === 0 ? ['a', 'b'] : ['c'], { token })),
    );
    assert.deepEqual(
      responses.map((response) => response.status),
      Array(50).fill(200),
    );
    await Promise.all(responses.map((response) => response.arrayBuffer()));

    const counts = await pollCounts(kit.db, slug);
    assert.equal(counts.ballots, 50);
    assert.equal(counts.tallies['*/*'], 50);
    assert.equal(counts.tallies['*/a'], 17);
    assert.equal(counts.tallies['*/c'], 33);
    assert.deepEqual(counts.tallies, await talliesFromBallots(kit.db, slug));
  });

  test('one participant sending 20 ballots at once counts once', async () => {
    const slug = await createPoll(kit);
    const token = await mintToken({ roles: ['staff'] });
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) => vote(kit, slug, [index % 2 ? 'yes' : 'no'], { token })),
    );
    const statuses = responses.map((response) => response.status).sort();
    assert.deepEqual(statuses, [200, ...Array(19).fill(409)]);
    await Promise.all(responses.map((response) => response.arrayBuffer()));

    const counts = await pollCounts(kit.db, slug);
    assert.equal(counts.ballots, 1);
    assert.equal(counts.tallies['*/*'], 1);
    assert.equal(counts.tallies['staff/*'], 1);
    assert.deepEqual(counts.tallies, await talliesFromBallots(kit.db, slug));
  });

  test('one participant changing their ballot 20 times at once keeps one consistent ballot', async () => {
    const slug = await createPoll(kit, { allowChange: true, options: OPTIONS });
    const token = await mintToken({ roles: ['client'] });
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) => vote(kit, slug, [OPTIONS[index % 3].key], { token })),
    );
    assert.ok(responses.every((response) => response.status === 200));
    await Promise.all(responses.map((response) => response.arrayBuffer()));

    const counts = await pollCounts(kit.db, slug);
    assert.equal(counts.ballots, 1);
    assert.equal(counts.tallies['*/*'], 1);
    assert.equal(counts.tallies['client/*'], 1);
    assert.deepEqual(counts.tallies, await talliesFromBallots(kit.db, slug));
  });
});
