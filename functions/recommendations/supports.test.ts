/**
 * Supporting a recommendation and withdrawing the support: who may, when,
 * once; every refusal checked to leave the database as it was; counters
 * equal to the rows; erasure and retention of supporters' data; and
 * supports arriving at once.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { RecommendationStatus } from '../../schema/recommendation-lifecycle.ts';
import type { RecommendationView, SupportReceipt } from '../../schema/recommendations.ts';
import { ADMIN, expectNothingChanged, type Kit, mintToken, startKit, uniqueIp } from '../test/harness.ts';
import {
  countersFromSupports,
  createDraft,
  move,
  recommendationIn,
  support,
  supportCounts,
  withdraw,
} from './test-helpers.ts';

let kit: Kit;
before(async () => {
  kit = await startKit({ vars: { EMAIL_RETENTION_DAYS: '30' } });
});
after(() => kit.close());

async function json<T>(response: Awaited<ReturnType<Kit['request']>>, status: number): Promise<T> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  return JSON.parse(text) as T;
}

describe('POST /recommendations/:slug/support', () => {
  test('a participant supports: 201 with the counts by role; the view says so; counters equal the rows', async () => {
    const { slug } = await recommendationIn(kit, 'submitted');
    const token = await mintToken({ roles: ['member', 'freelancer'] });
    const receipt = await json<SupportReceipt>(await support(kit, slug, { token }), 201);
    assert.deepEqual(receipt, {
      recommendation: slug,
      mySupport: true,
      supports: {
        total: 1,
        byRole: [
          { role: 'freelancer', count: 1 },
          { role: 'member', count: 1 },
        ],
      },
    });
    const other = await json<SupportReceipt>(await support(kit, slug, { token: await mintToken() }), 201);
    assert.equal(other.supports.total, 2);
    assert.deepEqual(other.supports.byRole.at(-1), { role: 'unspecified', count: 1 });
    const view = await json<RecommendationView>(
      await kit.request(`/api/v1/recommendations/${slug}`, { token }),
      200,
    );
    assert.equal(view.mySupport, true);
    assert.deepEqual(view.supports, other.supports);
    assert.deepEqual(view.eligibility, { canSupport: true, reason: null });
    const anonymousView = await json<RecommendationView>(
      await kit.request(`/api/v1/recommendations/${slug}`),
      200,
    );
    assert.equal(anonymousView.mySupport, false);
    assert.deepEqual(anonymousView.eligibility, { canSupport: false, reason: 'sign_in_required' });
    const counts = await supportCounts(kit.db, slug);
    assert.equal(counts.supports, 2);
    assert.deepEqual(counts.counters, await countersFromSupports(kit.db, slug));
  });

  test('under review too; the e-mail and language are kept for follow-up, never shown', async () => {
    const { slug } = await recommendationIn(kit, 'under_review');
    const token = await mintToken({ sub: `mail-${crypto.randomUUID()}` });
    const response = await support(kit, slug, { token }, { email: ' ana@example.org ', language: 'nl' });
    const text = await response.text();
    assert.equal(response.status, 201, text);
    assert.ok(!text.includes('ana@example.org'));
    const row = await kit.db
      .prepare(
        `SELECT email, language, roles FROM recommendation_supports
         WHERE recommendation_id = (SELECT id FROM recommendations WHERE slug = ?1)`,
      )
      .bind(slug)
      .first();
    assert.deepEqual(row, { email: 'ana@example.org', language: 'nl', roles: '["unspecified"]' });
  });

  test('a public recommendation takes anonymous visitors’ supports (with their browser id), counted as anonymous', async () => {
    const { slug } = await recommendationIn(kit, 'submitted', { audience: 'public' });
    const receipt = await json<SupportReceipt>(
      await support(kit, slug, { anonymousId: crypto.randomUUID(), ip: uniqueIp() }),
      201,
    );
    assert.deepEqual(receipt.supports.byRole, [{ role: 'anonymous', count: 1 }]);
  });

  test('a second support by the same person: 409 already_supported, nothing changed', async () => {
    const { slug } = await recommendationIn(kit, 'submitted');
    const token = await mintToken();
    assert.equal((await support(kit, slug, { token })).status, 201);
    await expectNothingChanged(kit, () => support(kit, slug, { token }), 409, 'already_supported');
    await expectNothingChanged(
      kit,
      () => support(kit, slug, { token }, { email: 'other@example.org' }),
      409,
      'already_supported',
    );
  });

  test('who may not: 401 sign_in_required, 403 members_only, 400 without any identity; nothing changed', async () => {
    const participants = (await recommendationIn(kit, 'submitted')).slug;
    const members = (await recommendationIn(kit, 'submitted', { audience: 'members' })).slug;
    const open = (await recommendationIn(kit, 'submitted', { audience: 'public' })).slug;
    const anonymous = { anonymousId: crypto.randomUUID(), ip: uniqueIp() };
    await expectNothingChanged(kit, () => support(kit, participants, anonymous), 401, 'sign_in_required');
    await expectNothingChanged(kit, () => support(kit, participants), 401, 'sign_in_required');
    await expectNothingChanged(kit, () => support(kit, members, anonymous), 401, 'sign_in_required');
    const nonMember = await mintToken({ member: false });
    await expectNothingChanged(kit, () => support(kit, members, { token: nonMember }), 403, 'members_only');
    await expectNothingChanged(kit, () => support(kit, open), 400, 'validation_failed');
    const member = await json<SupportReceipt>(
      await support(kit, members, { token: await mintToken({ member: true, roles: ['member'] }) }),
      201,
    );
    assert.equal(member.supports.total, 1);
    const view = await json<RecommendationView>(
      await kit.request(`/api/v1/recommendations/${members}`, { token: nonMember }),
      200,
    );
    assert.deepEqual(view.eligibility, { canSupport: false, reason: 'members_only' });
  });

  test('once the board has decided (or it is withdrawn or merged): 409 support_closed, the counts stay visible', async () => {
    const closed: RecommendationStatus[] = [
      'adopted',
      'partially_adopted',
      'not_adopted',
      'in_progress',
      'implemented',
      'withdrawn',
      'merged',
    ];
    const somebody = await mintToken();
    for (const status of closed) {
      const { slug } = await recommendationIn(kit, status);
      await expectNothingChanged(kit, () => support(kit, slug, { token: somebody }), 409, 'support_closed');
      const view = await json<RecommendationView>(await kit.request(`/api/v1/recommendations/${slug}`), 200);
      assert.deepEqual(view.eligibility, { canSupport: false, reason: 'support_closed' }, status);
    }
    const { slug } = await recommendationIn(kit, 'submitted');
    const token = await mintToken({ roles: ['staff'] });
    assert.equal((await support(kit, slug, { token })).status, 201);
    assert.equal((await move(kit, slug, { to: 'withdrawn' })).status, 200);
    const view = await json<RecommendationView>(
      await kit.request(`/api/v1/recommendations/${slug}`, { token }),
      200,
    );
    assert.deepEqual(view.supports, { total: 1, byRole: [{ role: 'staff', count: 1 }] });
    assert.equal(view.mySupport, true);
  });

  test('a draft or an unknown recommendation: 404 recommendation_not_found; bad input: 400; nothing changed', async () => {
    const draft = await createDraft(kit);
    const token = await mintToken();
    await expectNothingChanged(kit, () => support(kit, draft, { token }), 404, 'recommendation_not_found');
    await expectNothingChanged(
      kit,
      () => support(kit, 'no-such-reco', { token }),
      404,
      'recommendation_not_found',
    );
    await expectNothingChanged(kit, () => support(kit, draft), 404, 'recommendation_not_found');
    const { slug } = await recommendationIn(kit, 'submitted');
    for (const body of [{ email: 'not-an-address' }, { language: 'de' }, { email: 42 }]) {
      await expectNothingChanged(kit, () => support(kit, slug, { token }, body), 400, 'validation_failed');
    }
    await expectNothingChanged(kit, () => support(kit, 'Not_A_Slug', { token }), 400, 'validation_failed');
    await expectNothingChanged(
      kit,
      () =>
        kit.request(`/api/v1/recommendations/${slug}/support`, {
          method: 'POST',
          token,
          headers: { 'Content-Type': 'text/plain' },
          body: '{}',
        }),
      415,
      'unsupported_media_type',
    );
  });
});

describe('DELETE /recommendations/:slug/support', () => {
  test('a supporter withdraws: 200 with the counts without them; they may support again', async () => {
    const { slug } = await recommendationIn(kit, 'submitted');
    const token = await mintToken({ roles: ['client'] });
    const other = await mintToken({ roles: ['client'] });
    await support(kit, slug, { token });
    await support(kit, slug, { token: other });
    const receipt = await json<SupportReceipt>(await withdraw(kit, slug, { token }), 200);
    assert.deepEqual(receipt, {
      recommendation: slug,
      mySupport: false,
      supports: { total: 1, byRole: [{ role: 'client', count: 1 }] },
    });
    assert.deepEqual((await supportCounts(kit.db, slug)).counters, await countersFromSupports(kit.db, slug));
    assert.equal((await support(kit, slug, { token })).status, 201);
    assert.equal((await supportCounts(kit.db, slug)).supports, 2);
  });

  test('refusals change nothing: 404 support_not_found, 409 support_closed, 404 recommendation_not_found, 401', async () => {
    const { slug } = await recommendationIn(kit, 'submitted');
    const token = await mintToken();
    await expectNothingChanged(kit, () => withdraw(kit, slug, { token }), 404, 'support_not_found');
    assert.equal((await support(kit, slug, { token })).status, 201);
    assert.equal((await move(kit, slug, { to: 'under_review' })).status, 200);
    assert.equal((await withdraw(kit, slug, { token })).status, 200, 'still open under review');
    assert.equal((await support(kit, slug, { token })).status, 201);
    assert.equal((await move(kit, slug, { to: 'adopted', answer: { text: { fr: 'Oui.' } } })).status, 200);
    await expectNothingChanged(kit, () => withdraw(kit, slug, { token }), 409, 'support_closed');
    const stranger = await mintToken();
    await expectNothingChanged(kit, () => withdraw(kit, slug, { token: stranger }), 404, 'support_not_found');
    await expectNothingChanged(
      kit,
      () => withdraw(kit, 'no-such-reco', { token }),
      404,
      'recommendation_not_found',
    );
    const draft = await createDraft(kit);
    await expectNothingChanged(kit, () => withdraw(kit, draft, { token }), 404, 'recommendation_not_found');
    await expectNothingChanged(kit, () => withdraw(kit, slug), 401, 'sign_in_required');
  });
});

describe('supports arriving at once', () => {
  test('50 distinct supporters at once are all counted, and the counters equal the rows', async () => {
    const { slug } = await recommendationIn(kit, 'submitted');
    const roles = ['freelancer', 'member', 'staff', 'client', 'partner'];
    const tokens = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        mintToken({ sub: `crowd-${index}-${slug}`, roles: [roles[index % 5]] }),
      ),
    );
    const responses = await Promise.all(tokens.map((token) => support(kit, slug, { token })));
    assert.deepEqual(
      responses.map((response) => response.status),
      Array(50).fill(201),
    );
    await Promise.all(responses.map((response) => response.arrayBuffer()));
    const counts = await supportCounts(kit.db, slug);
    assert.equal(counts.supports, 50);
    assert.equal(counts.counters['*'], 50);
    for (const role of roles) assert.equal(counts.counters[role], 10, role);
    assert.deepEqual(counts.counters, await countersFromSupports(kit.db, slug));
  });

  test('one person sending 20 supports at once is counted once', async () => {
    const { slug } = await recommendationIn(kit, 'submitted');
    const token = await mintToken({ roles: ['supplier'] });
    const responses = await Promise.all(Array.from({ length: 20 }, () => support(kit, slug, { token })));
    assert.deepEqual(responses.map((response) => response.status).sort(), [201, ...Array(19).fill(409)]);
    await Promise.all(responses.map((response) => response.arrayBuffer()));
    const counts = await supportCounts(kit.db, slug);
    assert.deepEqual(counts, { supports: 1, counters: { '*': 1, supplier: 1 } });
    assert.deepEqual(counts.counters, await countersFromSupports(kit.db, slug));
  });

  test('supports and withdrawals interleaved at once leave counters equal to the rows', async () => {
    const { slug } = await recommendationIn(kit, 'submitted');
    const tokens = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        mintToken({ sub: `toggle-${index}-${slug}`, roles: ['staff'] }),
      ),
    );
    await Promise.all(
      tokens.flatMap((token) => [
        support(kit, slug, { token }),
        withdraw(kit, slug, { token }),
        support(kit, slug, { token }),
      ]),
    ).then((responses) => Promise.all(responses.map((response) => response.arrayBuffer())));
    const counts = await supportCounts(kit.db, slug);
    assert.deepEqual(counts.counters, await countersFromSupports(kit.db, slug));
    assert.equal(counts.counters['*'] ?? 0, counts.supports);
  });
});

describe('a supporter’s data', () => {
  test('erasure removes their supports (and e-mails) and takes them off the counters, in the same batch', async () => {
    const { slug } = await recommendationIn(kit, 'submitted');
    const subject = `erase-${crypto.randomUUID()}`;
    const token = await mintToken({ sub: subject, roles: ['member'] });
    await support(kit, slug, { token }, { email: 'erase@example.org' });
    const second = (await recommendationIn(kit, 'under_review')).slug;
    await support(kit, second, { token });
    await support(kit, second, { token: await mintToken({ roles: ['member'] }) });
    const response = await kit.request('/api/v1/admin/erasures', {
      method: 'POST',
      ...ADMIN,
      json: { site: 'site-a', subject },
    });
    const counts = await json<Record<string, number>>(response, 200);
    assert.equal(counts.supports, 2);
    assert.deepEqual(await supportCounts(kit.db, slug), { supports: 0, counters: {} });
    assert.deepEqual(await supportCounts(kit.db, second), { supports: 1, counters: { '*': 1, member: 1 } });
    const left = await kit.db
      .prepare("SELECT count(*) AS n FROM recommendation_supports WHERE email = 'erase@example.org'")
      .first<{ n: number }>();
    assert.equal(left?.n, 0);
  });

  test('the daily cron forgets supporters’ e-mails after EMAIL_RETENTION_DAYS, and only those', async () => {
    const { slug } = await recommendationIn(kit, 'submitted');
    const old = await mintToken();
    const recent = await mintToken();
    await support(kit, slug, { token: old }, { email: 'old@example.org' });
    await support(kit, slug, { token: recent }, { email: 'recent@example.org' });
    await kit.db
      .prepare(
        "UPDATE recommendation_supports SET supported_at = '2020-01-01T00:00:00.000Z' WHERE email = 'old@example.org'",
      )
      .run();
    const result = await kit.server.getWorker().scheduled({ cron: '17 3 * * *', scheduledTime: new Date() });
    assert.equal(result.outcome, 'ok');
    const emails = await kit.db
      .prepare(
        `SELECT email FROM recommendation_supports
         WHERE recommendation_id = (SELECT id FROM recommendations WHERE slug = ?1) ORDER BY supported_at`,
      )
      .bind(slug)
      .all<{ email: string | null }>();
    assert.deepEqual(
      emails.results.map((row) => row.email),
      [null, 'recent@example.org'],
    );
    assert.deepEqual((await supportCounts(kit.db, slug)).supports, 2, 'the supports themselves stay');
  });
});
