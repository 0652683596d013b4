/**
 * End to end: the printable annual publication, printed by Chromium to an A4
 * PDF from the real Worker and the demo data (the seeded 2026 edition), read
 * back with a real PDF parser (pdfjs-dist): its page count, each theme on a
 * page of its own, in the order of the contents, with what was said.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser } from 'puppeteer-core';
import { PAGE_STRINGS } from '../../functions/publications/page-strings.ts';
import type { PublicationEdition } from '../../schema/publications.ts';
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

/** The text of each page of a PDF, white space collapsed. */
async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const task = getDocument({ data: bytes, useSystemFonts: true });
  const document = await task.promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    // Runs of a line follow each other; a line ends with a space, except after a hyphen that broke a word (est-/ce).
    const text = content.items
      .map((item) => ('str' in item ? item.str + (item.hasEOL && !item.str.endsWith('-') ? ' ' : '') : ''))
      .join('');
    pages.push(text.replace(/\s+/g, ' ').trim());
  }
  await task.destroy();
  return pages;
}

/** Prints `path` as Chromium would to paper, honouring the page's own @page (A4). */
async function printToPdf(path: string): Promise<{ bytes: Uint8Array; width: number; height: number }> {
  const page = await browser.newPage();
  try {
    const response = await page.goto(new URL(path, kit.url).href, { waitUntil: 'load' });
    assert.equal(response?.status(), 200);
    const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const task = getDocument({ data: bytes.slice() });
    const [, , width, height] = (await (await task.promise).getPage(1)).view;
    await task.destroy();
    return { bytes, width, height };
  } finally {
    await page.close();
  }
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

for (const language of ['fr', 'nl'] as const) {
  describe(`/publication/2026 printed to PDF (${language})`, () => {
    let edition: PublicationEdition;
    let pages: string[];
    let size: { width: number; height: number };

    before(async () => {
      edition = (await (await kit.request('/api/v1/publications/2026')).json()) as PublicationEdition;
      const printed = await printToPdf(`/publication/2026?lang=${language}`);
      size = printed;
      pages = await pdfPages(printed.bytes);
    });

    test('A4 pages, as many as the page’s own counter says', () => {
      // A4 is 595.28 × 841.89 points.
      assert.ok(
        Math.abs(size.width - 595.28) < 1 && Math.abs(size.height - 841.89) < 1,
        `${size.width}×${size.height}`,
      );
      // A cover with the contents, then at least one page per theme.
      assert.ok(pages.length >= 1 + edition.themes.length, `${pages.length} pages`);
      pages.forEach((text, index) => {
        assert.ok(
          text.includes(`${index + 1} / ${pages.length}`),
          `page ${index + 1} is numbered "${index + 1} / ${pages.length}"`,
        );
      });
    });

    test('the cover has the title and the contents, and no theme’s section', () => {
      const title = language === 'fr' ? 'Publication annuelle 2026' : 'Jaarpublicatie 2026';
      assert.ok(pages[0].includes(title));
      assert.ok(pages[0].includes(language === 'fr' ? 'Sommaire' : 'Inhoud'));
      assert.ok(!pages[0].includes(language === 'fr' ? 'Ce qui a été demandé' : 'Wat werd gevraagd'));
    });

    test('every theme is present, each from a page of its own, in order', () => {
      let previous = 0;
      for (const { theme } of edition.themes) {
        const title = collapse(theme.title[language] ?? theme.title.fr);
        const heading = `${theme.position}. ${title}`;
        const at = pages.findIndex((text, index) => index > 0 && text.includes(heading));
        assert.ok(at > previous, `"${heading}" starts a page after the previous theme (page ${at + 1})`);
        // The page's text without its number (which the PDF may hold first or last).
        const body = pages[at].replace(`${at + 1} / ${pages.length}`, '').trim();
        assert.ok(body.startsWith(heading), `"${heading}" heads page ${at + 1}: ${body.slice(0, 80)}`);
        assert.ok(pages[0].includes(title), `"${title}" in the contents`);
        previous = at;
      }
    });

    test('the events figures are printed on their theme’s pages: held, attendees, by territory and role', () => {
      const strings = PAGE_STRINGS[language];
      // Each theme's pages: from its heading to the next theme's.
      const starts = edition.themes.map(({ theme }) => {
        const heading = `${theme.position}. ${collapse(theme.title[language] ?? theme.title.fr)}`;
        return pages.findIndex((text, index) => index > 0 && text.includes(heading));
      });
      const withEvents = edition.themes.filter((theme) => theme.said.events.attendees > 0);
      assert.ok(withEvents.length > 0, 'the demo edition has a theme whose events people came to');
      for (const { theme, said } of withEvents) {
        const index = edition.themes.findIndex((entry) => entry.theme.slug === theme.slug);
        const text = pages.slice(starts[index], starts[index + 1] ?? pages.length).join(' ');
        assert.ok(text.includes(`${strings.eventsHeld} ${said.events.held}`), `${theme.slug}: events held`);
        assert.ok(text.includes(`${strings.attendees} ${said.events.attendees}`), `${theme.slug}: attendees`);
        assert.ok(
          text.includes(strings.byTerritory) && text.includes(strings.byRole),
          `${theme.slug}: tables`,
        );
        for (const { role, count } of said.events.byRole) {
          assert.ok(text.includes(`${strings.roles[role]} ${count}`), `${theme.slug}: ${role} ${count}`);
        }
      }
    });

    test('the quotes the editor picked are printed', () => {
      const all = pages.join(' ');
      for (const quote of edition.themes.flatMap((theme) => theme.said.quotes)) {
        assert.ok(all.includes(collapse(quote.text).slice(0, 40)), quote.text);
      }
    });
  });
}
