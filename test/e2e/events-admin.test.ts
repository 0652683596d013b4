/**
 * End to end: an organiser signs in on /admin with a named token, opens the
 * events view, fills the form for a new workshop with the keyboard and the
 * mouse, and saves it; the public API then lists it and serves it with the
 * times in its own zone, and the audit log has its line — Chromium, the
 * real Worker and D1, nothing stubbed.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { seedAdminToken } from '../../functions/test/harness.ts';
import type { EventList, EventView } from '../../schema/events.ts';
import { launchChromium } from '../browser.ts';
import { type DemoKit, startDemoKit } from '../kit.ts';

let kit: DemoKit;
let browser: Browser;

before(async () => {
  kit = await startDemoKit();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await kit?.close();
});

const APP = 'sip-moderation-app';
const SLUG = `atelier-e2e-${crypto.randomUUID().slice(0, 6)}`;
const TITLE = 'Atelier : la coopérative, pour qui ? (Liège)';

async function element(page: Page, id: string): Promise<ElementHandle<Element>> {
  const handle = await page.waitForSelector(`${APP} >>> #${id}`, { timeout: 15_000 });
  assert.ok(handle, `#${id}`);
  return handle;
}

/** Types into a field, as a person would. */
async function type(page: Page, id: string, text: string): Promise<void> {
  await (await element(page, id)).type(text);
}

/** Sets a field the keyboard cannot fill in one go (a date and time, a select), as the browser does: input, change. */
async function set(page: Page, id: string, value: string): Promise<void> {
  if (id === 'territory' || id === 'timeZone') {
    await page.waitForSelector(`${APP} >>> #${id} option[value="${value}"]`, { timeout: 15_000 });
  }
  await (await element(page, id)).evaluate((field, text) => {
    // A field of the form (input or select): its value, and the events a person's input fires.
    const input = field as unknown as { value: string; dispatchEvent(event: Event): boolean };
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
}

test('an organiser creates an event on /admin, and the public API lists it', async () => {
  const token = await seedAdminToken(kit.db, { name: 'Inès (organisatrice)', role: 'organiser' });
  const page = await browser.newPage();
  await page.goto(new URL('/admin#events', kit.url).href);
  await type(page, 'token', token);
  await (await page.$(`${APP} >>> form[part~="sign-in"] button[type="submit"]`))?.click();

  await (await element(page, 'create')).click();
  await type(page, 'slug', SLUG);
  await type(page, 'title-fr', TITLE);
  await type(page, 'description-fr', 'Deux heures pour en débattre, à la Maison des associations.');
  await (await element(page, 'theme-cooperative-pour-qui')).click();
  await set(page, 'territory', 'wallonie');
  await set(page, 'timeZone', 'Europe/Brussels');
  // 18:00 to 20:00, Brussels time, on 2 March 2034 (winter: UTC+1).
  await set(page, 'startsAt', '2034-03-02T18:00');
  await set(page, 'endsAt', '2034-03-02T20:00');
  await type(page, 'place-name', 'Maison des associations');
  await type(page, 'place-address', 'Rue Hors-Château 7, 4000 Liège');
  await type(page, 'capacity-in_person', '15');
  await (await page.$(`${APP} >>> form[part~="form"] button[type="submit"]`))?.click();

  // The new event's page opens, titled.
  const heading = await page.waitForFunction(
    `(() => {
      const find = (root) => {
        for (const element of root.querySelectorAll('*')) {
          if (element.id === 'event-heading' && element.textContent.includes(${JSON.stringify(TITLE)})) return element;
          const found = element.shadowRoot && find(element.shadowRoot);
          if (found) return found;
        }
        return null;
      };
      return find(document);
    })()`,
    { timeout: 15_000 },
  );
  assert.ok(heading);

  const list = await kit.request('/api/v1/events?territory=wallonie&theme=cooperative-pour-qui&limit=100');
  assert.equal(list.status, 200);
  const listed = ((await list.json()) as EventList).events.find((event) => event.slug === SLUG);
  assert.ok(listed, 'the public list has it');
  assert.equal(listed.title.fr, TITLE);
  assert.equal(listed.startsAt, '2034-03-02T17:00:00.000Z');
  assert.equal(listed.endsAt, '2034-03-02T19:00:00.000Z');
  assert.equal(listed.timeZone, 'Europe/Brussels');
  assert.deepEqual(listed.seats, { in_person: { capacity: 15, taken: 0, left: 15, waitlist: 0 } });

  const view = (await (await kit.request(`/api/v1/events/${SLUG}`)).json()) as EventView;
  assert.deepEqual(view.place, {
    name: 'Maison des associations',
    address: 'Rue Hors-Château 7, 4000 Liège',
  });
  assert.equal(view.status, 'scheduled');

  const audit = await kit.db
    .prepare("SELECT action, actor FROM audit_log WHERE item_kind = 'event' AND item_id = ?1")
    .bind(SLUG)
    .all<{ action: string; actor: string }>();
  assert.deepEqual(audit.results, [{ action: 'create', actor: 'Inès (organisatrice)' }]);
  await page.close();
});
