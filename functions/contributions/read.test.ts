/**
 * GET /api/v1/contributions (published only, newest first, keyset pages) and
 * POST /api/v1/contributions/:id/reports (one per person, auto-hide at the
 * threshold with an audit line).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { ContributionList } from '../../schema/contributions.ts';
import {
  contributionInput,
  createTheme,
  expectUnchanged,
  insertContributions,
  report,
  submitted,
} from '../test/contributions.ts';
import { expectProblem, type Kit, mintToken, startKit, TEST_ADMIN_TOKEN, uniqueIp } from '../test/harness.ts';

let kit: Kit;
before(async () => {
  kit = await startKit();
});
after(() => kit.close());

/** REPORT_HIDE_THRESHOLD in wrangler.toml. */
const THRESHOLD = 3;

async function page(query: string): Promise<ContributionList> {
  const response = await kit.request(`/api/v1/contributions?${query}`);
  assert.equal(response.status, 200, await response.clone().text());
  return v.parse(ContributionList, await response.json());
}

/** Follows nextCursor to the end; returns every id in order and the number of pages. */
async function walk(query: string): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const suffix: string = cursor === null ? '' : `&cursor=${cursor}`;
    const next: ContributionList = await page(`${query}${suffix}`);
    ids.push(...next.contributions.map((contribution) => contribution.id));
    cursor = next.nextCursor;
    pages++;
  } while (cursor !== null && pages < 1000);
  return { ids, pages };
}

/** Every published id in the list's order, straight from D1. */
async function publishedIds(themeId?: number): Promise<string[]> {
  const { results } = await kit.db
    .prepare(
      `SELECT id FROM contributions WHERE status = 'published' AND (?1 IS NULL OR theme_id = ?1)
       ORDER BY published_at DESC, id DESC`,
    )
    .bind(themeId ?? null)
    .all<{ id: string }>();
  return results.map((row) => row.id);
}

const at = (second: number) => new Date(Date.UTC(2026, 2, 1, 12, 0, second)).toISOString();

describe('GET /api/v1/contributions', () => {
  test('lists published contributions only, newest first, ties broken by id', async () => {
    const theme = await createTheme(kit.db);
    const published = await insertContributions(kit.db, [
      { themeId: theme.id, status: 'published', publishedAt: at(1) },
      { themeId: theme.id, status: 'published', publishedAt: at(3) },
      { themeId: theme.id, status: 'published', publishedAt: at(3) },
      { themeId: theme.id, status: 'published', publishedAt: at(2) },
    ]);
    await insertContributions(
      kit.db,
      (['pending', 'rejected', 'hidden', 'reported'] as const).map((status) => ({
        themeId: theme.id,
        status,
        publishedAt: status === 'pending' ? null : at(9),
      })),
    );
    const { contributions, nextCursor } = await page(`theme=${theme.slug}`);
    const [newest, tied] = [published[1], published[2]].sort().reverse();
    assert.deepEqual(
      contributions.map((contribution) => contribution.id),
      [newest, tied, published[3], published[0]],
    );
    assert.equal(nextCursor, null);
    assert.deepEqual(contributions[0], {
      id: newest,
      theme: theme.slug,
      title: `Titre ${newest}`,
      text: `Texte ${newest}`,
      author: 'Test',
      role: 'member',
      territory: 'bruxelles',
      takenUpIn: [],
      selfDeclared: true,
      publishedAt: at(3),
    });
  });

  test('keyset pages of one theme: no duplicate, no gap, then a null cursor', async () => {
    const theme = await createTheme(kit.db);
    // Seven rows over three instants, so that pages end inside runs of equal published_at.
    await insertContributions(
      kit.db,
      [1, 1, 1, 2, 2, 3, 3].map((second) => ({
        themeId: theme.id,
        status: 'published',
        publishedAt: at(second),
      })),
    );
    const expected = await publishedIds(theme.id);
    for (const limit of [1, 2, 3, 7, 50]) {
      const { ids, pages } = await walk(`theme=${theme.slug}&limit=${limit}`);
      assert.deepEqual(ids, expected, `limit ${limit}`);
      assert.equal(pages, Math.max(1, Math.ceil(expected.length / limit)), `pages of ${limit}`);
    }
  });

  test('keyset pages across all themes match the database order; 10 per page by default', async () => {
    const theme = await createTheme(kit.db);
    await insertContributions(
      kit.db,
      Array.from({ length: 12 }, (_, index) => ({
        themeId: index % 2 === 0 ? theme.id : 1,
        status: 'published',
        publishedAt: at(index % 4),
      })),
    );
    const expected = await publishedIds();
    assert.ok(expected.length > 10);
    assert.equal((await page('')).contributions.length, 10);
    const { ids } = await walk('limit=4');
    assert.deepEqual(ids, expected);
    assert.equal(new Set(ids).size, ids.length);
  });

  test('a contribution published between two page reads appears on no later page', async () => {
    const theme = await createTheme(kit.db);
    await insertContributions(
      kit.db,
      [1, 2, 3].map((second) => ({ themeId: theme.id, status: 'published', publishedAt: at(second) })),
    );
    const first = await page(`theme=${theme.slug}&limit=2`);
    await insertContributions(kit.db, [{ themeId: theme.id, status: 'published', publishedAt: at(30) }]);
    const second = await page(`theme=${theme.slug}&limit=2&cursor=${first.nextCursor}`);
    assert.equal(second.contributions.length, 1);
    assert.equal(second.contributions[0].publishedAt, at(1));
  });

  test('unknown theme: 404 theme_not_found', async () => {
    await expectProblem(
      await kit.request('/api/v1/contributions?theme=no-such-theme'),
      404,
      'theme_not_found',
    );
  });

  test('malformed query: 400 validation_failed (cursor, limit, theme)', async () => {
    const base64url = (value: string) => Buffer.from(value).toString('base64url');
    const cursors = [
      '!!!',
      'not base64 at all',
      base64url('not json'),
      base64url('{"publishedAt":"2026-03-01T12:00:00.000Z","id":"K7M2-9QXA"}'),
      base64url('["2026-03-01T12:00:00.000Z"]'),
      base64url('["yesterday","K7M2-9QXA"]'),
      base64url('["2026-03-01T12:00:00.000Z","K7M2-9QXA' + '\' OR 1=1 --"]'),
      'x'.repeat(201),
    ];
    for (const cursor of cursors) {
      const problem = await expectProblem(
        await kit.request(`/api/v1/contributions?cursor=${encodeURIComponent(cursor)}`),
        400,
        'validation_failed',
      );
      assert.deepEqual(
        problem.issues?.map((issue) => issue.path),
        ['cursor'],
        cursor,
      );
    }
    for (const query of ['limit=0', 'limit=51', 'limit=abc', 'limit=2.5', 'theme=A']) {
      await expectProblem(await kit.request(`/api/v1/contributions?${query}`), 400, 'validation_failed');
    }
  });
});

describe('POST /api/v1/contributions/:id/reports', () => {
  async function publishedContribution(): Promise<string> {
    const theme = await createTheme(kit.db);
    const [id] = await insertContributions(kit.db, [
      { themeId: theme.id, status: 'published', publishedAt: new Date().toISOString() },
    ]);
    return id;
  }

  test('a signed-in participant reports once: 201, then 409 already_reported', async () => {
    const id = await publishedContribution();
    const token = await mintToken();
    const response = await report(kit, id, { reason: 'spam', note: '  Publicité  ' }, { token });
    assert.equal(response.status, 201);
    assert.deepEqual(await response.json(), { reported: true });
    const row = await kit.db
      .prepare(
        'SELECT r.reason, r.note, c.report_count, c.status FROM contribution_reports r JOIN contributions c ON c.id = r.contribution_id WHERE r.contribution_id = ?1',
      )
      .bind(id)
      .first();
    assert.deepEqual(row, { reason: 'spam', note: 'Publicité', report_count: 1, status: 'published' });
    await expectUnchanged(
      kit,
      () => report(kit, id, { reason: 'offensive' }, { token }),
      409,
      'already_reported',
    );
  });

  test(`the ${THRESHOLD}rd report hides the contribution for review, with the system’s line in the audit log`, async () => {
    const id = await publishedContribution();
    for (let index = 0; index < THRESHOLD; index++) {
      const response = await report(
        kit,
        id.toLowerCase(),
        { reason: 'offensive' },
        { token: await mintToken() },
      );
      assert.equal(response.status, 201);
      await response.arrayBuffer();
    }
    const contribution = await kit.db
      .prepare('SELECT status, report_count FROM contributions WHERE id = ?1')
      .bind(id)
      .first();
    assert.deepEqual(contribution, { status: 'reported', report_count: THRESHOLD });
    const { results: log } = await kit.db
      .prepare(
        'SELECT actor, action, from_status, to_status, reason_code, note FROM audit_log WHERE item_kind = "contribution" AND item_id = ?1',
      )
      .bind(id)
      .all();
    assert.deepEqual(log, [
      {
        actor: 'system',
        action: 'auto_hide',
        from_status: 'published',
        to_status: 'reported',
        reason_code: null,
        note: null,
      },
    ]);
    const { ids } = await walk('limit=50');
    assert.ok(!ids.includes(id), 'hidden from the public list');
    await expectUnchanged(
      kit,
      async () => report(kit, id, { reason: 'spam' }, { token: await mintToken() }),
      404,
      'contribution_not_found',
    );
  });

  test('concurrent reports reaching the threshold hide it once, with one audit line', async () => {
    const id = await publishedContribution();
    const tokens = await Promise.all(Array.from({ length: THRESHOLD + 2 }, () => mintToken()));
    const statuses = await Promise.all(
      tokens.map(async (token) => {
        const response = await report(kit, id, { reason: 'spam' }, { token });
        await response.arrayBuffer();
        return response.status;
      }),
    );
    assert.deepEqual(
      statuses.filter((status) => status === 201).length,
      THRESHOLD,
      `${THRESHOLD} counted, the rest found it hidden: ${statuses}`,
    );
    const log = await kit.db
      .prepare('SELECT count(*) AS lines FROM audit_log WHERE item_kind = "contribution" AND item_id = ?1')
      .bind(id)
      .first();
    assert.deepEqual(log, { lines: 1 });
  });

  test('anonymous visitors and callers without identity: 401 sign_in_required', async () => {
    const id = await publishedContribution();
    await expectUnchanged(
      kit,
      () => report(kit, id, { reason: 'spam' }, { anonymousId: crypto.randomUUID(), ip: uniqueIp() }),
      401,
      'sign_in_required',
    );
    await expectUnchanged(kit, () => report(kit, id, { reason: 'spam' }), 401, 'sign_in_required');
  });

  test('unknown or unpublished contributions: 404 contribution_not_found', async () => {
    const token = await mintToken();
    const theme = await createTheme(kit.db);
    const unpublished = await insertContributions(
      kit.db,
      (['pending', 'rejected', 'hidden'] as const).map((status) => ({
        themeId: theme.id,
        status,
        publishedAt: null,
      })),
    );
    for (const id of ['ZZZZ-ZZZZ', ...unpublished]) {
      await expectUnchanged(
        kit,
        () => report(kit, id, { reason: 'spam' }, { token }),
        404,
        'contribution_not_found',
      );
    }
    const pending = await submitted(kit, contributionInput({ anonymous: true, displayName: undefined }), {
      token,
    });
    await expectUnchanged(
      kit,
      async () => report(kit, pending.id, { reason: 'spam' }, { token: await mintToken() }),
      404,
      'contribution_not_found',
    );
  });

  test('malformed id or body: 400 validation_failed', async () => {
    const id = await publishedContribution();
    const token = await mintToken();
    for (const [target, body] of [
      ['not-a-reference', { reason: 'spam' }],
      ['K7M2-9QXI', { reason: 'spam' }],
      [id, {}],
      [id, { reason: 'boring' }],
      [id, { reason: 'spam', note: 'x'.repeat(501) }],
    ] as const) {
      await expectUnchanged(kit, () => report(kit, target, body, { token }), 400, 'validation_failed');
    }
  });
});

describe('GET /api/v1/contributions: pages kept a moment in memory (LIST_CACHE_MS)', () => {
  let cached: Kit;
  before(async () => {
    cached = await startKit({ vars: { LIST_CACHE_MS: '60000' } });
  });
  after(() => cached.close());

  const titles = async (theme: string) => {
    const response = await cached.request(`/api/v1/contributions?theme=${theme}`);
    return v.parse(ContributionList, await response.json()).contributions.map((item) => item.title);
  };

  test('visitors get the same page from memory; a moderator’s decision shows at once', async () => {
    const theme = await createTheme(cached.db);
    await insertContributions(cached.db, [
      { themeId: theme.id, status: 'published', publishedAt: '2026-03-01T10:00:00.000Z' },
    ]);
    assert.equal((await titles(theme.slug)).length, 1);
    const [pending] = await insertContributions(cached.db, [
      { themeId: theme.id, status: 'pending', publishedAt: null },
      { themeId: theme.id, status: 'published', publishedAt: '2026-03-01T11:00:00.000Z' },
    ]);
    assert.equal(
      (await titles(theme.slug)).length,
      1,
      'a row written behind the Worker’s back waits for the time to live',
    );
    const decided = await cached.request(`/api/v1/admin/contributions/${pending}/decisions`, {
      method: 'POST',
      token: TEST_ADMIN_TOKEN,
      json: { action: 'publish' },
    });
    assert.equal(decided.status, 200, await decided.clone().text());
    assert.equal((await titles(theme.slug)).length, 3, 'a decision clears the pages');
  });
});
