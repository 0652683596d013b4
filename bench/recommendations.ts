/**
 * Recommendations under load and at scale: supporting one (distinct
 * signed-in people) side by side with the plainest D1 INSERT, reading the
 * feed and one recommendation side by side with one D1 SELECT, every answer
 * then counted against the rows and the counters; and a page of the feed
 * with 50 against 50,000 public recommendations, first page and page 200.
 */
import autocannon from 'autocannon';
import { type Keyset, listPublicRecommendations } from '../functions/recommendations/queries.ts';
import { recommendationIn } from '../functions/recommendations/test-helpers.ts';
import { type Kit, mintToken } from '../functions/test/harness.ts';
import { type Run, toRun } from './load.ts';
import { meteredDb } from './scale.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SUPPORTS_PER_ROUND = Number(process.env.BENCH_SUPPORTS ?? 2000);
const CALLS = Number(process.env.BENCH_D1_CALLS ?? 200);

export type RecommendationScenario = 'select' | 'insert' | 'support' | 'list' | 'read';

async function load(kit: Kit, request: autocannon.Request, amount?: number): Promise<Run> {
  const result = await autocannon({
    url: kit.url.origin,
    connections: CONNECTIONS,
    ...(amount ? { amount } : { duration: SECONDS }),
    requests: [request],
  });
  return toRun(result);
}

/**
 * Supports by distinct people (each one a first support, which must be
 * counted) against the INSERT anchor, and the public reads against the
 * SELECT anchor, rounds interleaved; then the 2xx answers, the rows and the
 * `*` counter, which must be equal.
 */
export async function measureRecommendationLoad(kit: Kit, rounds = 2) {
  const { slug } = await recommendationIn(kit, 'submitted', {
    slug: 'bench-support',
    audience: 'participants',
  });
  // Something to read: a recommendation with a few supports and sources is what visitors open.
  const { slug: readSlug } = await recommendationIn(kit, 'under_review', { slug: 'bench-read' });
  await kit.db.exec('CREATE TABLE IF NOT EXISTS bench_scratch (id TEXT PRIMARY KEY, value TEXT NOT NULL)');
  const tokens = await Promise.all(
    Array.from({ length: rounds * SUPPORTS_PER_ROUND + CONNECTIONS }, (_, index) =>
      mintToken({ sub: `supporter-${index}`, roles: ['member'], ttl: 3000 }),
    ),
  );
  let next = 0;
  const runs: Record<RecommendationScenario, Run[]> = {
    select: [],
    insert: [],
    support: [],
    list: [],
    read: [],
  };
  for (let round = 0; round < rounds; round++) {
    runs.select.push(await load(kit, { method: 'GET', path: '/api/v1/bench/select' }));
    runs.list.push(await load(kit, { method: 'GET', path: '/api/v1/recommendations?limit=10' }));
    runs.read.push(await load(kit, { method: 'GET', path: `/api/v1/recommendations/${readSlug}` }));
    runs.insert.push(await load(kit, { method: 'POST', path: '/api/v1/bench/insert' }, SUPPORTS_PER_ROUND));
    runs.support.push(
      await load(
        kit,
        {
          method: 'POST',
          path: `/api/v1/recommendations/${slug}/support`,
          body: '{}',
          setupRequest: (request) => ({
            ...request,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[next++]}` },
          }),
        },
        SUPPORTS_PER_ROUND,
      ),
    );
  }
  const counts = await kit.db
    .prepare(
      `SELECT (SELECT COUNT(*) FROM recommendation_supports WHERE recommendation_id = r.id) AS rows_,
         (SELECT supports FROM recommendation_support_counts WHERE recommendation_id = r.id AND role = '*') AS counted
       FROM recommendations r WHERE r.slug = ?1`,
    )
    .bind(slug)
    .first<{ rows_: number; counted: number | null }>();
  return {
    runs,
    accepted: runs.support.reduce((total, run) => total + run.ok, 0),
    supportsInDb: counts?.rows_ ?? 0,
    counted: counts?.counted ?? 0,
  };
}

/**
 * Inserts `count` public recommendations on a theme (no trigger involved),
 * one change per minute, in the statuses a feed shows most, in years
 * (2010–2016) no other scenario publishes (the publication's bench uses 2024).
 */
async function seedPublic(kit: Kit, theme: string, count: number): Promise<void> {
  const chunk = 10_000;
  for (let start = 1; start <= count; start += chunk) {
    const end = Math.min(count, start + chunk - 1);
    await kit.db
      .prepare(
        `INSERT INTO recommendations (slug, theme_id, year, status, title, summary, body, audience, atom_id,
           created_at, status_at, changed_at, updated_at)
         WITH RECURSIVE seq(n) AS (SELECT CAST(?2 AS INTEGER) UNION ALL SELECT n + 1 FROM seq WHERE n < ?3),
           dated AS (SELECT n, strftime('%Y-%m-%dT%H:%M:%fZ', '2020-01-01', '+' || n || ' minutes') AS at FROM seq)
         SELECT 'bench-' || ?1 || '-' || n, (SELECT id FROM themes WHERE slug = ?1), 2010 + n % 7,
           CASE n % 5 WHEN 0 THEN 'submitted' WHEN 1 THEN 'under_review' WHEN 2 THEN 'adopted'
             WHEN 3 THEN 'in_progress' ELSE 'implemented' END,
           json_object('fr', 'Recommandation ' || n), json_object('fr', 'Ce que demande la recommandation ' || n || '.'),
           json_object('fr', 'Le texte de la recommandation ' || n || '.'), 'participants',
           'urn:bench:' || ?1 || ':' || n, at, at, at, at
         FROM dated`,
      )
      .bind(theme, start, end)
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
 * Whether a page of the feed costs the same on a theme with 50 or 50,000
 * public recommendations, first page or page 200 (keyset), and unfiltered:
 * the D1 `rows_read` and the time of the route's own query function, called
 * directly (the route keeps pages a moment in memory; this is the cost
 * under that cache).
 */
export async function measureRecommendationScale(kit: Kit) {
  await seedPublic(kit, 'cooperative-pour-qui', 50);
  await seedPublic(kit, 'entreprise-partagee', 50_000);
  const theme = async (slug: string) =>
    (await kit.db.prepare('SELECT id FROM themes WHERE slug = ?1').bind(slug).first<{ id: number }>())?.id;
  const fifty = await theme('cooperative-pour-qui');
  const fiftyThousand = await theme('entreprise-partagee');
  // Page 200 of 10: after the 1,990th newest row.
  const deep = await kit.db
    .prepare(
      `SELECT changed_at AS at, id FROM recommendations
       WHERE theme_id = ?1 AND status <> 'draft' ORDER BY changed_at DESC, id DESC LIMIT 1 OFFSET 1989`,
    )
    .bind(fiftyThousand)
    .first<Keyset>();
  const measure = async (themeId: number | undefined, after?: Keyset) => {
    const metered = meteredDb(kit.db);
    const rows = await listPublicRecommendations(metered.db, { themeId, after, limit: 11 });
    if (rows.length !== 11) throw new Error(`a page of ${rows.length} rows, 11 expected`);
    const ms = await perCall(CALLS, () => listPublicRecommendations(kit.db, { themeId, after, limit: 11 }));
    return { rowsRead: metered.rowsRead(), ms };
  };
  return {
    fifty: await measure(fifty),
    fiftyThousand: await measure(fiftyThousand),
    deepPage: await measure(fiftyThousand, deep ?? undefined),
    unfiltered: await measure(undefined),
  };
}
