/**
 * The contribution queries, called directly: the submission context, the
 * idempotent insert, the report batch, and the list's query plans and cost.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { contributionTotals, createTheme, insertContributions } from '../test/contributions.ts';
import { type Kit, startKit } from '../test/harness.ts';
import {
  type ContributionWrite,
  listPublishedContributions,
  loadSubmissionContext,
  type PublishedPage,
  publishedPageQuery,
  reportContribution,
  submitContribution,
} from './queries.ts';

let kit: Kit;
before(async () => {
  kit = await startKit();
});
after(() => kit.close());

function write(fields: Partial<ContributionWrite> = {}): ContributionWrite {
  return {
    id: 'K7M2-9QXA',
    theme: 'modele-economique',
    participant: `participant-${crypto.randomUUID()}`,
    audiences: ['public', 'participants'],
    member: false,
    idempotencyKey: crypto.randomUUID(),
    requestHash: 'the-request-hash',
    title: 'Titre',
    text: 'Texte',
    role: 'member',
    territory: 'flandre',
    displayName: 'Jan',
    anonymous: false,
    selfDeclared: false,
    language: 'fr',
    email: null,
    now: new Date().toISOString(),
    ...fields,
  };
}

let sequence = 0;
/** A reference nobody else in this file uses. */
const reference = () => `TEST-${String(sequence++).padStart(4, '0')}`;

describe('db/contributions: submission', () => {
  test('loadSubmissionContext reads the theme, the territory and an earlier receipt in one round trip', async () => {
    const contribution = write({ id: reference() });
    const empty = await loadSubmissionContext(kit.db, {
      theme: 'modele-economique',
      territory: 'flandre',
      participant: contribution.participant,
      idempotencyKey: contribution.idempotencyKey,
    });
    assert.deepEqual(empty, {
      theme: { id: 2, slug: 'modele-economique', audience: 'public', moderation: 'pre' },
      territoryKnown: true,
      receipt: null,
    });
    await submitContribution(kit.db, contribution);
    const again = await loadSubmissionContext(kit.db, {
      theme: 'no-such-theme',
      territory: 'atlantide',
      participant: contribution.participant,
      idempotencyKey: contribution.idempotencyKey,
    });
    assert.deepEqual(again, {
      theme: null,
      territoryKnown: false,
      receipt: {
        id: contribution.id,
        status: 'pending',
        theme: 'modele-economique',
        requestHash: 'the-request-hash',
      },
    });
    const nobody = await loadSubmissionContext(kit.db, {
      theme: 'modele-economique',
      territory: 'flandre',
      participant: null,
      idempotencyKey: contribution.idempotencyKey,
    });
    assert.equal(nobody.receipt, null);
  });

  test('submitContribution stores once per participant and key, and reads the receipt back in the same round trip', async () => {
    const theme = await createTheme(kit.db, { moderation: 'post_members' });
    const first = write({ id: reference(), theme: theme.slug, member: true });
    const before = await contributionTotals(kit.db);
    const stored = await submitContribution(kit.db, first);
    assert.equal(stored.inserted, true);
    assert.deepEqual(stored.receipt, {
      id: first.id,
      status: 'published',
      theme: theme.slug,
      requestHash: 'the-request-hash',
    });
    const repeat = await submitContribution(kit.db, {
      ...first,
      id: reference(),
      title: 'Autre',
      requestHash: 'another-hash',
    });
    assert.equal(repeat.inserted, false);
    assert.equal(repeat.receipt?.id, first.id, 'the first submission wins');
    assert.equal(
      repeat.receipt?.requestHash,
      'the-request-hash',
      'with its own hash, for the caller to compare',
    );
    const totals = await contributionTotals(kit.db);
    assert.equal(totals.contributions, before.contributions + 1);
    const row = await kit.db
      .prepare(
        'SELECT title, status, published_at, submitted_at, consent_at FROM contributions WHERE id = ?1',
      )
      .bind(first.id)
      .first();
    assert.deepEqual(row, {
      title: 'Titre',
      status: 'published',
      published_at: first.now,
      submitted_at: first.now,
      consent_at: first.now,
    });
    const nonMember = await submitContribution(kit.db, write({ id: reference(), theme: theme.slug }));
    assert.equal(nonMember.receipt?.status, 'pending', 'only members are published at once');
  });

  test('submitContribution stores nothing when a rule refuses, and reads back why', async () => {
    const members = await createTheme(kit.db, { audience: 'members' });
    const before = await contributionTotals(kit.db);
    const cases = [
      [{ theme: 'no-such-theme' }, { theme: null, territoryKnown: true }],
      [{ territory: 'atlantide' }, { territoryKnown: false }],
      [{ theme: members.slug, audiences: ['public', 'participants'] }, { audience: 'members' }],
    ] as const;
    for (const [fields, expected] of cases) {
      const outcome = await submitContribution(kit.db, write({ id: reference(), ...fields }));
      assert.equal(outcome.inserted, false);
      assert.equal(outcome.receipt, null);
      if ('theme' in expected) assert.equal(outcome.context.theme, expected.theme);
      if ('territoryKnown' in expected) assert.equal(outcome.context.territoryKnown, expected.territoryKnown);
      if ('audience' in expected) assert.equal(outcome.context.theme?.audience, expected.audience);
    }
    assert.deepEqual(await contributionTotals(kit.db), before);
  });

  test('submitContribution stores nothing and finds no receipt when the random id is taken', async () => {
    const taken = write({ id: reference() });
    await submitContribution(kit.db, taken);
    const before = await contributionTotals(kit.db);
    const outcome = await submitContribution(kit.db, write({ id: taken.id }));
    assert.deepEqual([outcome.inserted, outcome.receipt], [false, null]);
    assert.equal(outcome.context.theme?.slug, 'modele-economique', 'every rule held');
    assert.deepEqual(await contributionTotals(kit.db), before);
  });
});

describe('db/contributions: reports', () => {
  async function published(): Promise<string> {
    const [id] = await insertContributions(kit.db, [
      { themeId: 1, status: 'published', publishedAt: new Date().toISOString() },
    ]);
    return id;
  }
  const reportBy = (contributionId: string, participant: string, threshold = 2) =>
    reportContribution(kit.db, {
      contributionId,
      participant,
      reason: 'off_topic',
      threshold,
      now: new Date().toISOString(),
    });

  test('counts reports, hides at the threshold with one audit line, and refuses what is not published', async () => {
    const id = await published();
    assert.deepEqual(await reportBy(id, 'a'), { result: 'reported', hidden: false });
    const before = await contributionTotals(kit.db);
    assert.deepEqual(await reportBy(id, 'a'), { result: 'already_reported' });
    assert.deepEqual(await contributionTotals(kit.db), before, 'a repeated report writes nothing');
    assert.deepEqual(await reportBy(id, 'b'), { result: 'reported', hidden: true });
    const after = await contributionTotals(kit.db);
    assert.equal(after.reports, before.reports + 1);
    assert.equal(after.log, before.log + 1);
    assert.deepEqual(await reportBy(id, 'c'), { result: 'not_found' });
    assert.deepEqual(await contributionTotals(kit.db), after, 'a hidden contribution takes no report');
    assert.deepEqual(await reportBy('ZZZZ-ZZZZ', 'a'), { result: 'not_found' });
  });

  test('a threshold of 1 hides at the first report', async () => {
    assert.deepEqual(await reportBy(await published(), 'a', 1), { result: 'reported', hidden: true });
  });
});

describe('db/contributions: the public list', () => {
  const VARIANTS: Record<string, (themeId: number) => PublishedPage> = {
    'first page': () => ({ limit: 11 }),
    'next page': () => ({ limit: 11, after: { publishedAt: '2026-03-01T12:00:00.000Z', id: 'K7M2-9QXA' } }),
    'first page of a theme': (themeId) => ({ limit: 11, themeId }),
    'next page of a theme': (themeId) => ({
      limit: 11,
      themeId,
      after: { publishedAt: '2026-03-01T12:00:00.000Z', id: 'K7M2-9QXA' },
    }),
  };

  test('every variant walks its partial index in order: no full scan of the table, no temporary sort', async () => {
    for (const [name, variant] of Object.entries(VARIANTS)) {
      const page = variant(1);
      const { sql, params } = publishedPageQuery(page);
      const { results } = await kit.db
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .bind(...params)
        .all<{ detail: string }>();
      const plan = results.map((row) => row.detail);
      const index =
        page.themeId === undefined ? 'contributions_published' : 'contributions_published_by_theme';
      assert.ok(
        plan.some((step) => new RegExp(`^(SEARCH|SCAN) c USING INDEX ${index} `).test(`${step} `)),
        `${name}: ${plan.join(' | ')}`,
      );
      if (page.themeId !== undefined || page.after !== undefined) {
        assert.ok(
          plan.some((step) => step.startsWith(`SEARCH c USING INDEX ${index} (`)),
          `${name}: a range`,
        );
      }
      assert.ok(!plan.some((step) => /TEMP B-TREE|SCAN c$/.test(step)), `${name}: ${plan.join(' | ')}`);
    }
  });

  test('listPublishedContributions follows the keyset: strictly after the given row', async () => {
    const theme = await createTheme(kit.db);
    const at = new Date(Date.UTC(2026, 3, 1)).toISOString();
    const ids = await insertContributions(
      kit.db,
      Array.from({ length: 3 }, () => ({ themeId: theme.id, status: 'published', publishedAt: at })),
    );
    const sorted = [...ids].sort().reverse();
    const page = await listPublishedContributions(kit.db, {
      themeId: theme.id,
      after: { publishedAt: at, id: sorted[0] },
      limit: 10,
    });
    assert.deepEqual(
      page.map((contribution) => contribution.id),
      sorted.slice(1),
    );
  });

  test('a page reads as many rows with 50,000 published contributions as with 50', async () => {
    const theme = await createTheme(kit.db);
    const rowsRead = async () => {
      const counts: Record<string, number> = {};
      for (const [name, variant] of Object.entries(VARIANTS)) {
        const { sql, params } = publishedPageQuery(variant(theme.id));
        const { results, meta } = await kit.db
          .prepare(sql)
          .bind(...params)
          .all();
        assert.equal(results.length, 11, name);
        counts[name] = meta.rows_read;
      }
      return counts;
    };
    const bulk = (count: number) =>
      kit.db
        .prepare(
          `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1)
           INSERT INTO contributions (id, theme_id, participant, idempotency_key, status, title, body, role,
             territory, display_name, anonymous, email, consent_at, submitted_at, published_at, updated_at)
           SELECT printf('%s-%05d', ?2, i), ?3, 'bulk', ?2 || i, 'published', 'Titre', 'Texte', 'member',
             'bruxelles', NULL, 1, NULL, ?4, ?4, printf('2026-02-%02dT%02d:00:%02d.000Z', 1 + i % 28, i % 24, i % 60), ?4
           FROM n`,
        )
        .bind(count, `B${String(sequence++).padStart(3, '0')}`, theme.id, '2026-01-01T00:00:00.000Z')
        .run();
    await bulk(50);
    const small = await rowsRead();
    await bulk(49_950);
    const { count } = (await kit.db
      .prepare("SELECT count(*) AS count FROM contributions WHERE status = 'published'")
      .first<{ count: number }>()) ?? { count: 0 };
    assert.ok(count >= 50_000);
    const large = await rowsRead();
    assert.deepEqual(large, small);
    // Per row: the row, its theme, and one probe of the recommendations that took it up ("taken up in").
    for (const rows of Object.values(large)) assert.ok(rows <= 3 * 11, `${rows} rows read for 11`);
  });
});
