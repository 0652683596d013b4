/**
 * End to end, as a host site uses the event calendar: a Dutch page on
 * ANOTHER origin than the Worker, on a phone, loads `sip.js` with one script
 * tag. The calendar lists the demo events in Dutch; an event opens in place
 * and by its deep link (`?sip-event=SLUG`), Back closes it; a member signed
 * in on the host site registers in one action and cancels, the seats left
 * moving on screen, in the API and in D1 alike; a member joins a full
 * workshop's waitlist and sees their place in line; a cancelled seat goes to
 * the first one waiting, who sees it; a guest gives a name and an e-mail and
 * is told to check their mailbox, the seat held until they confirm. The
 * console stays clean throughout.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { sign } from 'hono/jwt';
import type { Browser, Page } from 'puppeteer-core';
import type * as v from 'valibot';
import { ADMIN, uniqueSlug } from '../../functions/test/harness.ts';
import type { EventInput, EventView } from '../../schema/events.ts';
import {
  launchChromium,
  openOnPhone as openPhonePage,
  PHONE,
  waitForText as waitForDeepText,
} from '../browser.ts';
import { type DemoKit, readDevVars, startDemoKit } from '../kit.ts';

const CALENDAR = 'sip-event-calendar';
/** Public workshops of the demo data with seats in person and guests allowed. */
const GHENT = 'workshop-gent-creer-son-activite';
const BRUSSELS = 'atelier-bruxelles-cooperative-pour-qui';
/** The demo's full workshop: 12 seats taken, people waiting. */
const PARIS = 'atelier-paris-cooperative-pour-qui';

let kit: DemoKit;
let browser: Browser;
let host: { server: Server; origin: string };

/** The host site's members, by the `as` parameter of `/leden`. */
const MEMBERS: Record<string, string> = { lotte: 'Lotte Peeters', bram: 'Bram Janssens' };

/**
 * A host site on 127.0.0.1 (the Worker answers on localhost: another origin).
 * `/` is a Dutch page for visitors; `/leden?as=lotte` the same page for a
 * signed-in member, whose token the site's own `/sip-token?as=lotte` mints,
 * as the README says. The rest of the query string (`sip-event=…`) is the
 * page's own: it serves the page.
 */
async function startHostSite(kitOrigin: () => string) {
  const [secret] = JSON.parse(readDevVars().SITE_SECRETS).demo as string[];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://host');
    const path = url.pathname;
    const as = url.searchParams.get('as') ?? 'lotte';
    if (path === '/sip-token' && as in MEMBERS) {
      const now = Math.floor(Date.now() / 1000);
      const token = await sign(
        {
          iss: 'demo',
          aud: 'smart-in-progress',
          sub: `host-member-${as}`,
          name: MEMBERS[as],
          roles: ['freelancer', 'member'],
          member: true,
          iat: now,
          exp: now + 600,
        },
        secret,
        'HS256',
      );
      response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      response.end(JSON.stringify({ token }));
      return;
    }
    const member = path === '/leden';
    response.writeHead(path === '/' || member ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Smart — activiteiten</title>
    <link rel="icon" href="data:," />
    ${member ? `<meta name="sip:token-url" content="/sip-token?as=${as}" />` : ''}
    <script type="module" src="${kitOrigin()}/sip.js"></script>
  </head>
  <body>
    <h1>Workshops en small talks</h1>
    <${CALENDAR} privacy-url="/privacy"></${CALENDAR}>
  </body>
</html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

before(async () => {
  // The host site listens first: the kit must allow its origin, which is only known then.
  host = await startHostSite(() => kit.url.origin);
  kit = await startDemoKit({ vars: { SITES: JSON.stringify({ demo: { origins: [host.origin] } }) } });
  assert.notEqual(kit.url.origin, host.origin, 'the kit and the host page are two origins');
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  host?.server.close();
  await kit?.close();
});

/**
 * Creates an event through the organisers' API (as the kit's seeded admin):
 * a public workshop in Brussels a week from now, `overrides` apart.
 */
async function createEvent(overrides: Partial<v.InferInput<typeof EventInput>>): Promise<string> {
  const start = Math.floor((Date.now() + 7 * 24 * 3_600_000) / 60_000) * 60_000;
  const body: v.InferInput<typeof EventInput> = {
    slug: uniqueSlug('e2e'),
    format: 'workshop',
    mode: 'in_person',
    title: { fr: 'Atelier : une seule place', nl: 'Workshop: één enkele plaats' },
    description: { fr: 'Un atelier en petit comité.', nl: 'Een workshop in kleine kring.' },
    themes: ['cooperative-pour-qui'],
    territory: 'bruxelles',
    place: { name: 'La Vallée', address: 'Rue Adolphe Lavallée 39, 1080 Bruxelles' },
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + 2 * 3_600_000).toISOString(),
    timeZone: 'Europe/Brussels',
    audience: 'public',
    capacity: { in_person: 20 },
    waitlist: true,
    allowGuests: true,
    onlineUrl: null,
    languages: ['nl'],
    facilitator: null,
    referents: [],
    secretary: null,
    accessibility: { stepFree: true, signLanguage: false, note: null },
    reminderHours: 24,
    ...overrides,
  };
  const response = await kit.request('/api/v1/admin/events', { method: 'POST', ...ADMIN, json: body });
  assert.equal(response.status, 201, await response.text());
  return body.slug;
}

async function registrationStatus(slug: string, name: string): Promise<string | undefined> {
  const row = await kit.db
    .prepare(
      `SELECT r.status FROM registrations r JOIN events e ON e.id = r.event_id
       WHERE e.slug = ?1 AND r.name = ?2`,
    )
    .bind(slug, name)
    .first<{ status: string }>();
  return row?.status;
}

async function click(page: Page, inner: string): Promise<void> {
  const element = await page.waitForSelector(`${CALENDAR} >>> ${inner}`, { visible: true, timeout: 15_000 });
  assert.ok(element, inner);
  await element.click();
}

/** The in-person seats, as the public API tells any visitor. */
async function seats(slug: string) {
  const response = await fetch(new URL(`/api/v1/events/${slug}`, kit.url));
  assert.equal(response.status, 200);
  const view = (await response.json()) as EventView;
  const inPerson = view.seats.in_person;
  assert.ok(inPerson, `${slug} has seats in person`);
  return inPerson;
}

const seatsLeft = async (slug: string) => (await seats(slug)).left;

function noHorizontalScroll(page: Page) {
  return page.evaluate('document.documentElement.scrollWidth') as Promise<number>;
}

describe('the event calendar on a Dutch host page on another origin, on a phone', () => {
  test('lists the events in Dutch; one opens in place with its own address, and Back closes it', async () => {
    const { page, problems } = await openOnPhone(`${host.origin}/`);
    await waitForText(page, `a[data-slug="${GHENT}"]`, /^Workshop in Gent: je activiteit opstarten$/);
    const items = await page.$$(`${CALENDAR} >>> li[part~="item"]`);
    assert.ok(items.length >= 5, `the demo events are listed (${items.length})`);
    await waitForText(
      page,
      `li[part~="item"]:has(a[data-slug="${GHENT}"]) .seats`,
      /Ter plaatse: nog \d+ plaatsen van 20/,
    );
    const width = await noHorizontalScroll(page);
    assert.ok(width <= PHONE.width, `no horizontal scroll on the list (${width} px)`);

    await click(page, `a[data-slug="${GHENT}"]`);
    await waitForText(page, '#event-title', /^Workshop in Gent: je activiteit opstarten$/);
    assert.equal(new URL(page.url()).searchParams.get('sip-event'), GHENT, 'the address names the event');
    await waitForText(page, '.facts', /Europe\/Brussels|Midden-Europese/);
    const detailsWidth = await noHorizontalScroll(page);
    assert.ok(detailsWidth <= PHONE.width, `no horizontal scroll on the details (${detailsWidth} px)`);

    await page.goBack();
    await page.waitForFunction(
      `!document.querySelector('${CALENDAR}').shadowRoot.querySelector('#event-title')`,
      { timeout: 15_000 },
    );
    assert.equal(new URL(page.url()).searchParams.get('sip-event'), null);
    await waitForText(page, `a[data-slug="${GHENT}"]`, /Gent/);
    assert.deepEqual(problems, []);
    await page.browserContext().close();
  });

  test('a member signed in on the host site registers by the deep link and cancels; the seats follow everywhere', async () => {
    const left = await seatsLeft(GHENT);
    assert.ok(left > 1, 'the workshop has seats');
    const { page, problems } = await openOnPhone(`${host.origin}/leden?sip-event=${GHENT}`);
    await waitForText(page, '#event-title', /^Workshop in Gent: je activiteit opstarten$/);
    await waitForText(page, '.seats', new RegExp(`Ter plaatse: nog ${left} plaatsen van 20`));

    await click(page, 'button[data-mode="in_person"]');
    await waitForText(page, '.notice', /^Genoteerd, je bent ingeschreven\.$/);
    await waitForText(page, '[part~="standing"]', /^Je bent ingeschreven \(ter plaatse\)\.$/);
    await waitForText(page, '.seats', new RegExp(`Ter plaatse: nog ${left - 1} plaatsen van 20`));
    assert.equal(await seatsLeft(GHENT), left - 1, 'the API counts the seat taken');
    const row = await kit.db
      .prepare(
        `SELECT r.status, r.guest, r.name, r.language FROM registrations r JOIN events e ON e.id = r.event_id
         WHERE e.slug = ?1 AND r.name = 'Lotte Peeters'`,
      )
      .bind(GHENT)
      .first();
    assert.deepEqual(row, { status: 'confirmed', guest: 0, name: 'Lotte Peeters', language: 'nl' });

    await click(page, '#cancel-registration');
    await waitForText(page, '#confirm-question', /Je inschrijving annuleren\?/);
    await click(page, '#confirm-cancel');
    await waitForText(page, '.notice', /^Je inschrijving is geannuleerd\.$/);
    await waitForText(page, '.seats', new RegExp(`Ter plaatse: nog ${left} plaatsen van 20`));
    assert.equal(await seatsLeft(GHENT), left, 'the API counts the seat freed');
    const cancelled = await kit.db
      .prepare(
        `SELECT r.status FROM registrations r JOIN events e ON e.id = r.event_id
         WHERE e.slug = ?1 AND r.name = 'Lotte Peeters'`,
      )
      .bind(GHENT)
      .first<{ status: string }>();
    assert.equal(cancelled?.status, 'cancelled');
    // Registering again is one action away: the button is back.
    await page.waitForSelector(`${CALENDAR} >>> button[data-mode="in_person"]`, { visible: true });
    assert.deepEqual(problems, []);
    await page.browserContext().close();
  });

  test('on a full workshop, a member joins the waitlist and sees their place in line, then leaves it', async () => {
    const { left, waitlist } = await seats(PARIS);
    assert.equal(left, 0, 'the demo workshop in Paris is full');
    const { page, problems } = await openOnPhone(`${host.origin}/leden?sip-event=${PARIS}`);
    await waitForText(
      page,
      '.seats',
      new RegExp(`^Ter plaatse: Volzet — schrijf je in op de wachtlijst · ${waitlist} personen wachten$`),
    );
    await waitForText(page, 'button[data-mode="in_person"]', /^Op de wachtlijst$/);
    await click(page, 'button[data-mode="in_person"]');
    await waitForText(page, '.notice', /^Je staat op de wachtlijst\.$/);
    await waitForText(
      page,
      '[part~="waitlist"]',
      new RegExp(`^Je staat op de wachtlijst \\(ter plaatse\\): plaats ${waitlist + 1}\\.$`),
    );
    assert.equal((await seats(PARIS)).waitlist, waitlist + 1, 'the API counts one more waiting');

    await click(page, '#cancel-registration');
    await click(page, '#confirm-cancel');
    await waitForText(page, '.notice', /^Je inschrijving is geannuleerd\.$/);
    const after = await seats(PARIS);
    assert.equal(after.left, 0, 'still full');
    assert.equal(after.waitlist, waitlist, 'the line is as it was');
    await waitForText(page, '.seats', new RegExp(`· ${waitlist} personen wachten$`));
    assert.deepEqual(problems, []);
    await page.browserContext().close();
  });

  test('a member cancels a full workshop’s only seat: the first on the waitlist gets it, and sees it', async () => {
    const slug = await createEvent({ capacity: { in_person: 1 } });
    const lotte = await openOnPhone(`${host.origin}/leden?as=lotte&sip-event=${slug}`);
    await click(lotte.page, 'button[data-mode="in_person"]');
    await waitForText(lotte.page, '[part~="standing"]', /^Je bent ingeschreven \(ter plaatse\)\.$/);
    await waitForText(lotte.page, '.seats', /^Ter plaatse: Volzet — schrijf je in op de wachtlijst$/);

    const bram = await openOnPhone(`${host.origin}/leden?as=bram&sip-event=${slug}`);
    await waitForText(bram.page, 'button[data-mode="in_person"]', /^Op de wachtlijst$/);
    await click(bram.page, 'button[data-mode="in_person"]');
    await waitForText(
      bram.page,
      '[part~="waitlist"]',
      /^Je staat op de wachtlijst \(ter plaatse\): plaats 1\.$/,
    );
    assert.equal(await registrationStatus(slug, 'Bram Janssens'), 'waitlisted');

    await click(lotte.page, '#cancel-registration');
    await click(lotte.page, '#confirm-cancel');
    await waitForText(lotte.page, '.notice', /^Je inschrijving is geannuleerd\.$/);
    // The freed seat went to Bram in the same transaction: still full, nobody waiting.
    await waitForText(lotte.page, '.seats', /^Ter plaatse: Volzet — schrijf je in op de wachtlijst$/);
    assert.deepEqual(await seats(slug), { capacity: 1, taken: 1, left: 0, waitlist: 0 });
    assert.equal(await registrationStatus(slug, 'Lotte Peeters'), 'cancelled');
    assert.equal(await registrationStatus(slug, 'Bram Janssens'), 'confirmed');

    await bram.page.reload();
    await waitForText(bram.page, '[part~="standing"]', /^Je bent ingeschreven \(ter plaatse\)\.$/);
    assert.deepEqual([...lotte.problems, ...bram.problems], []);
    await lotte.page.browserContext().close();
    await bram.page.browserContext().close();
  });

  test('a guest gives a name and an e-mail and is told to check their mailbox; the seat is held', async () => {
    const left = await seatsLeft(BRUSSELS);
    const email = `guest-${crypto.randomUUID().slice(0, 8)}@voorbeeld.be`;
    const { page, problems } = await openOnPhone(`${host.origin}/?sip-event=${BRUSSELS}`);
    await waitForText(page, '#event-title', /^Workshop: de coöperatie, voor wie\?$/);

    await click(page, '#guest-start');
    const name = await page.waitForSelector(`${CALENDAR} >>> #guest-name`, { visible: true });
    // The form opens with the focus on its first field.
    await page.waitForFunction(
      `document.querySelector('${CALENDAR}').shadowRoot.activeElement?.id === 'guest-name'`,
      { timeout: 5_000 },
    );
    await name?.type('Joris Van Damme');
    await (await page.$(`${CALENDAR} >>> #guest-email`))?.type(email);
    await click(page, '#guest-consent');
    await click(page, 'form[part~="guest-form"] button[type="submit"]');

    await waitForText(page, '.notice', /^Kijk in je mailbox om je plaats te bevestigen/);
    assert.equal(await seatsLeft(BRUSSELS), left - 1, 'the seat is held until the guest confirms');
    const row = await kit.db
      .prepare(
        `SELECT r.status, r.guest, r.name, r.language FROM registrations r JOIN events e ON e.id = r.event_id
         WHERE e.slug = ?1 AND r.email = ?2`,
      )
      .bind(BRUSSELS, email)
      .first();
    assert.deepEqual(row, {
      status: 'pending_confirmation',
      guest: 1,
      name: 'Joris Van Damme',
      language: 'nl',
    });
    const width = await noHorizontalScroll(page);
    assert.ok(width <= PHONE.width, `no horizontal scroll after registering (${width} px)`);
    assert.deepEqual(problems, []);
    await page.browserContext().close();
  });
});

/** A host page on a phone, its problems recorded (see openOnPhone in test/browser.ts). */
function openOnPhone(url: string): Promise<{ page: Page; problems: string[] }> {
  return openPhonePage(browser, url, { isolated: true, warnings: true });
}

/** The text of the first element matching `inner` in the calendar's shadow root, once it matches `expected`. */
function waitForText(page: Page, inner: string, expected: RegExp): Promise<string> {
  return waitForDeepText(page, `${CALENDAR} >>> ${inner}`, expected);
}
