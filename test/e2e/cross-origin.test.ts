/**
 * End to end, as a host site uses the kit: a page on ANOTHER origin than the
 * Worker, in Dutch, on a phone, loads `sip.js` with one script tag. The poll
 * speaks Dutch (its dictionary is a chunk fetched cross-origin), a vote
 * counts, a signed-in member (token-url on the host site) sends a
 * contribution and sees it confirmed, and the console stays clean. A page on
 * an origin that is not allowed is told so, by name.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { sign } from 'hono/jwt';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium, openOnPhone as openPhonePage, PHONE, waitForText } from '../browser.ts';
import { type DemoKit, readDevVars, startDemoKit } from '../kit.ts';

let kit: DemoKit;
let browser: Browser;
let host: HostSite;
let stranger: HostSite;

interface HostSite {
  server: Server;
  origin: string;
}

/**
 * A host site on 127.0.0.1 (the Worker answers on localhost: another origin).
 * `/` is a Dutch page for visitors; `/leden` the same page for a signed-in
 * member, whose token the site's own `/sip-token` mints, as the README says.
 */
async function startHostSite(kitOrigin: () => string): Promise<HostSite> {
  const [secret] = JSON.parse(readDevVars().SITE_SECRETS).demo as string[];
  const server = createServer(async (request, response) => {
    if (request.url === '/sip-token') {
      const now = Math.floor(Date.now() / 1000);
      const token = await sign(
        {
          iss: 'demo',
          aud: 'smart-in-progress',
          sub: 'host-member-1',
          name: 'Mieke Claes',
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
    const member = request.url === '/leden';
    response.writeHead(request.url === '/' || member ? 200 : 404, {
      'Content-Type': 'text/html; charset=utf-8',
    });
    response.end(`<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Smart — meedoen</title>
    <link rel="icon" href="data:," />
    ${member ? '<meta name="sip:token-url" content="/sip-token" />' : ''}
    <script type="module" src="${kitOrigin()}/sip.js"></script>
  </head>
  <body>
    <h1>Smart in Progress</h1>
    <sip-poll poll="outils-en-ligne"></sip-poll>
    <sip-contribution-form theme="cooperative-pour-qui" privacy-url="/privacy"></sip-contribution-form>
  </body>
</html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

before(async () => {
  // The host sites listen first: the kit must allow the one origin, which is only known then.
  host = await startHostSite(() => kit.url.origin);
  stranger = await startHostSite(() => kit.url.origin);
  kit = await startDemoKit({ vars: { SITES: JSON.stringify({ demo: { origins: [host.origin] } }) } });
  assert.notEqual(kit.url.origin, host.origin, 'the kit and the host page are two origins');
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  host?.server.close();
  stranger?.server.close();
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

describe('a Dutch host page on another origin, on a phone', () => {
  test('the poll speaks Dutch and an anonymous vote counts, with a clean console', async () => {
    const before = await tally('outils-en-ligne');
    const { page, problems } = await openOnPhone(`${host.origin}/`);
    const poll = 'sip-poll[poll="outils-en-ligne"]';
    await waitForText(page, `${poll} >>> button[type="submit"]`, /^Stemmen$/);
    await (await page.waitForSelector(`${poll} >>> input[type="radio"]:enabled`))?.click();
    await (await page.waitForSelector(`${poll} >>> button[type="submit"]:enabled`))?.click();
    // The poll's results are live, so they show before the vote too: wait for the new turnout on screen.
    await waitForText(page, `${poll} >>> [part~="results"]`, new RegExp(`\\b${before + 1}\\b.*stem`, 'i'));
    assert.equal(await tally('outils-en-ligne'), before + 1, 'the ballot reached D1');
    const scrollWidth = await page.evaluate('document.documentElement.scrollWidth');
    assert.ok((scrollWidth as number) <= PHONE.width, `no horizontal scroll (${scrollWidth} px)`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a member signed in on the host site sends a contribution and sees it confirmed in Dutch', async () => {
    const { page, problems } = await openOnPhone(`${host.origin}/leden`);
    const form = 'sip-contribution-form';
    const title = `Meer ontmoetingen in Gent ${crypto.randomUUID().slice(0, 6)}`;
    // The name comes from the host site's token, read-only.
    await page.waitForFunction(
      `document.querySelector('${form}')?.shadowRoot?.querySelector('#displayName')?.value === 'Mieke Claes'`,
      { timeout: 15_000 },
    );
    await (await page.waitForSelector(`${form} >>> #title`))?.type(title);
    await (await page.$(`${form} >>> #text`))?.type(
      'Een vaste ontmoetingsavond per maand in Gent zou freelancers uit verschillende sectoren samenbrengen.',
    );
    await page.waitForSelector(`${form} >>> select#territory option[value="flandre"]`);
    await (await page.$(`${form} >>> select#territory`))?.select('flandre');
    await (await page.$(`${form} >>> #consent`))?.click();
    await (await page.$(`${form} >>> button[type="submit"]`))?.click();
    const received = await waitForText(page, `${form} >>> [part~="confirmation"]`, /Bedankt/);
    assert.match(received, /[0-9A-Z]{4}-[0-9A-Z]{4}/, 'the reference is shown');
    const row = await kit.db
      .prepare('SELECT display_name, role, self_declared FROM contributions WHERE title = ?1')
      .bind(title)
      .first<{ display_name: string; role: string; self_declared: number }>();
    assert.deepEqual(row, { display_name: 'Mieke Claes', role: 'freelancer', self_declared: 0 });
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('a host page whose origin is not allowed', () => {
  test('the widget and the console name the origin and the setting; nothing is served to it', async () => {
    const { page, problems } = await openOnPhone(`${stranger.origin}/`);
    await page.evaluate(`document.documentElement.lang = 'en'`);
    const message = await waitForText(
      page,
      'sip-poll[poll="outils-en-ligne"] >>> [part~="error"]',
      /not yet allowed/,
    );
    assert.ok(message.includes(stranger.origin), message);
    assert.ok(
      problems.some((line) => line.includes(stranger.origin) && line.includes('SITES')),
      problems.join('\n'),
    );
    await page.close();
  });
});

/** A host page on a phone, its problems recorded (see openOnPhone in test/browser.ts). */
function openOnPhone(url: string): Promise<{ page: Page; problems: string[] }> {
  return openPhonePage(browser, url);
}
