/**
 * End to end, what the README's Embed section promises a host page on
 * another origin, in Chromium against the real Worker and D1:
 *
 * - a pinned version (`/v/<version>/sip.js`) with its Subresource Integrity
 *   hash: the bytes served are the ones the manifests hash, they are served
 *   immutable, the widget works (its on-demand chunks pinned too), and a
 *   wrong hash is refused by the browser;
 * - the no-JS fallback: the content inside an element shows without
 *   JavaScript, and is replaced by the widget with it;
 * - the elements' manifest, served to any origin;
 * - a strict Content-Security-Policy that allows only the kit's origin: the
 *   poll renders and takes a vote, and the browser reports no violation.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium } from '../browser.ts';
import { type DemoKit, startDemoKit } from '../kit.ts';

const POLL = 'outils-en-ligne';
const FALLBACK = 'Votez sur smart.coop/participer';

let kit: DemoKit;
let browser: Browser;
let host: { server: Server; origin: string };
let versions: { latest: string; entries: Record<string, { url: string; integrity: string }> };

/** The host page's `<head>` and CSP, by path; `kit` is the Worker's origin. */
function hostPage(path: string, kit: string): { head: string; csp?: string } | undefined {
  const pinned = versions?.entries['sip.js'];
  const wrong = versions?.entries['poll.js'].integrity;
  switch (path) {
    case '/pinned':
      return {
        head: `<script type="module" src="${kit}${pinned.url}" integrity="${pinned.integrity}" crossorigin="anonymous"></script>`,
      };
    case '/tampered':
      return {
        head: `<script type="module" src="${kit}${pinned.url}" integrity="${wrong}" crossorigin="anonymous"></script>`,
      };
    case '/fallback':
      return { head: `<script type="module" src="${kit}/sip.js"></script>` };
    case '/strict':
      // Nothing but the kit's origin, for scripts and requests; no style-src nor img-src at all: the widgets need neither.
      return {
        head: `<script type="module" src="${kit}/sip.js"></script>`,
        csp: `default-src 'none'; script-src ${kit}; connect-src ${kit}; style-src 'none'; img-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`,
      };
  }
  return undefined;
}

before(async () => {
  // The host site listens first: the kit must allow its origin, which is only known then.
  const server = createServer((request, response) => {
    const page = hostPage(request.url ?? '', kit.url.origin);
    if (request.url === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (!page) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      ...(page.csp ? { 'Content-Security-Policy': page.csp } : {}),
    });
    response.end(`<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <title>Smart — host page</title>
    ${page.head}
  </head>
  <body>
    <sip-poll poll="${POLL}">
      <p id="fallback">${FALLBACK}</p>
    </sip-poll>
  </body>
</html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
  kit = await startDemoKit({ vars: { SITES: JSON.stringify({ demo: { origins: [host.origin] } }) } });
  versions = await (await fetch(new URL('/versions.json', kit.url))).json();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  host?.server.close();
  await kit?.close();
});

/** Opens a host page, recording console errors, page errors, failed requests and every URL requested. */
async function open(
  path: string,
  options: { javaScript?: boolean } = {},
): Promise<{ page: Page; problems: string[]; requested: string[] }> {
  // A fresh profile each time: the poll remembers an anonymous vote per origin.
  const page = await (await browser.createBrowserContext()).newPage();
  const problems: string[] = [];
  const requested: string[] = [];
  await page.setJavaScriptEnabled(options.javaScript ?? true);
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${error}`));
  page.on('request', (request) => requested.push(request.url()));
  page.on('requestfailed', (request) =>
    problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`),
  );
  // Every CSP violation, including those the console would not show.
  await page.evaluateOnNewDocument(`
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.violations.push(event.violatedDirective + ' ' + event.blockedURI));
  `);
  await page.goto(`${host.origin}${path}`);
  return { page, problems, requested };
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

/** Votes for the first option in the Dutch poll, and waits for the results. */
async function vote(page: Page): Promise<void> {
  const poll = `sip-poll[poll="${POLL}"]`;
  await page.waitForFunction(
    `document.querySelector('${poll}')?.shadowRoot?.querySelector('button[type="submit"]')?.textContent.trim() === 'Stemmen'`,
    { timeout: 15_000 },
  );
  await (await page.waitForSelector(`${poll} >>> input[type="radio"]:enabled`))?.click();
  await (await page.waitForSelector(`${poll} >>> button[type="submit"]:enabled`))?.click();
  await page.waitForSelector(`${poll} >>> [part~="results"]`, { timeout: 15_000 });
}

const sha384 = (bytes: ArrayBuffer) =>
  `sha384-${createHash('sha384').update(Buffer.from(bytes)).digest('base64')}`;

describe('a pinned version with Subresource Integrity', () => {
  test('every pinned file is served immutable, with the bytes its SRI hash names', async () => {
    const { latest, entries } = versions;
    const { version, files } = (await (
      await fetch(new URL(`/v/${latest}/integrity.json`, kit.url))
    ).json()) as {
      version: string;
      files: Record<string, string>;
    };
    assert.equal(version, latest);
    assert.ok(
      Object.keys(files).some((file) => file.startsWith('chunks/')),
      'the chunks are pinned too',
    );
    for (const [name, { url, integrity }] of Object.entries(entries)) {
      assert.equal(url, `/v/${latest}/${name}`);
      assert.equal(integrity, files[name], `${name}: versions.json and integrity.json agree`);
    }
    for (const [file, integrity] of Object.entries(files)) {
      const response = await fetch(new URL(`/v/${latest}/${file}`, kit.url), {
        headers: { Origin: host.origin },
      });
      assert.equal(response.status, 200, file);
      assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable', file);
      assert.equal(response.headers.get('access-control-allow-origin'), '*', file);
      assert.equal(sha384(await response.arrayBuffer()), integrity, `${file}: its bytes are the ones hashed`);
    }
  });

  test('the widget works from the pinned URL, loading only pinned files from the kit', async () => {
    const before = await tally(POLL);
    const { page, problems, requested } = await open('/pinned');
    await vote(page);
    assert.equal(await tally(POLL), before + 1, 'the ballot reached D1');
    const fromKit = requested.filter((url) => url.startsWith(kit.url.origin) && !url.includes('/api/'));
    assert.ok(
      fromKit.some((url) => url.includes('/chunks/') && url.includes('-nl-')),
      `the Dutch strings came from a pinned chunk: ${fromKit.join(', ')}`,
    );
    for (const url of fromKit) assert.ok(new URL(url).pathname.startsWith(`/v/${versions.latest}/`), url);
    assert.deepEqual(problems, []);
    await page.browserContext().close();
  });

  test('a wrong hash is refused: the script does not run', async () => {
    const { page, problems } = await open('/tampered');
    for (let waited = 0; waited < 5000 && !problems.length; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(await page.evaluate(`customElements.get('sip-poll') === undefined`), true);
    assert.ok(
      problems.some((line) => /integrity/i.test(line)),
      `Chromium reports the integrity failure: ${problems.join('\n')}`,
    );
    await page.browserContext().close();
  });
});

describe('the elements’ manifest', () => {
  test('custom-elements.json is served as JSON to any origin, and describes the widgets', async () => {
    const response = await fetch(new URL('/custom-elements.json', kit.url), {
      headers: { Origin: host.origin },
    });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    const manifest = (await response.json()) as { modules: { declarations?: { tagName?: string }[] }[] };
    const tags = manifest.modules.flatMap((module) => module.declarations ?? []).map((d) => d.tagName);
    for (const tag of ['sip-poll', 'sip-contribution-form', 'sip-contribution-list'])
      assert.ok(tags.includes(tag), tag);
  });
});

describe('the no-JS fallback', () => {
  test('without JavaScript, the content inside the element shows', async () => {
    const { page } = await open('/fallback', { javaScript: false });
    const text = (await page.evaluate(`document.body.innerText`)) as string;
    assert.equal(text.trim(), FALLBACK);
    await page.browserContext().close();
  });

  test('with JavaScript, the widget replaces it', async () => {
    const { page, problems } = await open('/fallback');
    await page.waitForSelector(`sip-poll >>> button[type="submit"]`, { timeout: 15_000 });
    assert.equal(await page.evaluate(`document.getElementById('fallback').checkVisibility()`), false);
    assert.ok(!((await page.evaluate(`document.body.innerText`)) as string).includes(FALLBACK));
    assert.deepEqual(problems, []);
    await page.browserContext().close();
  });
});

describe('a host page with a strict Content-Security-Policy', () => {
  test('allowing only the kit’s origin, the poll renders and takes a vote with no violation', async () => {
    const before = await tally(POLL);
    const { page, problems } = await open('/strict');
    await vote(page);
    assert.equal(await tally(POLL), before + 1, 'the ballot reached D1');
    // The results' bars are sized through the CSSOM, which style-src does not govern.
    const width = await page.evaluate(
      `document.querySelector('sip-poll').shadowRoot.querySelector('.fill')?.style.inlineSize`,
    );
    assert.match(String(width), /%$/);
    assert.deepEqual(await page.evaluate('window.violations'), []);
    assert.deepEqual(problems, []);
    await page.browserContext().close();
  });
});
