/**
 * What registrants are told by e-mail, on the real runtime: each message is
 * written to the outbox in the batch of the change that causes it (none when
 * the change does not happen), once per person per change, in the language
 * they registered in; rendered by the outbox's renderer and read back as a
 * client would (HTML with parse5, the attached calendar file with ical.js),
 * and its links do what they say. One kit keeps messages pending (no
 * MAIL_FROM) to read the rows; another sends them through the simulated
 * `send_email` binding.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ICAL from 'ical.js';
import { parse } from 'parse5';
import type { Language } from '../../schema/common.ts';
import type { RegistrationReceipt } from '../../schema/events.ts';
import { type RenderedMessage, renderMessage } from '../outbox/render.ts';
import {
  attribute,
  elements,
  eventually,
  MAIL_VARS,
  type OutboxRow,
  sentEmails,
  textOf,
  uniqueAddress,
} from '../outbox/test-helpers.ts';
import {
  ADMIN,
  expectProblem,
  type Kit,
  type KitResponse,
  mintToken,
  startKit,
  uniqueIp,
} from '../test/harness.ts';
import { EVENT_MESSAGES } from './messages.ts';
import { countsMatch, createEvent, eventInput, guestBody, registerFor } from './test-helpers.ts';

// The simulated binding logs every message it gets at info level: keep the test output to warnings.
process.env.WRANGLER_LOG ??= 'warn';

const ORIGIN = 'https://participation.example';
const LINKS = {
  PUBLIC_URL: ORIGIN,
  EVENT_PAGE_URL: 'https://smart.example/agenda?sip-event={slug}',
  EVENT_CONFIRM_MINUTES: '60',
};
const FREQUENT_CRON = '*/5 * * * *';
const HOUR = 3_600_000;

/** Sending off: messages stay pending in the outbox, to be read. */
let quiet: Kit;
/** Sending on: messages leave through the binding after the request. */
let kit: Kit;
before(async () => {
  [quiet, kit] = await Promise.all([
    startKit({ vars: LINKS }),
    startKit({ vars: { ...MAIL_VARS, ...LINKS } }),
  ]);
});
after(() => Promise.all([quiet.close(), kit.close()]));

const person = (name = 'Jo') => mintToken({ name, roles: ['client'] });

/** The outbox rows about one event, oldest first. */
async function messagesOf(db: D1Database, slug: string): Promise<OutboxRow[]> {
  const { results } = await db
    .prepare("SELECT * FROM outbox WHERE json_extract(data, '$.event.slug') = ?1 ORDER BY id")
    .bind(slug)
    .all<OutboxRow>();
  return results;
}

/** The rows of one kind, by recipient. */
function byRecipient(rows: OutboxRow[], kind: string): Map<string | null, OutboxRow[]> {
  const found = new Map<string | null, OutboxRow[]>();
  for (const row of rows.filter((candidate) => candidate.kind === kind)) {
    found.set(row.recipient, [...(found.get(row.recipient) ?? []), row]);
  }
  return found;
}

interface Read {
  rendered: RenderedMessage;
  lang: string | undefined;
  heading: string;
  /** The links of the HTML, by their text. */
  links: Map<string, string>;
  /** The attached calendar file, parsed with ical.js. */
  calendar: { uid: string; sequence: number; status: string; summary: string; start: number; url: string }[];
}

/** A row rendered as the drain renders it, its HTML parsed with parse5 and its .ics with ical.js. */
function read(row: OutboxRow): Read {
  const template = EVENT_MESSAGES.find((message) => message.kind === row.kind);
  assert.ok(template, `a template for ${row.kind}`);
  const rendered = renderMessage(template, JSON.parse(row.data), row.language as Language);
  const html = elements(parse(rendered.html));
  const root = html.find((element) => element.tagName === 'html');
  const h1 = html.find((element) => element.tagName === 'h1');
  const links = new Map(
    html
      .filter((element) => element.tagName === 'a')
      .map((element) => [textOf(element).trim(), attribute(element, 'href') ?? ''] as const),
  );
  const calendar = rendered.attachments.flatMap((attachment) => {
    assert.match(attachment.type, /^text\/calendar/);
    const parsed = new ICAL.Component(ICAL.parse(String(attachment.content)));
    return parsed.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      return {
        uid: event.uid,
        sequence: event.sequence,
        status: String(component.getFirstPropertyValue('status')),
        summary: event.summary,
        start: event.startDate.toJSDate().getTime(),
        url: String(component.getFirstPropertyValue('url')),
      };
    });
  });
  return { rendered, lang: root && attribute(root, 'lang'), heading: h1 ? textOf(h1) : '', links, calendar };
}

/** The token of a link from an e-mail. */
function tokenOf(href: string | undefined): string {
  assert.ok(href, 'a link');
  const url = new URL(href);
  assert.equal(url.origin, ORIGIN);
  const token = url.searchParams.get('token');
  assert.ok(token);
  return token;
}

function follow(on: Kit, purpose: 'confirm' | 'cancel', href: string | undefined): Promise<KitResponse> {
  return on.request(`/api/v1/registrations/${purpose}`, { method: 'POST', json: { token: tokenOf(href) } });
}

async function registered(
  on: Kit,
  slug: string,
  body: Record<string, unknown>,
  token?: string,
): Promise<RegistrationReceipt> {
  const response = await registerFor(on, slug, body, { ip: uniqueIp(), ...(token ? { token } : {}) });
  assert.equal(response.status, 201, await response.clone().text());
  return (await response.json()) as RegistrationReceipt;
}

function editEvent(on: Kit, slug: string, json: Record<string, unknown>): Promise<KitResponse> {
  return on.request(`/api/v1/admin/events/${slug}`, { method: 'PATCH', ...ADMIN, json });
}

describe('registering', () => {
  test('a seat: one confirmation in the batch, in the registrant’s language, with the event attached and a cancel link that works', async () => {
    const slug = await createEvent(quiet);
    const to = uniqueAddress('jan');
    await registered(quiet, slug, { mode: 'in_person', email: to, language: 'nl' }, await person('Jan'));
    const rows = await messagesOf(quiet.db, slug);
    assert.equal(rows.length, 1);
    const [row] = rows;
    assert.equal(row.kind, 'event_registered');
    assert.equal(row.recipient, to);
    assert.equal(row.language, 'nl');
    assert.equal(row.status, 'pending');
    assert.match(row.dedupe_key, /^event-registered:/);
    assert.ok(row.participant, 'the person’s key, for their erasure');

    const message = read(row);
    assert.equal(message.rendered.subject, 'Inschrijving bevestigd: Workshop: de coöperatie, voor wie?');
    assert.equal(message.lang, 'nl');
    assert.equal(message.heading, 'Uw plaats is gereserveerd');
    assert.match(message.rendered.text, /Europe\/Brussels/);
    assert.equal(message.rendered.attachments[0].filename, `${slug}.ics`);
    const event = await quiet.db
      .prepare('SELECT uid, starts_at FROM events WHERE slug = ?1')
      .bind(slug)
      .first<{ uid: string; starts_at: string }>();
    assert.deepEqual(message.calendar, [
      {
        uid: event?.uid,
        sequence: 0,
        status: 'CONFIRMED',
        summary: 'Workshop: de coöperatie, voor wie?',
        start: Date.parse(event?.starts_at ?? ''),
        url: `https://smart.example/agenda?sip-event=${slug}`,
      },
    ]);
    assert.equal(
      message.links.get('Het evenement bekijken'),
      `https://smart.example/agenda?sip-event=${slug}`,
    );

    // "I can't come", from the e-mail.
    const cancelled = await follow(quiet, 'cancel', message.links.get('Ik kan niet komen'));
    assert.equal(cancelled.status, 200);
    assert.equal(((await cancelled.json()) as RegistrationReceipt).status, 'cancelled');
    assert.deepEqual(await countsMatch(quiet.db, slug), {});
  });

  test('no message without an address, nor for a refused registration', async () => {
    const slug = await createEvent(quiet, { capacity: { in_person: 1 }, waitlist: false });
    const token = await person();
    await registered(quiet, slug, { mode: 'in_person' }, token);
    assert.deepEqual(await messagesOf(quiet.db, slug), []);
    await expectProblem(
      await registerFor(quiet, slug, { mode: 'in_person', email: uniqueAddress() }, { token }),
      409,
      'already_registered',
    );
    await expectProblem(
      await registerFor(
        quiet,
        slug,
        { mode: 'in_person', email: uniqueAddress() },
        { token: await person() },
      ),
      409,
      'event_full',
    );
    assert.deepEqual(await messagesOf(quiet.db, slug), []);
  });

  test('the message and the registration stand or fall together', async () => {
    const slug = await createEvent(quiet);
    await quiet.db
      .prepare(
        `CREATE TRIGGER refuse_event_message BEFORE INSERT ON outbox
         WHEN json_extract(NEW.data, '$.event.slug') = '${slug}'
         BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`,
      )
      .run();
    try {
      const response = await registerFor(
        quiet,
        slug,
        { mode: 'in_person', email: uniqueAddress() },
        { token: await person() },
      );
      assert.equal(response.status, 500);
      await response.arrayBuffer();
      const { n } = (await quiet.db
        .prepare(
          'SELECT count(*) AS n FROM registrations r JOIN events e ON e.id = r.event_id WHERE e.slug = ?1',
        )
        .bind(slug)
        .first<{ n: number }>()) ?? { n: -1 };
      assert.equal(n, 0, 'no registration without its message');
      assert.deepEqual(await countsMatch(quiet.db, slug), {});
    } finally {
      await quiet.db.prepare('DROP TRIGGER refuse_event_message').run();
    }
  });

  test('a guest: “confirm your seat”, then, confirmed by the link, the confirmation with a new cancel link', async () => {
    const slug = await createEvent(quiet);
    const body = guestBody({ language: 'en' });
    const receipt = await registered(quiet, slug, body);
    assert.equal(receipt.status, 'pending_confirmation');
    const [hold, ...none] = await messagesOf(quiet.db, slug);
    assert.deepEqual(none, []);
    assert.equal(hold.kind, 'event_confirm_seat');
    assert.equal(hold.recipient, body.email);
    assert.equal(hold.language, 'en');
    const asked = read(hold);
    assert.equal(asked.rendered.subject, 'Confirm your seat: Atelier : la coopérative, pour qui ?');
    assert.deepEqual(asked.rendered.attachments, [], 'no calendar entry before the seat is theirs');
    assert.match(asked.rendered.text, /held for you until/);

    const confirmed = await follow(quiet, 'confirm', asked.links.get('Confirm my seat'));
    assert.equal(confirmed.status, 200);
    assert.equal(((await confirmed.json()) as RegistrationReceipt).status, 'confirmed');
    // Confirming twice (a second click) tells nothing more.
    assert.equal((await follow(quiet, 'confirm', asked.links.get('Confirm my seat'))).status, 200);
    const rows = await messagesOf(quiet.db, slug);
    assert.deepEqual(
      rows.map((row) => row.kind),
      ['event_confirm_seat', 'event_registered'],
    );
    const done = read(rows[1]);
    assert.equal(done.rendered.subject, 'Registration confirmed: Atelier : la coopérative, pour qui ?');
    assert.equal(done.calendar.length, 1);
    const cancelLink = done.links.get('I can’t come');
    assert.notEqual(cancelLink, asked.links.get('I can’t come'), 'a link of its own');
    assert.equal((await follow(quiet, 'cancel', cancelLink)).status, 200);
    assert.deepEqual(await countsMatch(quiet.db, slug), {});
  });
});

describe('an address registered again', () => {
  test('its holder is reminded, in their language, with fresh links that work; once an hour; a confirmed seat with the event attached', async () => {
    // The reminder's dedupe key is the hour: keep the test inside one.
    const left = HOUR - (Date.now() % HOUR);
    if (left < 20_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
    const slug = await createEvent(quiet);
    const body = guestBody({ language: 'nl' });
    const first = await registered(quiet, slug, body);
    // Asked again in English, from elsewhere: answered as a new address would be.
    const again = await registered(quiet, slug, { ...body, language: 'en', name: 'Someone Else' });
    assert.deepEqual({ ...again, expiresAt: null }, { ...first, expiresAt: null });
    const [hold, reminder, ...none] = await messagesOf(quiet.db, slug);
    assert.deepEqual(none, []);
    assert.equal(hold.kind, 'event_confirm_seat');
    assert.equal(reminder.kind, 'event_already_registered');
    assert.equal(reminder.recipient, body.email, 'the holder, at the address registered');
    assert.equal(reminder.language, 'nl', 'in the language they registered in');
    assert.match(reminder.dedupe_key, /^event-already-registered:[0-9a-f-]+:\d{4}-\d{2}-\d{2}T\d{2}$/);

    const message = read(reminder);
    assert.equal(message.rendered.subject, 'U bent al ingeschreven: Workshop: de coöperatie, voor wie?');
    assert.equal(message.heading, 'U bent al ingeschreven');
    assert.match(message.rendered.text, /er is niets veranderd/);
    assert.match(message.rendered.text, /Bevestig ze vóór/);
    assert.deepEqual(message.rendered.attachments, [], 'no calendar entry before the seat is theirs');
    const confirmLink = message.links.get('Mijn plaats bevestigen');
    assert.notEqual(confirmLink, read(hold).links.get('Mijn plaats bevestigen'), 'links of its own');

    // Asked a third time within the hour: no second reminder.
    await registered(quiet, slug, body);
    assert.equal((await messagesOf(quiet.db, slug)).length, 2);

    // Its confirm link confirms the seat; a reminder of a confirmed seat (the next hour's) attaches the event.
    const confirmed = await follow(quiet, 'confirm', confirmLink);
    assert.equal(confirmed.status, 200);
    assert.equal(((await confirmed.json()) as RegistrationReceipt).status, 'confirmed');
    await quiet.db
      .prepare("UPDATE outbox SET dedupe_key = dedupe_key || ':earlier' WHERE id = ?1")
      .bind(reminder.id)
      .run();
    await registered(quiet, slug, body);
    const latest = (await messagesOf(quiet.db, slug)).at(-1);
    assert.equal(latest?.kind, 'event_already_registered');
    const seat = read(latest as OutboxRow);
    assert.equal(seat.links.get('Mijn plaats bevestigen'), undefined, 'nothing left to confirm');
    assert.equal(seat.calendar.length, 1);
    assert.doesNotMatch(seat.rendered.text, /Bevestig ze vóór/);

    // Its cancel link frees the seat.
    const cancelled = await follow(quiet, 'cancel', seat.links.get('Ik kan niet komen'));
    assert.equal(cancelled.status, 200);
    assert.equal(((await cancelled.json()) as RegistrationReceipt).status, 'cancelled');
    assert.deepEqual(await countsMatch(quiet.db, slug), {});
  });
});

describe('the waitlist', () => {
  test('in line: told the position; a seat freed: the first in line told, once, in the cancellation’s batch', async () => {
    const slug = await createEvent(quiet, { capacity: { in_person: 1 } });
    const [holder, first, second] = [uniqueAddress('ana'), uniqueAddress('bo'), uniqueAddress('cy')];
    const holderToken = await person('Ana');
    await registered(quiet, slug, { mode: 'in_person', email: holder }, holderToken);
    await registered(quiet, slug, { mode: 'in_person', email: first, language: 'fr' }, await person('Bo'));
    await registered(quiet, slug, { mode: 'in_person', email: second, language: 'en' }, await person('Cy'));
    const waiting = byRecipient(await messagesOf(quiet.db, slug), 'event_registered');
    const [inLine] = waiting.get(first) ?? [];
    const told = read(inLine);
    assert.equal(told.rendered.subject, 'Liste d’attente : Atelier : la coopérative, pour qui ?');
    assert.match(told.rendered.text, /vous êtes en position 1\./);
    assert.deepEqual(told.rendered.attachments, []);
    assert.match(read((waiting.get(second) ?? [])[0]).rendered.text, /you are number 2 in line/);

    const cancel = await quiet.request(`/api/v1/events/${slug}/registrations/mine`, {
      method: 'DELETE',
      token: holderToken,
    });
    assert.equal(cancel.status, 200);
    await cancel.arrayBuffer();
    const promoted = byRecipient(await messagesOf(quiet.db, slug), 'event_promoted');
    assert.deepEqual([...promoted.keys()], [first], 'only the first in line, once');
    const [row] = promoted.get(first) ?? [];
    assert.match(row.dedupe_key, /^event-promoted:/);
    const message = read(row);
    assert.equal(message.rendered.subject, 'Une place s’est libérée : Atelier : la coopérative, pour qui ?');
    assert.equal(message.lang, 'fr');
    assert.equal(message.calendar.length, 1, 'the event attached');
    assert.ok(message.links.get('Je ne peux pas venir'));
    assert.equal(
      message.links.get('Confirmer ma place'),
      undefined,
      'a signed-in person has nothing to confirm',
    );
    assert.deepEqual(await countsMatch(quiet.db, slug), { in_person: [1, 1] });

    // Bo frees it in turn from the e-mail: Cy moves up and is told.
    assert.equal((await follow(quiet, 'cancel', message.links.get('Je ne peux pas venir'))).status, 200);
    const after = byRecipient(await messagesOf(quiet.db, slug), 'event_promoted');
    assert.deepEqual([...after.keys()].sort(), [first, second].sort());
    assert.equal(
      read((after.get(second) ?? [])[0]).rendered.subject,
      'A seat is free for you: Atelier : la coopérative, pour qui ?',
    );
  });
});

describe('organisers’ changes', () => {
  test('a new time: everyone standing told once per change, in their language, with the updated entry; a new text: nobody', async () => {
    const slug = await createEvent(quiet, { capacity: { in_person: 1 } });
    const [fr, nl, gone] = [uniqueAddress('fr'), uniqueAddress('nl'), uniqueAddress('gone')];
    await registered(quiet, slug, { mode: 'in_person', email: fr }, await person());
    await registered(quiet, slug, { mode: 'in_person', email: nl, language: 'nl' }, await person());
    const goneToken = await person();
    await registered(quiet, slug, { mode: 'in_person', email: gone }, goneToken);
    await quiet.request(`/api/v1/events/${slug}/registrations/mine`, { method: 'DELETE', token: goneToken });

    const text = await editEvent(quiet, slug, { description: { fr: 'Un autre texte.' } });
    assert.equal(text.status, 200, await text.clone().text());
    assert.equal(byRecipient(await messagesOf(quiet.db, slug), 'event_changed').size, 0);

    const start = Date.parse(eventInput().startsAt as string) + 2 * 24 * HOUR;
    const moved = await editEvent(quiet, slug, {
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 3 * HOUR).toISOString(),
    });
    assert.equal(moved.status, 200, await moved.clone().text());
    const changed = byRecipient(await messagesOf(quiet.db, slug), 'event_changed');
    assert.deepEqual([...changed.keys()].sort(), [fr, nl].sort(), 'the cancelled person is not told');
    for (const rows of changed.values()) assert.equal(rows.length, 1);
    const dutch = read((changed.get(nl) ?? [])[0]);
    assert.equal(dutch.rendered.subject, 'Wijziging: Workshop: de coöperatie, voor wie?');
    assert.equal(dutch.lang, 'nl');
    assert.deepEqual(dutch.rendered.attachments, [], 'waitlisted: nothing for the calendar yet');
    const french = read((changed.get(fr) ?? [])[0]);
    assert.equal(french.calendar[0].sequence, 2, 'SEQUENCE as it stands after both edits');
    assert.equal(french.calendar[0].start, start);

    // A new place is another change: told again, once.
    const back = await editEvent(quiet, slug, {
      place: { name: 'Mundo-B', address: 'Rue d’Édimbourg 26, 1050 Ixelles' },
    });
    assert.equal(back.status, 200, await back.clone().text());
    const again = byRecipient(await messagesOf(quiet.db, slug), 'event_changed');
    assert.deepEqual(
      [...again.values()].map((rows) => rows.length),
      [2, 2],
    );
    assert.match(read((again.get(fr) ?? [])[1]).rendered.text, /Mundo-B, Rue d’Édimbourg 26/);
  });

  test('cancelling the event: everyone standing told, with the reason and the entry marked cancelled; once', async () => {
    const slug = await createEvent(quiet, { capacity: { in_person: 1 } });
    const [seat, line] = [uniqueAddress('seat'), uniqueAddress('line')];
    await registered(quiet, slug, { mode: 'in_person', email: seat, language: 'en' }, await person());
    await registered(quiet, slug, { mode: 'in_person', email: line }, await person());
    const cancel = () =>
      quiet.request(`/api/v1/admin/events/${slug}/cancel`, {
        method: 'POST',
        ...ADMIN,
        json: { reason: 'La salle est inondée.' },
      });
    const response = await cancel();
    assert.equal(response.status, 200, await response.clone().text());
    await expectProblem(await cancel(), 409, 'event_cancelled');
    const told = byRecipient(await messagesOf(quiet.db, slug), 'event_cancelled');
    assert.deepEqual([...told.keys()].sort(), [line, seat].sort());
    for (const rows of told.values()) assert.equal(rows.length, 1);
    const english = read((told.get(seat) ?? [])[0]);
    assert.equal(english.rendered.subject, 'Cancelled: Atelier : la coopérative, pour qui ?');
    assert.match(english.rendered.text, /Reason: La salle est inondée\./);
    assert.equal(english.calendar[0].status, 'CANCELLED');
    assert.equal(english.calendar[0].sequence, 1);
    assert.equal(english.links.get('I can’t come'), undefined);
    assert.match(read((told.get(line) ?? [])[0]).rendered.text, /Motif\u00a0: La salle est inondée\./);
  });
});

describe('the reminder', () => {
  test('due within the event’s hours: each confirmed registrant once, with “I can’t come” that frees the seat for the next', async () => {
    const soon = Math.floor((Date.now() + 10 * HOUR) / 60_000) * 60_000;
    const times = { startsAt: new Date(soon).toISOString(), endsAt: new Date(soon + 2 * HOUR).toISOString() };
    const due = await createEvent(quiet, { ...times, capacity: { in_person: 1 } });
    const notYet = await createEvent(quiet, { ...times, reminderHours: 2 });
    const never = await createEvent(quiet, { ...times, reminderHours: 0 });
    const [seat, line] = [uniqueAddress('seat'), uniqueAddress('line')];
    await registered(quiet, due, { mode: 'in_person', email: seat, language: 'nl' }, await person());
    await registered(quiet, due, { mode: 'in_person', email: line }, await person());
    for (const slug of [notYet, never])
      await registered(quiet, slug, { mode: 'in_person', email: uniqueAddress() }, await person());

    const worker = quiet.server.getWorker();
    for (let run = 0; run < 2; run++) {
      assert.equal(
        (await worker.scheduled({ cron: FREQUENT_CRON, scheduledTime: new Date() })).outcome,
        'ok',
      );
    }
    const reminders = byRecipient(await messagesOf(quiet.db, due), 'event_reminder');
    assert.deepEqual([...reminders.keys()], [seat], 'the seat holder, not the waitlist; once over two runs');
    assert.equal(reminders.get(seat)?.length, 1);
    for (const slug of [notYet, never]) {
      assert.equal(byRecipient(await messagesOf(quiet.db, slug), 'event_reminder').size, 0, slug);
    }
    const message = read((reminders.get(seat) ?? [])[0]);
    assert.equal(message.rendered.subject, 'Herinnering: Workshop: de coöperatie, voor wie?');
    assert.equal(message.calendar.length, 1);

    const cancelled = await follow(quiet, 'cancel', message.links.get('Ik kan niet komen'));
    assert.equal(cancelled.status, 200);
    assert.equal(((await cancelled.json()) as RegistrationReceipt).status, 'cancelled');
    assert.deepEqual([...byRecipient(await messagesOf(quiet.db, due), 'event_promoted').keys()], [line]);
    assert.deepEqual(await countsMatch(quiet.db, due), { in_person: [1, 0] });

    // The one moved up is reminded on the next run; a new time reminds again.
    await worker.scheduled({ cron: FREQUENT_CRON, scheduledTime: new Date() });
    assert.equal(byRecipient(await messagesOf(quiet.db, due), 'event_reminder').get(line)?.length, 1);
    const later = soon + HOUR;
    const moved = await editEvent(quiet, due, {
      startsAt: new Date(later).toISOString(),
      endsAt: new Date(later + 2 * HOUR).toISOString(),
    });
    assert.equal(moved.status, 200, await moved.clone().text());
    await worker.scheduled({ cron: FREQUENT_CRON, scheduledTime: new Date() });
    assert.equal(byRecipient(await messagesOf(quiet.db, due), 'event_reminder').get(line)?.length, 2);
  });
});

describe('delivered through the send_email binding', () => {
  test('right after the registration: the confirmation, with the .ics attached', async () => {
    const slug = await createEvent(kit);
    const to = uniqueAddress('live');
    await registered(kit, slug, { mode: 'in_person', email: to, language: 'en' }, await person());
    const [email, ...more] = await eventually(async () => {
      const emails = await sentEmails(kit, to);
      return emails.length ? emails : undefined;
    });
    assert.deepEqual(more, [], 'one message');
    assert.equal(email.subject, 'Registration confirmed: Atelier : la coopérative, pour qui ?');
    assert.deepEqual(
      email.attachments.map(({ filename, contentType }) => ({
        filename,
        contentType: contentType.split(';')[0],
      })),
      [{ filename: `${slug}.ics`, contentType: 'text/calendar' }],
    );
    const html = elements(parse(email.html ?? ''));
    const cancelLink = html.find(
      (element) => element.tagName === 'a' && textOf(element).trim() === 'I can’t come',
    );
    assert.ok(cancelLink);
    assert.match(
      attribute(cancelLink, 'href') ?? '',
      /^https:\/\/participation\.example\/registrations\/cancel\?token=/,
    );
    // Once sent, the row forgets the address and the data.
    const rows = await eventually(async () => {
      const { results } = await kit.db
        .prepare("SELECT recipient, data FROM outbox WHERE kind = 'event_registered' AND status = 'sent'")
        .all<{ recipient: string | null; data: string }>();
      return results.length ? results : undefined;
    });
    assert.deepEqual(rows, [{ recipient: null, data: '{}' }]);
  });
});
