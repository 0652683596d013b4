/**
 * Test helpers for events: a valid event body, creating one through the
 * organisers' API, registering, the seat counters beside the rows they
 * count, and link tokens a test knows.
 */
import assert from 'node:assert/strict';
import type { EventView } from '../../schema/events.ts';
import { ADMIN, type Kit, type KitResponse, type RequestOptions, uniqueSlug } from '../test/harness.ts';
import { tokenHash } from './tokens.ts';

const HOUR = 3_600_000;

/**
 * An event body the organisers' API accepts: an in-person workshop in
 * Brussels, a week from now, 20 seats, open to anyone, with a waitlist.
 *
 * @example
 * const body = eventInput({ mode: 'hybrid', capacity: { in_person: 10, online: 50 } });
 */
export function eventInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  // On the minute, as organisers write times (calendar files keep seconds, not milliseconds).
  const start = Math.floor((Date.now() + 7 * 24 * HOUR) / 60_000) * 60_000;
  return {
    slug: uniqueSlug('event'),
    format: 'workshop',
    mode: 'in_person',
    title: { fr: 'Atelier : la coopérative, pour qui ?', nl: 'Workshop: de coöperatie, voor wie?' },
    description: { fr: 'Un atelier pour en débattre.', nl: 'Een workshop om erover te praten.' },
    themes: ['cooperative-pour-qui'],
    territory: 'bruxelles',
    place: { name: 'La Vallée', address: 'Rue Adolphe Lavallée 39, 1080 Bruxelles' },
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + 2 * HOUR).toISOString(),
    timeZone: 'Europe/Brussels',
    audience: 'public',
    capacity: { in_person: 20 },
    waitlist: true,
    allowGuests: true,
    onlineUrl: null,
    languages: ['fr', 'nl'],
    facilitator: 'Anne D.',
    referents: ['Marc B.'],
    secretary: 'Inès K.',
    accessibility: { stepFree: true, signLanguage: false, note: null },
    reminderHours: 24,
    ...overrides,
  };
}

/**
 * Creates an event through the organisers' API (as the seeded admin);
 * returns its slug. Throws on any non-201.
 *
 * @example
 * const slug = await createEvent(kit, { capacity: { in_person: 2 }, waitlist: false });
 */
export async function createEvent(kit: Kit, overrides: Record<string, unknown> = {}): Promise<string> {
  const body = eventInput(overrides);
  const response = await kit.request('/api/v1/admin/events', { method: 'POST', ...ADMIN, json: body });
  if (response.status !== 201) throw new Error(`createEvent: ${response.status} ${await response.text()}`);
  await response.arrayBuffer();
  return body.slug as string;
}

/**
 * Moves an event's times into the past (or anywhere), straight in D1: the
 * API refuses nothing here, but a test needs an event that took place.
 *
 * @example
 * await moveEvent(kit.db, slug, -48 * 3_600_000);
 */
export async function moveEvent(db: D1Database, slug: string, byMs: number): Promise<void> {
  const row = await db
    .prepare('SELECT starts_at, ends_at FROM events WHERE slug = ?1')
    .bind(slug)
    .first<{ starts_at: string; ends_at: string }>();
  if (!row) throw new Error(`no event ${slug}`);
  const shift = (instant: string) => new Date(Date.parse(instant) + byMs).toISOString();
  await db
    .prepare('UPDATE events SET starts_at = ?2, ends_at = ?3 WHERE slug = ?1')
    .bind(slug, shift(row.starts_at), shift(row.ends_at))
    .run();
}

/**
 * POSTs a registration; returns the response.
 *
 * @example
 * await registerFor(kit, slug, { mode: 'in_person' }, { token });
 */
export function registerFor(
  kit: Kit,
  slug: string,
  body: Record<string, unknown>,
  options: RequestOptions = {},
): Promise<KitResponse> {
  return kit.request(`/api/v1/events/${slug}/registrations`, { method: 'POST', json: body, ...options });
}

/** A guest's body: a name, an e-mail, consent, the mode. */
export function guestBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    mode: 'in_person',
    name: 'Lou Invité',
    email: `lou-${crypto.randomUUID().slice(0, 8)}@example.org`,
    consent: true,
    language: 'fr',
    ...overrides,
  };
}

export interface SeatState {
  /** From event_seats, per mode: [taken, waitlisted]. */
  counters: Record<string, [number, number]>;
  /** The same, counted from the registrations themselves. */
  rows: Record<string, [number, number]>;
}

/**
 * The seat counters of an event and the same counted from its rows: they
 * must always be equal.
 *
 * @example
 * const { counters, rows } = await seatState(kit.db, slug);
 * assert.deepEqual(counters, rows);
 */
export async function seatState(db: D1Database, slug: string): Promise<SeatState> {
  const [counters, rows] = await db.batch<{ mode: string; taken: number; waitlisted: number }>([
    db
      .prepare(
        `SELECT s.mode, s.taken, s.waitlisted FROM event_seats s JOIN events e ON e.id = s.event_id
         WHERE e.slug = ?1 AND (s.taken > 0 OR s.waitlisted > 0) ORDER BY s.mode`,
      )
      .bind(slug),
    db
      .prepare(
        `SELECT r.mode, sum(r.status IN ('confirmed', 'pending_confirmation')) AS taken,
           sum(r.status = 'waitlisted') AS waitlisted
         FROM registrations r JOIN events e ON e.id = r.event_id WHERE e.slug = ?1
         GROUP BY r.mode HAVING taken > 0 OR waitlisted > 0 ORDER BY r.mode`,
      )
      .bind(slug),
  ]);
  const shape = (results: { mode: string; taken: number; waitlisted: number }[]) =>
    Object.fromEntries(results.map((row) => [row.mode, [row.taken, row.waitlisted] as [number, number]]));
  return { counters: shape(counters.results), rows: shape(rows.results) };
}

/**
 * Asserts that the counters equal the rows, and returns them.
 *
 * @example
 * assert.deepEqual(await countsMatch(kit.db, slug), { in_person: [20, 180] });
 */
export async function countsMatch(db: D1Database, slug: string): Promise<Record<string, [number, number]>> {
  const { counters, rows } = await seatState(db, slug);
  assert.deepEqual(counters, rows, 'the seat counters equal the registrations');
  return counters;
}

/**
 * Gives a registration a link token the test knows (as an e-mail would
 * carry one), straight in D1; returns the token.
 *
 * @example
 * const token = await knownLink(kit.db, registrationId, 'cancel');
 */
export async function knownLink(
  db: D1Database,
  registrationId: string,
  purpose: 'confirm' | 'cancel',
  expiresAt?: string,
): Promise<string> {
  const token = `test-${purpose}-${crypto.randomUUID()}`;
  await db
    .prepare(
      `INSERT INTO registration_tokens (token_hash, registration_id, purpose, expires_at, created_at)
       SELECT ?1, r.id, ?3, coalesce(?4, CASE ?3 WHEN 'confirm' THEN r.expires_at ELSE e.ends_at END), ?5
       FROM registrations r JOIN events e ON e.id = r.event_id WHERE r.id = ?2`,
    )
    .bind(await tokenHash(token), registrationId, purpose, expiresAt ?? null, new Date().toISOString())
    .run();
  return token;
}

/**
 * The id of a person's registration (by their participant or guest key), for tests.
 *
 * @example
 * const id = await registrationId(kit.db, slug, "email = 'lou@example.org'");
 */
export async function registrationIdWhere(db: D1Database, slug: string, where: string): Promise<string> {
  const row = await db
    .prepare(
      `SELECT r.id FROM registrations r JOIN events e ON e.id = r.event_id WHERE e.slug = ?1 AND ${where}`,
    )
    .bind(slug)
    .first<{ id: string }>();
  if (!row) throw new Error(`no registration of ${slug} where ${where}`);
  return row.id;
}

/**
 * GET /api/v1/events/:slug as some caller, checked to be a 200.
 *
 * @example
 * const view = await readView(kit, slug, { token });
 */
export async function readView(kit: Kit, slug: string, options: RequestOptions = {}): Promise<EventView> {
  const response = await kit.request(`/api/v1/events/${slug}`, options);
  assert.equal(response.status, 200);
  return (await response.json()) as EventView;
}
