/**
 * The ballot writes, called directly: the open-poll guard, the one-ballot
 * rule, and tallies kept by the triggers.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Kit, pollCounts, startKit, talliesFromBallots, uniqueSlug } from '../test/harness.ts';
import { changeBallot, insertBallot } from './ballots.ts';
import { findPollBySlug, insertPoll, type PollWrite } from './polls.ts';

let kit: Kit;
before(async () => {
  kit = await startKit();
});
after(() => kit.close());

const HOUR = 3_600_000;
const at = (offset: number) => new Date(Date.now() + offset).toISOString();
const FIELDS: PollWrite = {
  themeId: null,
  kind: 'multiple',
  question: { fr: 'Q' },
  description: null,
  audience: 'public',
  resultsVisibility: 'live',
  maxChoices: null,
  allowChange: true,
  opensAt: at(-HOUR),
  closesAt: null,
};
const OPTIONS = ['a', 'b', 'c'].map((key) => ({ key, label: { fr: key } }));

async function poll(fields: Partial<PollWrite> = {}): Promise<{ slug: string; id: number }> {
  const slug = uniqueSlug();
  await insertPoll(kit.db, slug, { ...FIELDS, ...fields }, OPTIONS, at(0));
  const record = await findPollBySlug(kit.db, slug);
  assert.ok(record);
  return { slug, id: record.id };
}

describe('db/ballots', () => {
  test('insertBallot casts once; a second ballot of the same participant is a duplicate', async () => {
    const { slug, id } = await poll();
    const ballot = {
      pollId: id,
      participant: 'someone',
      choices: ['a', 'c'],
      roles: ['staff', 'member'],
      now: at(0),
    };
    assert.equal(await insertBallot(kit.db, ballot), 'cast');
    assert.equal(await insertBallot(kit.db, { ...ballot, choices: ['b'] }), 'duplicate');
    const counts = await pollCounts(kit.db, slug);
    assert.equal(counts.ballots, 1);
    assert.deepEqual(counts.tallies, {
      '*/*': 1,
      '*/a': 1,
      '*/c': 1,
      'member/*': 1,
      'member/a': 1,
      'member/c': 1,
      'staff/*': 1,
      'staff/a': 1,
      'staff/c': 1,
    });
  });

  test('insertBallot refuses polls that are not open at `now`', async () => {
    const upcoming = await poll({ opensAt: at(HOUR) });
    const unopened = await poll({ opensAt: null });
    const closed = await poll({ opensAt: at(-2 * HOUR), closesAt: at(-HOUR) });
    for (const { slug, id } of [upcoming, unopened, closed]) {
      const outcome = await insertBallot(kit.db, {
        pollId: id,
        participant: 'x',
        choices: ['a'],
        roles: ['anonymous'],
        now: at(0),
      });
      assert.equal(outcome, 'poll_not_open');
      assert.equal((await pollCounts(kit.db, slug)).ballots, 0);
    }
    const closesAt = at(HOUR);
    const closesSoon = await poll({ closesAt });
    const ballot = { pollId: closesSoon.id, participant: 'x', choices: ['a'], roles: ['anonymous'] };
    assert.equal(
      await insertBallot(kit.db, { ...ballot, now: closesAt }),
      'poll_not_open',
      'closed at closesAt',
    );
    const justBefore = new Date(Date.parse(closesAt) - 1).toISOString();
    assert.equal(await insertBallot(kit.db, { ...ballot, now: justBefore }), 'cast');
  });

  test('changeBallot moves the tallies from the old choices to the new ones', async () => {
    const { slug, id } = await poll();
    const ballot = { pollId: id, participant: 'changer', roles: ['client'], now: at(0) };
    await insertBallot(kit.db, { ...ballot, choices: ['a', 'b'] });
    await insertBallot(kit.db, { ...ballot, participant: 'other', choices: ['a'] });
    assert.equal(await changeBallot(kit.db, { ...ballot, choices: ['c'] }), true);
    const counts = await pollCounts(kit.db, slug);
    assert.deepEqual(counts.tallies, {
      '*/*': 2,
      '*/a': 1,
      '*/c': 1,
      'client/*': 2,
      'client/a': 1,
      'client/c': 1,
    });
    assert.deepEqual(counts.tallies, await talliesFromBallots(kit.db, slug));
  });

  test('changeBallot does nothing once the poll is closed, or without a ballot', async () => {
    const { slug, id } = await poll({ closesAt: at(HOUR) });
    const ballot = { pollId: id, participant: 'late', roles: ['client'], choices: ['a'] };
    await insertBallot(kit.db, { ...ballot, now: at(0) });
    const before = await pollCounts(kit.db, slug);
    assert.equal(await changeBallot(kit.db, { ...ballot, choices: ['b'], now: at(2 * HOUR) }), false);
    assert.equal(
      await changeBallot(kit.db, { ...ballot, participant: 'nobody', choices: ['b'], now: at(0) }),
      false,
    );
    assert.deepEqual(await pollCounts(kit.db, slug), before);
  });
});
