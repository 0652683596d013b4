/**
 * Contributions under load: submitting (each request a new text by a
 * distinct signed-in member), listing the first page and a deep page, and
 * listing with 50 against 50,000 published contributions. Ratios are taken
 * against the bare route of the same run by the caller.
 */
import autocannon from 'autocannon';
import { type Kit, mintToken } from '../functions/test/harness.ts';
import { toRun } from './load.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 1500);

const get = async (kit: Kit, path: string) =>
  toRun(await autocannon({ url: `${kit.url.origin}${path}`, connections: CONNECTIONS, duration: SECONDS }));

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

/** The cursor of page `page` (1-based) of a theme's list, by following nextCursor. */
async function cursorOfPage(kit: Kit, theme: string, page: number, limit: number): Promise<string> {
  let cursor = '';
  for (let index = 1; index < page; index++) {
    const query = new URLSearchParams({ theme, limit: String(limit), ...(cursor ? { cursor } : {}) });
    const response = await fetch(new URL(`/api/v1/contributions?${query}`, kit.url));
    const body = (await response.json()) as { nextCursor: string | null };
    if (!body.nextCursor) throw new Error(`${theme} has fewer than ${page} pages`);
    cursor = body.nextCursor;
  }
  return cursor;
}

export async function measureContributions(kit: Kit) {
  const tokens = await Promise.all(
    Array.from({ length: SUBMISSIONS + CONNECTIONS }, (_, index) =>
      mintToken({ sub: `writer-${index}`, name: `Writer ${index}`, roles: ['freelancer'], ttl: 3000 }),
    ),
  );
  let next = 0;
  const text = 'Une contribution écrite pour le banc d’essai : '.padEnd(400, 'texte ');
  const submit = toRun(
    await autocannon({
      url: kit.url.origin,
      connections: CONNECTIONS,
      amount: SUBMISSIONS,
      requests: [
        {
          method: 'POST',
          path: '/api/v1/contributions',
          setupRequest: (request) => ({
            ...request,
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${tokens[next++]}`,
              'idempotency-key': crypto.randomUUID(),
            },
            body: JSON.stringify({
              theme: 'cooperative-pour-qui',
              title: `Contribution ${next}`,
              text,
              role: 'freelancer',
              territory: 'wallonie',
              displayName: `Writer ${next}`,
              consent: true,
            }),
          }),
        },
      ],
    }),
  );
  const stored = await kit.db
    .prepare("SELECT COUNT(*) AS n FROM contributions WHERE participant NOT LIKE 'bench-%'")
    .first<{ n: number }>();

  await seedPublished(kit, 'modele-economique', 50);
  await seedPublished(kit, 'creer-son-activite', 50_000);
  const deepCursor = await cursorOfPage(kit, 'creer-son-activite', 200, 10);
  const list = {
    firstPage: await get(kit, '/api/v1/contributions?theme=creer-son-activite&limit=10'),
    deepPage: await get(
      kit,
      `/api/v1/contributions?theme=creer-son-activite&limit=10&cursor=${encodeURIComponent(deepCursor)}`,
    ),
    fifty: await get(kit, '/api/v1/contributions?theme=modele-economique&limit=10'),
    fiftyThousand: await get(kit, '/api/v1/contributions?theme=creer-son-activite&limit=10'),
  };
  return { submit, submitted: submit.ok, stored: stored?.n ?? 0, list };
}
