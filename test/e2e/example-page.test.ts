/**
 * End to end: the example host page as web teams will copy it, and the
 * moderation page's first impression — Chromium, the real Worker and D1.
 * The page reflows at phone widths (WCAG 1.4.10), its own text follows the
 * language switch with the widgets, its favicon resolves, and neither page
 * logs an error or a failed request before anyone signs in.
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

const LANGUAGES = ['fr', 'nl', 'en'] as const;
type Language = (typeof LANGUAGES)[number];

/** What each language shows: the page's heading, a widget's text, a demo person's roles. */
const EXPECTED: Record<Language, { heading: RegExp; title: RegExp; voteButton: string; amelie: string }> = {
  fr: {
    heading: /^Smart in Progress : définissons ensemble/,
    title: /Participer/,
    voteButton: 'Voter',
    amelie: 'Amélie Dubois (travailleur·euse autonome, sociétaire)',
  },
  nl: {
    heading: /^Smart in Progress: samen geven we vorm/,
    title: /Meedoen/,
    voteButton: 'Stemmen',
    amelie: 'Amélie Dubois (freelancer, vennoot)',
  },
  en: {
    heading: /^Smart in Progress: shaping the cooperative’s project/,
    title: /Take part/,
    voteButton: 'Vote',
    amelie: 'Amélie Dubois (freelancer, member)',
  },
};

const PUBLIC_POLL_BUTTON = 'sip-poll[poll="outils-en-ligne"] >>> button[type="submit"]';

/**
 * Everything a visitor's console would show as wrong: errors and warnings
 * (the page warns of a missing translation), failed requests and answers of
 * 400 or more (which Chromium logs as errors too).
 */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') {
      problems.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  return problems;
}

/** A tab in a fresh browser context (nothing stored), at a desktop size unless told otherwise. */
async function newTab(width = 1200, height = 800): Promise<Page> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height });
  return page;
}

function closeTab(page: Page): Promise<void> {
  return page.browserContext().close();
}

const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/**
 * Opens the example page and switches it to `language` with the demo bar, as
 * a visitor would; resolves once the page, the widgets and the demo people
 * speak that language and the network is quiet.
 */
async function openExamplePage(page: Page, language: Language): Promise<void> {
  await page.goto(new URL('/', kit.url).href, { waitUntil: 'networkidle0' });
  await page.waitForSelector('#demo-person option[value="amelie"]');
  if (language !== 'fr') await page.select('#demo-language', language);
  await waitForText(page, 'h1', EXPECTED[language].heading);
  await waitForText(page, PUBLIC_POLL_BUTTON, exactly(EXPECTED[language].voteButton));
  await waitForText(page, '#demo-person option[value="amelie"]', exactly(EXPECTED[language].amelie));
  await page.waitForNetworkIdle({ idleTime: 200 });
}

/** How far the document scrolls sideways, and what sticks out (through shadow roots), for the message. */
async function horizontalOverflow(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return (await page.evaluate(`(() => {
    const culprits = [];
    const walk = (root, where) => {
      for (const element of root.querySelectorAll('*')) {
        const box = element.getBoundingClientRect();
        if (box.width > 0 && box.right > innerWidth + 0.5) {
          culprits.push(where + element.localName + (element.id ? '#' + element.id : '') + ' (right edge ' + Math.round(box.right) + ')');
        }
        if (element.shadowRoot) walk(element.shadowRoot, where + element.localName + ' >>> ');
      }
    };
    walk(document, '');
    return { overflow: document.documentElement.scrollWidth - innerWidth, culprits: culprits.slice(0, 5) };
  })()`)) as { overflow: number; culprits: string[] };
}

describe('the example page reflows (WCAG 1.4.10): no horizontal scroll', () => {
  for (const [width, height] of [
    [320, 640],
    [375, 667],
  ] as const) {
    for (const language of LANGUAGES) {
      test(`${width}×${height} in ${language}, signed in with the longest demo person`, async () => {
        const page = await newTab(width, height);
        await openExamplePage(page, language);
        // The person select was the widest thing on the page: it must fit with its longest option chosen.
        await page.select('#demo-person', 'amelie');
        await waitForText(page, 'sip-poll[poll="deploiement-france"] >>> .identity', /Amélie/);
        const { overflow, culprits } = await horizontalOverflow(page);
        assert.ok(overflow <= 0, `scrolls ${overflow} px sideways; sticking out: ${culprits.join(', ')}`);
        await closeTab(page);
      });
    }
  }

  test('320 px in nl with the results by stakeholder open', async () => {
    const page = await newTab(320, 640);
    await openExamplePage(page, 'nl');
    await page.evaluate(`(() => {
        for (const poll of document.querySelectorAll('sip-poll'))
          for (const details of poll.shadowRoot.querySelectorAll('[part~="breakdown"]')) details.open = true;
      })()`);
    const { overflow, culprits } = await horizontalOverflow(page);
    assert.ok(overflow <= 0, `scrolls ${overflow} px sideways; sticking out: ${culprits.join(', ')}`);
    await closeTab(page);
  });
});

describe('the language switch', () => {
  test('switches the page’s own text, title and description, the widgets and the demo people', async () => {
    const page = await newTab();
    const problems = watch(page);
    await openExamplePage(page, 'fr');
    const french = await page.evaluate(
      `document.querySelector('.lead').textContent.replace(/\\s+/g, ' ').trim()`,
    );

    for (const language of ['nl', 'en', 'fr'] as const) {
      await page.select('#demo-language', language);
      await waitForText(page, 'h1', EXPECTED[language].heading);
      await waitForText(page, PUBLIC_POLL_BUTTON, exactly(EXPECTED[language].voteButton));
      await waitForText(page, '#demo-person option[value="amelie"]', exactly(EXPECTED[language].amelie));
      const shown = (await page.evaluate(`({
        lang: document.documentElement.lang,
        title: document.title,
        description: document.querySelector('meta[name="description"]').content,
        nav: document.querySelector('.site-header nav').getAttribute('aria-label'),
        search: location.search,
      })`)) as { lang: string; title: string; description: string; nav: string; search: string };
      assert.equal(shown.lang, language);
      assert.match(shown.title, EXPECTED[language].title);
      assert.equal(
        shown.search,
        language === 'fr' ? '' : `?lang=${language}`,
        'the choice is kept in the address',
      );
      if (language === 'nl') {
        assert.match(shown.description, /Voorbeeldpagina van de coöperatie Smart/);
        assert.equal(shown.nav, 'Hoofdnavigatie');
      }
      if (language === 'en') {
        assert.match(shown.description, /An example page of the Smart cooperative/);
        assert.equal(shown.nav, 'Main navigation');
      }
    }
    // Back in French, the page reads as written.
    assert.equal(
      await page.evaluate(`document.querySelector('.lead').textContent.replace(/\\s+/g, ' ').trim()`),
      french,
    );
    await page.waitForNetworkIdle({ idleTime: 200 });
    // A missing translation would have been warned about.
    assert.deepEqual(problems, []);
    await closeTab(page);
  });

  test('a reload, or a shared link, keeps the language (?lang=)', async () => {
    const page = await newTab();
    const problems = watch(page);
    await page.goto(new URL('/?lang=nl', kit.url).href, { waitUntil: 'networkidle0' });
    await waitForText(page, 'h1', EXPECTED.nl.heading);
    await waitForText(page, PUBLIC_POLL_BUTTON, exactly(EXPECTED.nl.voteButton));
    assert.equal(await page.evaluate('document.documentElement.lang'), 'nl');
    assert.equal(
      await page.$eval('#demo-language', (select) => (select as unknown as { value: string }).value),
      'nl',
    );
    assert.deepEqual(problems, []);
    await closeTab(page);
  });
});

describe('first impressions', () => {
  test('the example page’s favicon is linked and served', async () => {
    const page = await newTab();
    await page.goto(new URL('/', kit.url).href);
    const href = (await page.evaluate(`document.querySelector('link[rel="icon"]')?.href ?? ''`)) as string;
    assert.equal(new URL(href).origin, kit.url.origin, 'the icon is served by the kit');
    const response = await fetch(href);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('Content-Type') ?? '', /^image\/svg\+xml/);
    assert.match(await response.text(), /<svg[\s>]/);
    await closeTab(page);
  });

  test('/admin before sign-in: the sign-in form, no console error, no failed request, no favicon fetched', async () => {
    const page = await newTab();
    const problems = watch(page);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(new URL('/admin', kit.url).href, { waitUntil: 'networkidle0' });
    await waitForText(page, 'sip-moderation-app >>> [part="sign-in"] h2', /^Connexion$/);
    assert.deepEqual(problems, []);
    assert.ok(
      requested.includes('/api/v1/admin/session'),
      `it asked who is signed in: ${requested.join(', ')}`,
    );
    assert.ok(
      !requested.some((path) => path.includes('favicon')),
      `no favicon file: ${requested.join(', ')}`,
    );
    assert.match(
      (await page.evaluate(`document.querySelector('link[rel="icon"]').href`)) as string,
      /^data:/,
    );
    await closeTab(page);
  });
});
