/**
 * Reading recommendations: the public pages (public statuses only, newest
 * change first, filters, keyset pages, flat cost from 50 to 50,000 rows),
 * and one recommendation in full as readers see it (sources, timeline,
 * answers, merges, conditional reads).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type {
  RecommendationList,
  RecommendationSummary,
  RecommendationView,
} from '../../schema/recommendations.ts';
import { ADMIN, createPoll, expectProblem, type Kit, mintToken, startKit, vote } from '../test/harness.ts';
import { seedContribution } from '../test/moderation.ts';
import { type PublicPage, publicPageQuery, SELECT_SNAPSHOT } from './queries.ts';
import { ANSWER, createDraft, move, recommendationIn } from './test-helpers.ts';

let kit: Kit;
before(async () => {
  kit = await startKit();
});
after(() => kit.close());

async function json<T>(response: Awaited<ReturnType<Kit['request']>>, status = 200): Promise<T> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  return JSON.parse(text) as T;
}

/** A year no other test uses: the list filtered on it holds only this test's recommendations. */
/** A year no other test of this file uses (each test counts only its own rows; a random pick could collide). */
let lastYear = 2030;
const freshYear = () => ++lastYear;

/** Every page of a query, following the cursors. */
async function allPages(query: string): Promise<RecommendationSummary[]> {
  const items: RecommendationSummary[] = [];
  let cursor: string | null = null;
  do {
    const list: RecommendationList = await json<RecommendationList>(
      await kit.request(`/api/v1/recommendations?${query}${cursor ? `&cursor=${cursor}` : ''}`),
    );
    items.push(...list.recommendations);
    cursor = list.nextCursor;
  } while (cursor);
  return items;
}

describe('GET /api/v1/recommendations', () => {
  test('public statuses only, newest change first; an answer moves one to the top', async () => {
    const year = freshYear();
    await createDraft(kit, { year });
    const first = (await recommendationIn(kit, 'submitted', { year })).slug;
    const second = (await recommendationIn(kit, 'under_review', { year })).slug;
    const third = (await recommendationIn(kit, 'withdrawn', { year })).slug;
    let items = await allPages(`year=${year}&limit=2`);
    assert.deepEqual(
      items.map((item) => item.slug),
      [third, second, first],
    );
    assert.deepEqual(
      items.map((item) => item.status),
      ['withdrawn', 'under_review', 'submitted'],
    );
    await kit.request(`/api/v1/admin/recommendations/${first}/answers`, {
      method: 'POST',
      ...ADMIN,
      json: ANSWER,
    });
    items = await allPages(`year=${year}`);
    assert.deepEqual(
      items.map((item) => item.slug),
      [first, third, second],
    );
    const [summary] = items;
    assert.deepEqual(Object.keys(summary).sort(), [
      'changedAt',
      'languages',
      'slug',
      'status',
      'statusAt',
      'summary',
      'supports',
      'theme',
      'title',
      'year',
    ]);
    assert.equal(summary.theme.slug, 'modele-economique');
    assert.deepEqual(summary.supports, { total: 0 });
  });

  test('filters by theme, status and year, alone or together', async () => {
    const year = freshYear();
    const a = (await recommendationIn(kit, 'submitted', { year, theme: 'creer-son-activite' })).slug;
    const b = (await recommendationIn(kit, 'adopted', { year, theme: 'creer-son-activite' })).slug;
    const c = (await recommendationIn(kit, 'adopted', { year, theme: 'entreprise-partagee' })).slug;
    const slugs = async (query: string) => (await allPages(query)).map((item) => item.slug);
    assert.deepEqual(await slugs(`year=${year}&theme=creer-son-activite`), [b, a]);
    assert.deepEqual(await slugs(`year=${year}&status=adopted`), [c, b]);
    assert.deepEqual(await slugs(`year=${year}&status=adopted&theme=entreprise-partagee`), [c]);
    const byTheme = await slugs('theme=entreprise-partagee&limit=50');
    assert.ok(byTheme.includes(c) && !byTheme.includes(a));
    const byStatus = await slugs('status=adopted&limit=50');
    assert.ok(byStatus.includes(b) && !byStatus.includes(a));
  });

  test('keyset pages: no repeat, no gap, ties broken by id, then a null cursor', async () => {
    const year = freshYear();
    await kit.db
      .prepare(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 37)
         INSERT INTO recommendations (slug, theme_id, year, status, title, summary, body, audience, atom_id,
           created_at, status_at, changed_at, updated_at)
         SELECT printf('keyset-%d-%02d', ?1, i), 1, ?1, 'submitted', '{"fr":"T"}', '{"fr":"S"}', '{"fr":"B"}',
           'participants', printf('urn:uuid:keyset-%d-%02d', ?1, i), ?2, ?2,
           printf('2026-04-01T00:00:%02d.000Z', i % 5), ?2
         FROM n`,
      )
      .bind(year, '2026-04-01T00:00:00.000Z')
      .run();
    const items = await allPages(`year=${year}&limit=7`);
    assert.equal(items.length, 37);
    assert.equal(new Set(items.map((item) => item.slug)).size, 37);
    const { results } = await kit.db
      .prepare('SELECT slug FROM recommendations WHERE year = ?1 ORDER BY changed_at DESC, id DESC')
      .bind(year)
      .all<{ slug: string }>();
    assert.deepEqual(
      items.map((item) => item.slug),
      results.map((row) => row.slug),
    );
  });

  test('unknown theme: 404; malformed query: 400', async () => {
    await expectProblem(
      await kit.request('/api/v1/recommendations?theme=no-such-theme'),
      404,
      'theme_not_found',
    );
    for (const query of [
      'status=draft',
      'status=maybe',
      'year=26',
      'limit=0',
      'limit=51',
      'cursor=nope',
      'theme=A',
    ]) {
      await expectProblem(await kit.request(`/api/v1/recommendations?${query}`), 400, 'validation_failed');
    }
  });
});

/** Halfway through the 50 recommendations of the scale test: 29 rows of them after it. */
const DEEP = { at: '2025-06-01T00:30:00.000Z', id: 1_000_000 };

describe('the page query', () => {
  const variants: Record<string, (themeId: number) => PublicPage> = {
    'first page': () => ({ limit: 11 }),
    'deep page': () => ({ limit: 11, after: DEEP }),
    'a theme': (themeId) => ({ themeId, limit: 11 }),
    'a theme, deep': (themeId) => ({ themeId, limit: 11, after: DEEP }),
    'a status': () => ({ status: 'submitted', limit: 11 }),
    'a status and a theme': (themeId) => ({ status: 'submitted', themeId, limit: 11 }),
    'a year': () => ({ year: 2026, limit: 11 }),
  };

  test('every variant walks a partial index in order: no full scan, no temporary sort', async () => {
    for (const [name, variant] of Object.entries(variants)) {
      const { sql, params } = publicPageQuery(variant(2));
      const { results } = await kit.db
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .bind(...params)
        .all<{ detail: string }>();
      const plan = results.map((row) => row.detail);
      assert.ok(
        plan.some((step) => /^(SEARCH|SCAN) r USING INDEX recommendations_public/.test(step)),
        `${name}: ${plan.join(' | ')}`,
      );
      assert.ok(!plan.some((step) => /TEMP B-TREE|SCAN r$/.test(step)), `${name}: ${plan.join(' | ')}`);
    }
  });

  test('a page reads as many rows with 50,000 public recommendations as with 50', async () => {
    const theme = await kit.db
      .prepare("SELECT id FROM themes WHERE slug = 'cooperative-pour-qui'")
      .first<{ id: number }>();
    assert.ok(theme);
    // The first 50 match every filter; the 49,950 more, older, are spread over the themes, statuses and another year.
    const bulk = (from: number, count: number, matching: boolean) =>
      kit.db
        .prepare(
          `WITH RECURSIVE n(i) AS (SELECT CAST(?1 AS INTEGER) UNION ALL SELECT i + 1 FROM n WHERE i < ?1 + ?2 - 1)
           INSERT INTO recommendations (slug, theme_id, year, status, title, summary, body, audience, atom_id,
             created_at, status_at, changed_at, updated_at)
           SELECT printf('scale-%05d', i), CASE WHEN ?3 THEN ?4 ELSE 1 + i % 4 END, CASE WHEN ?3 THEN 2026 ELSE 2025 END,
             CASE WHEN ?3 OR i % 3 = 0 THEN 'submitted' ELSE 'adopted' END,
             '{"fr":"T"}', '{"fr":"S"}', '{"fr":"B"}', 'participants', printf('urn:uuid:scale-%05d', i), ?5, ?5,
             strftime('%Y-%m-%dT%H:%M:%fZ', CASE WHEN ?3 THEN '2025-06-01' ELSE '2024-01-01' END, '+' || i || ' minutes'),
             ?5
           FROM n`,
        )
        .bind(from, count, matching ? 1 : 0, theme.id, '2025-01-01T00:00:00.000Z')
        .run();
    const rowsRead = async () => {
      const counts: Record<string, number> = {};
      for (const [name, variant] of Object.entries(variants)) {
        const { sql, params } = publicPageQuery(variant(theme.id));
        const { results, meta } = await kit.db
          .prepare(sql)
          .bind(...params)
          .all();
        assert.equal(results.length, 11, name);
        counts[name] = meta.rows_read;
      }
      return counts;
    };
    await bulk(1, 50, true);
    const small = await rowsRead();
    await bulk(51, 49_950, false);
    const large = await rowsRead();
    assert.deepEqual(large, small);
    // Per row: the row and its index entry, its theme, the languages of its text, its support counter.
    for (const [name, rows] of Object.entries(large))
      assert.ok(rows <= 5 * 11 + 5, `${name}: ${rows} rows read`);
  });
});

describe('GET /api/v1/recommendations/:slug', () => {
  test('is one statement that reads through indexes only: its cost does not grow with the table', async () => {
    const { results } = await kit.db
      .prepare(`EXPLAIN QUERY PLAN ${SELECT_SNAPSHOT}`)
      .bind('any-slug', 'any-participant')
      .all<{ detail: string }>();
    const plan = results.map((row) => row.detail);
    const tableScans = plan.filter((step) => step.startsWith('SCAN') && !step.includes('json_each'));
    assert.deepEqual(tableScans, [], plan.join(' | '));
    assert.ok(
      plan.includes('SEARCH f USING INDEX recommendations_merged_into (merged_into=?)'),
      plan.join(' | '),
    );
  });

  test('in full: text, audience, sources readers can follow, timeline oldest first, answers newest first', async () => {
    const contribution = await seedContribution(kit.db, {
      status: 'published',
      anonymous: true,
      displayName: null,
      role: 'client',
      territory: 'wallonie',
    });
    const hidden = await seedContribution(kit.db, { status: 'published' });
    const live = await createPoll(kit, { kind: 'single' });
    const afterClose = await createPoll(kit, { resultsVisibility: 'after_close' });
    await vote(kit, live, ['yes'], { token: await mintToken() });
    const slug = await createDraft(kit, {
      title: { nl: 'Alleen Nederlands' },
      summary: { nl: 'Samenvatting' },
      text: { nl: 'Tekst', en: 'Text' },
      sources: [
        { kind: 'poll', ref: live },
        { kind: 'contribution', ref: hidden },
        { kind: 'contribution', ref: contribution },
        { kind: 'poll', ref: afterClose },
      ],
    });
    await kit.db.prepare("UPDATE contributions SET status = 'hidden' WHERE id = ?1").bind(hidden).run();
    await move(kit, slug, { to: 'submitted', reason: { fr: 'Mûre.' } });
    await move(kit, slug, { to: 'adopted', answer: { text: { fr: 'Première réponse.' } } });
    await kit.request(`/api/v1/admin/recommendations/${slug}/answers`, {
      method: 'POST',
      ...ADMIN,
      json: { text: { fr: 'Réponse révisée.' }, reviewOn: '2027-01-15' },
    });
    const view = await json<RecommendationView>(await kit.request(`/api/v1/recommendations/${slug}`));
    assert.deepEqual(view.title, { nl: 'Alleen Nederlands' });
    assert.deepEqual(view.text, { nl: 'Tekst', en: 'Text' });
    assert.deepEqual(view.languages, ['nl', 'en']);
    assert.equal(view.audience, 'participants');
    assert.deepEqual(view.sources, [
      {
        kind: 'poll',
        ref: live,
        question: { fr: `Question ${live}`, en: `Question ${live}` },
        pollKind: 'single',
        state: 'open',
        ballots: 1,
      },
      {
        kind: 'contribution',
        ref: contribution,
        title: `Contribution ${contribution}`,
        author: null,
        role: 'client',
        territory: 'wallonie',
        publishedAt: view.sources[1]?.kind === 'contribution' ? view.sources[1].publishedAt : '',
      },
      {
        kind: 'poll',
        ref: afterClose,
        question: { fr: `Question ${afterClose}`, en: `Question ${afterClose}` },
        pollKind: 'single',
        state: 'open',
        ballots: null,
      },
    ]);
    assert.deepEqual(
      view.timeline.map((change) => [change.from, change.to, change.by, change.reason]),
      [
        ['draft', 'submitted', 'steering_committee', { fr: 'Mûre.' }],
        ['submitted', 'adopted', 'board', null],
      ],
    );
    assert.deepEqual(
      view.answers.map((answer) => [answer.version, answer.text.fr, answer.reviewOn]),
      [
        [2, 'Réponse révisée.', '2027-01-15'],
        [1, 'Première réponse.', null],
      ],
    );
    assert.equal(view.mergedInto, null);
    assert.deepEqual(view.mergedFrom, []);
  });

  test('a merged one points to where it went, which lists it among those merged into it', async () => {
    const { slug, into } = await recommendationIn(kit, 'merged');
    const merged = await json<RecommendationView>(await kit.request(`/api/v1/recommendations/${slug}`));
    assert.equal(merged.status, 'merged');
    assert.equal(merged.mergedInto?.slug, into);
    const target = await json<RecommendationView>(await kit.request(`/api/v1/recommendations/${into}`));
    assert.deepEqual(target.mergedFrom, [{ slug, title: merged.title }]);
  });

  test('a conditional read: 304 while nothing moved, 200 once a support moved the count', async () => {
    const { slug } = await recommendationIn(kit, 'submitted');
    const first = await kit.request(`/api/v1/recommendations/${slug}`);
    const etag = first.headers.get('ETag');
    await first.arrayBuffer();
    assert.ok(etag);
    const again = await kit.request(`/api/v1/recommendations/${slug}`, {
      headers: { 'If-None-Match': etag },
    });
    assert.equal(again.status, 304);
    await kit.request(`/api/v1/recommendations/${slug}/support`, {
      method: 'POST',
      json: {},
      token: await mintToken(),
    });
    const moved = await kit.request(`/api/v1/recommendations/${slug}`, {
      headers: { 'If-None-Match': etag },
    });
    assert.equal(moved.status, 200);
    assert.equal(((await moved.json()) as RecommendationView).supports.total, 1);
  });

  test('a draft, an unknown slug: 404; a malformed one: 400', async () => {
    const draft = await createDraft(kit);
    await expectProblem(
      await kit.request(`/api/v1/recommendations/${draft}`),
      404,
      'recommendation_not_found',
    );
    await expectProblem(
      await kit.request('/api/v1/recommendations/no-such-reco'),
      404,
      'recommendation_not_found',
    );
    await expectProblem(await kit.request('/api/v1/recommendations/Not_A_Slug'), 400, 'validation_failed');
  });
});
