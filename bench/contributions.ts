/**
 * Published contributions at scale: the list's query with 50 against 50,000
 * published, first page and a deep page. (Submitting and listing under load
 * are scenarios of load.ts, side by side with the anchors.)
 */
import { type Keyset, listPublishedContributions } from '../functions/contributions/queries.ts';
import type { Kit } from '../functions/test/harness.ts';
import { meteredDb } from './scale.ts';

const CALLS = Number(process.env.BENCH_D1_CALLS ?? 200);

/**
 * Inserts `count` published contributions on a theme, one per second of
 * publication time, with references shaped like real ones (`0000-C351`).
 */
export async function seedPublished(kit: Kit, theme: string, count: number): Promise<void> {
  const existing = await kit.db.prepare('SELECT COUNT(*) AS n FROM contributions').first<{ n: number }>();
  const base = existing?.n ?? 0;
  const chunk = 10_000;
  for (let start = 1; start <= count; start += chunk) {
    const end = Math.min(count, start + chunk - 1);
    await kit.db
      .prepare(
        `INSERT INTO contributions (id, theme_id, participant, idempotency_key, status, title, body, role, territory,
           display_name, anonymous, email, consent_at, submitted_at, published_at, updated_at)
         WITH RECURSIVE seq(n) AS (SELECT CAST(?2 AS INTEGER) UNION ALL SELECT n + 1 FROM seq WHERE n < ?3)
         SELECT printf('%04X-%04X', (n + ?5) / 65536, (n + ?5) % 65536), (SELECT id FROM themes WHERE slug = ?1),
           'bench-' || ?1 || '-' || n, 'key-' || n, 'published',
           'Contribution ' || n, 'Texte de la contribution numéro ' || n || ' sur le modèle coopératif.', 'freelancer',
           'bruxelles', 'Auteur ' || n, 0, NULL, ?4, ?4,
           strftime('%Y-%m-%dT%H:%M:%fZ', '2026-01-01', '+' || n || ' seconds'), ?4
         FROM seq`,
      )
      .bind(theme, start, end, new Date().toISOString(), base)
      .run();
  }
}

/** Milliseconds per call of `run`, over `calls` calls one at a time. */
async function perCall(calls: number, run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  for (let index = 0; index < calls; index++) await run();
  return (performance.now() - started) / calls;
}

/**
 * Whether a list page costs the same with 50 or 50,000 published
 * contributions, first page or page 200: the D1 `rows_read` and the time of
 * the route's own query function, called directly (the route keeps pages in
 * memory for a moment; this is the cost under that cache).
 */
export async function measureListScale(kit: Kit) {
  await seedPublished(kit, 'modele-economique', 50);
  await seedPublished(kit, 'creer-son-activite', 50_000);
  const theme = async (slug: string) =>
    (await kit.db.prepare('SELECT id FROM themes WHERE slug = ?1').bind(slug).first<{ id: number }>())?.id;
  const fifty = await theme('modele-economique');
  const fiftyThousand = await theme('creer-son-activite');
  // Page 200 of 10: after the 1,990th newest row.
  const deep = await kit.db
    .prepare(
      `SELECT published_at AS publishedAt, id FROM contributions
       WHERE theme_id = ?1 AND status = 'published' ORDER BY published_at DESC, id DESC LIMIT 1 OFFSET 1989`,
    )
    .bind(fiftyThousand)
    .first<Keyset>();
  const measure = async (themeId: number | undefined, after?: Keyset) => {
    const metered = meteredDb(kit.db);
    await listPublishedContributions(metered.db, { themeId, after, limit: 11 });
    const ms = await perCall(CALLS, () => listPublishedContributions(kit.db, { themeId, after, limit: 11 }));
    return { rowsRead: metered.rowsRead(), ms };
  };
  return {
    fifty: await measure(fifty),
    fiftyThousand: await measure(fiftyThousand),
    deepPage: await measure(fiftyThousand, deep ?? undefined),
  };
}
