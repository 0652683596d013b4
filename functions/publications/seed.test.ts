/**
 * The demo publication (schema/seed/0005_publication.sql): its edition is
 * not written by hand but produced here, by the publishing code itself from
 * the demo data of every seed file before it, at a fixed instant. When the
 * demo data or that code change, this test rewrites the file's generated
 * part and fails, so that committing the file is all there is to do: the
 * seeded edition is always what publishing the seeded data gives.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { unstable_splitSqlQuery } from 'wrangler';
import type { PublicationEdition, PublicationIndex } from '../../schema/publications.ts';
import { seedFiles } from '../../schema/seed/index.ts';
import { type Kit, seedDemo, startKit } from '../test/harness.ts';
import { excerptFound } from './excerpts.ts';
import { gatherYear } from './queries.ts';
import { buildThemes, editionSnapshot } from './snapshot.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SEED = 'schema/seed/0005_publication.sql';
const MARKER = '-- GENERATED below this line';
/** The demo edition: the current cycle's, published by the demo admin a week before the general assembly. */
const YEAR = 2026;
const AT = '2026-11-20T10:00:00.000Z';
const BY = 'demo-admin';

/** A SQL string literal. */
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * A seed file as it ran on the day the edition was published: the demo
 * calendar (0003) is reckoned from the day the seed runs (`'now'`), so that
 * it always has events to come; the edition froze it at AT. Reckoned from
 * today instead, its past workshop would end after AT within days, and the
 * edition's events figures would change with the date the test runs.
 */
const seededAt = (sql: string) => sql.replaceAll("'now'", literal(AT));

/** The generated part of the seed file: the edition and its audit line, inserted once. */
function generatedSql(snapshot: PublicationEdition): string {
  return `-- Edition 1 of ${YEAR}, as published at ${AT} by ${BY}.
INSERT OR IGNORE INTO publication_editions (year, edition, published_at, published_by, snapshot)
VALUES (${YEAR}, 1, ${literal(AT)}, ${literal(BY)}, json(${literal(JSON.stringify(snapshot, null, 2))}));

INSERT INTO audit_log (item_kind, item_id, actor, action, from_status, to_status, reason_code, note, at)
SELECT 'publication', '${YEAR}', ${literal(BY)}, 'publish', '0', '1', NULL, NULL, ${literal(AT)}
WHERE NOT EXISTS (SELECT 1 FROM audit_log
  WHERE item_kind = 'publication' AND item_id = '${YEAR}' AND action = 'publish' AND to_status = '1');
`;
}

async function run(db: D1Database, sql: string): Promise<void> {
  const statements = unstable_splitSqlQuery(sql);
  await db.batch(statements.map((statement) => db.prepare(statement)));
}

let kit: Kit;
before(async () => {
  kit = await startKit();
});
after(() => kit.close());

describe('schema/seed: the publication', () => {
  test('the seeded edition is what publishing the demo data gives (regenerated when stale)', async () => {
    const file = join(ROOT, SEED);
    const current = readFileSync(file, 'utf8');
    const cut = current.indexOf(MARKER);
    assert.ok(cut > 0, `${SEED} has its "${MARKER}" line`);
    const head = current.slice(0, current.indexOf('\n', cut) + 1);
    const handWritten = head.slice(0, head.lastIndexOf('\n-- GENERATED') + 1);
    // Every file before it, then its hand-written part (the quotes).
    for (const seed of seedFiles()) {
      if (seed === SEED) await run(kit.db, handWritten);
      else await run(kit.db, seededAt(readFileSync(join(ROOT, seed), 'utf8')));
    }
    const themes = buildThemes(await gatherYear(kit.db, YEAR, AT), new Date(AT));
    const snapshot = { ...editionSnapshot(YEAR, themes, { at: AT }), edition: 1 };
    const regenerated = `${head}${generatedSql(snapshot)}`;
    if (regenerated !== current) {
      writeFileSync(file, regenerated);
      assert.fail(`${SEED} was out of date: regenerated it, commit it`);
    }
  });

  test('the demo has one edition of the year, served as stored, with the quotes picked', async () => {
    await seedDemo(kit.db);
    const index = (await (await kit.request('/api/v1/publications')).json()) as PublicationIndex;
    assert.deepEqual(index.editions, [{ year: YEAR, edition: 1, publishedAt: AT }]);
    const response = await kit.request(`/api/v1/publications/${YEAR}`);
    assert.equal(response.status, 200);
    const edition = (await response.json()) as PublicationEdition;
    assert.ok(!('publishedBy' in edition), 'who published it is not public');
    assert.equal(edition.themes.length, 4);
    assert.deepEqual(
      edition.themes.map((theme) => theme.said.quotes.length),
      [2, 1, 1, 1],
    );
    assert.ok(edition.themes.every((theme) => theme.said.contributions.published > 0));
    const shared = edition.themes.find((theme) => theme.theme.slug === 'entreprise-partagee');
    assert.deepEqual(
      [shared?.said.events.held, shared?.said.events.attendees],
      [1, 22],
      'the past workshop, with the 22 who came',
    );
    const motion = edition.themes.flatMap((theme) => theme.asked).find((poll) => poll.kind === 'motion');
    assert.ok(motion, 'the members’ motion is among what was asked');
    const page = await kit.request(`/publication/${YEAR}`);
    assert.equal(page.status, 200);
    await page.text();
  });

  test('the seeded quotes are what the editor could have picked: published, on their theme, the author’s words', async () => {
    const { results } = await kit.db
      .prepare(
        `SELECT q.excerpt, c.body, c.status, c.theme_id = q.theme_id AS same_theme
         FROM publication_quotes q JOIN contributions c ON c.id = q.contribution_id WHERE q.year = ?1`,
      )
      .bind(YEAR)
      .all<{ excerpt: string | null; body: string; status: string; same_theme: number }>();
    assert.equal(results.length, 5);
    for (const quote of results) {
      assert.equal(quote.status, 'published');
      assert.equal(quote.same_theme, 1);
      if (quote.excerpt) assert.ok(excerptFound(quote.excerpt, quote.body), quote.excerpt);
    }
  });

  test('a second run adds nothing', async () => {
    await seedDemo(kit.db);
    const count = () =>
      kit.db
        .prepare(
          `SELECT (SELECT count(*) FROM publication_editions) AS editions,
             (SELECT count(*) FROM publication_quotes) AS quotes,
             (SELECT count(*) FROM audit_log WHERE item_kind = 'publication') AS audit`,
        )
        .first();
    const before = await count();
    await seedDemo(kit.db);
    assert.deepEqual(await count(), before);
    assert.deepEqual(before, { editions: 1, quotes: 5, audit: 1 });
  });
});
