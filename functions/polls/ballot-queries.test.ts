/**
 * The ballot write, called directly: every rule it enforces in SQL, the
 * one-ballot rule, tallies kept by the triggers, and the snapshot it reads back.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Kit, pollCounts, startKit, talliesFromBallots, uniqueSlug } from '../test/harness.ts';
import { type BallotWrite, castBallot } from './ballots.ts';
import { findPollBySlug, insertPoll, type PollWrite } from './queries.ts';

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

const EVERYONE: BallotWrite['audiences'] = ['public', 'participants', 'members'];

function ballot(slug: string, fields: Partial<BallotWrite> = {}): BallotWrite {
  return {
    slug,
    participant: 'someone',
    choices: ['a'],
    roles: ['staff'],
    audiences: EVERYONE,
    now: at(0),
    ...fields,
  };
}

async function refused(write: BallotWrite): Promise<void> {
  const before = await pollCounts(kit.db, write.slug);
  const { written, snapshot } = await castBallot(kit.db, write);
  assert.equal(written, false);
  assert.equal(snapshot?.poll.slug, write.slug, 'the refusal still reads the poll back');
  assert.deepEqual(await pollCounts(kit.db, write.slug), before, 'nothing changed');
}

describe('db/ballots', () => {
  test('castBallot casts once and reads back the tallies with the ballot counted', async () => {
    const { slug } = await poll({ allowChange: false });
    const { written, snapshot } = await castBallot(
      kit.db,
      ballot(slug, { choices: ['a', 'c'], roles: ['staff', 'member'] }),
    );
    assert.equal(written, true);
    assert.deepEqual(snapshot?.details.ballot?.choices, ['a', 'c']);
    assert.equal(snapshot?.details.tallies.find((t) => t.optionKey === '*' && t.role === '*')?.votes, 1);
    await refused(ballot(slug, { choices: ['b'] }));
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

  test('castBallot refuses polls that are not open at `now`', async () => {
    const upcoming = await poll({ opensAt: at(HOUR) });
    const unopened = await poll({ opensAt: null });
    const closed = await poll({ opensAt: at(-2 * HOUR), closesAt: at(-HOUR) });
    for (const { slug } of [upcoming, unopened, closed]) await refused(ballot(slug));
    const closesAt = at(HOUR);
    const { slug } = await poll({ closesAt });
    await refused(ballot(slug, { now: closesAt }));
    const justBefore = new Date(Date.parse(closesAt) - 1).toISOString();
    assert.equal((await castBallot(kit.db, ballot(slug, { now: justBefore }))).written, true);
  });

  test('castBallot refuses a participant outside the poll’s audience', async () => {
    const members = await poll({ audience: 'members' });
    const participants = await poll({ audience: 'participants' });
    await refused(ballot(members.slug, { audiences: ['public', 'participants'] }));
    await refused(ballot(participants.slug, { audiences: ['public'] }));
    assert.equal((await castBallot(kit.db, ballot(members.slug))).written, true);
  });

  test('castBallot refuses unknown options, repeated options and too many choices', async () => {
    const multiple = await poll({ maxChoices: 2 });
    await refused(ballot(multiple.slug, { choices: ['a', 'zz'] }));
    await refused(ballot(multiple.slug, { choices: ['a', 'a'] }));
    await refused(ballot(multiple.slug, { choices: ['a', 'b', 'c'] }));
    const single = await poll({ kind: 'single' });
    await refused(ballot(single.slug, { choices: ['a', 'b'] }));
    assert.equal((await castBallot(kit.db, ballot(multiple.slug, { choices: ['a', 'b'] }))).written, true);
  });

  test('castBallot changes a ballot where allowed, moving the tallies', async () => {
    const { slug } = await poll();
    await castBallot(
      kit.db,
      ballot(slug, { participant: 'changer', choices: ['a', 'b'], roles: ['client'] }),
    );
    await castBallot(kit.db, ballot(slug, { participant: 'other', choices: ['a'], roles: ['client'] }));
    const { written, snapshot } = await castBallot(
      kit.db,
      ballot(slug, { participant: 'changer', choices: ['c'], roles: ['client'] }),
    );
    assert.equal(written, true);
    assert.deepEqual(snapshot?.details.ballot?.choices, ['c']);
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

  test('castBallot changes nothing once the poll is closed', async () => {
    const { slug } = await poll({ closesAt: at(HOUR) });
    await castBallot(kit.db, ballot(slug, { participant: 'late' }));
    await refused(ballot(slug, { participant: 'late', choices: ['b'], now: at(2 * HOUR) }));
  });

  test('castBallot on an unknown poll writes nothing and reads nothing back', async () => {
    const { written, snapshot } = await castBallot(kit.db, ballot(uniqueSlug()));
    assert.equal(written, false);
    assert.equal(snapshot, null);
  });
});
