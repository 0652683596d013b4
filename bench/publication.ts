/**
 * The annual publication at its expected size: a year with 200
 * recommendations (each with its timeline, most with the board's answer and
 * supports), polls and quotes. Publishing it (gathering every figure and
 * freezing the snapshot), and serving it: the printable page
 * `/publication/YEAR` (the render from the stored snapshot) and its JSON,
 * under load on loopback.
 */
import autocannon from 'autocannon';
import { renderEdition } from '../functions/publications/page.ts';
import { loadPageData } from '../functions/publications/queries.ts';
import { ADMIN, createPoll, type Kit } from '../functions/test/harness.ts';
import type { PublicationEdition } from '../schema/publications.ts';

const SECONDS = Number(process.env.BENCH_SCALE_SECONDS ?? 3);
/** A past year no other scenario uses: its polls are closed, its results shown. */
const YEAR = 2024;

/** 200 recommendations over the four themes, in every public status, with timelines, answers and supports. */
async function seedYear(kit: Kit, recommendations: number): Promise<void> {
  const at = `${YEAR}-06-01T10:00:00.000Z`;
  await kit.db.batch([
    kit.db
      .prepare(
        `INSERT INTO recommendations (slug, theme_id, year, status, title, summary, body, audience, merged_into,
           atom_id, created_at, status_at, changed_at, updated_at)
         WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ?2)
         SELECT 'bench-' || n, (SELECT id FROM themes WHERE position = 1 + n % 4), ?1,
           CASE n % 4 WHEN 0 THEN 'submitted' WHEN 1 THEN 'under_review' WHEN 2 THEN 'adopted' ELSE 'implemented' END,
           json_object('fr', 'Recommandation ' || n || ' sur le modèle coopératif', 'nl', 'Aanbeveling ' || n),
           json_object('fr', 'Résumé de la recommandation ' || n || ' : ' || substr(hex(randomblob(200)), 1, 300)),
           json_object('fr', 'Texte'), 'participants', NULL, 'urn:uuid:bench-' || n, ?3, ?3, ?3, ?3
         FROM seq`,
      )
      .bind(YEAR, recommendations, at),
    kit.db
      .prepare(
        `INSERT INTO recommendation_status_changes (recommendation_id, from_status, to_status, body, reason, at)
         SELECT r.id, s.from_status, s.to_status, s.body, json_object('fr', 'Motif de l''étape ' || s.step), ?2
         FROM recommendations r JOIN (
           SELECT 1 AS step, 'draft' AS from_status, 'submitted' AS to_status, 'steering_committee' AS body
           UNION ALL SELECT 2, 'submitted', 'under_review', 'board'
           UNION ALL SELECT 3, 'under_review', 'adopted', 'board'
           UNION ALL SELECT 4, 'adopted', 'implemented', 'board') s
           ON s.step <= CASE r.status WHEN 'submitted' THEN 1 WHEN 'under_review' THEN 2 WHEN 'adopted' THEN 3 ELSE 4 END
         WHERE r.year = ?1 ORDER BY r.id, s.step`,
      )
      .bind(YEAR, at),
    kit.db
      .prepare(
        `INSERT INTO recommendation_answers (recommendation_id, version, body, review_on, answered_at)
         SELECT r.id, v.version, json_object('fr', 'Réponse du conseil, version ' || v.version || ' : '
           || substr(hex(randomblob(300)), 1, 500)), '2025-03-31', ?2
         FROM recommendations r, (SELECT 1 AS version UNION ALL SELECT 2) v
         WHERE r.year = ?1 AND r.status IN ('adopted', 'implemented')`,
      )
      .bind(YEAR, at),
    kit.db
      .prepare(
        `INSERT INTO recommendation_supports (recommendation_id, participant, roles, supported_at)
         SELECT r.id, 'bench-supporter-' || k.n, json_array(CASE k.n % 2 WHEN 0 THEN 'member' ELSE 'freelancer' END), ?2
         FROM recommendations r,
           (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 10) SELECT n FROM seq) k
         WHERE r.year = ?1`,
      )
      .bind(YEAR, at),
  ]);
  for (const theme of [
    'cooperative-pour-qui',
    'modele-economique',
    'creer-son-activite',
    'entreprise-partagee',
  ]) {
    await createPoll(kit, {
      theme,
      opensAt: `${YEAR}-02-01T00:00:00.000Z`,
      closesAt: `${YEAR}-04-01T00:00:00.000Z`,
    });
  }
}

export interface PublicationBench {
  recommendations: number;
  publishMs: number;
  snapshotBytes: number;
  /** The page's render alone, in node: the stored snapshot parsed and rendered to HTML (median and slowest of 20). */
  render: { medianMs: number; maxMs: number };
  page: { bytes: number; p50: number; p99: number; requestsPerSecond: number };
  json: { p50: number; p99: number; requestsPerSecond: number };
}

export async function measurePublication(kit: Kit, recommendations = 200): Promise<PublicationBench> {
  await seedYear(kit, recommendations);
  const started = performance.now();
  const published = await kit.request(`/api/v1/admin/publications/${YEAR}`, { method: 'POST', ...ADMIN });
  const publishMs = performance.now() - started;
  if (published.status !== 201)
    throw new Error(`publishing ${YEAR}: ${published.status} ${await published.text()}`);
  const snapshotBytes = (await published.arrayBuffer()).byteLength;

  const page = await kit.request(`/publication/${YEAR}`);
  const html = await page.text();
  const rendered = (html.match(/<li class="recommendation">/g) ?? []).length;
  if (page.status !== 200 || rendered !== recommendations) {
    throw new Error(
      `/publication/${YEAR}: ${page.status}, ${rendered} recommendations rendered of ${recommendations}`,
    );
  }
  // The render the route does, run here on the same stored row, without HTTP nor D1 in the timing.
  const data = await loadPageData(kit.db, YEAR);
  const times: number[] = [];
  for (let run = 0; run < 20; run++) {
    const begun = performance.now();
    const edition = JSON.parse(data.edition?.snapshot ?? 'null') as PublicationEdition;
    String(
      await renderEdition(edition, {
        language: 'fr',
        territories: data.territories,
        editions: data.editions,
      }),
    );
    times.push(performance.now() - begun);
  }
  times.sort((a, b) => a - b);

  const load = (path: string) =>
    autocannon({ url: `${kit.url.origin}${path}`, connections: 4, duration: SECONDS });
  const [pageRun, jsonRun] = [await load(`/publication/${YEAR}`), await load(`/api/v1/publications/${YEAR}`)];
  for (const run of [pageRun, jsonRun]) {
    if (run.non2xx > 0 || run.errors > 0)
      throw new Error(`${run.non2xx} non-2xx, ${run.errors} errors under load`);
  }
  return {
    recommendations,
    publishMs,
    snapshotBytes,
    render: { medianMs: times[times.length >> 1], maxMs: times[times.length - 1] },
    page: {
      bytes: new TextEncoder().encode(html).length,
      p50: pageRun.latency.p50,
      p99: pageRun.latency.p99,
      requestsPerSecond: pageRun.requests.average,
    },
    json: { p50: jsonRun.latency.p50, p99: jsonRun.latency.p99, requestsPerSecond: jsonRun.requests.average },
  };
}
