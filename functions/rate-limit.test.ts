/**
 * Anonymous writes go through the ANONYMOUS_LIMITER binding (20 per minute
 * per IP in wrangler.toml), which wrangler simulates locally.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  createPoll,
  expectProblem,
  type Kit,
  mintToken,
  pollCounts,
  startKit,
  uniqueIp,
  vote,
} from './test/harness.ts';

let kit: Kit;
before(async () => {
  kit = await startKit();
});
after(() => kit.close());

const LIMIT = 20;

describe('anonymous rate limit', () => {
  test('beyond the limit, anonymous ballots from one IP get 429 rate_limited with Retry-After', async () => {
    const slug = await createPoll(kit);
    const ip = uniqueIp();
    for (let index = 0; index < LIMIT; index++) {
      const response = await vote(kit, slug, ['yes'], { anonymousId: crypto.randomUUID(), ip });
      assert.equal(response.status, 200, `ballot ${index + 1}`);
      await response.arrayBuffer();
    }
    // The limiter counts per minute window: on a slow machine the 20 ballots may straddle two windows, so
    // the next ones can still pass; within another 20 one must be refused.
    let before = await pollCounts(kit.db, slug);
    let limited = await vote(kit, slug, ['yes'], { anonymousId: crypto.randomUUID(), ip });
    for (let extra = 0; limited.status === 200 && extra < LIMIT; extra++) {
      await limited.arrayBuffer();
      before = await pollCounts(kit.db, slug);
      limited = await vote(kit, slug, ['yes'], { anonymousId: crypto.randomUUID(), ip });
    }
    assert.equal(limited.headers.get('Retry-After'), '60');
    await expectProblem(limited, 429, 'rate_limited');
    assert.deepEqual(await pollCounts(kit.db, slug), before);

    const otherIp = await vote(kit, slug, ['yes'], { anonymousId: crypto.randomUUID(), ip: uniqueIp() });
    assert.equal(otherIp.status, 200, 'the limit is per address');
    await otherIp.arrayBuffer();
  });

  test('signed-in participants and reads are not limited', async () => {
    const slug = await createPoll(kit);
    const ip = uniqueIp();
    for (let index = 0; index <= LIMIT; index++) {
      await (await vote(kit, slug, ['yes'], { anonymousId: crypto.randomUUID(), ip })).arrayBuffer();
    }
    const signedIn = await vote(kit, slug, ['no'], { token: await mintToken(), ip });
    assert.equal(signedIn.status, 200);
    await signedIn.arrayBuffer();
    const read = await kit.request(`/api/v1/polls/${slug}`, { ip, anonymousId: crypto.randomUUID() });
    assert.equal(read.status, 200);
    await read.arrayBuffer();
  });
});
