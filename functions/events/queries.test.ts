/**
 * The event list's queries, called directly: the order and the keyset,
 * every filter's query plan, and a page that reads as many rows with 50,000
 * events as with 50.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { EventList } from '../../schema/events.ts';
import { type Kit, startKit } from '../test/harness.ts';
import { type EventPage, eventPageQuery, listEvents } from './queries.ts';
import { createEvent, moveEvent } from './test-helpers.ts';

let kit: Kit;
before(async () => {
  kit = await startKit();
});
after(() => kit.close());

const NOW = '2030-06-01T12:00:00.000Z';
const AFTER = { startsAt: '2030-06-02T10:00:00.000Z', id: 7 };

/**
 * Inserts `count` events straight in D1, one an hour from `from` (a test
 * territory's and theme's, so that other tests' events do not count).
 */
async function bulkEvents(
  count: number,
  options: { from: string; prefix: string; themeId: number; territory: string },
) {
  await kit.db
    .prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1)
       INSERT INTO events (slug, uid, format, mode, status, title, description, territory, place, city, starts_at,
         ends_at, time_zone, audience, capacity_in_person, capacity_online, waitlist, allow_guests, online_url,
         languages, facilitator, referents, secretary, step_free, sign_language, accessibility_note, reminder_hours,
         sequence, created_at, updated_at)
       SELECT printf('%s-%06d', ?2, i), printf('%s-%06d@bench', ?2, i),
         CASE i % 3 WHEN 0 THEN 'small_talk' ELSE 'workshop' END,
         CASE i % 4 WHEN 0 THEN 'online' WHEN 1 THEN 'hybrid' ELSE 'in_person' END, 'scheduled',
         json_object('fr', 'Atelier ' || i), json_object('fr', 'Description'), ?4, NULL, NULL,
         strftime('%Y-%m-%dT%H:%M:%fZ', ?3, '+' || i || ' hours'),
         strftime('%Y-%m-%dT%H:%M:%fZ', ?3, '+' || i || ' hours', '+1 hours'), 'Europe/Brussels', 'public',
         CASE WHEN i % 4 = 0 THEN NULL ELSE 20 END, CASE WHEN i % 4 IN (0, 1) THEN 20 END, 1, 1, NULL, '["fr"]',
         NULL, '[]', NULL, 0, 0, NULL, 24, 0, ?3, ?3
       FROM n`,
    )
    .bind(count, options.prefix, options.from, options.territory)
    .run();
  await kit.db
    .prepare(
      `INSERT INTO event_themes (event_id, theme_id, starts_at)
       SELECT id, ?2, starts_at FROM events WHERE slug LIKE ?1 || '-%' AND id % 2 = 0`,
    )
    .bind(options.prefix, options.themeId)
    .run();
}

const VARIANTS: Record<string, Omit<EventPage, 'limit' | 'now'>> = {
  upcoming: { when: 'upcoming' },
  'upcoming, next page': { when: 'upcoming', after: AFTER },
  'upcoming, a day': { when: 'upcoming', from: '2030-06-02T00:00:00.000Z', to: '2030-06-03T00:00:00.000Z' },
  'upcoming, a theme': { when: 'upcoming', themeId: 3 },
  'upcoming, a theme, next page': { when: 'upcoming', themeId: 3, after: AFTER },
  'upcoming, a territory': { when: 'upcoming', territory: 'corse' },
  'upcoming, a territory, next page': { when: 'upcoming', territory: 'corse', after: AFTER },
  'upcoming, a format': { when: 'upcoming', format: 'small_talk' },
  'upcoming, in person': { when: 'upcoming', mode: 'in_person' },
  'upcoming, online': { when: 'upcoming', mode: 'online' },
  'upcoming, hybrid': { when: 'upcoming', mode: 'hybrid', after: AFTER },
  past: { when: 'past' },
  'past, next page': { when: 'past', after: { startsAt: '2030-05-01T10:00:00.000Z', id: 7 } },
  'past, a theme': { when: 'past', themeId: 3 },
};

describe('db/events: the list', () => {
  test('every variant walks one index in order from its keyset: no full scan, no temporary sort', async () => {
    for (const [name, variant] of Object.entries(VARIANTS)) {
      const { sql, params } = eventPageQuery({ ...variant, now: NOW, limit: 21 });
      const { results } = await kit.db
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .bind(...params)
        .all<{ detail: string }>();
      const plan = results.map((row) => row.detail);
      const table = variant.themeId === undefined ? 'e' : 'k';
      assert.ok(
        plan.some((step) => new RegExp(`^SEARCH ${table} USING (COVERING )?INDEX \\S+ \\(`).test(step)),
        `${name}: a range of an index: ${plan.join(' | ')}`,
      );
      assert.ok(!plan.some((step) => /TEMP B-TREE|^SCAN (e|k)\b/.test(step)), `${name}: ${plan.join(' | ')}`);
    }
  });

  test('what is to come, soonest first, then what took place, latest first; running events are still to come', async () => {
    const territory = 'corse';
    const soon = await createEvent(kit, { territory });
    const later = await createEvent(kit, {
      territory,
      startsAt: new Date(Date.now() + 20 * 86_400_000).toISOString(),
      endsAt: new Date(Date.now() + 20 * 86_400_000 + 3_600_000).toISOString(),
    });
    const running = await createEvent(kit, { territory });
    await moveEvent(kit.db, running, -(7 * 86_400_000 + 3_600_000));
    const done = await createEvent(kit, { territory });
    await moveEvent(kit.db, done, -30 * 86_400_000);
    const earlier = await createEvent(kit, { territory });
    await moveEvent(kit.db, earlier, -40 * 86_400_000);

    const slugs = async (query: string) => {
      const response = await kit.request(`/api/v1/events?territory=${territory}&${query}`);
      assert.equal(response.status, 200);
      return (await response.json()) as EventList;
    };
    assert.deepEqual(
      (await slugs('when=upcoming')).events.map((event) => event.slug),
      [running, soon, later],
    );
    assert.deepEqual(
      (await slugs('when=past')).events.map((event) => event.slug),
      [done, earlier],
    );
    // A page at a time, through the cursor.
    const first = await slugs('limit=2');
    assert.deepEqual(
      first.events.map((event) => event.slug),
      [running, soon],
    );
    assert.ok(first.nextCursor);
    const second = await slugs(`limit=2&cursor=${first.nextCursor}`);
    assert.deepEqual(
      second.events.map((event) => event.slug),
      [later],
    );
    assert.equal(second.nextCursor, null);
    const forged = await kit.request(`/api/v1/events?cursor=${btoa('["x",1]')}`);
    assert.equal(forged.status, 400);
  });

  test('filters by theme, format and mode (in person and online include hybrid events)', async () => {
    const territory = 'bretagne';
    const hybrid = await createEvent(kit, {
      territory,
      mode: 'hybrid',
      capacity: { in_person: 5, online: 5 },
      onlineUrl: 'https://meet.example.org/h',
    });
    const online = await createEvent(kit, {
      territory,
      mode: 'online',
      format: 'small_talk',
      themes: ['entreprise-partagee', 'modele-economique'],
      place: null,
      capacity: { online: 5 },
    });
    const inPerson = await createEvent(kit, { territory, themes: ['entreprise-partagee'] });
    const list = async (query: string) =>
      (
        (await (await kit.request(`/api/v1/events?territory=${territory}&${query}`)).json()) as EventList
      ).events.map((event) => event.slug);
    assert.deepEqual((await list('mode=in_person')).sort(), [hybrid, inPerson].sort());
    assert.deepEqual((await list('mode=online')).sort(), [hybrid, online].sort());
    assert.deepEqual(await list('mode=hybrid'), [hybrid]);
    assert.deepEqual(await list('format=small_talk'), [online]);
    assert.deepEqual((await list('theme=entreprise-partagee')).sort(), [inPerson, online].sort());
    const themed = (await (
      await kit.request('/api/v1/events?theme=entreprise-partagee')
    ).json()) as EventList;
    const event = themed.events.find((candidate) => candidate.slug === online);
    assert.deepEqual(
      event?.themes.map((theme) => theme.slug),
      ['modele-economique', 'entreprise-partagee'],
      'themes in their display order',
    );
  });

  test('a page reads as many rows with 50,000 events as with 50, first page or deep', async () => {
    const options = { from: '2030-06-01T13:00:00.000Z', prefix: 'scale', themeId: 3, territory: 'corse' };
    const rowsRead = async () => {
      const counts: Record<string, number> = {};
      for (const [name, variant] of Object.entries(VARIANTS)) {
        if (variant.when === 'past') continue;
        // Six: a full page of every filter with 50 events as with 50,000.
        const { sql, params } = eventPageQuery({ ...variant, now: NOW, limit: 6 });
        const { results, meta } = await kit.db
          .prepare(sql)
          .bind(...params)
          .all();
        assert.equal(results.length, 6, name);
        counts[name] = meta.rows_read;
      }
      return counts;
    };
    await bulkEvents(50, options);
    const small = await rowsRead();
    await bulkEvents(49_950, { ...options, prefix: 'scale-more', from: '2030-06-03T13:00:00.000Z' });
    const large = await rowsRead();
    assert.deepEqual(large, small);
    // A page of 6 events with their themes and seats, whatever the filter: a bounded number of rows.
    for (const [name, rows] of Object.entries(large)) assert.ok(rows <= 60, `${name}: ${rows} rows read`);
    // Page 1,000 of 21 reads what the second page reads.
    const deepest = await kit.db
      .prepare(
        "SELECT starts_at AS startsAt, id FROM events WHERE slug LIKE 'scale-more-%' ORDER BY starts_at, id LIMIT 1 OFFSET 20999",
      )
      .first<{ startsAt: string; id: number }>();
    assert.ok(deepest);
    for (const variant of ['upcoming, next page', 'upcoming, a territory, next page'] as const) {
      const { sql, params } = eventPageQuery({ ...VARIANTS[variant], after: deepest, now: NOW, limit: 6 });
      const { results, meta } = await kit.db
        .prepare(sql)
        .bind(...params)
        .all();
      assert.equal(results.length, 6);
      // As many as the second page, give or take the themes of the 6 events read (half have one).
      assert.ok(
        Math.abs(meta.rows_read - large[variant]) <= 6,
        `${variant}, page 1,000: ${meta.rows_read} rows read`,
      );
    }
    const deep = await listEvents(kit.db, { when: 'upcoming', now: NOW, after: deepest, limit: 21 });
    assert.equal(deep.length, 21, 'a deep page is a full page');
  });
});
