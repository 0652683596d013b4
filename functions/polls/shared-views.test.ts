/**
 * The shared view of a poll, served from the isolate's memory to readers
 * without identity: what may be stale, and what never is.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { PollView } from '../../schema/polls.ts';
import { ADMIN, createPoll, type Kit, mintToken, startKit, uniqueIp, vote } from '../test/harness.ts';
import { castBallot } from './ballots.ts';

/** A ballot written straight into D1, as another isolate would. */
async function ballotElsewhere(kit: Kit, slug: string): Promise<void> {
  const { written } = await castBallot(kit.db, {
    slug,
    participant: `elsewhere-${crypto.randomUUID()}`,
    choices: ['yes'],
    roles: ['anonymous'],
    audiences: ['public'],
    now: new Date().toISOString(),
  });
  assert.ok(written);
}

async function read(kit: Kit, slug: string, options = {}): Promise<PollView> {
  const response = await kit.request(`/api/v1/polls/${slug}`, options);
  assert.equal(response.status, 200);
  return (await response.json()) as PollView;
}

describe('shared views kept in memory (RESULTS_CACHE_MS = 60 s)', () => {
  let kit: Kit;
  before(async () => {
    kit = await startKit({ vars: { RESULTS_CACHE_MS: '60000' } });
  });
  after(() => kit.close());

  test('a reader without identity gets the remembered view; a signed-in reader always reads D1', async () => {
    const slug = await createPoll(kit);
    assert.equal((await read(kit, slug)).results?.ballots, 0);
    await ballotElsewhere(kit, slug);
    assert.equal((await read(kit, slug)).results?.ballots, 0, 'served from memory');
    const signedIn = await read(kit, slug, { token: await mintToken() });
    assert.equal(signedIn.results?.ballots, 1, 'identity reads D1');
    const anonymousVoter = await read(kit, slug, { anonymousId: crypto.randomUUID() });
    assert.equal(anonymousVoter.results?.ballots, 1, 'an anonymous id reads D1 too');
  });

  test('a ballot through this Worker refreshes the view at once', async () => {
    const slug = await createPoll(kit);
    await read(kit, slug);
    await ballotElsewhere(kit, slug);
    const response = await vote(kit, slug, ['no'], { anonymousId: crypto.randomUUID(), ip: uniqueIp() });
    assert.equal(response.status, 200);
    const view = await read(kit, slug);
    assert.equal(view.results?.ballots, 2);
    assert.equal(view.myBallot, null, 'the voter’s own ballot is never part of the shared view');
  });

  test('an admin edit drops the view', async () => {
    const slug = await createPoll(kit);
    assert.equal((await read(kit, slug)).state, 'open');
    const response = await kit.request(`/api/v1/admin/polls/${slug}`, {
      method: 'PATCH',
      ...ADMIN,
      json: { action: 'close' },
    });
    assert.equal(response.status, 200);
    assert.equal((await read(kit, slug)).state, 'closed');
  });
});

describe('shared views off (RESULTS_CACHE_MS = 0)', () => {
  let kit: Kit;
  before(async () => {
    kit = await startKit({ vars: { RESULTS_CACHE_MS: '0' } });
  });
  after(() => kit.close());

  test('every read goes to D1', async () => {
    const slug = await createPoll(kit);
    assert.equal((await read(kit, slug)).results?.ballots, 0);
    await ballotElsewhere(kit, slug);
    assert.equal((await read(kit, slug)).results?.ballots, 1);
  });
});
