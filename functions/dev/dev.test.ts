/**
 * Demo identities (DEV_TOKENS=true): the people list and their tokens, which
 * the Worker accepts like any host site's. The production answer (404) is in
 * app.test.ts.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { decode } from 'hono/jwt';
import type { PollView } from '../../schema/polls.ts';
import { createPoll, expectProblem, type Kit, startKit, TEST_AUDIENCE, vote } from '../test/harness.ts';

let kit: Kit;
before(async () => {
  kit = await startKit();
});
after(() => kit.close());

type Person = { id: string; name: string; roles: string[]; member: boolean };

async function token(id: string): Promise<string> {
  const response = await kit.request(`/api/v1/dev/people/${id}/token`);
  assert.equal(response.status, 200);
  return ((await response.json()) as { token: string }).token;
}

describe('dev tokens', () => {
  test('lists demo people of several roles, members and not', async () => {
    const response = await kit.request('/api/v1/dev/people');
    assert.equal(response.status, 200);
    const { people } = (await response.json()) as { people: Person[] };
    assert.ok(people.length >= 5);
    assert.deepEqual(
      people.find((person) => person.id === 'amelie'),
      { id: 'amelie', name: 'Amélie Dubois', roles: ['freelancer', 'member'], member: true },
    );
    assert.ok(people.some((person) => !person.member));
    assert.ok(new Set(people.flatMap((person) => person.roles)).size >= 4);
  });

  test('mints a 15-minute HS256 token of the demo site', async () => {
    const { header, payload } = decode(await token('bruno'));
    assert.equal(header.alg, 'HS256');
    assert.equal(payload.iss, 'demo');
    assert.equal(payload.aud, TEST_AUDIENCE);
    assert.equal(payload.sub, 'demo-bruno');
    assert.equal(Number(payload.exp) - Number(payload.iat), 900);
    assert.equal(payload.member, false);
  });

  test('the tokens work: a member votes on a members’ motion, a non-member is refused', async () => {
    const slug = await createPoll(kit, { kind: 'motion', audience: 'members', options: [] });
    const response = await vote(kit, slug, ['for'], { token: await token('amelie') });
    assert.equal(response.status, 200);
    const poll = (await response.json()) as PollView;
    assert.deepEqual(
      poll.results?.byRole.map((entry) => entry.role),
      ['freelancer', 'member'],
    );
    await expectProblem(await vote(kit, slug, ['for'], { token: await token('dirk') }), 403, 'members_only');
  });

  test('unknown person: 404 not_found', async () => {
    await expectProblem(await kit.request('/api/v1/dev/people/zoe/token'), 404, 'not_found');
  });
});
