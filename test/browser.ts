/**
 * Launches the machine's Chromium (never a downloaded one, see chromium.ts)
 * for end-to-end tests and screenshots.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromiumPath } from './chromium.ts';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** A phone's screen, for host pages as phones show them. */
export const PHONE = { width: 375, height: 740, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/**
 * Opens `url` on a phone and records every console error (and warning, with
 * `warnings`), page error, failed request and answer of 400 or more. With
 * `isolated`, in a browser context of its own (no storage shared with other pages).
 */
export async function openOnPhone(
  browser: Browser,
  url: string,
  { isolated = false, warnings = false } = {},
): Promise<{ page: Page; problems: string[] }> {
  const page = await (isolated ? await browser.createBrowserContext() : browser).newPage();
  await page.setViewport(PHONE);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || (warnings && message.type() === 'warn')) {
      problems.push(`console: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page: ${error}`));
  page.on('requestfailed', (request) =>
    problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url);
  return { page, problems };
}

/**
 * Waits until the element at a deep selector (`>>>` crosses shadow roots, as
 * often as needed; none for a light-DOM element) has text matching
 * `expected`, and returns that text; on timeout, says what it shows.
 */
export async function waitForText(page: Page, selector: string, expected: RegExp): Promise<string> {
  const parts = selector.split(' >>> ');
  const find = `let element = document.querySelector(${JSON.stringify(parts[0])});
    for (const part of ${JSON.stringify(parts.slice(1))}) element = element?.shadowRoot?.querySelector(part);`;
  const check = `(() => {
    ${find}
    const text = element?.textContent?.replace(/\\s+/g, ' ').trim() ?? '';
    return new RegExp(${JSON.stringify(expected.source)}, ${JSON.stringify(expected.flags)}).test(text) ? text : false;
  })()`;
  try {
    const handle = await page.waitForFunction(check, { timeout: 15_000 });
    return (await handle.jsonValue()) as string;
  } catch (error) {
    const shown = await page.evaluate(`(() => {
      ${find}
      return element?.textContent?.replace(/\\s+/g, ' ').trim() ?? '(no such element)';
    })()`);
    throw new Error(`${selector}: waited for ${expected}, shows ${JSON.stringify(shown)}`, { cause: error });
  }
}
