/**
 * Registering, cancelling and the links of the e-mails, through the API on
 * the real runtime: the happy paths, every refusal with "nothing changed",
 * the waitlist moving by itself.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { RegistrationReceipt } from '../../schema/events.ts';
import {
  changedRows,
  databaseFingerprint,
  expectNothingChanged,
  expectProblem,
  type Kit,
  mintToken,
  startKit,
  uniqueIp,
} from '../test/harness.ts';
import {
  countsMatch,
  createEvent,
  guestBody,
  knownLink,
  moveEvent,
  readView,
  registerFor,
  registrationIdWhere,
} from './test-helpers.ts';

let kit: Kit;
before(async () => {
  kit = await startKit({ vars: { EVENT_CONFIRM_MINUTES: '60' } });
});
after(() => kit.close());

/** Reminders of an address registered again are deduplicated per hour: a test of it must not straddle two. */
async function awayFromAnHourBoundary(): Promise<void> {
  const left = 3_600_000 - (Date.now() % 3_600_000);
  if (left < 20_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
}

const member = () => mintToken({ name: 'Camille', roles: ['freelancer', 'member'], member: true });
const person = () => mintToken({ name: 'Jo', roles: ['client'] });

describe('POST /api/v1/events/:slug/registrations', () => {
  test('a signed-in person gets a confirmed seat in one action; the seats say it', async () => {
    const slug = await createEvent(kit, { capacity: { in_person: 2 } });
    const response = await registerFor(
      kit,
      slug,
      { mode: 'in_person', territory: 'wallonie' },
      { token: await member() },
    );
    assert.equal(response.status, 201);
    assert.deepEqual((await response.json()) as RegistrationReceipt, {
      event: slug,
      mode: 'in_person',
      status: 'confirmed',
      position: null,
      expiresAt: null,
    });
    const view = await readView(kit, slug);
    assert.deepEqual(view.seats.in_person, { capacity: 2, taken: 1, left: 1, waitlist: 0 });
    assert.deepEqual(await countsMatch(kit.db, slug), { in_person: [1, 0] });
    const row = await kit.db
      .prepare(
        'SELECT name, role, territory, guest, confirmed_at IS NOT NULL AS confirmed FROM registrations WHERE event_id = (SELECT id FROM events WHERE slug = ?1)',
      )
      .bind(slug)
      .first();
    assert.deepEqual(row, {
      name: 'Camille',
      role: 'freelancer',
      territory: 'wallonie',
      guest: 0,
      confirmed: 1,
    });
  });

  test('a full mode puts people on its waitlist, in order; the view says where they stand', async () => {
    const slug = await createEvent(kit, { capacity: { in_person: 1 } });
    const tokens = await Promise.all([person(), person(), person()]);
    const statuses = [];
    for (const token of tokens) {
      const response = await registerFor(kit, slug, { mode: 'in_person' }, { token });
      assert.equal(response.status, 201);
      const receipt = (await response.json()) as RegistrationReceipt;
      statuses.push([receipt.status, receipt.position]);
    }
    assert.deepEqual(statuses, [
      ['confirmed', null],
      ['waitlisted', 1],
      ['waitlisted', 2],
    ]);
    const view = await readView(kit, slug, { token: tokens[2] });
    assert.equal(view.myRegistration?.status, 'waitlisted');
    assert.equal(view.myRegistration?.position, 2);
    assert.deepEqual(view.eligibility, { canRegister: false, reason: 'already_registered' });
    assert.deepEqual(view.seats.in_person, { capacity: 1, taken: 1, left: 0, waitlist: 2 });
  });

  test('cancelling frees the seat and moves the first person waiting up, in the same transaction', async () => {
    const slug = await createEvent(kit, { capacity: { in_person: 1 } });
    const [first, second, third] = await Promise.all([person(), person(), person()]);
    for (const token of [first, second, third])
      await registerFor(kit, slug, { mode: 'in_person' }, { token });
    const response = await kit.request(`/api/v1/events/${slug}/registrations/mine`, {
      method: 'DELETE',
      token: first,
    });
    assert.equal(response.status, 200);
    assert.equal(((await response.json()) as RegistrationReceipt).status, 'cancelled');
    const promoted = await readView(kit, slug, { token: second });
    assert.equal(promoted.myRegistration?.status, 'confirmed');
    const still = await readView(kit, slug, { token: third });
    assert.deepEqual([still.myRegistration?.status, still.myRegistration?.position], ['waitlisted', 1]);
    assert.deepEqual(await countsMatch(kit.db, slug), { in_person: [1, 1] });
    // Registering again after cancelling starts over: at the end of the line.
    const again = await registerFor(kit, slug, { mode: 'in_person' }, { token: first });
    assert.equal(again.status, 201);
    assert.deepEqual([((await again.json()) as RegistrationReceipt).status], ['waitlisted']);
    const view = await readView(kit, slug, { token: first });
    assert.equal(view.myRegistration?.position, 2);
  });

  test('a hybrid event counts its in-person and online seats apart', async () => {
    const slug = await createEvent(kit, {
      mode: 'hybrid',
      capacity: { in_person: 1, online: 2 },
      onlineUrl: 'https://meet.example.org/atelier',
    });
    for (const mode of ['in_person', 'online', 'online']) {
      const response = await registerFor(kit, slug, { mode }, { token: await person() });
      assert.equal(((await response.json()) as RegistrationReceipt).status, 'confirmed', mode);
    }
    const late = await registerFor(kit, slug, { mode: 'in_person' }, { token: await person() });
    assert.equal(((await late.json()) as RegistrationReceipt).status, 'waitlisted');
    assert.deepEqual(await countsMatch(kit.db, slug), { in_person: [1, 1], online: [2, 0] });
    const view = await readView(kit, slug);
    assert.deepEqual(view.seats, {
      in_person: { capacity: 1, taken: 1, left: 0, waitlist: 1 },
      online: { capacity: 2, taken: 2, left: 0, waitlist: 0 },
    });
    assert.equal('onlineUrl' in view, false, 'the online link is never public');
  });

  test('a guest holds a seat until they confirm by the link; the link confirms once', async () => {
    const slug = await createEvent(kit, { capacity: { in_person: 3 } });
    const anonymousId = crypto.randomUUID();
    const body = guestBody({ language: 'nl' });
    const response = await registerFor(kit, slug, body, { anonymousId, ip: uniqueIp() });
    assert.equal(response.status, 201);
    const receipt = (await response.json()) as RegistrationReceipt;
    assert.equal(receipt.status, 'pending_confirmation');
    const held = Date.parse(receipt.expiresAt ?? '') - Date.now();
    assert.ok(held > 59 * 60_000 && held <= 60 * 60_000, `held for an hour (${held} ms)`);
    assert.deepEqual(await countsMatch(kit.db, slug), { in_person: [1, 0] }, 'the held seat counts as taken');
    const view = await readView(kit, slug, { anonymousId });
    assert.equal(
      view.myRegistration?.status,
      'pending_confirmation',
      'the browser sees its guest registration',
    );

    const id = await registrationIdWhere(kit.db, slug, `email = '${body.email}'`);
    const token = await knownLink(kit.db, id, 'confirm');
    const confirm = () => kit.request('/api/v1/registrations/confirm', { method: 'POST', json: { token } });
    const first = await confirm();
    assert.equal(first.status, 200);
    assert.equal(((await first.json()) as RegistrationReceipt).status, 'confirmed');
    const before = await databaseFingerprint(kit.db);
    const again = await confirm();
    assert.equal(
      ((await again.json()) as RegistrationReceipt).status,
      'confirmed',
      'a second click says the same',
    );
    assert.deepEqual(changedRows(before, await databaseFingerprint(kit.db)), {}, 'and changes nothing');
    assert.deepEqual(await countsMatch(kit.db, slug), { in_person: [1, 0] });
  });

  test('a guest’s address already registered is answered as a new one; only a reminder to its holder is written, once an hour', async () => {
    await awayFromAnHourBoundary();
    const slug = await createEvent(kit, { capacity: { in_person: 1 } });
    const email = `Same-${crypto.randomUUID().slice(0, 6)}@Example.org`;
    const first = await registerFor(kit, slug, guestBody({ email }), { ip: uniqueIp() });
    assert.equal(first.status, 201);
    const held = (await first.json()) as RegistrationReceipt;
    assert.equal(held.status, 'pending_confirmation');

    // The same address (another case, another name, another browser): what a new one would get, a place in line.
    let before = await databaseFingerprint(kit.db);
    const again = await registerFor(kit, slug, guestBody({ email: email.toLowerCase(), name: 'Autre' }), {
      ip: uniqueIp(),
    });
    assert.equal(again.status, 201);
    assert.match(again.headers.get('Content-Type') ?? '', /^application\/json/);
    const lookalike = (await again.json()) as RegistrationReceipt;
    const changes = changedRows(before, await databaseFingerprint(kit.db));
    assert.deepEqual(
      Object.keys(changes).sort(),
      ['outbox', 'registration_tokens'],
      'no registration written',
    );
    assert.deepEqual(
      changes.outbox.added.map((row) => JSON.parse(row).kind),
      ['event_already_registered'],
    );
    assert.equal(changes.registration_tokens.added.length, 2, 'its cancel and confirm links');

    // A new address asked at the same moment gets the same answer: the first real place in line.
    const fresh = await registerFor(kit, slug, guestBody(), { ip: uniqueIp() });
    assert.equal(fresh.status, 201);
    const newcomer = (await fresh.json()) as RegistrationReceipt;
    const shape = ({ expiresAt, ...rest }: RegistrationReceipt) => ({ ...rest, held: typeof expiresAt });
    assert.deepEqual(shape(lookalike), shape(newcomer));
    assert.deepEqual(shape(lookalike), {
      event: slug,
      mode: 'in_person',
      status: 'waitlisted',
      position: 1,
      held: 'string',
    });
    assert.ok(
      Math.abs(Date.parse(lookalike.expiresAt ?? '') - Date.parse(newcomer.expiresAt ?? '')) < 60_000,
    );
    assert.deepEqual(await countsMatch(kit.db, slug), { in_person: [1, 1] }, 'the seats count two people');

    // Within the hour, asking again writes nothing at all, and answers the same.
    before = await databaseFingerprint(kit.db);
    const third = await registerFor(kit, slug, guestBody({ email }), { ip: uniqueIp() });
    assert.equal(third.status, 201);
    assert.deepEqual(shape((await third.json()) as RegistrationReceipt), { ...shape(newcomer), position: 2 });
    assert.deepEqual(changedRows(before, await databaseFingerprint(kit.db)), {});
  });

  test('a guest’s address already registered on an event a new one could not join: the same refusal, nothing written', async () => {
    const slug = await createEvent(kit, { capacity: { in_person: 1 }, waitlist: false });
    const body = guestBody();
    assert.equal((await registerFor(kit, slug, body, { ip: uniqueIp() })).status, 201);
    await expectNothingChanged(
      kit,
      () => registerFor(kit, slug, body, { ip: uniqueIp() }),
      409,
      'event_full',
    );
    await expectNothingChanged(
      kit,
      () => registerFor(kit, slug, guestBody(), { ip: uniqueIp() }),
      409,
      'event_full',
    );
    await expectNothingChanged(
      kit,
      () => registerFor(kit, slug, { ...body, mode: 'online' }, { ip: uniqueIp() }),
      422,
      'mode_not_offered',
    );
  });

  test('every refusal is the right problem, and changes nothing', async () => {
    const open = await createEvent(kit, { capacity: { in_person: 1 } });
    const noWaitlist = await createEvent(kit, { capacity: { in_person: 1 }, waitlist: false });
    const members = await createEvent(kit, { audience: 'members' });
    const participants = await createEvent(kit, { audience: 'participants' });
    const noGuests = await createEvent(kit, { allowGuests: false });
    const cancelled = await createEvent(kit);
    const past = await createEvent(kit);
    await moveEvent(kit.db, past, -30 * 24 * 3_600_000);
    const cancel = await kit.request(`/api/v1/admin/events/${cancelled}/cancel`, {
      method: 'POST',
      token: 'test-admin-token-0123456789',
      json: {},
    });
    assert.equal(cancel.status, 200);
    const holder = await person();
    await registerFor(kit, open, { mode: 'in_person' }, { token: holder });
    await registerFor(kit, noWaitlist, { mode: 'in_person' }, { token: await person() });

    const cases: [string, () => Promise<Awaited<ReturnType<typeof registerFor>>>, number, string][] = [
      [
        'unknown event',
        async () => registerFor(kit, 'no-such-event', { mode: 'in_person' }, { token: await person() }),
        404,
        'event_not_found',
      ],
      [
        'cancelled event',
        async () => registerFor(kit, cancelled, { mode: 'in_person' }, { token: await person() }),
        409,
        'event_cancelled',
      ],
      [
        'past event',
        async () => registerFor(kit, past, { mode: 'in_person' }, { token: await person() }),
        409,
        'event_past',
      ],
      [
        'second registration',
        async () => registerFor(kit, open, { mode: 'in_person' }, { token: holder }),
        409,
        'already_registered',
      ],
      [
        'full without a waitlist',
        async () => registerFor(kit, noWaitlist, { mode: 'in_person' }, { token: await person() }),
        409,
        'event_full',
      ],
      [
        'mode not offered',
        async () => registerFor(kit, open, { mode: 'online' }, { token: await person() }),
        422,
        'mode_not_offered',
      ],
      [
        'non-member on a members event',
        async () => registerFor(kit, members, { mode: 'in_person' }, { token: await person() }),
        403,
        'members_only',
      ],
      [
        'guest on a members event',
        () => registerFor(kit, members, guestBody(), { ip: uniqueIp() }),
        401,
        'sign_in_required',
      ],
      [
        'guest on a participants event',
        () => registerFor(kit, participants, guestBody(), { ip: uniqueIp() }),
        401,
        'sign_in_required',
      ],
      [
        'guest on an event without guests',
        () => registerFor(kit, noGuests, guestBody(), { ip: uniqueIp() }),
        403,
        'guests_not_allowed',
      ],
      [
        'guest without a name',
        () => registerFor(kit, open, guestBody({ name: '' }), { ip: uniqueIp() }),
        400,
        'validation_failed',
      ],
      [
        'guest without consent',
        () => registerFor(kit, open, guestBody({ consent: false }), { ip: uniqueIp() }),
        400,
        'validation_failed',
      ],
      [
        'malformed e-mail',
        () => registerFor(kit, open, guestBody({ email: 'not-an-address' }), { ip: uniqueIp() }),
        400,
        'validation_failed',
      ],
      [
        'guest without e-mail on an event without guests',
        () => registerFor(kit, noGuests, guestBody({ email: '' }), { ip: uniqueIp() }),
        403,
        'guests_not_allowed',
      ],
      [
        'unknown territory',
        async () =>
          registerFor(kit, open, { mode: 'in_person', territory: 'atlantide' }, { token: await person() }),
        422,
        'territory_not_found',
      ],
      [
        'unknown mode',
        async () => registerFor(kit, open, { mode: 'balcony' }, { token: await person() }),
        400,
        'validation_failed',
      ],
    ];
    for (const [name, send, status, code] of cases) {
      await assert.doesNotReject(() => expectNothingChanged(kit, send, status, code), name);
    }
  });

  test('guests are rate-limited per address', async () => {
    const slug = await createEvent(kit, { capacity: { in_person: 100 } });
    const ip = uniqueIp();
    let limited = 0;
    for (let index = 0; index < 25; index++) {
      const response = await registerFor(kit, slug, guestBody(), { ip });
      if (response.status === 429) limited++;
      await response.arrayBuffer();
    }
    assert.ok(limited > 0, 'some guests were refused');
  });
});

describe('cancelling', () => {
  test('DELETE …/mine: 404 without a registration, 401 without any identity, nothing changed', async () => {
    const slug = await createEvent(kit);
    await expectNothingChanged(
      kit,
      async () =>
        kit.request(`/api/v1/events/${slug}/registrations/mine`, { method: 'DELETE', token: await person() }),
      404,
      'registration_not_found',
    );
    await expectNothingChanged(
      kit,
      () => kit.request(`/api/v1/events/${slug}/registrations/mine`, { method: 'DELETE' }),
      401,
      'sign_in_required',
    );
    await expectNothingChanged(
      kit,
      async () =>
        kit.request('/api/v1/events/no-such-event/registrations/mine', {
          method: 'DELETE',
          token: await person(),
        }),
      404,
      'event_not_found',
    );
  });

  test('a guest who cancels by their link or from their browser is forgotten at once: no name, no e-mail', async () => {
    const slug = await createEvent(kit);
    const byLink = guestBody();
    await registerFor(kit, slug, byLink, { ip: uniqueIp() });
    const linkedId = await registrationIdWhere(kit.db, slug, `email = '${byLink.email}'`);
    const token = await knownLink(kit.db, linkedId, 'cancel');
    const cancel = await kit.request('/api/v1/registrations/cancel', { method: 'POST', json: { token } });
    assert.equal(cancel.status, 200);
    assert.equal(((await cancel.json()) as RegistrationReceipt).status, 'cancelled');
    assert.deepEqual(
      await kit.db
        .prepare('SELECT status, name, email FROM registrations WHERE id = ?1')
        .bind(linkedId)
        .first(),
      { status: 'cancelled', name: null, email: null },
    );

    const anonymousId = crypto.randomUUID();
    const fromBrowser = guestBody();
    await registerFor(kit, slug, fromBrowser, { anonymousId, ip: uniqueIp() });
    const browserId = await registrationIdWhere(kit.db, slug, `email = '${fromBrowser.email}'`);
    const mine = await kit.request(`/api/v1/events/${slug}/registrations/mine`, {
      method: 'DELETE',
      anonymousId,
    });
    assert.equal(mine.status, 200);
    await mine.arrayBuffer();
    assert.deepEqual(
      await kit.db
        .prepare('SELECT status, name, email FROM registrations WHERE id = ?1')
        .bind(browserId)
        .first(),
      { status: 'cancelled', name: null, email: null },
    );

    // A signed-in person keeps their name (the token's) on their cancelled registration.
    const token2 = await person();
    await registerFor(kit, slug, { mode: 'in_person', email: 'jo@example.org' }, { token: token2 });
    await kit.request(`/api/v1/events/${slug}/registrations/mine`, { method: 'DELETE', token: token2 });
    const signedIn = await registrationIdWhere(kit.db, slug, 'guest = 0');
    assert.deepEqual(
      await kit.db
        .prepare('SELECT status, name, email FROM registrations WHERE id = ?1')
        .bind(signedIn)
        .first(),
      { status: 'cancelled', name: 'Jo', email: 'jo@example.org' },
    );

    // The guest registers again with the same address: the same row starts over, with what they give now.
    const again = await registerFor(kit, slug, { ...byLink, name: 'Lou Revenu' }, { ip: uniqueIp() });
    assert.equal(again.status, 201);
    assert.equal(((await again.json()) as RegistrationReceipt).status, 'pending_confirmation');
    assert.deepEqual(
      await kit.db
        .prepare('SELECT status, name, email FROM registrations WHERE id = ?1')
        .bind(linkedId)
        .first(),
      { status: 'pending_confirmation', name: 'Lou Revenu', email: byLink.email },
    );
    assert.deepEqual(await countsMatch(kit.db, slug), { in_person: [1, 0] });
  });

  test('a cancel link frees the seat once; a lapsed confirm link is a 410; unknown links a 404', async () => {
    const slug = await createEvent(kit, { capacity: { in_person: 1 } });
    const holder = await person();
    await registerFor(kit, slug, { mode: 'in_person' }, { token: holder });
    const waiting = guestBody();
    await registerFor(kit, slug, waiting, { ip: uniqueIp() });
    const holderId = await registrationIdWhere(kit.db, slug, 'guest = 0');
    const token = await knownLink(kit.db, holderId, 'cancel');
    const cancel = await kit.request('/api/v1/registrations/cancel', { method: 'POST', json: { token } });
    assert.equal(cancel.status, 200);
    assert.equal(((await cancel.json()) as RegistrationReceipt).status, 'cancelled');
    // The guest waiting had not confirmed: their seat is held for them until their hold lapses.
    const guestId = await registrationIdWhere(kit.db, slug, 'guest = 1');
    const guest = await kit.db
      .prepare('SELECT status FROM registrations WHERE id = ?1')
      .bind(guestId)
      .first();
    assert.deepEqual(guest, { status: 'pending_confirmation' });
    assert.deepEqual(await countsMatch(kit.db, slug), { in_person: [1, 0] });
    const again = await kit.request('/api/v1/registrations/cancel', { method: 'POST', json: { token } });
    assert.equal(
      ((await again.json()) as RegistrationReceipt).status,
      'cancelled',
      'a second click says the same',
    );

    await kit.db
      .prepare("UPDATE registrations SET expires_at = '2000-01-01T00:00:00.000Z' WHERE id = ?1")
      .bind(guestId)
      .run();
    const confirm = await knownLink(kit.db, guestId, 'confirm');
    await expectNothingChanged(
      kit,
      () => kit.request('/api/v1/registrations/confirm', { method: 'POST', json: { token: confirm } }),
      410,
      'confirmation_expired',
    );
    await expectNothingChanged(
      kit,
      () => kit.request('/api/v1/registrations/cancel', { method: 'POST', json: { token: 'y'.repeat(43) } }),
      404,
      'registration_not_found',
    );
    await expectProblem(
      await kit.request('/api/v1/registrations/cancel', { method: 'POST', json: { token: 'short' } }),
      400,
      'validation_failed',
    );
  });
});
