/**
 * Calendar files (RFC 5545): folding, escaping and time zones checked
 * directly, then every feed the Worker serves parsed back with a real
 * parser (Mozilla's ical.js) and compared field by field with the event.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ICAL from 'ical.js';
import type { EventFeedLink, EventView } from '../../schema/events.ts';
import { ADMIN, expectProblem, type Kit, mintToken, startKit } from '../test/harness.ts';
import { escapeText, foldLine, icsCalendar } from './ics.ts';
import { createEvent, eventInput, readView, registerFor } from './test-helpers.ts';
import { transitionsIn, vtimezone } from './timezone.ts';
import { tokenHash } from './tokens.ts';

const PAGE = 'https://smart.example/agenda?sip-event={slug}';
let kit: Kit;
before(async () => {
  kit = await startKit({ vars: { EVENT_PAGE_URL: PAGE, PUBLIC_URL: 'https://kit.example' } });
});
after(() => kit.close());

const LONG_TITLE =
  'Atelier « Coopérative, pour qui ? » : élargir l’accès aux indépendant·es, créer ensemble, décider à Liège';

interface ParsedEvent {
  uid: string;
  sequence: number;
  status: string;
  summary: string;
  description: string;
  url: string;
  location: string;
  start: number;
  end: number;
  zone: string;
}

/**
 * Parses a calendar file with ical.js: every VTIMEZONE registered first (so
 * that local times resolve through the file's own zones), then each VEVENT.
 */
function parseCalendar(text: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      sequence: event.sequence,
      status: String(component.getFirstPropertyValue('status')),
      summary: event.summary,
      description: event.description,
      url: String(component.getFirstPropertyValue('url')),
      location: event.location,
      start: event.startDate.toJSDate().getTime(),
      end: event.endDate.toJSDate().getTime(),
      zone: event.startDate.zone?.tzid ?? '',
    };
  });
  return { calendar, events };
}

/** Lines end in CRLF, none is longer than 75 octets, and each is whole UTF-8. */
function assertWellFormed(text: string): void {
  assert.ok(text.endsWith('\r\n'));
  assert.ok(!/[^\r]\n/.test(text), 'every line ends with CRLF');
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  for (const line of text.split('\r\n')) {
    const bytes = new TextEncoder().encode(line);
    assert.ok(bytes.length <= 75, `a line of ${bytes.length} octets: ${line}`);
    assert.doesNotThrow(() => decoder.decode(bytes), 'no character split across lines');
  }
}

async function calendarText(path: string, options = {}): Promise<string> {
  const response = await kit.request(path, options);
  assert.equal(response.status, 200, path);
  assert.equal(response.headers.get('Content-Type'), 'text/calendar; charset=utf-8');
  return response.text();
}

describe('iCalendar text', () => {
  test('TEXT escapes backslash, semicolon, comma and line breaks', () => {
    assert.equal(escapeText('a\\b;c,d\ne\r\nf'), 'a\\\\b\\;c\\,d\\ne\\nf');
  });

  test('folding keeps lines within 75 octets without splitting a UTF-8 character, and unfolds back', () => {
    for (const text of [`SUMMARY:${LONG_TITLE}`, `DESCRIPTION:${'é'.repeat(100)}`, `X:${'🎉'.repeat(40)}`]) {
      const folded = foldLine(text);
      assertWellFormed(`${folded}\r\n`);
      assert.ok(folded.includes('\r\n '), 'folded');
      assert.equal(folded.replaceAll('\r\n ', ''), text);
    }
    assert.equal(foldLine('SHORT:line'), 'SHORT:line');
  });

  test('time zone changes are found to the minute, in both hemispheres, and none where there are none', () => {
    assert.deepEqual(transitionsIn('Europe/Brussels', 2026), [
      { at: Date.UTC(2026, 2, 29, 1), from: 60, to: 120 },
      { at: Date.UTC(2026, 9, 25, 1), from: 120, to: 60 },
    ]);
    assert.deepEqual(
      transitionsIn('Pacific/Auckland', 2026).map((change) => [change.from, change.to]),
      [
        [780, 720],
        [720, 780],
      ],
    );
    assert.deepEqual(transitionsIn('Asia/Kolkata', 2026), []);
    const kolkata = vtimezone('Asia/Kolkata', 2026, 2026);
    assert.ok(kolkata.includes('TZOFFSETTO:+0530'));
  });

  test('a VTIMEZONE makes ical.js read local times back to the right instants, across DST changes', () => {
    const instants = [
      '2026-01-15T09:00:00.000Z',
      '2026-03-29T00:30:00.000Z',
      '2026-03-29T01:30:00.000Z',
      '2026-07-01T16:00:00.000Z',
      '2026-10-25T00:30:00.000Z',
      '2026-10-25T01:30:00.000Z',
      '2027-12-31T22:00:00.000Z',
    ];
    for (const zone of [
      'Europe/Brussels',
      'Europe/Paris',
      'America/New_York',
      'Pacific/Auckland',
      'Asia/Kolkata',
    ]) {
      const text = icsCalendar(
        instants.map((startsAt, index) => ({
          uid: `u${index}@test`,
          sequence: 0,
          cancelled: false,
          title: 't',
          description: 'd',
          url: 'https://example.org/',
          location: 'l',
          startsAt,
          endsAt: new Date(Date.parse(startsAt) + 3_600_000).toISOString(),
          timeZone: zone,
          createdAt: startsAt,
          updatedAt: startsAt,
          categories: [],
        })),
      );
      const { events } = parseCalendar(text);
      assert.deepEqual(
        events.map((event) => new Date(event.start).toISOString()),
        instants,
        zone,
      );
      // Every time is in its zone, but those of the hour a clock goes back, which are in UTC.
      const ambiguous = events
        .filter((event) => event.zone !== zone)
        .map((event) => new Date(event.start).toISOString());
      assert.deepEqual(
        ambiguous,
        ['Europe/Brussels', 'Europe/Paris'].includes(zone)
          ? ['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z']
          : [],
        zone,
      );
    }
  });
});

describe('the feeds, parsed back with ical.js', () => {
  test('an event’s .ics round-trips: UID, SEQUENCE, STATUS, summary, times in its zone, URL in URL and DESCRIPTION', async () => {
    const body = eventInput({
      title: { fr: LONG_TITLE, nl: 'Workshop in Luik' },
      description: { fr: 'Ligne un; deux, trois\nLigne deux \\ fin' },
      territory: 'wallonie',
      place: { name: 'La Cité Miroir', address: 'Place Xavier Neujean 22, 4000 Liège' },
    });
    const slug = await createEvent(kit, body);
    const text = await calendarText(`/api/v1/events/${slug}.ics`);
    assertWellFormed(text);
    const { calendar, events } = parseCalendar(text);
    assert.equal(calendar.getFirstPropertyValue('method'), 'PUBLISH');
    assert.equal(events.length, 1);
    const [event] = events;
    const link = PAGE.replace('{slug}', slug);
    assert.match(event.uid, /^[0-9a-f-]{36}@smart-in-progress$/);
    assert.equal(event.sequence, 0);
    assert.equal(event.status, 'CONFIRMED');
    assert.equal(event.summary, LONG_TITLE);
    assert.equal(event.zone, 'Europe/Brussels');
    assert.equal(event.start, Date.parse(body.startsAt as string));
    assert.equal(event.end, Date.parse(body.endsAt as string));
    assert.equal(event.url, link);
    assert.ok(event.description.startsWith('Ligne un; deux, trois\nLigne deux \\ fin\n\n'));
    assert.ok(event.description.endsWith(link), 'the link ends the description');
    assert.equal(event.location, 'La Cité Miroir, Place Xavier Neujean 22, 4000 Liège');
    assert.ok(text.includes('DTSTAMP:'), 'DTSTAMP');

    const dutch = parseCalendar(await calendarText(`/api/v1/events/${slug}.ics?lang=nl`)).events[0];
    assert.equal(dutch.summary, 'Workshop in Luik');
    assert.equal(dutch.uid, event.uid);
  });

  test('an edit raises SEQUENCE under the same UID; a cancelled event stays in feeds as CANCELLED', async () => {
    const slug = await createEvent(kit, { territory: 'flandre' });
    const first = parseCalendar(await calendarText(`/api/v1/events/${slug}.ics`)).events[0];
    const later = new Date(Math.floor((Date.now() + 9 * 86_400_000) / 60_000) * 60_000).toISOString();
    const edit = await kit.request(`/api/v1/admin/events/${slug}`, {
      method: 'PATCH',
      ...ADMIN,
      json: { startsAt: later, endsAt: new Date(Date.parse(later) + 3_600_000).toISOString() },
    });
    assert.equal(edit.status, 200);
    const edited = parseCalendar(await calendarText(`/api/v1/events/${slug}.ics`)).events[0];
    assert.deepEqual([edited.uid, edited.sequence, edited.start], [first.uid, 1, Date.parse(later)]);

    const cancel = await kit.request(`/api/v1/admin/events/${slug}/cancel`, {
      method: 'POST',
      ...ADMIN,
      json: { reason: 'Salle indisponible' },
    });
    assert.equal(cancel.status, 200);
    const feed = parseCalendar(await calendarText('/api/v1/events.ics?territory=flandre')).events;
    const listed = feed.find((event) => event.uid === first.uid);
    assert.deepEqual([listed?.status, listed?.sequence], ['CANCELLED', 2]);
  });

  test('the feed follows the filters, holds a VTIMEZONE per zone, and every event reads back right', async () => {
    const paris = await createEvent(kit, {
      territory: 'ile-de-france',
      timeZone: 'Europe/Paris',
      themes: ['modele-economique'],
      place: { name: 'Salle', address: '12 rue de la Paix, 75002 Paris' },
    });
    const online = await createEvent(kit, {
      territory: 'ile-de-france',
      mode: 'online',
      format: 'small_talk',
      themes: [],
      place: null,
      capacity: { online: 100 },
      onlineUrl: 'https://meet.example.org/x',
      timeZone: 'America/New_York',
    });
    const elsewhere = await createEvent(kit, { territory: 'hauts-de-france' });
    const text = await calendarText('/api/v1/events.ics?territory=ile-de-france');
    assertWellFormed(text);
    const { calendar, events } = parseCalendar(text);
    const zones = calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'));
    assert.ok(zones.includes('Europe/Paris') && zones.includes('America/New_York'));
    for (const slug of [paris, online]) {
      const view = await readView(kit, slug);
      const event = events.find((candidate) => candidate.url.endsWith(`=${slug}`));
      assert.ok(event, `${slug} is in the feed`);
      assert.deepEqual(
        [event.summary, event.zone, event.start, event.end],
        [view.title.fr, view.timeZone, Date.parse(view.startsAt), Date.parse(view.endsAt)],
      );
    }
    assert.ok(!events.some((event) => event.url.endsWith(`=${elsewhere}`)), 'another territory is left out');
    const online_ = events.find((event) => event.url.endsWith(`=${online}`));
    assert.equal(online_?.location, 'En ligne');
    assert.ok(!text.includes('meet.example.org'), 'the online link stays private');

    const byTheme = parseCalendar(await calendarText('/api/v1/events.ics?theme=modele-economique')).events;
    assert.ok(byTheme.some((event) => event.url.endsWith(`=${paris}`)));
    assert.ok(!byTheme.some((event) => event.url.endsWith(`=${online}`)));
    await expectProblem(await kit.request('/api/v1/events.ics?theme=no-such-theme'), 404, 'theme_not_found');
  });

  test('a person’s private feed lists the events they registered for, and only with its token', async () => {
    const token = await mintToken({ name: 'Ana', roles: ['member'], member: true });
    const going = await createEvent(kit);
    const dropped = await createEvent(kit);
    const other = await createEvent(kit);
    await registerFor(kit, going, { mode: 'in_person', language: 'nl' }, { token });
    await registerFor(kit, dropped, { mode: 'in_person' }, { token });
    await kit.request(`/api/v1/events/${dropped}/registrations/mine`, { method: 'DELETE', token });

    const link = await kit.request('/api/v1/events/feed', { token });
    assert.equal(link.status, 200);
    const { url } = (await link.json()) as EventFeedLink;
    assert.match(url, /^https:\/\/kit\.example\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const again = (await (await kit.request('/api/v1/events/feed', { token })).json()) as EventFeedLink;
    assert.equal(again.url, url, 'the same feed every time');

    const text = await calendarText(new URL(url).pathname);
    assertWellFormed(text);
    const { events } = parseCalendar(text);
    const slugs = events.map((event) => event.url.split('=').at(-1));
    assert.ok(slugs.includes(going));
    assert.ok(!slugs.includes(dropped), 'a cancelled registration is left out');
    assert.ok(!slugs.includes(other));

    await expectProblem(await kit.request('/api/v1/events/feed'), 401, 'sign_in_required');
    await expectProblem(
      await kit.request(`/api/v1/calendar/${'A'.repeat(43)}.ics`),
      404,
      'registration_not_found',
    );
    await expectProblem(await kit.request('/api/v1/calendar/short.ics'), 400, 'validation_failed');
  });

  test('resetting the private feed gives a new link at once, the old one finds nothing', async () => {
    const token = await mintToken({ name: 'Bo', roles: ['member'], member: true });
    const going = await createEvent(kit);
    await registerFor(kit, going, { mode: 'in_person' }, { token });
    const feedUrl = async (init: { method?: string } = {}) => {
      const response = await kit.request(`/api/v1/events/feed${init.method ? '/reset' : ''}`, {
        ...init,
        token,
      });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('Cache-Control'), 'private, no-store');
      return ((await response.json()) as EventFeedLink).url;
    };
    const slugsOf = async (url: string) =>
      parseCalendar(await calendarText(new URL(url).pathname)).events.map((event) =>
        event.url.split('=').at(-1),
      );
    const first = await feedUrl();
    assert.deepEqual(await slugsOf(first), [going]);

    const second = await feedUrl({ method: 'POST' });
    assert.match(second, /^https:\/\/kit\.example\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    assert.notEqual(second, first);
    await expectProblem(await kit.request(new URL(first).pathname), 404, 'registration_not_found');
    assert.deepEqual(await slugsOf(second), [going], 'the new link serves the same events');
    assert.equal(await feedUrl(), second, 'the feed’s link is the new one from now on');
    assert.equal(await feedUrl(), second);

    // Two resets at once: each gives a link of its own, and only the last one written works.
    const [third, fourth] = await Promise.all([feedUrl({ method: 'POST' }), feedUrl({ method: 'POST' })]);
    const current = await feedUrl();
    assert.equal(new Set([first, second, third, fourth]).size, 4);
    assert.ok([third, fourth].includes(current));
    for (const old of [first, second, third, fourth].filter((url) => url !== current)) {
      await expectProblem(await kit.request(new URL(old).pathname), 404, 'registration_not_found');
    }
    assert.deepEqual(await slugsOf(current), [going]);
  });

  test('a reset works before the link was ever asked for, and only for a signed-in person', async () => {
    await expectProblem(
      await kit.request('/api/v1/events/feed/reset', { method: 'POST' }),
      401,
      'sign_in_required',
    );
    const token = await mintToken({ name: 'Cy', roles: ['client'] });
    const reset = await kit.request('/api/v1/events/feed/reset', { method: 'POST', token });
    assert.equal(reset.status, 200);
    const { url } = (await reset.json()) as EventFeedLink;
    const current = (await (await kit.request('/api/v1/events/feed', { token })).json()) as EventFeedLink;
    assert.equal(current.url, url);
    assert.deepEqual(parseCalendar(await calendarText(new URL(url).pathname)).events, []);
  });

  test('an erasure removes the person’s feed, reset or not', async () => {
    const subject = `erase-feed-${crypto.randomUUID()}`;
    const token = await mintToken({ sub: subject, name: 'Di', roles: ['member'] });
    await registerFor(kit, await createEvent(kit), { mode: 'in_person' }, { token });
    await kit.request('/api/v1/events/feed', { token });
    const reset = await kit.request('/api/v1/events/feed/reset', { method: 'POST', token });
    const { url } = (await reset.json()) as EventFeedLink;
    const hash = await tokenHash(new URL(url).pathname.split('/').at(-1)?.slice(0, -4) ?? '');
    const rows = async () =>
      (
        await kit.db
          .prepare('SELECT count(*) AS n FROM event_feeds WHERE token_hash = ?1')
          .bind(hash)
          .first<{ n: number }>()
      )?.n;
    assert.equal(await rows(), 1);
    const erased = await kit.request('/api/v1/admin/erasures', {
      method: 'POST',
      ...ADMIN,
      json: { site: 'site-a', subject },
    });
    assert.equal(erased.status, 200);
    assert.equal(await rows(), 0);
    await expectProblem(await kit.request(new URL(url).pathname), 404, 'registration_not_found');
  });

  test('the view’s calendar links: the .ics, Google’s and Outlook’s templates filled in', async () => {
    const slug = await createEvent(kit);
    const view: EventView = await readView(kit, slug);
    assert.equal(view.calendar.ics, `https://kit.example/api/v1/events/${slug}.ics`);
    const google = new URL(view.calendar.google);
    assert.equal(google.origin + google.pathname, 'https://calendar.google.com/calendar/render');
    assert.equal(google.searchParams.get('action'), 'TEMPLATE');
    assert.equal(google.searchParams.get('text'), view.title.fr);
    const compact = (instant: string) => `${instant.slice(0, 19).replace(/[-:]/g, '')}Z`;
    assert.equal(google.searchParams.get('dates'), `${compact(view.startsAt)}/${compact(view.endsAt)}`);
    assert.equal(google.searchParams.get('ctz'), 'Europe/Brussels');
    assert.ok(google.searchParams.get('details')?.endsWith(PAGE.replace('{slug}', slug)));
    const outlook = new URL(view.calendar.outlook);
    assert.equal(outlook.origin + outlook.pathname, 'https://outlook.live.com/calendar/0/deeplink/compose');
    assert.equal(outlook.searchParams.get('rru'), 'addevent');
    assert.equal(outlook.searchParams.get('startdt'), `${view.startsAt.slice(0, 19)}Z`);
    assert.equal(outlook.searchParams.get('subject'), view.title.fr);
  });
});
