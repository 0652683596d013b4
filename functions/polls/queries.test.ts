/**
 * The poll query functions, called directly with the Worker's D1 binding.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { isUniqueViolation } from '../lib/d1-errors.ts';
import { type Kit, startKit, uniqueSlug } from '../test/harness.ts';
import { findThemeBySlug } from '../themes/queries.ts';
import { castBallot } from './ballots.ts';
import {
  findPollBySlug,
  insertPoll,
  listPolls,
  loadPollDetails,
  loadPollSnapshot,
  type PollWrite,
  pollHasBallots,
  SELECT_TALLIES,
  updatePoll,
} from './queries.ts';

let kit: Kit;
before(async () => {
  kit = await startKit();
});
after(() => kit.close());

const NOW = new Date().toISOString();
const FIELDS: PollWrite = {
  themeId: null,
  kind: 'single',
  question: { fr: 'Question ?', nl: 'Vraag?' },
  description: null,
  audience: 'public',
  resultsVisibility: 'live',
  maxChoices: null,
  allowChange: false,
  opensAt: '2026-01-01T00:00:00.000Z',
  closesAt: null,
};
const OPTIONS = [
  { key: 'b', label: { fr: 'Bé' } },
  { key: 'a', label: { fr: 'A', en: 'A' } },
];

async function vote(slug: string, participant: string, choice: string, roles: string[]): Promise<void> {
  const { written } = await castBallot(kit.db, {
    slug,
    participant,
    choices: [choice],
    roles,
    audiences: ['public'],
    now: NOW,
  });
  assert.ok(written);
}

describe('db/polls', () => {
  test('insertPoll writes the poll and its options; findPollBySlug reads them back with the theme', async () => {
    const slug = uniqueSlug();
    const theme = await findThemeBySlug(kit.db, 'modele-economique');
    await insertPoll(
      kit.db,
      slug,
      { ...FIELDS, themeId: theme?.id ?? null, maxChoices: 2, kind: 'multiple' },
      OPTIONS,
      NOW,
    );
    const poll = await findPollBySlug(kit.db, slug);
    assert.ok(poll);
    assert.equal(poll.theme?.slug, 'modele-economique');
    assert.deepEqual(poll.question, FIELDS.question);
    assert.equal(poll.kind, 'multiple');
    assert.equal(poll.maxChoices, 2);
    assert.equal(poll.allowChange, false);
    const details = (await loadPollDetails(kit.db, [poll.id], null)).get(poll.id);
    assert.deepEqual(details, { options: OPTIONS, tallies: [], ballot: null });
  });

  test('insertPoll is all or nothing: a taken slug writes no option either', async () => {
    const slug = uniqueSlug();
    await insertPoll(kit.db, slug, FIELDS, OPTIONS, NOW);
    const before = await kit.db.prepare('SELECT count(*) AS n FROM poll_options').first();
    await assert.rejects(insertPoll(kit.db, slug, FIELDS, [{ key: 'z', label: { fr: 'Z' } }], NOW), (error) =>
      isUniqueViolation(error),
    );
    assert.deepEqual(await kit.db.prepare('SELECT count(*) AS n FROM poll_options').first(), before);
  });

  test('findPollBySlug: null for an unknown slug', async () => {
    assert.equal(await findPollBySlug(kit.db, uniqueSlug()), null);
  });

  test('listPolls filters by theme, oldest first', async () => {
    const theme = await findThemeBySlug(kit.db, 'cooperative-pour-qui');
    const [first, second] = [uniqueSlug(), uniqueSlug()];
    await insertPoll(kit.db, first, { ...FIELDS, themeId: theme?.id ?? null }, OPTIONS, NOW);
    await insertPoll(kit.db, second, { ...FIELDS, themeId: theme?.id ?? null }, OPTIONS, NOW);
    await insertPoll(kit.db, uniqueSlug(), FIELDS, OPTIONS, NOW);
    const polls = await listPolls(kit.db, { themeId: theme?.id });
    assert.deepEqual(
      polls.map((poll) => poll.slug),
      [first, second],
    );
    assert.ok((await listPolls(kit.db)).length > 2);
  });

  test('loadPollDetails returns tallies and the participant’s ballot per poll', async () => {
    const [one, two] = [uniqueSlug(), uniqueSlug()];
    await insertPoll(kit.db, one, FIELDS, OPTIONS, NOW);
    await insertPoll(kit.db, two, FIELDS, OPTIONS, NOW);
    const [pollOne, pollTwo] = [await findPollBySlug(kit.db, one), await findPollBySlug(kit.db, two)];
    assert.ok(pollOne && pollTwo);
    await vote(one, 'p1', 'a', ['staff']);
    await vote(two, 'p2', 'b', ['anonymous']);

    const details = await loadPollDetails(kit.db, [pollOne.id, pollTwo.id], 'p1');
    assert.deepEqual(details.get(pollOne.id)?.ballot, { choices: ['a'], castAt: NOW, updatedAt: NOW });
    assert.equal(details.get(pollTwo.id)?.ballot, null);
    assert.deepEqual(
      details
        .get(pollOne.id)
        ?.tallies.map((tally) => `${tally.role}/${tally.optionKey}=${tally.votes}`)
        .sort(),
      ['*/*=1', '*/a=1', 'staff/*=1', 'staff/a=1'],
    );
    assert.equal(details.get(pollTwo.id)?.tallies.length, 4);
    assert.deepEqual(await loadPollDetails(kit.db, [], 'p1'), new Map());
  });

  test('loadPollSnapshot reads a poll by slug with options, tallies and the participant’s ballot', async () => {
    const slug = uniqueSlug();
    await insertPoll(kit.db, slug, FIELDS, OPTIONS, NOW);
    await vote(slug, 'reader', 'b', ['client']);
    const snapshot = await loadPollSnapshot(kit.db, slug, 'reader');
    assert.equal(snapshot?.poll.slug, slug);
    assert.deepEqual(snapshot?.details.options, OPTIONS);
    assert.deepEqual(snapshot?.details.ballot, { choices: ['b'], castAt: NOW, updatedAt: NOW });
    assert.deepEqual(snapshot?.details.tallies.map((t) => `${t.role}/${t.optionKey}=${t.votes}`).sort(), [
      '*/*=1',
      '*/b=1',
      'client/*=1',
      'client/b=1',
    ]);
    assert.equal((await loadPollSnapshot(kit.db, slug, null))?.details.ballot, null);
    assert.equal(await loadPollSnapshot(kit.db, uniqueSlug(), null), null);
  });

  test('reading results is one primary-key search on poll_tallies, never a scan of ballots', async () => {
    const { results } = await kit.db
      .prepare(`EXPLAIN QUERY PLAN ${SELECT_TALLIES}`)
      .bind('[1]')
      .all<{ detail: string }>();
    const plan = results.map((row) => row.detail).join('\n');
    assert.match(plan, /SEARCH poll_tallies USING PRIMARY KEY \(poll_id=\?\)/);
    assert.doesNotMatch(plan, /ballots|SCAN poll_tallies/);
  });

  test('updatePoll rewrites the fields and replaces the options when given', async () => {
    const slug = uniqueSlug();
    await insertPoll(kit.db, slug, FIELDS, OPTIONS, NOW);
    await updatePoll(
      kit.db,
      slug,
      { ...FIELDS, allowChange: true, closesAt: '2027-01-01T00:00:00.000Z' },
      undefined,
      NOW,
    );
    const poll = await findPollBySlug(kit.db, slug);
    assert.ok(poll);
    assert.equal(poll.allowChange, true);
    assert.equal(poll.closesAt, '2027-01-01T00:00:00.000Z');
    assert.deepEqual((await loadPollDetails(kit.db, [poll.id], null)).get(poll.id)?.options, OPTIONS);

    const replaced = [{ key: 'x', label: { fr: 'X' } }, ...OPTIONS];
    await updatePoll(kit.db, slug, FIELDS, replaced, NOW);
    assert.deepEqual((await loadPollDetails(kit.db, [poll.id], null)).get(poll.id)?.options, replaced);
  });

  test('pollHasBallots', async () => {
    const slug = uniqueSlug();
    await insertPoll(kit.db, slug, FIELDS, OPTIONS, NOW);
    const poll = await findPollBySlug(kit.db, slug);
    assert.ok(poll);
    assert.equal(await pollHasBallots(kit.db, poll.id), false);
    await vote(slug, 'p', 'a', ['anonymous']);
    assert.equal(await pollHasBallots(kit.db, poll.id), true);
  });
});
