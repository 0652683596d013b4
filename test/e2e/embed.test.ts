/**
 * End to end, as a web team uses the configurator: /embed on the real Worker
 * (its strict headers, the kit's own widgets from /sip.js in the preview),
 * the poll `outils-en-ligne` in Dutch with a colour of their own, the snippet
 * copied through the real clipboard, then pasted into a page of ANOTHER
 * origin, where the widget speaks Dutch and wears the colour. Nothing stubbed,
 * and the console stays clean on both pages.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium } from '../browser.ts';
import { type DemoKit, startDemoKit } from '../kit.ts';

const CONFIGURATOR = 'sip-embed-configurator';
/** The colour the web team picks, and how the browser computes it. */
const ACCENT = { hex: '#8a1538', rgb: 'rgb(138, 21, 56)' };

let kit: DemoKit;
let browser: Browser;
let host: HostSite;

/** A web team's site on 127.0.0.1 (the Worker answers on localhost: another origin), serving whatever was pasted. */
interface HostSite {
  server: Server;
  origin: string;
  pasted: string;
}

async function startHostSite(): Promise<HostSite> {
  const site: HostSite = { server: createServer(), origin: '', pasted: '' };
  site.server.on('request', (request, response) => {
    response.writeHead(request.url === '/' ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    // An English page: Dutch can only come from the snippet.
    response.end(`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>A web team's page</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
    <h1>Have your say</h1>
${site.pasted}
  </body>
</html>`);
  });
  await new Promise<void>((resolve) => site.server.listen(0, '127.0.0.1', resolve));
  site.origin = `http://127.0.0.1:${(site.server.address() as AddressInfo).port}`;
  return site;
}

before(async () => {
  // The host site listens first: the kit must allow its origin, which is only known then.
  host = await startHostSite();
  kit = await startDemoKit({ vars: { SITES: JSON.stringify({ demo: { origins: [host.origin] } }) } });
  assert.notEqual(kit.url.origin, host.origin, 'the kit and the host page are two origins');
  browser = await launchChromium();
  await browser
    .defaultBrowserContext()
    .overridePermissions(kit.url.origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
});
after(async () => {
  await browser?.close();
  host?.server.close();
  await kit?.close();
});

/** Opens a page, recording every console error, page error, failed request and error status. */
async function open(url: string, width = 1280): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${error}`));
  page.on('requestfailed', (request) =>
    problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url, { waitUntil: 'networkidle0' });
  return { page, problems };
}

/**
 * A script for the page that finds an element through a chain of shadow
 * roots: `deep(['sip-embed-configurator', '.stage sip-poll', 'button'])`.
 * Written as a string: this file is type-checked without DOM types.
 */
function deep(path: string[]): string {
  return `${JSON.stringify(path)}.reduce((root, selector) => root?.shadowRoot?.querySelector(selector) ?? (root === document ? document.querySelector(selector) : null), document)`;
}

/** Waits until the element at `path` has text matching `expected`, and returns that text. */
async function waitForText(page: Page, path: string[], expected: RegExp): Promise<string> {
  const check = `(() => {
    const text = (${deep(path)})?.textContent?.replace(/\\s+/g, ' ').trim() ?? '';
    return new RegExp(${JSON.stringify(expected.source)}, ${JSON.stringify(expected.flags)}).test(text) ? text : false;
  })()`;
  const handle = await page.waitForFunction(check, { timeout: 15_000 });
  return (await handle.jsonValue()) as string;
}

describe('the configurator at /embed', () => {
  test('is served at /embed with the pages’ strict headers', async () => {
    const moved = await fetch(new URL('/embed', kit.url), { redirect: 'manual' });
    assert.equal(new URL(moved.headers.get('location') ?? '', kit.url).pathname, '/embed/');
    const response = await fetch(new URL('/embed/', kit.url));
    assert.equal(response.status, 200);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(response.headers.get('x-frame-options'), 'DENY');
    assert.match(await response.text(), /<sip-embed-configurator[\s>]/);
  });

  test('the example page links to it', async () => {
    const { page, problems } = await open(new URL('/', kit.url).href);
    await Promise.all([page.waitForNavigation(), page.click('a[href="/embed/"]')]);
    assert.equal(new URL(page.url()).pathname, '/embed/');
    await page.waitForSelector(`${CONFIGURATOR} >>> h1`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a poll in Dutch with its own colour: the snippet copied from /embed works on another origin', async () => {
    const { page, problems } = await open(new URL('/embed', kit.url).href);
    const poll = `${CONFIGURATOR} >>> #option-poll`;
    await page.waitForSelector(`${poll} option[value="outils-en-ligne"]`);
    await page.select(poll, 'outils-en-ligne');
    await page.select(`${CONFIGURATOR} >>> #widget-lang`, 'nl');
    // A colour input opens the system's picker: its value is set as the picker would.
    await page.evaluate(`(() => {
      const input = ${deep([CONFIGURATOR, '#color--sip-accent'])};
      input.value = ${JSON.stringify(ACCENT.hex)};
      input.dispatchEvent(new Event('input', { bubbles: true }));
    })()`);

    // The live widget on /embed is the kit's own, already in Dutch and in the colour.
    const preview = [CONFIGURATOR, '.stage sip-poll[poll="outils-en-ligne"]'];
    await waitForText(page, [...preview, 'button[type="submit"]'], /^Stemmen$/);
    assert.equal(
      await page.evaluate(`getComputedStyle(${deep([...preview, 'button[type="submit"]'])}).backgroundColor`),
      ACCENT.rgb,
    );

    // A pinned release: the versioned URL and its Subresource Integrity hash.
    await (await page.waitForSelector(`${CONFIGURATOR} >>> input[name="release"][value="pinned"]`))?.click();
    await page.bringToFront();
    await (await page.waitForSelector(`${CONFIGURATOR} >>> [part~="copy"]`))?.click();
    await waitForText(page, [CONFIGURATOR, '.copy-status'], /^Code copié\.$/);
    const copied = (await page.evaluate('navigator.clipboard.readText()')) as string;
    const shown = (await page.evaluate(`${deep([CONFIGURATOR, '[part~="code"]'])}.textContent`)) as string;
    assert.equal(copied, shown, 'the clipboard holds the snippet shown');
    assert.match(
      copied,
      new RegExp(
        `<script type="module" src="${kit.url.origin}/v/[0-9.]+/sip\\.js" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous"></script>`,
      ),
    );
    assert.match(copied, /<sip-poll poll="outils-en-ligne" lang="nl"><\/sip-poll>/);
    assert.match(copied, new RegExp(`--sip-accent: ${ACCENT.hex};`));
    assert.deepEqual(problems, []);
    await page.close();

    host.pasted = copied;
    const pasted = await open(`${host.origin}/`);
    const widget = ['sip-poll[poll="outils-en-ligne"]'];
    await waitForText(pasted.page, [...widget, 'button[type="submit"]'], /^Stemmen$/);
    const question = await kit.db
      .prepare(`SELECT json_extract(question, '$.nl') AS nl FROM polls WHERE slug = 'outils-en-ligne'`)
      .first<{ nl: string }>();
    assert.ok(question?.nl, 'the demo poll has a Dutch question');
    await waitForText(
      pasted.page,
      [...widget, '[part~="question"]'],
      new RegExp(`^${question.nl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
    );
    assert.equal(
      await pasted.page.evaluate('document.documentElement.lang'),
      'en',
      'the host page is English',
    );
    assert.equal(
      await pasted.page.evaluate(
        `getComputedStyle(${deep([...widget, 'button[type="submit"]'])}).backgroundColor`,
      ),
      ACCENT.rgb,
    );
    assert.deepEqual(pasted.problems, []);
    await pasted.page.close();
  });

  test('reflows at 320 px with a clean console', async () => {
    const { page, problems } = await open(new URL('/embed/', kit.url).href, 320);
    await page.waitForSelector(`${CONFIGURATOR} >>> #option-poll option`);
    const scrollWidth = (await page.evaluate('document.documentElement.scrollWidth')) as number;
    assert.ok(scrollWidth <= 320, `no horizontal scroll (${scrollWidth} px)`);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
