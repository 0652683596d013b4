/**
 * The demo events: what the example page's calendar relies on, and idempotence.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { EventList } from '../../schema/events.ts';
import { databaseFingerprint, type Kit, seedDemo, startKit, uniqueIp } from '../test/harness.ts';
import { countsMatch, guestBody, readView, registerFor } from './test-helpers.ts';

let kit: Kit;
before(async () => {
  kit = await startKit();
});
after(() => kit.close());

async function list(query: string): Promise<EventList> {
  const response = await kit.request(`/api/v1/events?limit=100&${query}`);
  assert.equal(response.status, 200);
  return (await response.json()) as EventList;
}

describe('schema/seed: events', () => {
  test('workshops on the four themes in both countries, small talks, a hybrid, a full one, a past one with minutes', async () => {
    await seedDemo(kit.db);
    const upcoming = (await list('when=upcoming')).events;
    assert.ok(upcoming.length >= 9);
    const themes = new Set(upcoming.flatMap((event) => event.themes.map((theme) => theme.slug)));
    assert.deepEqual([...themes].sort(), [
      'cooperative-pour-qui',
      'creer-son-activite',
      'entreprise-partagee',
      'modele-economique',
    ]);
    const territories = new Set(upcoming.map((event) => event.territory));
    for (const territory of [
      'bruxelles',
      'wallonie',
      'flandre',
      'hauts-de-france',
      'auvergne-rhone-alpes',
      'ile-de-france',
      'en-ligne',
    ]) {
      assert.ok(territories.has(territory), territory);
    }
    const cities = upcoming.map((event) => event.city);
    for (const city of ['Bruxelles', 'Liège', 'Gent', 'Paris']) assert.ok(cities.includes(city), city);
    assert.ok(upcoming.some((event) => event.format === 'small_talk' && event.mode === 'online'));
    assert.ok(upcoming.some((event) => event.mode === 'hybrid'));
    assert.ok(upcoming.some((event) => event.timeZone === 'Europe/Paris'));

    const full = await readView(kit, 'atelier-paris-cooperative-pour-qui');
    assert.deepEqual(full.seats.in_person, { capacity: 12, taken: 12, left: 0, waitlist: 3 });
    const waiting = await registerFor(kit, full.slug, guestBody(), { ip: uniqueIp() });
    assert.deepEqual(await waiting.json(), {
      event: full.slug,
      mode: 'in_person',
      status: 'waitlisted',
      position: 4,
      expiresAt: (
        (await kit.db.prepare('SELECT max(expires_at) AS at FROM registrations WHERE guest = 1').first()) as {
          at: string;
        }
      ).at,
    });

    const past = (await list('when=past')).events.map((event) => event.slug);
    assert.ok(past.includes('atelier-bruxelles-bilan-entreprise-partagee'));
    const minutes = (await readView(kit, 'atelier-bruxelles-bilan-entreprise-partagee')).minutes;
    assert.ok(minutes?.text.fr.startsWith('Vingt-deux'));
    assert.equal(minutes?.attendees.total, 22);
    for (const slug of [
      'atelier-paris-cooperative-pour-qui',
      'atelier-bruxelles-bilan-entreprise-partagee',
    ]) {
      await countsMatch(kit.db, slug);
    }
  });

  test('running it again adds nothing', async () => {
    await seedDemo(kit.db);
    const before = await databaseFingerprint(kit.db);
    await seedDemo(kit.db);
    assert.deepEqual(await databaseFingerprint(kit.db), before);
  });
});
