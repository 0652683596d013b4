/**
 * The demo seed's contributions: what the example page shows, that they
 * respect the submission contract, and idempotence.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { ContributionInput, ContributionList } from '../../schema/contributions.ts';
import { ThemeList } from '../../schema/themes.ts';
import { REFERENCE_PATTERN } from '../identity/reference.ts';
import { contributionTotals } from '../test/contributions.ts';
import { type Kit, seedDemo, startKit } from '../test/harness.ts';

let kit: Kit;
before(async () => {
  kit = await startKit();
});
after(() => kit.close());

const seed = () => seedDemo(kit.db);

describe('schema/seed: contributions', () => {
  test('six published contributions across themes, in French and Dutch; two pending', async () => {
    await seed();
    const response = await kit.request('/api/v1/contributions?limit=50');
    const { contributions, nextCursor } = v.parse(ContributionList, await response.json());
    assert.equal(nextCursor, null);
    assert.deepEqual(
      contributions.map((contribution) => contribution.theme),
      [
        'entreprise-partagee',
        'creer-son-activite',
        'modele-economique',
        'modele-economique',
        'cooperative-pour-qui',
        'cooperative-pour-qui',
      ],
    );
    assert.ok(
      contributions.some((contribution) => contribution.author === null),
      'one anonymous',
    );
    assert.ok(new Set(contributions.map((contribution) => contribution.role)).size >= 4);
    assert.ok(new Set(contributions.map((contribution) => contribution.territory)).size >= 5);
    assert.ok(
      contributions.some((contribution) => /\b(een|het|de)\b/.test(contribution.text)),
      'some Dutch',
    );
    assert.deepEqual((await contributionTotals(kit.db)).statuses, { pending: 2, published: 6 });

    const { themes } = v.parse(ThemeList, await (await kit.request('/api/v1/themes')).json());
    assert.equal(themes.find((theme) => theme.slug === 'entreprise-partagee')?.moderation, 'post_members');
  });

  test('every seeded contribution would pass the submission form', async () => {
    const { results } = await kit.db
      .prepare(
        `SELECT c.id, t.slug AS theme, c.title, c.body AS text, c.role, c.territory, c.display_name, c.anonymous,
           c.email FROM contributions c JOIN themes t ON t.id = c.theme_id WHERE c.participant LIKE 'demo-seed-%'`,
      )
      .all<Record<string, string | number | null>>();
    assert.equal(results.length, 8);
    for (const row of results) {
      assert.match(String(row.id), REFERENCE_PATTERN);
      const input = {
        theme: row.theme,
        title: row.title,
        text: row.text,
        role: row.role,
        territory: row.territory,
        displayName: row.display_name ?? undefined,
        anonymous: row.anonymous === 1,
        email: row.email ?? undefined,
        consent: true,
      };
      const result = v.safeParse(ContributionInput, input);
      assert.ok(result.success, `${row.id}: ${JSON.stringify(result.issues?.map((issue) => issue.message))}`);
    }
  });

  test('a second run adds nothing', async () => {
    await seed();
    const before = await contributionTotals(kit.db);
    await seed();
    assert.deepEqual(await contributionTotals(kit.db), before);
  });
});
