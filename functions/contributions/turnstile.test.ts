/**
 * Turnstile on anonymous contributions, with a site key set and siteverify
 * answered by a stub (see stubSiteverify): never the real network.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  authorToken,
  contributionInput,
  contributionTotals,
  expectUnchanged,
  SITEVERIFY_STUB_URL,
  type SiteverifyStub,
  stubSiteverify,
  submit,
  submitted,
} from '../test/contributions.ts';
import { type Kit, startKit, uniqueIp } from '../test/harness.ts';

const SECRET = 'test-turnstile-secret';
let kit: Kit;
let siteverify: SiteverifyStub;
before(async () => {
  siteverify = stubSiteverify();
  kit = await startKit({
    vars: { TURNSTILE_SITE_KEY: 'test-site-key', TURNSTILE_VERIFY_URL: SITEVERIFY_STUB_URL },
    secrets: { TURNSTILE_SECRET: SECRET },
  });
});
after(async () => {
  await kit.close();
  siteverify.restore();
});

const anonymous = () => ({ anonymousId: crypto.randomUUID(), ip: uniqueIp() });

describe('Turnstile on anonymous contributions', () => {
  test('a token siteverify accepts lets the contribution in; the Worker sent secret, response and remoteip', async () => {
    siteverify.answer = { success: true };
    const calls = siteverify.calls.length;
    const who = anonymous();
    const receipt = await submitted(kit, contributionInput({ turnstileToken: 'good-token' }), who);
    assert.equal(receipt.status, 'pending');
    assert.deepEqual(siteverify.calls.slice(calls), [
      { secret: SECRET, response: 'good-token', remoteip: who.ip },
    ]);
  });

  test('without a token: 403 turnstile_failed, siteverify not even asked, nothing stored', async () => {
    const calls = siteverify.calls.length;
    await expectUnchanged(kit, () => submit(kit, contributionInput(), anonymous()), 403, 'turnstile_failed');
    assert.equal(siteverify.calls.length, calls);
  });

  test('a token siteverify refuses, or siteverify failing: 403 turnstile_failed, nothing stored', async () => {
    siteverify.answer = { success: false };
    await expectUnchanged(
      kit,
      () => submit(kit, contributionInput({ turnstileToken: 'bad-token' }), anonymous()),
      403,
      'turnstile_failed',
    );
    siteverify.answer = { status: 503 };
    await expectUnchanged(
      kit,
      () => submit(kit, contributionInput({ turnstileToken: 'any-token' }), anonymous()),
      403,
      'turnstile_failed',
    );
    siteverify.answer = { success: true };
  });

  test('signed-in participants skip the check', async () => {
    const calls = siteverify.calls.length;
    const receipt = await submitted(kit, contributionInput(), { token: await authorToken() });
    assert.equal(receipt.status, 'pending');
    assert.equal(siteverify.calls.length, calls);
  });

  test('a retry with the same key gets its receipt without spending its token again', async () => {
    siteverify.answer = { success: true };
    const who = { ...anonymous(), key: crypto.randomUUID() };
    const body = contributionInput({ turnstileToken: 'single-use' });
    const first = await submitted(kit, body, who);
    const calls = siteverify.calls.length;
    const totals = await contributionTotals(kit.db);
    // Siteverify would now refuse the spent token; the retry must not ask.
    siteverify.answer = { success: false };
    assert.deepEqual(await submitted(kit, body, who), first);
    assert.equal(siteverify.calls.length, calls);
    assert.deepEqual(await contributionTotals(kit.db), totals);
    siteverify.answer = { success: true };
  });
});
