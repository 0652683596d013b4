/**
 * The demo seed: what the example page relies on, and idempotence.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { PollView } from '../../schema/polls.ts';
import {
  dbTotals,
  type Kit,
  mintToken,
  pollCounts,
  seedDemo,
  startKit,
  talliesFromBallots,
} from '../test/harness.ts';

let kit: Kit;
before(async () => {
  kit = await startKit();
});
after(() => kit.close());

const seed = () => seedDemo(kit.db);

async function view(slug: string, token?: string): Promise<PollView> {
  const response = await kit.request(`/api/v1/polls/${slug}`, { token });
  assert.equal(response.status, 200);
  return (await response.json()) as PollView;
}

describe('schema/seed: polls', () => {
  test('creates the polls of the example page, open, with counted ballots', async () => {
    await seed();
    const member = await mintToken({ member: true });

    const motion = await view('deploiement-france', member);
    assert.equal(motion.kind, 'motion');
    assert.equal(motion.audience, 'members');
    assert.equal(motion.theme?.slug, 'entreprise-partagee');
    assert.match(motion.question.fr, /déployer la démarche Smart in Progress en France/);
    assert.ok(motion.question.nl && motion.question.en);
    assert.equal(motion.allowChange, true);
    assert.equal(motion.state, 'open');
    assert.deepEqual(
      motion.options.map((option) => option.key),
      ['for', 'against', 'abstain'],
    );

    const tools = await view('outils-en-ligne');
    assert.equal(tools.kind, 'single');
    assert.equal(tools.audience, 'public');
    assert.equal(tools.resultsVisibility, 'live');
    assert.equal(tools.options.length, 4);
    assert.ok(tools.options.every((option) => option.label.fr && option.label.nl && option.label.en));
    assert.ok((tools.results?.ballots ?? 0) > 0);

    const contribution = await view('modele-contribution', member);
    assert.equal(contribution.kind, 'multiple');
    assert.equal(contribution.maxChoices, 2);
    assert.equal(contribution.audience, 'participants');
    assert.equal(contribution.resultsVisibility, 'after_vote');
    assert.equal(contribution.theme?.slug, 'modele-economique');

    for (const slug of ['deploiement-france', 'outils-en-ligne', 'modele-contribution']) {
      assert.deepEqual((await pollCounts(kit.db, slug)).tallies, await talliesFromBallots(kit.db, slug));
    }
  });

  test('a second run adds nothing', async () => {
    await seed();
    const before = await dbTotals(kit.db);
    const options = await kit.db.prepare('SELECT count(*) AS n FROM poll_options').first<{ n: number }>();
    await seed();
    assert.deepEqual(await dbTotals(kit.db), before);
    assert.deepEqual(await kit.db.prepare('SELECT count(*) AS n FROM poll_options').first(), options);
  });
});
