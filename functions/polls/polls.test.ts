/**
 * Reading polls: state, visibility of results, eligibility, lists.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { PollList, PollView } from '../../schema/polls.ts';
import {
  createPoll,
  expectProblem,
  type Kit,
  mintToken,
  startKit,
  uniqueIp,
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

async function view(slug: string, options: Parameters<Kit['request']>[1] = {}): Promise<PollView> {
  const response = await kit.request(`/api/v1/polls/${slug}`, options);
  assert.equal(response.status, 200);
  return (await response.json()) as PollView;
}

describe('GET /api/v1/polls/:slug', () => {
  test('returns the poll with its options in order and counts from the tallies', async () => {
    const slug = await createPoll(kit, {
      theme: 'modele-economique',
      description: { fr: 'Contexte' },
      options: ['c', 'a', 'b'].map((key) => ({ key, label: { fr: key.toUpperCase() } })),
    });
    await vote(kit, slug, ['a'], { token: await mintToken({ roles: ['freelancer', 'member'] }) });
    await vote(kit, slug, ['b'], { anonymousId: crypto.randomUUID(), ip: uniqueIp() });
    await vote(kit, slug, ['a'], { token: await mintToken() });

    const poll = await view(slug);
    assert.equal(poll.slug, slug);
    assert.equal(poll.theme?.slug, 'modele-economique');
    assert.deepEqual(poll.description, { fr: 'Contexte' });
    assert.deepEqual(
      poll.options.map((option) => option.key),
      ['c', 'a', 'b'],
    );
    assert.deepEqual(poll.results, {
      ballots: 3,
      options: [
        { key: 'c', votes: 0 },
        { key: 'a', votes: 2 },
        { key: 'b', votes: 1 },
      ],
      byRole: [
        {
          role: 'freelancer',
          ballots: 1,
          options: [
            { key: 'c', votes: 0 },
            { key: 'a', votes: 1 },
            { key: 'b', votes: 0 },
          ],
        },
        {
          role: 'member',
          ballots: 1,
          options: [
            { key: 'c', votes: 0 },
            { key: 'a', votes: 1 },
            { key: 'b', votes: 0 },
          ],
        },
        {
          role: 'unspecified',
          ballots: 1,
          options: [
            { key: 'c', votes: 0 },
            { key: 'a', votes: 1 },
            { key: 'b', votes: 0 },
          ],
        },
        {
          role: 'anonymous',
          ballots: 1,
          options: [
            { key: 'c', votes: 0 },
            { key: 'a', votes: 0 },
            { key: 'b', votes: 1 },
          ],
        },
      ],
    });
  });

  test('computes the state from the dates', async () => {
    const never = await createPoll(kit, { opensAt: null });
    const later = await createPoll(kit, { opensAt: at(HOUR) });
    const open = await createPoll(kit, { opensAt: at(-HOUR), closesAt: at(HOUR) });
    const closed = await createPoll(kit, { opensAt: at(-2 * HOUR), closesAt: at(-HOUR) });
    assert.equal((await view(never)).state, 'upcoming');
    assert.equal((await view(later)).state, 'upcoming');
    assert.equal((await view(open)).state, 'open');
    assert.equal((await view(closed)).state, 'closed');
    assert.deepEqual((await view(closed)).eligibility, { canVote: false, reason: 'poll_not_open' });
    assert.deepEqual((await view(later)).eligibility, { canVote: false, reason: 'poll_not_open' });
  });

  test('unknown poll: 404 poll_not_found; malformed slug: 400 validation_failed', async () => {
    await expectProblem(await kit.request('/api/v1/polls/no-such-poll'), 404, 'poll_not_found');
    const problem = await expectProblem(
      await kit.request('/api/v1/polls/Not_A_Slug'),
      400,
      'validation_failed',
    );
    assert.equal(problem.issues?.[0].path, 'slug');
  });
});

describe('results visibility', () => {
  test('live: visible to everybody before voting', async () => {
    const slug = await createPoll(kit, { resultsVisibility: 'live' });
    assert.equal((await view(slug)).results?.ballots, 0);
  });

  test('after_vote: hidden until the caller voted, then shown to them only; shown to all once closed', async () => {
    const slug = await createPoll(kit, { resultsVisibility: 'after_vote', audience: 'participants' });
    const voter = await mintToken({ sub: 'voter' });
    const other = await mintToken({ sub: 'other' });
    assert.equal((await view(slug, { token: voter })).results, null);

    const response = await vote(kit, slug, ['yes'], { token: voter });
    assert.equal(response.status, 200);
    const afterVote = (await response.json()) as PollView;
    assert.equal(afterVote.results?.ballots, 1, 'the ballot answer carries the results at once');
    assert.equal((await view(slug, { token: voter })).results?.ballots, 1);
    assert.equal((await view(slug, { token: other })).results, null);
    assert.equal((await view(slug)).results, null);

    await close(slug);
    assert.equal((await view(slug)).results?.ballots, 1);
  });

  test('after_close: hidden even after voting while open; shown once closed', async () => {
    const slug = await createPoll(kit, { resultsVisibility: 'after_close', audience: 'participants' });
    const token = await mintToken();
    const voted = (await (await vote(kit, slug, ['no'], { token })).json()) as PollView;
    assert.equal(voted.results, null);
    assert.deepEqual(voted.myBallot?.choices, ['no']);
    await close(slug);
    assert.deepEqual((await view(slug, { token })).results?.options, [
      { key: 'yes', votes: 0 },
      { key: 'no', votes: 1 },
    ]);
  });
});

describe('myBallot and eligibility', () => {
  test('myBallot belongs to the caller only', async () => {
    const slug = await createPoll(kit, { audience: 'participants' });
    const token = await mintToken({ sub: 'me' });
    await vote(kit, slug, ['yes'], { token });
    const mine = await view(slug, { token });
    assert.deepEqual(mine.myBallot?.choices, ['yes']);
    assert.equal(mine.myBallot?.castAt, mine.myBallot?.updatedAt);
    assert.equal((await view(slug, { token: await mintToken({ sub: 'someone-else' }) })).myBallot, null);
    assert.equal((await view(slug)).myBallot, null);
  });

  test('gives the first reason a caller may not vote', async () => {
    const members = await createPoll(kit, { audience: 'members', kind: 'motion', options: [] });
    const participants = await createPoll(kit, { audience: 'participants' });
    const anonymous = { anonymousId: crypto.randomUUID() };
    const member = await mintToken({ member: true });

    assert.deepEqual((await view(members, anonymous)).eligibility, {
      canVote: false,
      reason: 'sign_in_required',
    });
    assert.deepEqual((await view(participants)).eligibility, { canVote: false, reason: 'sign_in_required' });
    assert.deepEqual((await view(members, { token: await mintToken() })).eligibility, {
      canVote: false,
      reason: 'members_only',
    });
    assert.deepEqual((await view(members, { token: member })).eligibility, { canVote: true, reason: null });

    await vote(kit, members, ['for'], { token: member });
    assert.deepEqual((await view(members, { token: member })).eligibility, {
      canVote: false,
      reason: 'ballot_already_cast',
    });
  });

  test('a voter who may change their ballot can still vote', async () => {
    const slug = await createPoll(kit, { allowChange: true });
    const anonymous = { anonymousId: crypto.randomUUID(), ip: uniqueIp() };
    await vote(kit, slug, ['yes'], anonymous);
    assert.deepEqual((await view(slug, anonymous)).eligibility, { canVote: true, reason: null });
  });
});

describe('GET /api/v1/polls?theme=', () => {
  test('lists the polls of a theme as the caller sees them', async () => {
    const first = await createPoll(kit, { theme: 'cooperative-pour-qui', resultsVisibility: 'after_vote' });
    const second = await createPoll(kit, { theme: 'cooperative-pour-qui' });
    await createPoll(kit, { theme: 'creer-son-activite' });
    const token = await mintToken();
    await vote(kit, first, ['yes'], { token });

    const response = await kit.request('/api/v1/polls?theme=cooperative-pour-qui', { token });
    assert.equal(response.status, 200);
    const { polls } = (await response.json()) as PollList;
    assert.deepEqual(
      polls.map((poll) => poll.slug),
      [first, second],
    );
    assert.deepEqual(polls[0].myBallot?.choices, ['yes']);
    assert.equal(polls[0].results?.ballots, 1);
    assert.equal(polls[1].myBallot, null);
  });

  test('without a theme lists every poll', async () => {
    const slug = await createPoll(kit);
    const { polls } = (await (await kit.request('/api/v1/polls')).json()) as PollList;
    assert.ok(polls.some((poll) => poll.slug === slug));
  });

  test('unknown theme: 404 theme_not_found', async () => {
    await expectProblem(
      await kit.request(`/api/v1/polls?theme=${uniqueSlug('theme')}`),
      404,
      'theme_not_found',
    );
  });
});

describe('GET /api/v1/themes', () => {
  test('lists the four themes in position order', async () => {
    const response = await kit.request('/api/v1/themes');
    assert.equal(response.status, 200);
    const { themes } = (await response.json()) as { themes: { slug: string; position: number }[] };
    assert.deepEqual(
      themes.map((theme) => theme.slug),
      ['cooperative-pour-qui', 'modele-economique', 'creer-son-activite', 'entreprise-partagee'],
    );
    assert.deepEqual(
      themes.map((theme) => theme.position),
      [1, 2, 3, 4],
    );
  });
});

async function close(slug: string): Promise<void> {
  const response = await kit.request(`/api/v1/admin/polls/${slug}`, {
    method: 'PATCH',
    token: 'test-admin-token-0123456789',
    json: { action: 'close' },
  });
  assert.equal(response.status, 200);
}

describe('GET /api/v1/polls/:slug: conditional reads (live results)', () => {
  test('an ETag; the same one sent back is a bodiless 304 until a ballot moves the results', async () => {
    const slug = await createPoll(kit);
    const first = await kit.request(`/api/v1/polls/${slug}`);
    const etag = first.headers.get('ETag');
    assert.match(etag ?? '', /^"[A-Za-z0-9_-]+"$/);
    assert.equal(first.headers.get('Cache-Control'), 'private, no-cache');
    await first.arrayBuffer();

    const unchanged = await kit.request(`/api/v1/polls/${slug}`, {
      headers: { 'If-None-Match': etag ?? '' },
    });
    assert.equal(unchanged.status, 304);
    assert.equal(await unchanged.text(), '');
    assert.equal(unchanged.headers.get('ETag'), etag);

    await (await vote(kit, slug, ['yes'], { token: await mintToken() })).arrayBuffer();
    const moved = await kit.request(`/api/v1/polls/${slug}`, {
      headers: { 'If-None-Match': `W/${etag}, "other"` },
    });
    assert.equal(moved.status, 200);
    assert.notEqual(moved.headers.get('ETag'), etag);
    assert.equal(((await moved.json()) as PollView).results?.ballots, 1);
  });
});
