/**
 * The organisers' routes, the erasure of a participant's registrations,
 * the daily jobs and the pages behind the e-mails' links, on the real
 * runtime: every change with its audit line, every refusal with nothing
 * changed.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AdminEventView, AdminRegistrationList } from '../../schema/events.ts';
import {
  ADMIN,
  changedRows,
  databaseFingerprint,
  expectNothingChanged,
  type Kit,
  MODERATOR,
  mintToken,
  seedAdminToken,
  startKit,
  uniqueIp,
} from '../test/harness.ts';
import { purgeRegistrationEmails } from './queries.ts';
import {
  countsMatch,
  createEvent,
  eventInput,
  guestBody,
  knownLink,
  moveEvent,
  readView,
  registerFor,
  registrationIdWhere,
} from './test-helpers.ts';

let kit: Kit;
let ORGANISER: { token: string };
before(async () => {
  kit = await startKit({ vars: { GUEST_RETENTION_DAYS: '30', EVENT_CONFIRM_MINUTES: '60' } });
  ORGANISER = { token: await seedAdminToken(kit.db, { name: 'olivia', role: 'organiser' }) };
});
after(() => kit.close());

const DAY = 86_400_000;

async function auditOf(
  slug: string,
): Promise<{ actor: string; action: string; to_status: string; note: string | null }[]> {
  const { results } = await kit.db
    .prepare(
      `SELECT actor, action, to_status, note FROM audit_log WHERE item_kind = 'event' AND item_id = ?1 ORDER BY id`,
    )
    .bind(slug)
    .all<{ actor: string; action: string; to_status: string; note: string | null }>();
  return results;
}

async function adminJson<T>(path: string, init: Record<string, unknown> = {}, status = 200): Promise<T> {
  const response = await kit.request(path, { ...ORGANISER, ...init });
  assert.equal(response.status, status, `${path}: ${response.status}`);
  return (await response.json()) as T;
}

describe('organisers: events', () => {
  test('an organiser creates an event: 201, the organisers’ view, an audit line; moderators may not', async () => {
    const body = eventInput({ onlineUrl: null, reminderHours: 48 });
    const view = await adminJson<AdminEventView>('/api/v1/admin/events', { method: 'POST', json: body }, 201);
    assert.equal(view.slug, body.slug);
    assert.equal(view.city, 'Bruxelles');
    assert.equal(view.sequence, 0);
    assert.equal(view.reminderHours, 48);
    assert.deepEqual(await auditOf(view.slug), [
      { actor: 'olivia', action: 'create', to_status: 'scheduled', note: null },
    ]);
    await expectNothingChanged(
      kit,
      () => kit.request('/api/v1/admin/events', { method: 'POST', ...MODERATOR, json: eventInput() }),
      403,
      'admin_forbidden',
    );
  });

  test('refusals at creation change nothing', async () => {
    const taken = await createEvent(kit);
    const cases: [Record<string, unknown>, number, string][] = [
      [{ slug: taken }, 409, 'slug_taken'],
      [{ slug: 'feed' }, 409, 'slug_taken'],
      [{ themes: ['no-such-theme'] }, 404, 'theme_not_found'],
      [{ territory: 'atlantide' }, 422, 'territory_not_found'],
      [{ timeZone: 'Europe/Atlantis' }, 400, 'validation_failed'],
      [{ endsAt: '2020-01-01T00:00:00.000Z' }, 400, 'validation_failed'],
      [{ mode: 'online' }, 400, 'validation_failed'],
      [{ format: 'workshop', themes: [] }, 400, 'validation_failed'],
    ];
    for (const [fields, status, code] of cases) {
      await assert.doesNotReject(
        () =>
          expectNothingChanged(
            kit,
            () =>
              kit.request('/api/v1/admin/events', { method: 'POST', ...ORGANISER, json: eventInput(fields) }),
            status,
            code,
          ),
        JSON.stringify(fields),
      );
    }
  });

  test('an edit raises the sequence and is audited; a larger capacity moves people up; stranding seats is refused', async () => {
    const slug = await createEvent(kit, { capacity: { in_person: 1 } });
    const tokens = await Promise.all([1, 2, 3].map(() => mintToken({ roles: ['staff'] })));
    for (const token of tokens) await registerFor(kit, slug, { mode: 'in_person' }, { token });
    const edited = await adminJson<AdminEventView>(`/api/v1/admin/events/${slug}`, {
      method: 'PATCH',
      json: { capacity: { in_person: 2 }, title: { fr: 'Nouveau titre' } },
    });
    assert.equal(edited.sequence, 1);
    assert.equal(edited.title.fr, 'Nouveau titre');
    assert.deepEqual(edited.seats.in_person, { capacity: 2, taken: 2, left: 0, waitlist: 1 });
    assert.deepEqual(await countsMatch(kit.db, slug), { in_person: [2, 1] });
    const [, edit] = await auditOf(slug);
    assert.equal(edit.action, 'edit');
    assert.equal(edit.note, 'changed: title, capacity');

    await expectNothingChanged(
      kit,
      () =>
        kit.request(`/api/v1/admin/events/${slug}`, {
          method: 'PATCH',
          ...ORGANISER,
          json: { capacity: { in_person: 1 } },
        }),
      409,
      'event_has_registrations',
    );
    await expectNothingChanged(
      kit,
      () =>
        kit.request(`/api/v1/admin/events/${slug}`, {
          method: 'PATCH',
          ...ORGANISER,
          json: { mode: 'online', place: null, capacity: { online: 10 }, format: 'small_talk' },
        }),
      409,
      'event_has_registrations',
    );
    await expectNothingChanged(
      kit,
      () =>
        kit.request(`/api/v1/admin/events/${slug}`, {
          method: 'PATCH',
          ...ORGANISER,
          json: { endsAt: '2020-01-01T00:00:00.000Z' },
        }),
      400,
      'validation_failed',
    );
    await expectNothingChanged(
      kit,
      () => kit.request('/api/v1/admin/events/no-such-event', { method: 'PATCH', ...ORGANISER, json: {} }),
      404,
      'event_not_found',
    );
  });

  test('an edit that loses every race to a concurrent change: 409 event_edit_conflict, nothing written', async () => {
    const slug = await createEvent(kit);
    // Every write of this event misses, as when another edit moved its sequence first. (No counting table:
    // D1's `changes` would count a trigger's own insert as the edit written.)
    await kit.db
      .prepare(
        `CREATE TRIGGER lose_event_writes BEFORE UPDATE ON events WHEN OLD.slug = '${slug}'
         BEGIN SELECT RAISE(IGNORE); END`,
      )
      .run();
    try {
      const problem = await expectNothingChanged(
        kit,
        () =>
          kit.request(`/api/v1/admin/events/${slug}`, {
            method: 'PATCH',
            ...ORGANISER,
            json: { title: { fr: 'Titre jamais écrit' } },
          }),
        409,
        'event_edit_conflict',
      );
      assert.match(problem.detail ?? '', /reload it and edit again/);
    } finally {
      await kit.db.prepare('DROP TRIGGER lose_event_writes').run();
    }
    const view = await adminJson<AdminEventView>(`/api/v1/admin/events/${slug}`);
    assert.equal(view.sequence, 0);
    assert.equal(view.title.fr, 'Atelier : la coopérative, pour qui ?');
  });

  test('duplicate: a new slug and start, its own UID, no registrations; cancel: once, audited, still listed', async () => {
    const slug = await createEvent(kit);
    await registerFor(kit, slug, { mode: 'in_person' }, { token: await mintToken() });
    const start = new Date(Math.floor((Date.now() + 60 * DAY) / 60_000) * 60_000).toISOString();
    const copySlug = `${slug}-bis`;
    const copy = await adminJson<AdminEventView>(
      `/api/v1/admin/events/${slug}/duplicate`,
      { method: 'POST', json: { slug: copySlug, startsAt: start } },
      201,
    );
    const original = await readView(kit, slug);
    assert.equal(copy.startsAt, start);
    assert.equal(
      Date.parse(copy.endsAt) - Date.parse(copy.startsAt),
      Date.parse(original.endsAt) - Date.parse(original.startsAt),
    );
    assert.deepEqual(copy.seats.in_person, { capacity: 20, taken: 0, left: 20, waitlist: 0 });
    const uids = await kit.db
      .prepare('SELECT count(DISTINCT uid) AS count FROM events WHERE slug IN (?1, ?2)')
      .bind(slug, copySlug)
      .first();
    assert.deepEqual(uids, { count: 2 });
    assert.deepEqual(
      (await auditOf(copySlug)).map((line) => [line.action, line.note]),
      [['duplicate', `copy of ${slug}`]],
    );
    await expectNothingChanged(
      kit,
      () =>
        kit.request(`/api/v1/admin/events/${slug}/duplicate`, {
          method: 'POST',
          ...ORGANISER,
          json: { slug: copySlug, startsAt: start },
        }),
      409,
      'slug_taken',
    );

    const cancelled = await adminJson<AdminEventView>(`/api/v1/admin/events/${slug}/cancel`, {
      method: 'POST',
      json: { reason: 'Salle indisponible' },
    });
    assert.deepEqual(
      [cancelled.status, cancelled.cancelReason, cancelled.sequence],
      ['cancelled', 'Salle indisponible', 1],
    );
    assert.deepEqual((await auditOf(slug)).at(-1), {
      actor: 'olivia',
      action: 'cancel',
      to_status: 'cancelled',
      note: 'Salle indisponible',
    });
    await expectNothingChanged(
      kit,
      () => kit.request(`/api/v1/admin/events/${slug}/cancel`, { method: 'POST', ...ORGANISER, json: {} }),
      409,
      'event_cancelled',
    );
    await expectNothingChanged(
      kit,
      () =>
        kit.request(`/api/v1/admin/events/${slug}`, {
          method: 'PATCH',
          ...ORGANISER,
          json: { reminderHours: 2 },
        }),
      409,
      'event_cancelled',
    );
    const listed = await (await kit.request('/api/v1/admin/events', ORGANISER)).json();
    assert.ok(
      (listed as { events: { slug: string; status: string }[] }).events.some(
        (event) => event.slug === slug && event.status === 'cancelled',
      ),
    );
  });
});

describe('organisers: registrations, attendance, minutes', () => {
  test('registrations per mode with positions; the CSV export (BOM, formula-safe); attendance; minutes with figures', async () => {
    const slug = await createEvent(kit, {
      mode: 'hybrid',
      capacity: { in_person: 1, online: 5 },
      onlineUrl: 'https://meet.example.org/m',
    });
    const ana = await mintToken({ name: 'Ana', roles: ['member'], member: true });
    const bo = await mintToken({ name: 'Bo', roles: ['freelancer'] });
    await registerFor(kit, slug, { mode: 'in_person', territory: 'bruxelles' }, { token: ana });
    await registerFor(kit, slug, { mode: 'in_person', territory: 'wallonie' }, { token: bo });
    await registerFor(
      kit,
      slug,
      guestBody({ mode: 'online', name: '=HYPERLINK("x")', role: 'client', territory: 'flandre' }),
      {
        ip: uniqueIp(),
      },
    );
    const { registrations } = await adminJson<AdminRegistrationList>(
      `/api/v1/admin/events/${slug}/registrations`,
    );
    assert.deepEqual(
      registrations.map((registration) => [
        registration.mode,
        registration.status,
        registration.position,
        registration.name,
      ]),
      [
        ['in_person', 'confirmed', null, 'Ana'],
        ['in_person', 'waitlisted', 1, 'Bo'],
        ['online', 'pending_confirmation', null, '=HYPERLINK("x")'],
      ],
    );
    assert.ok(registrations.every((registration) => !('email' in registration)));

    const csv = await kit.request(`/api/v1/admin/events/${slug}/registrations/export.csv`, ORGANISER);
    assert.equal(csv.status, 200);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 byte-order mark');
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    assert.ok(
      text.startsWith(
        '\uFEFFid,mode,status,position,name,guest,role,territory,has_email,registered_at,attended\r\n',
      ),
    );
    assert.ok(text.includes(`"'=HYPERLINK(""x"")"`), 'a formula is defused');
    assert.equal(text.trim().split('\r\n').length, 4);

    await expectNothingChanged(
      kit,
      () =>
        kit.request(`/api/v1/admin/events/${slug}/attendance`, {
          method: 'PATCH',
          ...ORGANISER,
          json: {
            attendance: [
              { registration: registrations[0].id, attended: true },
              { registration: 'nope', attended: true },
            ],
          },
        }),
      404,
      'registration_not_found',
    );
    await expectNothingChanged(
      kit,
      () =>
        kit.request(`/api/v1/admin/events/${slug}/minutes`, {
          method: 'PUT',
          ...ORGANISER,
          json: { text: { fr: 'Trop tôt' } },
        }),
      409,
      'event_not_ended',
    );

    await moveEvent(kit.db, slug, -10 * DAY);
    const marked = await adminJson<AdminRegistrationList>(`/api/v1/admin/events/${slug}/attendance`, {
      method: 'PATCH',
      json: {
        attendance: registrations.map((registration) => ({
          registration: registration.id,
          attended: registration.status !== 'waitlisted',
        })),
      },
    });
    assert.deepEqual(
      marked.registrations.map((registration) => registration.attended),
      [true, false, true],
    );
    const published = await adminJson<AdminEventView>(`/api/v1/admin/events/${slug}/minutes`, {
      method: 'PUT',
      json: { text: { fr: 'Compte rendu : trois pistes retenues.', nl: 'Verslag.' } },
    });
    assert.deepEqual(published.minutes?.attendees, {
      total: 2,
      byRole: [
        { role: 'client', count: 1 },
        { role: 'member', count: 1 },
      ],
      byTerritory: [
        { territory: 'bruxelles', count: 1 },
        { territory: 'flandre', count: 1 },
      ],
    });
    const view = await readView(kit, slug);
    assert.equal(view.minutes?.text.nl, 'Verslag.');
    assert.deepEqual(view.eligibility, { canRegister: false, reason: 'event_past' });
    assert.deepEqual(
      (await auditOf(slug)).map((line) => line.action),
      ['create', 'attendance', 'minutes'],
    );
  });
});

describe('erasure, jobs and retention', () => {
  test('an erasure deletes the registrations of events to come and anonymises those that took place', async () => {
    const subject = `erase-${crypto.randomUUID()}`;
    const token = await mintToken({ sub: subject, name: 'Eve', roles: ['staff'] });
    const upcoming = await createEvent(kit, { capacity: { in_person: 1 } });
    const past = await createEvent(kit);
    await registerFor(kit, upcoming, { mode: 'in_person', email: 'eve@example.org' }, { token });
    const waiting = await mintToken({ roles: ['client'] });
    await registerFor(kit, upcoming, { mode: 'in_person' }, { token: waiting });
    await registerFor(kit, past, { mode: 'in_person', territory: 'wallonie' }, { token });
    await moveEvent(kit.db, past, -20 * DAY);
    const response = await kit.request('/api/v1/admin/erasures', {
      method: 'POST',
      ...ADMIN,
      json: { site: 'site-a', subject },
    });
    assert.equal(response.status, 200);
    assert.equal(((await response.json()) as Record<string, number>).registrations, 2);
    const rows = await kit.db
      .prepare(
        `SELECT e.slug, r.name, r.email, r.participant, r.territory FROM registrations r JOIN events e ON e.id = r.event_id
         WHERE e.slug IN (?1, ?2) AND r.role = 'staff'`,
      )
      .bind(upcoming, past)
      .all();
    assert.deepEqual(rows.results, [
      { slug: past, name: null, email: null, participant: null, territory: 'wallonie' },
    ]);
    assert.deepEqual(await countsMatch(kit.db, upcoming), { in_person: [0, 1] });
    // The seat freed is filled by the daily sweep.
    await kit.server.getWorker().scheduled({ cron: '17 3 * * *', scheduledTime: new Date() });
    assert.deepEqual(await countsMatch(kit.db, upcoming), { in_person: [1, 0] });
    const view = await readView(kit, upcoming, { token: waiting });
    assert.equal(view.myRegistration?.status, 'confirmed');
  });

  test('the daily job releases guests’ lapsed holds and moves the next person up', async () => {
    const slug = await createEvent(kit, { capacity: { in_person: 1 } });
    await registerFor(kit, slug, guestBody(), { ip: uniqueIp() });
    const next = await mintToken({ roles: ['partner'] });
    const nextEmail = `next-${crypto.randomUUID().slice(0, 8)}@example.org`;
    await registerFor(kit, slug, { mode: 'in_person', email: nextEmail }, { token: next });
    assert.deepEqual(await countsMatch(kit.db, slug), { in_person: [1, 1] });
    await kit.server.getWorker().scheduled({ cron: '17 3 * * *', scheduledTime: new Date() });
    assert.deepEqual(await countsMatch(kit.db, slug), { in_person: [1, 1] }, 'a hold within its hour stays');
    await kit.server
      .getWorker()
      .scheduled({ cron: '17 3 * * *', scheduledTime: new Date(Date.now() + 61 * 60_000) });
    assert.deepEqual(await countsMatch(kit.db, slug), { in_person: [1, 0] });
    assert.equal((await readView(kit, slug, { token: next })).myRegistration?.status, 'confirmed');
    const guest = await kit.db
      .prepare(
        `SELECT status, expires_at, name, email FROM registrations
         WHERE guest = 1 AND event_id = (SELECT id FROM events WHERE slug = ?1)`,
      )
      .bind(slug)
      .first();
    assert.deepEqual(
      guest,
      { status: 'cancelled', expires_at: null, name: null, email: null },
      'the released guest’s name and e-mail are forgotten in the same transaction',
    );
    const { results: told } = await kit.db
      .prepare(
        `SELECT kind, recipient FROM outbox WHERE json_extract(data, '$.event.slug') = ?1
           AND kind <> 'event_confirm_seat' AND kind <> 'event_registered' ORDER BY id`,
      )
      .bind(slug)
      .all();
    assert.deepEqual(told, [{ kind: 'event_promoted', recipient: nextEmail }], 'the one moved up is told');
  });

  test('guests’ names and e-mails are purged GUEST_RETENTION_DAYS after their event', async () => {
    const slug = await createEvent(kit);
    await registerFor(kit, slug, guestBody({ email: 'gone@example.org' }), { ip: uniqueIp() });
    await registerFor(
      kit,
      slug,
      { mode: 'in_person', email: 'kept-until@example.org' },
      { token: await mintToken({ name: 'Sam' }) },
    );
    const now = new Date(Date.now() + 7 * DAY + 31 * DAY);
    assert.ok((await purgeRegistrationEmails(kit.db, 30, now)) >= 2);
    const { results } = await kit.db
      .prepare(
        'SELECT guest, name, email FROM registrations WHERE event_id = (SELECT id FROM events WHERE slug = ?1) ORDER BY guest',
      )
      .bind(slug)
      .all();
    assert.deepEqual(results, [
      { guest: 0, name: 'Sam', email: null },
      { guest: 1, name: null, email: null },
    ]);
    await assert.rejects(purgeRegistrationEmails(kit.db, 0, now), /positive integer/);
  });
});

describe('the pages behind the e-mails’ links', () => {
  test('a GET shows one button and changes nothing; its POST confirms, in the registrant’s language', async () => {
    const slug = await createEvent(kit, { title: { fr: 'Atelier <b>gras</b>', nl: 'Workshop <b>vet</b>' } });
    const body = guestBody({ language: 'nl' });
    await registerFor(kit, slug, body, { ip: uniqueIp() });
    const id = await registrationIdWhere(kit.db, slug, `email = '${body.email}'`);
    const token = await knownLink(kit.db, id, 'confirm');

    const before = await databaseFingerprint(kit.db);
    const shown = await kit.server.fetch(`/registrations/confirm?token=${token}`);
    assert.equal(shown.status, 200);
    assert.equal(shown.headers.get('Referrer-Policy'), 'no-referrer');
    assert.match(shown.headers.get('Content-Security-Policy') ?? '', /default-src 'none'/);
    const html = await shown.text();
    assert.match(html, /<html lang="nl">/);
    assert.match(html, /Workshop &lt;b&gt;vet&lt;\/b&gt;/, 'the title is escaped');
    assert.equal(html.match(/<button/g)?.length, 1, 'one button');
    assert.match(html, /<form method="post" action="\/registrations\/confirm">/);
    assert.deepEqual(changedRows(before, await databaseFingerprint(kit.db)), {}, 'a GET changes nothing');

    const done = await kit.server.fetch('/registrations/confirm', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }).toString(),
    });
    assert.equal(done.status, 200);
    assert.match(await done.text(), /Bevestigd/);
    const row = await kit.db.prepare('SELECT status FROM registrations WHERE id = ?1').bind(id).first();
    assert.deepEqual(row, { status: 'confirmed' });

    const cancelToken = await knownLink(kit.db, id, 'cancel');
    const cancelPage = await (await kit.server.fetch(`/registrations/cancel?token=${cancelToken}`)).text();
    assert.match(cancelPage, /Ik kan niet komen/);
    const cancelled = await kit.server.fetch('/registrations/cancel', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: cancelToken }).toString(),
    });
    assert.equal(cancelled.status, 200);
    assert.deepEqual(
      await kit.db.prepare('SELECT status FROM registrations WHERE id = ?1').bind(id).first(),
      {
        status: 'cancelled',
      },
    );

    const unknown = await kit.server.fetch(`/registrations/confirm?token=${'z'.repeat(43)}`, {
      headers: { 'Accept-Language': 'en-GB,en;q=0.8' },
    });
    assert.equal(unknown.status, 404);
    assert.match(await unknown.text(), /This link opens no current registration/);
    const broken = await kit.server.fetch('/registrations/cancel');
    assert.equal(broken.status, 400);
  });
});
