/**
 * End to end: a visitor writes a contribution on the example page, a
 * moderator finds it on /admin and publishes it, and the published list on
 * the example page shows it — Chromium, the real Worker and D1, nothing stubbed.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { TEST_MODERATOR_TOKEN } from '../../functions/test/harness.ts';
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

const FORM = 'sip-contribution-form';
const TITLE = `Une coopérative ouverte aux nouveaux métiers ${crypto.randomUUID().slice(0, 6)}`;
const TEXT =
  'Smart accueille aujourd’hui des métiers très divers.\n\nNous proposons des temps d’échange réguliers entre ' +
  'travailleurs autonomes de secteurs différents, dans chaque territoire. <script>alert(1)</script>';

/** Text content of the first element matching a deep selector (`>>>` crosses shadow roots). */
async function textOf(page: Page, selector: string): Promise<string> {
  const handle = await page.waitForSelector(selector, { timeout: 15_000 });
  const text = await handle?.evaluate(
    (element) => (element as unknown as { textContent: string }).textContent,
  );
  return text?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Picks an option once the list has it (themes and territories come from the API). */
async function choose(page: Page, select: string, value: string): Promise<void> {
  await page.waitForSelector(`${select} option[value="${value}"]`, { timeout: 15_000 });
  await (await page.$(select))?.select(value);
}

async function status(title: string): Promise<string | undefined> {
  const row = await kit.db
    .prepare('SELECT status FROM contributions WHERE title = ?1')
    .bind(title)
    .first<{ status: string }>();
  return row?.status;
}

test('a contribution goes from the example page through moderation to the published list', async () => {
  const page = await browser.newPage();
  await page.goto(new URL('/', kit.url).href);

  await choose(page, `${FORM} >>> select#theme`, 'cooperative-pour-qui');
  await (await page.waitForSelector(`${FORM} >>> #title`))?.type(TITLE);
  await (await page.$(`${FORM} >>> #text`))?.type(TEXT);
  await choose(page, `${FORM} >>> select#role`, 'freelancer');
  await choose(page, `${FORM} >>> select#territory`, 'bruxelles');
  await (await page.$(`${FORM} >>> #displayName`))?.type('Camille');
  await (await page.$(`${FORM} >>> #consent`))?.click();
  await (await page.$(`${FORM} >>> button[type="submit"]`))?.click();

  const reference = await textOf(page, `${FORM} >>> [part~="reference"]`);
  assert.match(reference, /[0-9A-Z]{4}-[0-9A-Z]{4}/);
  assert.equal(await status(TITLE), 'pending', 'stored, waiting for moderation');

  const admin = await browser.newPage();
  await admin.goto(new URL('/admin', kit.url).href);
  await (await admin.waitForSelector('sip-moderation-app >>> #token', { timeout: 15_000 }))?.type(
    TEST_MODERATOR_TOKEN,
  );
  await (await admin.$('sip-moderation-app >>> form[part~="sign-in"] button[type="submit"]'))?.click();
  // The queue item with our title, wherever it sits in the page's shadow roots.
  const entry = await admin.waitForFunction(
    `(() => {
      const find = (root) => {
        for (const element of root.querySelectorAll('*')) {
          if (element.matches('button[part~="item"]') && element.textContent.includes(${JSON.stringify(TITLE)})) return element;
          const found = element.shadowRoot && find(element.shadowRoot);
          if (found) return found;
        }
        return null;
      };
      return find(document);
    })()`,
    { timeout: 15_000 },
  );
  await entry.asElement()?.click();
  await (await admin.waitForSelector('sip-moderation-app >>> button[data-action="publish"]'))?.click();
  for (let attempt = 0; attempt < 50 && (await status(TITLE)) !== 'published'; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.equal(await status(TITLE), 'published', 'one click on the moderation page published it');

  await page.reload();
  const list = await textOf(page, 'sip-contribution-list >>> [part~="list"]');
  assert.ok(list.includes(TITLE), 'the published list shows it');
  assert.ok(list.includes('<script>alert(1)</script>'), 'markup in the text is shown as text');
  await page.close();
  await admin.close();
});
