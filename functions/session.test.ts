/**
 * D1 read replication through the Sessions API: every answer carries its
 * session's bookmark, and a bookmark sent back reads at least that recent a
 * state, so a visitor reads their own writes from any replica. CORS lets
 * host pages send and read the header.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { PollView } from '../schema/polls.ts';
import { BOOKMARK_HEADER } from './middleware/session.ts';
import {
  createPoll,
  expectProblem,
  type Kit,
  mintToken,
  startKit,
  TEST_ORIGINS,
  vote,
} from './test/harness.ts';

let kit: Kit;
before(async () => {
  kit = await startKit();
});
after(() => kit.close());

describe('D1 sessions', () => {
  test('reads and writes answer their session’s bookmark', async () => {
    const slug = await createPoll(kit);
    const read = await kit.request(`/api/v1/polls/${slug}`);
    assert.equal(read.status, 200);
    assert.match(read.headers.get(BOOKMARK_HEADER) ?? '', /^[0-9A-Za-z-]+$/);
    await read.arrayBuffer();
    const ballot = await vote(kit, slug, ['yes'], { token: await mintToken() });
    assert.equal(ballot.status, 200);
    assert.match(ballot.headers.get(BOOKMARK_HEADER) ?? '', /^[0-9A-Za-z-]+$/);
    await ballot.arrayBuffer();
  });

  test('a ballot, then a read with its bookmark: the read sees the ballot', async () => {
    const slug = await createPoll(kit);
    const token = await mintToken();
    const ballot = await vote(kit, slug, ['no'], { token });
    const bookmark = ballot.headers.get(BOOKMARK_HEADER);
    assert.ok(bookmark);
    await ballot.arrayBuffer();
    const read = await kit.request(`/api/v1/polls/${slug}`, {
      token,
      headers: { [BOOKMARK_HEADER]: bookmark },
    });
    assert.equal(read.status, 200);
    const view = (await read.json()) as PollView;
    assert.deepEqual(view.myBallot?.choices, ['no']);
    assert.ok((read.headers.get(BOOKMARK_HEADER) ?? '') >= bookmark, 'the session moves forward, never back');
  });

  test('a malformed bookmark is a 400 naming the header, before anything runs', async () => {
    const problem = await expectProblem(
      await kit.request('/api/v1/themes', { headers: { [BOOKMARK_HEADER]: 'not a bookmark!' } }),
      400,
      'validation_failed',
    );
    assert.deepEqual(problem.issues, [
      { path: BOOKMARK_HEADER, message: 'not a bookmark from a previous answer' },
    ]);
  });

  test('host pages may send the bookmark and read it back (CORS)', async () => {
    const origin = TEST_ORIGINS['site-a'];
    const preflight = await kit.request('/api/v1/themes', {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': BOOKMARK_HEADER.toLowerCase(),
      },
    });
    assert.match(preflight.headers.get('Access-Control-Allow-Headers') ?? '', new RegExp(BOOKMARK_HEADER));
    const read = await kit.request('/api/v1/themes', { headers: { Origin: origin } });
    assert.match(read.headers.get('Access-Control-Expose-Headers') ?? '', new RegExp(BOOKMARK_HEADER));
    await read.arrayBuffer();
  });
});
