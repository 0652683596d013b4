/**
 * End to end: on /admin an editor of the steering committee drafts a
 * recommendation, links a published contribution as its source and submits
 * it; a board member records the board's answer and adopts it; the public API
 * then shows it adopted, with its source, its answer and its timeline —
 * Chromium, the real Worker and D1, nothing stubbed.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parseFeed } from '@rowanmanning/feed-parser';
import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import { seedAdminToken } from '../../functions/test/harness.ts';
import { launchChromium } from '../browser.ts';
import { type DemoKit, startDemoKit } from '../kit.ts';

let kit: DemoKit;
let browser: Browser;
const contexts: BrowserContext[] = [];
/** Uncaught errors of the pages, checked at the end. */
const pageErrors: string[] = [];

before(async () => {
  kit = await startDemoKit();
  browser = await launchChromium();
});
after(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await kit?.close();
});

const APP = 'sip-moderation-app';
const RUN = crypto.randomUUID().slice(0, 6);
const TITLE = `Garder les freelances dans la coopérative ${RUN}`;
/** A seeded published contribution ('Garder les freelances qui décollent'). */
const SOURCE = 'D3M0-K7M2';
const ANSWER = 'Le conseil adopte la recommandation et confie une offre aux équipes régionales.';

/** The first element matching a deep selector (`>>>` crosses shadow roots), once it is there. */
async function find(page: Page, selector: string) {
  const handle = await page.waitForSelector(selector, { timeout: 15_000 });
  assert.ok(handle, `${selector} is on the page`);
  return handle;
}

async function textOf(page: Page, selector: string): Promise<string> {
  const handle = await find(page, selector);
  const text = await handle.evaluate((element) => element.textContent ?? '');
  return text.replace(/\s+/g, ' ').trim();
}

/** Waits until the element's text includes `expected` (the page re-renders after each answer of the API). */
async function waitForText(page: Page, selector: string, expected: string): Promise<void> {
  let text = '';
  for (let attempt = 0; attempt < 150; attempt++) {
    text = await textOf(page, selector).catch(() => '');
    if (text.includes(expected)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`${selector} should say ${JSON.stringify(expected)}, says ${JSON.stringify(text)}`);
}

async function stored(slug: string): Promise<{ status: string } | null> {
  return kit.db
    .prepare('SELECT status FROM recommendations WHERE slug = ?1')
    .bind(slug)
    .first<{ status: string }>();
}

async function waitForStatus(slug: string, status: string): Promise<void> {
  for (let attempt = 0; attempt < 150 && (await stored(slug))?.status !== status; attempt++)
    await new Promise((resolve) => setTimeout(resolve, 100));
  assert.equal((await stored(slug))?.status, status);
}

/** /admin#recommendations in a browser context of its own (its own session), signed in with `token`. */
async function signIn(token: string): Promise<Page> {
  const context = await browser.createBrowserContext();
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto(new URL('/admin#recommendations', kit.url).href);
  await (await find(page, `${APP} >>> #token`)).type(token);
  await (await find(page, `${APP} >>> form[part~="sign-in"] button[type="submit"]`)).click();
  await find(page, `${APP} >>> sip-moderation-recommendations >>> #recommendations-heading`);
  return page;
}

async function openPanel(page: Page, panel: string): Promise<void> {
  await (await find(page, `${APP} >>> sip-moderation-recommendation >>> [data-panel="${panel}"]`)).click();
}

test('an editor drafts, links a source and submits; the board answers and adopts; the public API shows it', async () => {
  const editorToken = await seedAdminToken(kit.db, { name: 'Sofie Claes', role: 'editor' });
  const boardToken = await seedAdminToken(kit.db, { name: 'Marc Dubois', role: 'board' });

  // The steering committee's editor writes a draft, in French only.
  const editor = await signIn(editorToken);
  await (await find(editor, `${APP} >>> #create`)).click();
  const form = `${APP} >>> sip-moderation-recommendation-form`;
  await find(editor, `${form} >>> select#theme option[value="cooperative-pour-qui"]`);
  await (await find(editor, `${form} >>> select#theme`)).select('cooperative-pour-qui');
  await (await find(editor, `${form} >>> #title-fr`)).type(TITLE);
  await (await find(editor, `${form} >>> #summary-fr`)).type(
    'Une offre pour les freelances dont l’activité décolle.',
  );
  await (await find(editor, `${form} >>> #text-fr`)).type('Premier paragraphe.\n\nSecond paragraphe.');
  const slug = await (await find(editor, `${form} >>> #slug`)).evaluate(
    (input) => (input as unknown as { value: string }).value,
  );
  assert.match(slug, new RegExp(`^garder-les-freelances-dans-la-cooperative-${RUN}$`), 'slug from the title');
  await (await find(editor, `${form} >>> button[type="submit"]`)).click();
  await waitForText(editor, `${APP} >>> sip-moderation-recommendation >>> h2`, TITLE);
  assert.equal((await stored(slug))?.status, 'draft');
  assert.equal((await kit.request(`/api/v1/recommendations/${slug}`)).status, 404, 'a draft is not public');

  // It links the seeded contribution, found by words of its title.
  await openPanel(editor, 'sources');
  const sources = `${APP} >>> sip-moderation-recommendation-sources`;
  await (await find(editor, `${sources} >>> #source-query`)).type('freelances');
  await (await find(editor, `${sources} >>> [part="search"] button[type="submit"]`)).click();
  await (await find(editor, `${sources} >>> [data-result="contribution:${SOURCE}"] [data-add]`)).click();
  await (await find(editor, `${sources} >>> #save-sources`)).click();
  await waitForText(
    editor,
    `${APP} >>> sip-moderation-recommendation >>> [part="sources"]`,
    'Garder les freelances qui décollent',
  );

  // And submits it to the board.
  await openPanel(editor, 'move');
  const move = `${APP} >>> sip-moderation-recommendation-move`;
  await (await find(editor, `${move} >>> input[name="to"][value="submitted"]`)).click();
  await (await find(editor, `${move} >>> #reason-fr`)).type('Prête pour le conseil.');
  await (await find(editor, `${move} >>> button[type="submit"]`)).click();
  await waitForStatus(slug, 'submitted');

  // A board member finds it in the list of submitted ones, records the answer, then adopts it.
  const board = await signIn(boardToken);
  await (await find(board, `${APP} >>> select#filter-status`)).select('submitted');
  await (await find(board, `${APP} >>> [data-recommendation="${slug}"] button[data-slug="${slug}"]`)).click();
  await waitForText(board, `${APP} >>> sip-moderation-recommendation >>> h2`, TITLE);
  await openPanel(board, 'answer');
  const answer = `${APP} >>> sip-moderation-recommendation-answer`;
  await (await find(board, `${answer} >>> #answer-fr`)).type(ANSWER);
  await (await find(board, `${answer} >>> button[type="submit"]`)).click();
  await waitForText(board, `${APP} >>> sip-moderation-recommendation >>> [part="answers"]`, ANSWER);

  await openPanel(board, 'move');
  const boardMove = `${APP} >>> sip-moderation-recommendation-move`;
  await (await find(board, `${boardMove} >>> input[name="to"][value="adopted"]`)).click();
  await (await find(board, `${boardMove} >>> button[type="submit"]`)).click();
  await waitForStatus(slug, 'adopted');
  await waitForText(board, `${APP} >>> sip-moderation-recommendation >>> [part="facts"]`, 'Adoptée');

  // The log on /admin names its steps in words, as the recommendations' own history does.
  await board.goto(new URL('/admin#audit', kit.url).href);
  const log = `${APP} >>> sip-moderation-audit >>> tbody`;
  await waitForText(board, log, slug);
  const lines = await (await find(board, log)).$$eval('tr', (rows) =>
    rows.map((row) => (row.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
  const ours = lines.filter((line) => line.includes(slug));
  assert.ok(
    ours.some(
      (line) => line.includes('Soumission au conseil') && line.includes('Brouillon → Soumise au conseil'),
    ),
  );
  assert.ok(ours.some((line) => line.includes('Réponse du conseil')));
  assert.ok(ours.some((line) => line.includes('Soumise au conseil → Adoptée')));

  // The public API shows it: adopted, its source, the board's answer and the timeline of both moves.
  const response = await kit.request(`/api/v1/recommendations/${slug}`);
  assert.equal(response.status, 200);
  const view = (await response.json()) as {
    status: string;
    title: Record<string, string>;
    sources: { kind: string; ref: string }[];
    answers: { version: number; text: Record<string, string> }[];
    timeline: { from: string; to: string; by: string; reason: Record<string, string> | null }[];
  };
  assert.equal(view.status, 'adopted');
  assert.equal(view.title.fr, TITLE);
  assert.deepEqual(
    view.sources.map(({ kind, ref }) => ({ kind, ref })),
    [{ kind: 'contribution', ref: SOURCE }],
  );
  assert.deepEqual(
    view.answers.map(({ version, text }) => ({ version, text })),
    [{ version: 1, text: { fr: ANSWER } }],
  );
  assert.deepEqual(
    view.timeline.map(({ from, to, by }) => ({ from, to, by })),
    [
      { from: 'draft', to: 'submitted', by: 'steering_committee' },
      { from: 'submitted', to: 'adopted', by: 'board' },
    ],
  );
  assert.deepEqual(view.timeline[0].reason, { fr: 'Prête pour le conseil.' });

  // And the public list has it among the adopted ones.
  const list = (await (await kit.request('/api/v1/recommendations?status=adopted')).json()) as {
    recommendations: { slug: string }[];
  };
  assert.ok(
    list.recommendations.some((item) => item.slug === slug),
    'listed publicly as adopted',
  );

  // And the Atom feed, read by a feed reader, shows the change under the id minted with the draft.
  const atom = await kit.request('/api/v1/recommendations.atom');
  assert.equal(atom.status, 200);
  const entry = parseFeed(await atom.text()).items.find((item) => item.title === TITLE);
  assert.ok(entry, 'in the Atom feed');
  assert.match(entry.content ?? '', /Statut : Adoptée/);
  assert.match(
    entry.url ?? '',
    new RegExp(`sip-recommendation=${slug}`),
    'its link opens it on the host page',
  );
  assert.deepEqual(pageErrors, [], 'no uncaught error on /admin');
});
