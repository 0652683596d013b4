/**
 * Casting and changing ballots, and every way a ballot is refused — each
 * refusal checked to leave the database as it was.
 */
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { PollView } from '../../schema/polls.ts';
import {
  createPoll,
  expectRefused,
  type Kit,
  mintToken,
  pollCounts,
  startKit,
  TEST_SECRETS,
  talliesFromBallots,
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
const THREE_OPTIONS = ['a', 'b', 'c'].map((key) => ({ key, label: { fr: key } }));

describe('casting a ballot', () => {
  test('single choice: 200 with the updated view, counted once under each role', async () => {
    const slug = await createPoll(kit);
    const response = await vote(kit, slug, ['yes'], { token: await mintToken({ roles: ['staff'] }) });
    assert.equal(response.status, 200);
    const poll = (await response.json()) as PollView;
    assert.deepEqual(poll.myBallot?.choices, ['yes']);
    assert.deepEqual(poll.results?.options, [
      { key: 'yes', votes: 1 },
      { key: 'no', votes: 0 },
    ]);
    assert.deepEqual(await pollCounts(kit.db, slug), {
      ballots: 1,
      tallies: { '*/*': 1, '*/yes': 1, 'staff/*': 1, 'staff/yes': 1 },
    });
  });

  test('multiple choice: up to maxChoices options', async () => {
    const slug = await createPoll(kit, { kind: 'multiple', maxChoices: 2, options: THREE_OPTIONS });
    const response = await vote(kit, slug, ['c', 'a'], { token: await mintToken() });
    assert.equal(response.status, 200);
    const { results } = (await response.json()) as PollView;
    assert.equal(results?.ballots, 1);
    assert.deepEqual(
      results?.options.map((option) => option.votes),
      [1, 0, 1],
    );
  });

  test('multiple choice without maxChoices: any number of distinct options', async () => {
    const slug = await createPoll(kit, { kind: 'multiple', options: THREE_OPTIONS });
    assert.equal((await vote(kit, slug, ['a', 'b', 'c'], { token: await mintToken() })).status, 200);
  });

  test('motion: a member votes for, against or abstains', async () => {
    const slug = await createPoll(kit, { kind: 'motion', audience: 'members', options: [] });
    for (const choice of ['for', 'against', 'abstain', 'for']) {
      const response = await vote(kit, slug, [choice], {
        token: await mintToken({ member: true, roles: ['member'] }),
      });
      assert.equal(response.status, 200);
    }
    const counts = await pollCounts(kit.db, slug);
    assert.equal(counts.ballots, 4);
    assert.deepEqual(
      [
        counts.tallies['*/for'],
        counts.tallies['*/against'],
        counts.tallies['*/abstain'],
        counts.tallies['member/*'],
      ],
      [2, 1, 1, 4],
    );
  });

  test('stores keyed hashes, never the host id or e-mail', async () => {
    const slug = await createPoll(kit);
    const sub = 'alice@example.org';
    const anonymousId = crypto.randomUUID();
    await vote(kit, slug, ['yes'], { token: await mintToken({ sub, site: 'site-a', roles: ['client'] }) });
    await vote(kit, slug, ['no'], { token: await mintToken({ sub, site: 'site-b' }) });
    await vote(kit, slug, ['no'], { anonymousId, ip: uniqueIp() });

    const { results } = await kit.db
      .prepare(
        'SELECT * FROM ballots WHERE poll_id = (SELECT id FROM polls WHERE slug = ?1) ORDER BY cast_at',
      )
      .bind(slug)
      .all<Record<string, string>>();
    const key = TEST_SECRETS.PARTICIPANT_KEY;
    const hmac = (subject: string) => createHmac('sha256', key).update(subject).digest('base64url');
    assert.deepEqual(
      results.map((row) => row.participant),
      [hmac(`site-a:${sub}`), hmac(`site-b:${sub}`), hmac(`anon:${anonymousId}`)],
      'the same person on two sites is two participants',
    );
    assert.deepEqual(
      results.map((row) => row.roles),
      ['["client"]', '["unspecified"]', '["anonymous"]'],
    );
    const stored = JSON.stringify(results);
    assert.ok(!stored.includes('alice') && !stored.includes(anonymousId));
  });
});

describe('changing a ballot', () => {
  test('allowed: the ballot is replaced and the tallies follow', async () => {
    const slug = await createPoll(kit, { allowChange: true, kind: 'multiple', options: THREE_OPTIONS });
    const token = await mintToken({ roles: ['partner'] });
    const first = (await (await vote(kit, slug, ['a', 'b'], { token })).json()) as PollView;
    const changed = await vote(kit, slug, ['c'], { token });
    assert.equal(changed.status, 200);
    const second = (await changed.json()) as PollView;
    assert.deepEqual(second.myBallot?.choices, ['c']);
    assert.equal(second.myBallot?.castAt, first.myBallot?.castAt);
    assert.ok(String(second.myBallot?.updatedAt) >= String(first.myBallot?.updatedAt));

    const counts = await pollCounts(kit.db, slug);
    assert.deepEqual(counts, {
      ballots: 1,
      tallies: { '*/*': 1, '*/c': 1, 'partner/*': 1, 'partner/c': 1 },
    });
    assert.deepEqual(counts.tallies, await talliesFromBallots(kit.db, slug));
  });

  test('not allowed: a second ballot is 409 ballot_already_cast and changes nothing', async () => {
    const slug = await createPoll(kit);
    const token = await mintToken();
    await vote(kit, slug, ['yes'], { token });
    await expectRefused(kit, slug, () => vote(kit, slug, ['no'], { token }), 409, 'ballot_already_cast');
  });
});

describe('refused ballots leave the database unchanged', () => {
  let slug: string;
  let token: string;
  before(async () => {
    slug = await createPoll(kit, {
      kind: 'multiple',
      maxChoices: 2,
      options: THREE_OPTIONS,
      audience: 'participants',
    });
    token = await mintToken();
    await vote(kit, slug, ['a'], { token: await mintToken() });
  });
  const ballotPath = () => `/api/v1/polls/${slug}/ballot`;

  test('malformed JSON: 400 invalid_json', async () => {
    await expectRefused(
      kit,
      slug,
      () =>
        kit.request(ballotPath(), {
          method: 'POST',
          token,
          headers: { 'Content-Type': 'application/json' },
          body: '{"choices": [',
        }),
      400,
      'invalid_json',
    );
  });

  test('wrong or missing content type: 415 unsupported_media_type', async () => {
    const body = JSON.stringify({ choices: ['a'] });
    for (const headers of [
      { 'Content-Type': 'text/plain' },
      { 'Content-Type': 'application/x-www-form-urlencoded' },
      {},
    ] as Record<string, string>[]) {
      await expectRefused(
        kit,
        slug,
        () => kit.request(ballotPath(), { method: 'POST', token, headers, body }),
        415,
        'unsupported_media_type',
      );
    }
  });

  test('application/json with a charset is accepted', async () => {
    const response = await kit.request(ballotPath(), {
      method: 'POST',
      token: await mintToken(),
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ choices: ['b'] }),
    });
    assert.equal(response.status, 200);
  });

  test('wrong types: 400 validation_failed with the field issues', async () => {
    for (const body of [{ choices: 'a' }, { choices: [] }, { choices: [1] }, {}, ['a']]) {
      const problem = await expectRefused(
        kit,
        slug,
        () => kit.request(ballotPath(), { method: 'POST', token, json: body }),
        400,
        'validation_failed',
      );
      assert.ok(problem.issues && problem.issues.length > 0, JSON.stringify(body));
    }
    const problem = await expectRefused(
      kit,
      slug,
      () => vote(kit, slug, 'a', { token }),
      400,
      'validation_failed',
    );
    assert.equal(problem.issues?.[0].path, 'choices');
  });

  test('unknown poll: 404 poll_not_found', async () => {
    const missing = uniqueSlug('missing');
    await expectRefused(kit, missing, () => vote(kit, missing, ['a'], { token }), 404, 'poll_not_found');
  });

  test('option not in poll, or chosen twice: 422 option_not_in_poll', async () => {
    await expectRefused(kit, slug, () => vote(kit, slug, ['zzz'], { token }), 422, 'option_not_in_poll');
    await expectRefused(kit, slug, () => vote(kit, slug, ['a', 'a'], { token }), 422, 'option_not_in_poll');
  });

  test('too many choices: 422 too_many_choices', async () => {
    await expectRefused(
      kit,
      slug,
      () => vote(kit, slug, ['a', 'b', 'c'], { token }),
      422,
      'too_many_choices',
    );
    const single = await createPoll(kit);
    await expectRefused(
      kit,
      single,
      () => vote(kit, single, ['yes', 'no'], { token }),
      422,
      'too_many_choices',
    );
  });

  test('poll not open (upcoming, never opened, closed): 409 poll_not_open', async () => {
    const upcoming = await createPoll(kit, { opensAt: at(HOUR) });
    const unopened = await createPoll(kit, { opensAt: null });
    const closed = await createPoll(kit, { opensAt: at(-2 * HOUR), closesAt: at(-HOUR) });
    for (const poll of [upcoming, unopened, closed]) {
      await expectRefused(kit, poll, () => vote(kit, poll, ['yes'], { token }), 409, 'poll_not_open');
    }
  });

  test('anonymous on a participants’ or members’ poll: 401 sign_in_required', async () => {
    const members = await createPoll(kit, { kind: 'motion', audience: 'members', options: [] });
    const anonymous = { anonymousId: crypto.randomUUID(), ip: uniqueIp() };
    await expectRefused(kit, members, () => vote(kit, members, ['for'], anonymous), 401, 'sign_in_required');
    await expectRefused(
      kit,
      members,
      () => vote(kit, members, ['for'], { ip: uniqueIp() }),
      401,
      'sign_in_required',
    );
    await expectRefused(kit, slug, () => vote(kit, slug, ['a'], anonymous), 401, 'sign_in_required');
  });

  test('a non-member on a members’ poll: 403 members_only', async () => {
    const members = await createPoll(kit, { kind: 'motion', audience: 'members', options: [] });
    const nonMember = await mintToken({ roles: ['member'], member: false });
    await expectRefused(
      kit,
      members,
      () => vote(kit, members, ['for'], { token: nonMember }),
      403,
      'members_only',
    );
  });

  test('an anonymous id is one visitor in any case: a second ballot in capitals is the same voter', async () => {
    const slug = await createPoll(kit);
    const uuid = crypto.randomUUID();
    assert.equal((await vote(kit, slug, ['yes'], { anonymousId: uuid, ip: uniqueIp() })).status, 200);
    await expectRefused(
      kit,
      slug,
      () => vote(kit, slug, ['no'], { anonymousId: uuid.toUpperCase(), ip: uniqueIp() }),
      409,
      'ballot_already_cast',
    );
    const seen = await kit.request(`/api/v1/polls/${slug}`, { anonymousId: uuid.toUpperCase() });
    assert.deepEqual(((await seen.json()) as PollView).myBallot?.choices, ['yes']);
  });

  test('anonymous without a Sip-Participant uuid on a public poll: 400 validation_failed', async () => {
    const open = await createPoll(kit);
    for (const headers of [{}, { 'Sip-Participant': 'not-a-uuid' }] as Record<string, string>[]) {
      const problem = await expectRefused(
        kit,
        open,
        () => vote(kit, open, ['yes'], { headers, ip: uniqueIp() }),
        400,
        'validation_failed',
      );
      assert.equal(problem.issues?.[0].path, 'Sip-Participant');
    }
  });

  test('checks come in order: existence, audience, state, options, count', async () => {
    const closedMembers = await createPoll(kit, {
      kind: 'motion',
      audience: 'members',
      options: [],
      opensAt: at(-2 * HOUR),
      closesAt: at(-HOUR),
    });
    const nonMember = await mintToken();
    await expectRefused(
      kit,
      closedMembers,
      () => vote(kit, closedMembers, ['x', 'y'], { token: nonMember }),
      403,
      'members_only',
    );
    const member = await mintToken({ member: true });
    await expectRefused(
      kit,
      closedMembers,
      () => vote(kit, closedMembers, ['x', 'y'], { token: member }),
      409,
      'poll_not_open',
    );
    await expectRefused(
      kit,
      slug,
      () => vote(kit, slug, ['zzz', 'a', 'b'], { token }),
      422,
      'option_not_in_poll',
    );
  });
});
