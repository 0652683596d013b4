/**
 * Host-site tokens: what is accepted, and every way a token is refused (401
 * invalid_token, nothing written, the token never echoed).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sign } from 'hono/jwt';
import type { PollView } from '../schema/polls.ts';
import {
  createPoll,
  expectRefused,
  forgeToken,
  type Kit,
  mintToken,
  pollCounts,
  startKit,
  TEST_MAX_TTL,
  TEST_SITE_SECRETS,
  tokenPayload,
  vote,
} from './test/harness.ts';

let kit: Kit;
let slug: string;
before(async () => {
  kit = await startKit();
  slug = await createPoll(kit, { audience: 'participants', allowChange: true });
});
after(() => kit.close());

const now = () => Math.floor(Date.now() / 1000);

async function refused(token: string): Promise<void> {
  const problem = await expectRefused(
    kit,
    slug,
    () => vote(kit, slug, ['yes'], { token }),
    401,
    'invalid_token',
  );
  assert.ok(!JSON.stringify(problem).includes(token), 'the token is not echoed');
  // Reading with a bad token is refused too: the widget must learn its token-url is wrong.
  const read = await kit.request(`/api/v1/polls/${slug}`, { token });
  assert.equal(read.status, 401);
}

describe('accepted tokens', () => {
  test('a token of a known site makes a signed-in participant', async () => {
    const token = await mintToken({ roles: ['freelancer'], member: true });
    const response = await vote(kit, slug, ['yes'], { token });
    assert.equal(response.status, 200);
    assert.deepEqual(((await response.json()) as PollView).myBallot?.choices, ['yes']);
  });

  test('during a rotation, the previous secret of the site is still accepted', async () => {
    const [current, previous] = TEST_SITE_SECRETS['site-b'];
    const before = (await pollCounts(kit.db, slug)).ballots;
    for (const secret of [current, previous]) {
      assert.equal(
        (await vote(kit, slug, ['no'], { token: await mintToken({ site: 'site-b', secret }) })).status,
        200,
      );
    }
    assert.equal((await pollCounts(kit.db, slug)).ballots, before + 2);
  });

  test('a lifetime of exactly TOKEN_MAX_TTL is accepted', async () => {
    const token = await mintToken({ iat: now() - 10, ttl: TEST_MAX_TTL });
    assert.equal((await vote(kit, slug, ['yes'], { token })).status, 200);
  });

  test('aud may be a list that contains the audience', async () => {
    const token = await mintToken({ aud: ['another-service', 'smart-in-progress'] });
    assert.equal((await vote(kit, slug, ['yes'], { token })).status, 200);
  });
});

describe('refused tokens: 401 invalid_token', () => {
  test('forged: signed with another secret', async () => {
    await refused(await mintToken({ secret: 'not-the-site-secret-0123456789abcdef' }));
  });

  test('signed with the secret of another site than its iss', async () => {
    await refused(await mintToken({ site: 'site-a', secret: TEST_SITE_SECRETS['site-b'][0] }));
  });

  test('alg none, with or without a signature', async () => {
    await refused(forgeToken({ alg: 'none', typ: 'JWT' }, tokenPayload(), ''));
    await refused(forgeToken({ alg: 'none', typ: 'JWT' }, tokenPayload(), 'AAAA'));
  });

  test('RS256 header (key confusion) and other HMAC algorithms', async () => {
    const payload = tokenPayload();
    const hs256 = await mintToken();
    await refused(forgeToken({ alg: 'RS256', typ: 'JWT' }, payload, hs256.split('.')[2]));
    await refused(await sign(payload, TEST_SITE_SECRETS['site-a'][0], 'HS512'));
  });

  test('expired', async () => {
    await refused(await mintToken({ iat: now() - 700, ttl: 600 }));
  });

  test('issued in the future', async () => {
    await refused(await mintToken({ iat: now() + 300, ttl: 600 }));
  });

  test('lifetime longer than TOKEN_MAX_TTL', async () => {
    await refused(await mintToken({ ttl: TEST_MAX_TTL + 1 }));
  });

  test('wrong audience', async () => {
    await refused(await mintToken({ aud: 'another-service' }));
    await refused(await mintToken({ omit: ['aud'] }));
  });

  test('unknown issuer, even signed with a known secret', async () => {
    await refused(await mintToken({ site: 'unknown-site', secret: TEST_SITE_SECRETS['site-a'][0] }));
  });

  test('missing exp, iat or sub', async () => {
    for (const claim of ['exp', 'iat', 'sub']) await refused(await mintToken({ omit: [claim] }));
  });

  test('claims of the wrong shape (unknown role)', async () => {
    await refused(await mintToken({ roles: ['emperor'] }));
  });

  test('not a JWT, or not a Bearer header', async () => {
    await refused('not-a-jwt');
    await refused('a.b.c');
    const problem = await expectRefused(
      kit,
      slug,
      () => vote(kit, slug, ['yes'], { headers: { Authorization: 'Basic dXNlcjpwYXNz' } }),
      401,
      'invalid_token',
    );
    assert.equal(problem.status, 401);
  });
});
