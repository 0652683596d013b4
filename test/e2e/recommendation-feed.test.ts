/**
 * End to end: `<sip-recommendation-feed>` in Chromium on an English host page
 * on another origin, on a phone, against the real Worker and D1 — nothing
 * stubbed. Two recommendations are made through the editors' and board's
 * API (one submitted, one adopted with the board's answer); the feed lists
 * both with their status; a link with `?sip-recommendation=` opens one with
 * its timeline and its sources; a member signed in on the host site supports
 * it and withdraws, and the count follows on screen and in the API.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { sign } from 'hono/jwt';
import type { Browser, Page } from 'puppeteer-core';
import { ADMIN } from '../../functions/test/harness.ts';
import { launchChromium, openOnPhone as openPhonePage, PHONE, waitForText } from '../browser.ts';
import { type DemoKit, readDevVars, startDemoKit } from '../kit.ts';

const FEED = 'sip-recommendation-feed';
const suffix = crypto.randomUUID().slice(0, 6);
/** Submitted to the board: it takes supporters. */
const SUBMITTED = {
  slug: `one-status-for-freelancers-${suffix}`,
  title: 'One status for freelancers across borders',
};
/** Adopted by the board, with its answer. */
const ADOPTED = { slug: `a-mentor-for-newcomers-${suffix}`, title: 'A mentor for every newcomer' };
/** A published contribution of the demo data, and a demo poll: the submitted one's sources. */
const CONTRIBUTION = 'D3M0-K7M2';
const POLL = 'outils-en-ligne';

let kit: DemoKit;
let browser: Browser;
let host: { server: Server; origin: string };

/**
 * An English host page on 127.0.0.1 (the Worker answers on localhost: another
 * origin) with the feed; its `/sip-token` signs in a member, as the README says.
 */
async function startHostSite(kitOrigin: () => string): Promise<{ server: Server; origin: string }> {
  const [secret] = JSON.parse(readDevVars().SITE_SECRETS).demo as string[];
  const server = createServer(async (request, response) => {
    if (request.url === '/sip-token') {
      const now = Math.floor(Date.now() / 1000);
      const token = await sign(
        {
          iss: 'demo',
          aud: 'smart-in-progress',
          sub: `host-member-${suffix}`,
          name: 'Jane Walker',
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
    const found = request.url?.startsWith('/recommendations');
    response.writeHead(found ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Smart — recommendations</title>
    <link rel="icon" href="data:," />
    <meta name="sip:token-url" content="/sip-token" />
    <script type="module" src="${kitOrigin()}/sip.js"></script>
  </head>
  <body>
    <h1>Recommendations to the board</h1>
    <sip-recommendation-feed contribution-url="/contributions/{ref}"></sip-recommendation-feed>
  </body>
</html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

/** One call of the editors' and board's API, as an admin (who may act for either body); fails the run unless it answers `expected`. */
async function admin(path: string, json: unknown, expected: number): Promise<void> {
  const response = await kit.request(`/api/v1/admin/recommendations${path}`, {
    method: 'POST',
    ...ADMIN,
    json,
  });
  assert.equal(response.status, expected, `${path}: ${await response.text()}`);
}

/** Drafts both recommendations, submits them; the board adopts one and answers. */
async function makeRecommendations(): Promise<void> {
  await admin(
    '',
    {
      slug: SUBMITTED.slug,
      theme: 'cooperative-pour-qui',
      year: 2026,
      title: { en: SUBMITTED.title, fr: 'Un statut unique pour les freelances, d’un pays à l’autre' },
      summary: { en: 'One status, whichever country one works in.' },
      text: {
        en: 'Freelancers who work in Belgium and in France juggle two systems.\n\nOne status would keep them in the cooperative.',
      },
      audience: 'members',
      sources: [
        { kind: 'contribution', ref: CONTRIBUTION },
        { kind: 'poll', ref: POLL },
      ],
    },
    201,
  );
  await admin(
    '',
    {
      slug: ADOPTED.slug,
      theme: 'modele-economique',
      year: 2026,
      title: { en: ADOPTED.title },
      summary: { en: 'Someone who knows the house, for the first six months.' },
      text: { en: 'Each new member is offered a mentor among the members.' },
    },
    201,
  );
  await admin(`/${ADOPTED.slug}/status`, { to: 'submitted', as: 'steering_committee' }, 200);
  await admin(
    `/${ADOPTED.slug}/status`,
    {
      to: 'adopted',
      as: 'board',
      answer: { text: { en: 'The board adopts it; mentoring starts in January.' } },
    },
    200,
  );
  // Submitted last: the newest change leads the list.
  await admin(`/${SUBMITTED.slug}/status`, { to: 'submitted', as: 'steering_committee' }, 200);
}

before(async () => {
  // The host site listens first: the kit must allow its origin, which is only known then.
  host = await startHostSite(() => kit.url.origin);
  kit = await startDemoKit({ vars: { SITES: JSON.stringify({ demo: { origins: [host.origin] } }) } });
  assert.notEqual(kit.url.origin, host.origin, 'the kit and the host page are two origins');
  browser = await launchChromium();
  await makeRecommendations();
});
after(async () => {
  await browser?.close();
  host?.server.close();
  await kit?.close();
});

async function click(page: Page, selector: string): Promise<void> {
  await (await page.waitForSelector(selector, { timeout: 15_000 }))?.click();
}

/** What the public API says of a recommendation's supporters (as anyone sees it). */
async function supportersInApi(slug: string): Promise<number> {
  const response = await kit.request(`/api/v1/recommendations/${slug}`);
  assert.equal(response.status, 200);
  return ((await response.json()) as { supports: { total: number } }).supports.total;
}

async function assertNoSidewaysScroll(page: Page): Promise<void> {
  const scrollWidth = (await page.evaluate('document.documentElement.scrollWidth')) as number;
  assert.ok(scrollWidth <= PHONE.width, `no horizontal scroll (${scrollWidth} px)`);
}

describe('the recommendation feed on an English host page on another origin, on a phone', () => {
  test('lists the recommendations, newest change first, with their status and supporters', async () => {
    const { page, problems } = await openOnPhone(`${host.origin}/recommendations`);
    const item = (slug: string) => `${FEED} >>> [data-slug="${slug}"]`;
    await waitForText(page, `${item(SUBMITTED.slug)} [part="title"]`, new RegExp(`^${SUBMITTED.title}$`));
    await waitForText(
      page,
      `${item(SUBMITTED.slug)} [part="meta"]`,
      /^Submitted to the board since .+ · 0 supporters$/,
    );
    await waitForText(page, `${item(ADOPTED.slug)} [part="title"]`, new RegExp(`^${ADOPTED.title}$`));
    await waitForText(page, `${item(ADOPTED.slug)} [part="meta"]`, /^Adopted since .+ · 0 supporters$/);
    const order = (await page.evaluate(
      `[...document.querySelector('${FEED}').shadowRoot.querySelectorAll('[part="item"]')].map((li) => li.dataset.slug)`,
    )) as string[];
    assert.ok(
      order.indexOf(SUBMITTED.slug) < order.indexOf(ADOPTED.slug),
      `the newest change leads: ${order.join(', ')}`,
    );
    await assertNoSidewaysScroll(page);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a link opens one with its timeline; a signed-in member supports it and withdraws', async () => {
    const { page, problems } = await openOnPhone(
      `${host.origin}/recommendations?sip-recommendation=${SUBMITTED.slug}`,
    );
    await waitForText(page, `${FEED} >>> #detail-title`, new RegExp(`^${SUBMITTED.title}$`));
    await waitForText(page, `${FEED} >>> .back a`, /^All recommendations$/);
    await waitForText(
      page,
      `${FEED} >>> .timeline li`,
      /^\w+ \d{1,2}, \d{4} From “In preparation” to “Submitted to the board” Steering committee$/,
    );
    await waitForText(page, `${FEED} >>> [part="answer"]`, /The board has not answered yet\./);
    // A contribution links to its page on the host site.
    const source = (await page.$eval(`${FEED} >>> [part="source"] a`, (a) =>
      a.getAttribute('href'),
    )) as string;
    assert.equal(source, `/contributions/${CONTRIBUTION}`);

    // Members only: the host site's token says she is one.
    await click(page, `${FEED} >>> [part="support-form"] button.primary`);
    await waitForText(page, `${FEED} >>> .mine`, /^You support this recommendation\.$/);
    await waitForText(page, `${FEED} >>> [part="supports"] .total`, /^1 supporter$/);
    assert.equal(await supportersInApi(SUBMITTED.slug), 1, 'the API counts her');

    await click(page, `${FEED} >>> [part="support-form"] button.secondary`);
    await waitForText(page, `${FEED} >>> [part="supports"] .total`, /^0 supporters$/);
    await waitForText(
      page,
      `${FEED} >>> [part="support-form"] button.primary`,
      /^Support this recommendation$/,
    );
    assert.equal(await supportersInApi(SUBMITTED.slug), 0, 'the API no longer counts her');
    await assertNoSidewaysScroll(page);

    // Back to the list, which has the count as it now is.
    await click(page, `${FEED} >>> .back a`);
    await waitForText(
      page,
      `${FEED} >>> [data-slug="${SUBMITTED.slug}"] [part="meta"]`,
      /^Submitted to the board since .+ · 0 supporters$/,
    );
    assert.equal(new URL(page.url()).searchParams.get('sip-recommendation'), null, 'the page’s own address');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the adopted one shows the board’s answer and takes no more supporters', async () => {
    const { page, problems } = await openOnPhone(
      `${host.origin}/recommendations?sip-recommendation=${ADOPTED.slug}`,
    );
    await waitForText(page, `${FEED} >>> #detail-title`, new RegExp(`^${ADOPTED.title}$`));
    await waitForText(
      page,
      `${FEED} >>> [part="answer"]`,
      /The board adopts it; mentoring starts in January\./,
    );
    await waitForText(page, `${FEED} >>> .timeline li:last-child`, /to “Adopted” .*Board/);
    await waitForText(
      page,
      `${FEED} >>> [part="support-form"]`,
      /This recommendation no longer takes supporters\./,
    );
    assert.deepEqual(problems, []);
    await page.close();
  });
});

/** A host page on a phone, its problems recorded (see openOnPhone in test/browser.ts). */
function openOnPhone(url: string): Promise<{ page: Page; problems: string[] }> {
  return openPhonePage(browser, url);
}
