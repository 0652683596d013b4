/**
 * End to end: the React example (examples/react/, built into dist/react/ by
 * `npm run build`) in Chromium against the real Worker and D1. The app
 * bundles the kit under its package name and points it at the API with
 * configure(); a vote reaches D1, and the app's `onsip-vote` handler got the
 * event itself (its detail shown by React).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { launchChromium } from '../browser.ts';
import { type DemoKit, startDemoKit } from '../kit.ts';

let kit: DemoKit;
let browser: Browser;

before(async () => {
  assert.ok(
    existsSync('dist/react/app.js'),
    'dist/react/ is missing: run `npm run build` (not --production)',
  );
  kit = await startDemoKit();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await kit?.close();
});

async function tally(slug: string): Promise<number> {
  const row = await kit.db
    .prepare(
      `SELECT t.votes FROM poll_tallies t JOIN polls p ON p.id = t.poll_id
       WHERE p.slug = ?1 AND t.option_key = '*' AND t.role = '*'`,
    )
    .bind(slug)
    .first<{ votes: number }>();
  return row?.votes ?? 0;
}

describe('the React example', () => {
  test('renders the widgets; a vote counts and reaches the React handler as a typed event', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page: ${error}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    const before = await tally('outils-en-ligne');
    await page.goto(new URL('/react/', kit.url).href);

    const poll = 'sip-poll[poll="outils-en-ligne"]';
    // The contribution form is there too, with its fixed theme loaded.
    await page.waitForSelector('sip-contribution-form >>> [part~="form"]', { timeout: 15_000 });
    const choice = await page.waitForSelector(`${poll} >>> input[type="radio"]:enabled`, { timeout: 15_000 });
    const key = (await choice?.evaluate((input) => (input as unknown as { value: string }).value)) ?? '';
    await choice?.click();
    await (await page.waitForSelector(`${poll} >>> button[type="submit"]:enabled`))?.click();

    await page.waitForSelector('[data-testid="vote"]', { timeout: 15_000 });
    const text = await page.evaluate(`document.querySelector('[data-testid="vote"]').textContent`);
    assert.equal(text, `Votre vote : ${key} (outils-en-ligne)`, 'React rendered the event’s detail');
    assert.equal(await tally('outils-en-ligne'), before + 1, 'the ballot reached D1');

    // React's language state reaches the widgets through the wrapping element's lang.
    await page.select('select[aria-label="Language"]', 'en');
    await page.waitForFunction(
      `document.querySelector('${poll}')?.shadowRoot?.textContent?.includes('Voting open')`,
      { timeout: 15_000 },
    );
    assert.deepEqual(problems, []);
    await page.close();
  });
});
