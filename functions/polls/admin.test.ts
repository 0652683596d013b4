/**
 * The admin API: its guard, creating, editing, opening and closing polls.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { PollList, PollView } from '../../schema/polls.ts';
import {
  ADMIN,
  createPoll,
  dbTotals,
  expectNothingChanged,
  expectProblem,
  expectRefused,
  type Kit,
  mintToken,
  type RequestOptions,
  startKit,
  uniqueSlug,
  vote,
} from '../test/harness.ts';

let kit: Kit;
before(async () => {
  kit = await startKit();
});
after(() => kit.close());

const HOUR = 3_600_000;
const at = (offset: number) => new Date(Date.now() + offset).toISOString();

function patch(slug: string, json: unknown, options: RequestOptions = ADMIN) {
  return kit.request(`/api/v1/admin/polls/${slug}`, { method: 'PATCH', json, ...options });
}

async function patched(slug: string, json: unknown): Promise<PollView> {
  const response = await patch(slug, json);
  assert.equal(response.status, 200, await response.clone().text());
  return (await response.json()) as PollView;
}

describe('admin guard', () => {
  test('missing, wrong or non-bearer admin token: 401 admin_unauthorized', async () => {
    const attempts: RequestOptions[] = [
      {},
      { token: 'wrong' },
      { token: `${ADMIN.token}x` },
      { token: await mintToken() },
      { headers: { Authorization: ADMIN.token } },
    ];
    for (const options of attempts) {
      await expectProblem(await kit.request('/api/v1/admin/polls', options), 401, 'admin_unauthorized');
      const before = await dbTotals(kit.db);
      const create = await kit.request('/api/v1/admin/polls', {
        method: 'POST',
        ...options,
        json: { slug: uniqueSlug(), kind: 'motion', question: { fr: 'Q' } },
      });
      await expectProblem(create, 401, 'admin_unauthorized');
      assert.deepEqual(await dbTotals(kit.db), before);
    }
  });
});

describe('POST /api/v1/admin/polls', () => {
  test('creates a poll: 201 with the view, results always shown to admins', async () => {
    const slug = uniqueSlug();
    const response = await kit.request('/api/v1/admin/polls', {
      method: 'POST',
      ...ADMIN,
      json: {
        slug,
        theme: 'creer-son-activite',
        kind: 'multiple',
        maxChoices: 2,
        question: { fr: 'Quels outils ?', nl: 'Welke tools?' },
        resultsVisibility: 'after_close',
        opensAt: '2026-01-01T01:00:00+01:00',
        options: ['x', 'y', 'z'].map((key) => ({ key, label: { fr: key } })),
      },
    });
    assert.equal(response.status, 201);
    const poll = (await response.json()) as PollView;
    assert.equal(poll.theme?.slug, 'creer-son-activite');
    assert.equal(poll.audience, 'participants', 'default audience');
    assert.equal(poll.allowChange, false, 'default allowChange');
    assert.equal(poll.opensAt, '2026-01-01T00:00:00.000Z', 'instants are stored in UTC');
    assert.equal(poll.state, 'open');
    assert.deepEqual(poll.results?.ballots, 0);
    assert.deepEqual(
      poll.options.map((option) => option.key),
      ['x', 'y', 'z'],
    );
  });

  test('a motion gets for / against / abstain in three languages', async () => {
    const slug = await createPoll(kit, { kind: 'motion', audience: 'members', options: [] });
    const response = await kit.request(`/api/v1/polls/${slug}`);
    const { options } = (await response.json()) as PollView;
    assert.deepEqual(options, [
      { key: 'for', label: { fr: 'Pour', nl: 'Voor', en: 'For' } },
      { key: 'against', label: { fr: 'Contre', nl: 'Tegen', en: 'Against' } },
      { key: 'abstain', label: { fr: 'Abstention', nl: 'Onthouding', en: 'Abstain' } },
    ]);
  });

  test('slug taken: 409 slug_taken and nothing written', async () => {
    const slug = await createPoll(kit);
    const before = await dbTotals(kit.db);
    await expectProblem(
      await kit.request('/api/v1/admin/polls', {
        method: 'POST',
        ...ADMIN,
        json: { slug, kind: 'motion', question: { fr: 'Encore ?' } },
      }),
      409,
      'slug_taken',
    );
    assert.deepEqual(await dbTotals(kit.db), before);
  });

  test('unknown theme: 404 theme_not_found; invalid poll: 400 validation_failed', async () => {
    const post = (json: unknown) => kit.request('/api/v1/admin/polls', { method: 'POST', ...ADMIN, json });
    const base = { slug: uniqueSlug(), kind: 'motion', question: { fr: 'Q' } };
    await expectProblem(await post({ ...base, theme: 'no-such-theme' }), 404, 'theme_not_found');
    const invalid = [
      { ...base, kind: 'single', options: [{ key: 'only', label: { fr: 'Seule' } }] },
      { ...base, opensAt: at(HOUR), closesAt: at(-HOUR) },
      { ...base, question: { nl: 'geen Frans' } },
      { ...base, slug: 'Bad Slug' },
    ];
    for (const json of invalid) {
      const problem = await expectProblem(await post(json), 400, 'validation_failed');
      assert.ok(problem.issues?.length, JSON.stringify(json));
    }
  });
});

describe('PATCH /api/v1/admin/polls/:slug', () => {
  test('edits fields and keeps the others', async () => {
    const slug = await createPoll(kit, { theme: 'modele-economique', description: { fr: 'Avant' } });
    const poll = await patched(slug, {
      question: { fr: 'Nouvelle question', en: 'New question' },
      description: null,
      allowChange: true,
      theme: 'entreprise-partagee',
    });
    assert.deepEqual(poll.question, { fr: 'Nouvelle question', en: 'New question' });
    assert.equal(poll.description, null);
    assert.equal(poll.allowChange, true);
    assert.equal(poll.theme?.slug, 'entreprise-partagee');
    assert.equal(poll.kind, 'single');
    assert.deepEqual(
      poll.options.map((option) => option.key),
      ['yes', 'no'],
    );
  });

  test('open: opens now and drops a closing date in the past', async () => {
    const slug = await createPoll(kit, { opensAt: at(-2 * HOUR), closesAt: at(-HOUR) });
    const poll = await patched(slug, { action: 'open' });
    assert.equal(poll.state, 'open');
    assert.equal(poll.closesAt, null);
    assert.ok(Math.abs(Date.parse(String(poll.opensAt)) - Date.now()) < 60_000);
    assert.equal((await vote(kit, slug, ['yes'], { token: await mintToken() })).status, 200);
  });

  test('open keeps a future closing date; close closes now', async () => {
    const closesAt = new Date(Date.now() + HOUR).toISOString();
    const slug = await createPoll(kit, { opensAt: null, closesAt });
    assert.equal((await patched(slug, { action: 'open' })).closesAt, closesAt);
    const closed = await patched(slug, { action: 'close' });
    assert.equal(closed.state, 'closed');
    const token = await mintToken();
    await expectRefused(kit, slug, () => vote(kit, slug, ['yes'], { token }), 409, 'poll_not_open');
  });

  test('closing a poll that never opened keeps it closed', async () => {
    const slug = await createPoll(kit, { opensAt: at(HOUR) });
    const poll = await patched(slug, { action: 'close' });
    assert.equal(poll.state, 'closed');
    assert.equal(poll.opensAt, null);
  });

  test('options can change before the first ballot, not after: 409 poll_has_ballots', async () => {
    const slug = await createPoll(kit);
    const options = ['red', 'green', 'blue'].map((key) => ({ key, label: { fr: key } }));
    assert.deepEqual(
      (await patched(slug, { options })).options.map((option) => option.key),
      ['red', 'green', 'blue'],
    );
    await vote(kit, slug, ['red'], { token: await mintToken() });
    const problem = await expectRefused(
      kit,
      slug,
      () => patch(slug, { options: options.slice(0, 2), question: { fr: 'Changée ?' } }),
      409,
      'poll_has_ballots',
    );
    assert.match(String(problem.detail), /ballots/);
    const kindChange = await patch(slug, { kind: 'motion', options: [] });
    await expectProblem(kindChange, 409, 'poll_has_ballots');
    // Resending the same options with other edits is fine.
    assert.deepEqual((await patched(slug, { options, question: { fr: 'Reformulée' } })).question, {
      fr: 'Reformulée',
    });
  });

  test('the merged poll is validated: 400 validation_failed', async () => {
    const slug = await createPoll(kit, { opensAt: at(-HOUR), closesAt: at(HOUR) });
    const problem = await expectProblem(
      await patch(slug, { opensAt: at(2 * HOUR) }),
      400,
      'validation_failed',
    );
    assert.match(JSON.stringify(problem.issues), /closesAt must come after opensAt/);
    await expectProblem(await patch(slug, { maxChoices: 2 }), 400, 'validation_failed');
    await expectProblem(await patch(slug, { kind: 'multiple', maxChoices: 5 }), 400, 'validation_failed');
    await expectProblem(await patch(slug, { action: 'reopen' }), 400, 'validation_failed');
  });

  test('unknown poll: 404 poll_not_found; unknown theme: 404 theme_not_found', async () => {
    await expectProblem(await patch(uniqueSlug(), { action: 'open' }), 404, 'poll_not_found');
    const slug = await createPoll(kit);
    await expectProblem(await patch(slug, { theme: 'no-such-theme' }), 404, 'theme_not_found');
  });
});

describe('an edit the server would not apply is refused, not dropped', () => {
  const stored = (slug: string) => kit.db.prepare('SELECT * FROM polls WHERE slug = ?1').bind(slug).first();

  test('a JSON array (or any body but an object) is a 400, and the poll stays as it was', async () => {
    const slug = await createPoll(kit);
    const before = await stored(slug);
    for (const body of [[], [{ question: { fr: 'Changée ?' } }]]) {
      const problem = await expectNothingChanged(kit, () => patch(slug, body), 400, 'validation_failed');
      assert.deepEqual(problem.issues, [{ path: '', message: 'the body must be a JSON object' }]);
    }
    assert.deepEqual(await stored(slug), before);
  });

  test('options on a motion: 400 naming the field; none, or the motion’s own, are no edit', async () => {
    const slug = await createPoll(kit, { kind: 'motion', options: [] });
    const options = [
      { key: 'yes', label: { fr: 'Oui' } },
      { key: 'no', label: { fr: 'Non' } },
    ];
    const problem = await expectNothingChanged(kit, () => patch(slug, { options }), 400, 'validation_failed');
    assert.deepEqual(problem.issues, [
      { path: 'options', message: 'a motion’s options are always for, against and abstain: send none' },
    ]);
    // Turning a poll into a motion with options of its own: the same.
    const single = await createPoll(kit);
    await expectNothingChanged(
      kit,
      () => patch(single, { kind: 'motion', options }),
      400,
      'validation_failed',
    );

    const motion = await patched(slug, { question: { fr: 'Motion ?' }, options: [] });
    assert.deepEqual(
      (await patched(slug, { options: motion.options })).options.map((option) => option.key),
      ['for', 'against', 'abstain'],
    );
  });

  test('action and the date it sets, both sent: 400; a date sent with the other action is checked as sent', async () => {
    const slug = await createPoll(kit, { opensAt: at(-2 * HOUR), closesAt: at(-HOUR) });
    const opening = await expectNothingChanged(
      kit,
      () => patch(slug, { action: 'open', opensAt: at(HOUR) }),
      400,
      'validation_failed',
    );
    assert.equal(opening.issues?.[0].path, 'opensAt');
    const closing = await expectNothingChanged(
      kit,
      () => patch(slug, { action: 'close', closesAt: at(HOUR) }),
      400,
      'validation_failed',
    );
    assert.equal(closing.issues?.[0].path, 'closesAt');
    // A closing date in the past sent with "open" would be dropped: it is refused instead.
    const pastClose = await expectNothingChanged(
      kit,
      () => patch(slug, { action: 'open', closesAt: at(-HOUR) }),
      400,
      'validation_failed',
    );
    assert.match(JSON.stringify(pastClose.issues), /closesAt must come after opensAt/);
    // A future one is applied.
    const closesAt = at(2 * HOUR);
    assert.equal((await patched(slug, { action: 'open', closesAt })).closesAt, closesAt);
  });

  test('a field the server does not know (a typo, the slug): 400, on edit and on creation', async () => {
    const slug = await createPoll(kit);
    for (const body of [
      { slug: uniqueSlug() },
      { questoin: { fr: 'Typo ?' } },
      { resultsVisibilty: 'live' },
    ]) {
      const problem = await expectNothingChanged(kit, () => patch(slug, body), 400, 'validation_failed');
      assert.equal(problem.issues?.[0].path, Object.keys(body)[0]);
    }
    await expectNothingChanged(
      kit,
      () =>
        kit.request('/api/v1/admin/polls', {
          method: 'POST',
          ...ADMIN,
          json: { slug: uniqueSlug(), kind: 'motion', question: { fr: 'Q ?' }, closes_at: at(HOUR) },
        }),
      400,
      'validation_failed',
    );
  });
});

describe('GET /api/v1/admin/polls', () => {
  test('lists every poll with its results, whatever their visibility', async () => {
    const slug = await createPoll(kit, { resultsVisibility: 'after_close', audience: 'participants' });
    await vote(kit, slug, ['no'], { token: await mintToken() });
    const response = await kit.request('/api/v1/admin/polls', ADMIN);
    assert.equal(response.status, 200);
    const { polls } = (await response.json()) as PollList;
    const poll = polls.find((candidate) => candidate.slug === slug);
    assert.equal(poll?.results?.ballots, 1);
    assert.equal(poll?.myBallot, null);
  });
});
