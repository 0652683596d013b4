/**
 * End to end: the example page in Chromium, against the real Worker and a
 * local D1 seeded with the demo data — nothing stubbed.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium, waitForText } from '../browser.ts';
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

async function openExamplePage(language = 'fr'): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(new URL('/', kit.url).href);
  if (language !== 'fr') await page.select('#demo-language', language);
  return page;
}

/** True when no enabled element matches `host >>> inner`. */
async function isDisabled(page: Page, selector: string): Promise<boolean> {
  const [host, inner] = selector.split(' >>> ');
  return (await page.evaluate(`(() => {
    const element = document.querySelector(${JSON.stringify(host)})?.shadowRoot?.querySelector(${JSON.stringify(inner)});
    return !element || element.disabled === true;
  })()`)) as boolean;
}

async function signInAs(page: Page, person: string): Promise<void> {
  await page.waitForSelector(`#demo-person option[value="${person}"]`);
  await page.select('#demo-person', person);
}

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

describe('members’ motion on the example page', () => {
  test('an anonymous visitor sees that only members may vote, and why', async () => {
    const page = await openExamplePage();
    await waitForText(page, 'sip-poll[poll="deploiement-france"] >>> [part~="message"]', /sociétaire/i);
    assert.ok(await isDisabled(page, 'sip-poll[poll="deploiement-france"] >>> button[type="submit"]'));
    await page.close();
  });

  test('a member votes for the motion and sees the results update', async () => {
    const before = await tally('deploiement-france');
    const page = await openExamplePage();
    await signInAs(page, 'amelie');
    const poll = 'sip-poll[poll="deploiement-france"]';
    // The widget reloads with her token: wait for it, or a click could land on the anonymous form.
    await waitForText(page, `${poll} >>> .identity`, /Amélie/);
    const option = await page.waitForSelector(`${poll} >>> input[value="for"]:enabled`);
    await option?.click();
    await (await page.waitForSelector(`${poll} >>> button[type="submit"]:enabled`))?.click();
    await waitForText(page, `${poll} >>> [part~="results"]`, /\d+\s?%/);
    assert.equal(await tally('deploiement-france'), before + 1, 'the ballot reached D1');
    await page.close();
  });

  test('a signed-in non-member is told the motion is for members', async () => {
    const page = await openExamplePage('en');
    await signInAs(page, 'bruno');
    await waitForText(page, 'sip-poll[poll="deploiement-france"] >>> [part~="message"]', /members/i);
    await page.close();
  });
});

describe('public poll with live results', () => {
  test('an anonymous visitor votes in Dutch and sees the live results', async () => {
    const before = await tally('outils-en-ligne');
    const page = await openExamplePage('nl');
    const poll = 'sip-poll[poll="outils-en-ligne"]';
    const option = await page.waitForSelector(`${poll} >>> input[type="radio"]:enabled`);
    await option?.click();
    await (await page.waitForSelector(`${poll} >>> button[type="submit"]:enabled`))?.click();
    await waitForText(page, `${poll} >>> [part~="results"]`, /stem/i);
    assert.equal(await tally('outils-en-ligne'), before + 1);
    await page.close();
  });
});

describe('live results', () => {
  test('a page showing live results sees another visitor’s vote without a reload, announced politely', async () => {
    const watcher = await openExamplePage();
    const poll = 'sip-poll[poll="outils-en-ligne"]';
    await watcher.waitForSelector(`${poll} >>> .turnout`);
    // Live results refresh while the poll is on screen.
    await watcher.evaluate(`(() => {
      const element = document.querySelector('${poll}');
      element.scrollIntoView();
      element.setAttribute('refresh-interval', '1');
    })()`);
    const before = await tally('outils-en-ligne');

    // Another visitor: a browser context of their own (their own anonymous id).
    const elsewhere = await browser.createBrowserContext();
    const voter = await elsewhere.newPage();
    await voter.goto(new URL('/', kit.url).href);
    await (await voter.waitForSelector(`${poll} >>> input[type="radio"]:enabled`))?.click();
    await (await voter.waitForSelector(`${poll} >>> button[type="submit"]:enabled`))?.click();
    await waitForText(voter, `${poll} >>> .turnout`, new RegExp(`${before + 1}`));

    // The shared view of the watcher's isolate may be a second old: within a few refreshes it shows.
    const turnout = await waitForText(watcher, `${poll} >>> .turnout`, new RegExp(`${before + 1}`));
    assert.match(turnout, new RegExp(`${before + 1} vote`));
    await waitForText(watcher, `${poll} >>> p[role="status"]`, /Résultats mis à jour/);
    await elsewhere.close();
    await watcher.close();
  });
});
