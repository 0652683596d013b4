/**
 * Events at scale: the list's query with 50 against 50,000 events, first
 * page and a deep page; a 500-event calendar feed. (Registering under load
 * is a scenario of load.ts, side by side with the anchors.)
 */
import { type EventKeyset, listEvents } from '../functions/events/queries.ts';
import type { Kit } from '../functions/test/harness.ts';
import { meteredDb } from './scale.ts';

const CALLS = Number(process.env.BENCH_D1_CALLS ?? 200);
const FEED_CALLS = Number(process.env.BENCH_FEED_CALLS ?? 20);

/**
 * Inserts `count` scheduled events of a territory, one an hour from
 * tomorrow, with their seat rows (in person; one in four also online).
 */
export async function seedEvents(kit: Kit, territory: string, count: number): Promise<void> {
  const chunk = 10_000;
  const from = new Date(Math.ceil(Date.now() / 86_400_000) * 86_400_000).toISOString();
  for (let start = 1; start <= count; start += chunk) {
    const end = Math.min(count, start + chunk - 1);
    await kit.db
      .prepare(
        `INSERT INTO events (slug, uid, format, mode, status, title, description, territory, place, city, starts_at,
           ends_at, time_zone, audience, capacity_in_person, capacity_online, waitlist, allow_guests, online_url,
           languages, facilitator, referents, secretary, step_free, sign_language, accessibility_note,
           reminder_hours, sequence, created_at, updated_at)
         WITH RECURSIVE seq(n) AS (SELECT CAST(?2 AS INTEGER) UNION ALL SELECT n + 1 FROM seq WHERE n < ?3)
         SELECT printf('bench-%s-%06d', ?1, n), printf('bench-%s-%06d@smart-in-progress', ?1, n), 'workshop',
           CASE n % 4 WHEN 0 THEN 'hybrid' ELSE 'in_person' END, 'scheduled',
           json_object('fr', 'Atelier numéro ' || n || ' : la coopérative, pour qui ?', 'nl', 'Workshop ' || n),
           json_object('fr', 'Deux heures pour débattre, proposer, et rédiger des recommandations ensemble.'), ?1,
           json_object('name', 'La Vallée', 'address', 'Rue Adolphe Lavallée 39, 1080 Bruxelles'), 'Bruxelles',
           strftime('%Y-%m-%dT%H:%M:%fZ', ?4, '+' || n || ' hours'),
           strftime('%Y-%m-%dT%H:%M:%fZ', ?4, '+' || n || ' hours', '+2 hours'), 'Europe/Brussels', 'public', 20,
           CASE n % 4 WHEN 0 THEN 50 END, 1, 1, NULL, '["fr","nl"]', 'Anne D.', '["Marc B."]', NULL, 1, 0, NULL,
           24, 0, ?4, ?4
         FROM seq`,
      )
      .bind(territory, start, end, from)
      .run();
  }
  await kit.db
    .prepare(
      `INSERT OR IGNORE INTO event_seats (event_id, mode)
       SELECT e.id, m.value FROM events e, json_each('["in_person","online"]') m
       WHERE e.territory = ?1 AND (m.value = 'in_person' OR e.capacity_online IS NOT NULL)`,
    )
    .bind(territory)
    .run();
}

async function perCall(calls: number, run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  for (let index = 0; index < calls; index++) await run();
  return (performance.now() - started) / calls;
}

/**
 * Whether a page of events costs the same with 50 or 50,000 in the
 * territory asked for, first page or page 100 of 20: the D1 `rows_read`
 * and the time of the route's own query function, called directly.
 */
export async function measureEventListScale(kit: Kit) {
  await seedEvents(kit, 'corse', 50);
  await seedEvents(kit, 'occitanie', 50_000);
  const now = new Date().toISOString();
  const deep = await kit.db
    .prepare(
      `SELECT starts_at AS startsAt, id FROM events WHERE territory = 'occitanie'
       ORDER BY starts_at, id LIMIT 1 OFFSET 1999`,
    )
    .first<EventKeyset>();
  const measure = async (territory: string, after?: EventKeyset) => {
    const page = { when: 'upcoming' as const, now, territory, after, limit: 21 };
    const metered = meteredDb(kit.db);
    await listEvents(metered.db, page);
    const ms = await perCall(CALLS, () => listEvents(kit.db, page));
    return { rowsRead: metered.rowsRead(), ms };
  };
  return {
    fifty: await measure('corse'),
    fiftyThousand: await measure('occitanie'),
    deepPage: await measure('occitanie', deep ?? undefined),
  };
}

/**
 * The time of `GET /api/v1/events.ics` for a territory with 500 events to
 * come, through the Worker (mean of sequential calls), and its size.
 */
export async function measureFeed(kit: Kit) {
  await seedEvents(kit, 'normandie', 500);
  const path = '/api/v1/events.ics?territory=normandie';
  const first = await kit.request(path);
  const text = await first.text();
  const events = text.split('\r\nBEGIN:VEVENT\r\n').length - 1;
  if (first.status !== 200 || events !== 500)
    throw new Error(`the feed holds ${events} events (${first.status})`);
  const ms = await perCall(FEED_CALLS, async () => (await kit.request(path)).arrayBuffer());
  return { events, bytes: new TextEncoder().encode(text).length, ms };
}
