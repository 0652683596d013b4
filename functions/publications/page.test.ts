/**
 * The printable page `/publication/YEAR`: the stored edition as HTML, in
 * the visitor's language, every user text escaped, nothing run; and the
 * pure helpers it relies on (the page's language, an excerpt's words).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Kit, startKit } from '../test/harness.ts';
import { seedContribution } from '../test/moderation.ts';
import { excerptFound } from './excerpts.ts';
import { pageLanguage } from './page.ts';
import { editorOptions, publish, putQuotes, seedRecommendation, submittedAt } from './test-fixtures.ts';

let kit: Kit;
const year = 2021;
const theme = 'entreprise-partagee';

before(async () => {
  kit = await startKit();
  const editor = await editorOptions(kit);
  const quoted = await seedContribution(kit.db, {
    theme,
    status: 'published',
    submittedAt: `${year}-02-01T00:00:00.000Z`,
    text: 'Avant <script>alert("x")</script> & <img src=x onerror=alert(1)> après.',
    displayName: '<b>Claire</b>',
    territory: 'occitanie',
    role: 'member',
  });
  await seedRecommendation(kit.db, {
    theme,
    year,
    title: { nl: 'Regionale vergaderingen <i>vóór</i> de AV' },
    summary: { nl: 'Samenvatting', fr: 'Des assemblées régionales' },
    changes: [
      submittedAt(`${year}-03-01T10:00:00.000Z`),
      { from: 'submitted', to: 'adopted', by: 'board', at: `${year}-04-01T10:00:00.000Z` },
    ],
    answers: [{ text: { fr: 'Le conseil adopte </p><p>cette idée.' }, at: `${year}-04-01T10:00:00.000Z` }],
    supporters: [['member'], ['member'], ['freelancer']],
  });
  assert.equal(
    (await putQuotes(kit, year, { quotes: [{ theme, contribution: quoted }] }, editor)).status,
    200,
  );
  await publish(kit, year);
});
after(() => kit.close());

async function page(path: string, headers: Record<string, string> = {}) {
  const response = await kit.request(path, { headers });
  return { response, text: await response.text() };
}

describe('GET /publication/:year', () => {
  test('the latest edition as HTML: cover, contents, every theme, strict headers', async () => {
    const { response, text } = await page(`/publication/${year}`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Content-Type'), 'text/html; charset=UTF-8');
    assert.match(response.headers.get('Content-Security-Policy') ?? '', /default-src 'none'/);
    assert.doesNotMatch(response.headers.get('Content-Security-Policy') ?? '', /script-src/);
    assert.match(text, /^<!doctype html>\n<html lang="fr">/);
    assert.match(text, /<h1>Publication annuelle 2021<\/h1>/);
    assert.match(text, /Édition 1, publiée le \d+ \S+ \d{4}\./u);
    assert.doesNotMatch(text, /test-admin/, 'who published it is not on the public page');
    for (const title of [
      'Être une coopérative : pour qui et avec qui ?',
      'Mutualiste, redistributif, solidaire : un modèle économique viable ?',
      'Créer et développer son activité : comment ? Avec quels outils ?',
      'Une entreprise partagée et participative, est-ce bien réaliste ?',
    ]) {
      assert.ok(text.includes(`>${title}</a>`), `${title} in the contents`);
      assert.ok(text.includes(`</span> ${title}</h2>`), `${title} heading its section`);
    }
    assert.equal(text.match(/<section class="theme"/g)?.length, 4);
    for (const heading of [
      'Ce qui a été demandé',
      'Ce que les participant·es ont dit',
      'Ce qui est recommandé',
      'Ce que le conseil a répondu, et ce qu’il en est advenu',
    ]) {
      assert.equal(text.split(`<h3>${heading}</h3>`).length - 1, 4, heading);
    }
    // A4, page breaks between themes.
    assert.match(text, /@page \{ size: A4;/);
    assert.match(text, /\.theme \{ break-before: page;/);
    assert.match(text, /href="\/api\/v1\/publications\/2021\?edition=1"/);
    assert.match(text, /href="\/api\/v1\/publications\/2021\.csv\?edition=1"/);
  });

  test('every text a person wrote is escaped: no markup of theirs reaches the page', async () => {
    const { text } = await page(`/publication/${year}`);
    assert.ok(
      text.includes(
        'Avant &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt; après.',
      ),
    );
    assert.ok(text.includes('— &lt;b&gt;Claire&lt;/b&gt;, Sociétaire, Occitanie'));
    assert.ok(text.includes('Regionale vergaderingen &lt;i&gt;vóór&lt;/i&gt; de AV'));
    assert.ok(text.includes('Le conseil adopte &lt;/p&gt;&lt;p&gt;cette idée.'));
    assert.doesNotMatch(text, /<script|<img|<b>|<i>/);
  });

  test('a text not written in the page’s language is shown in its own, and said so', async () => {
    const { text } = await page(`/publication/${year}`);
    assert.ok(text.includes('<span lang="nl">Regionale vergaderingen &lt;i&gt;vóór&lt;/i&gt; de AV</span>'));
    assert.ok(text.includes('(texte en néerlandais)'));
    assert.ok(text.includes('<p>Des assemblées régionales</p>'), 'the French summary, present, is shown');
    assert.ok(text.includes('3 soutiens'));
    assert.match(text, /Adoptée depuis le 1 avril 2021/);
  });

  test('in Dutch or English, by ?lang= or Accept-Language', async () => {
    const dutch = await page(`/publication/${year}?lang=nl`);
    assert.match(dutch.text, /<html lang="nl">/);
    assert.match(dutch.text, /<h1>Jaarpublicatie 2021<\/h1>/);
    assert.ok(dutch.text.includes('<h3>Wat werd gevraagd</h3>'));
    assert.ok(dutch.text.includes('Een coöperatie zijn: voor wie en met wie?'));
    assert.ok(
      dutch.text.includes('<h4>Regionale vergaderingen &lt;i&gt;vóór&lt;/i&gt; de AV</h4>'),
      'no note in Dutch',
    );
    assert.ok(dutch.text.includes('(tekst in het Frans)'), 'the answer, written in French only');

    const english = await page(`/publication/${year}`, { 'Accept-Language': 'de-DE, en-GB;q=0.8, fr;q=0.5' });
    assert.match(english.text, /<html lang="en">/);
    assert.ok(english.text.includes('<h3>What participants said</h3>'));
    assert.equal(english.response.headers.get('Vary'), 'Accept-Language');

    const unknown = await page(`/publication/${year}?lang=de`, { 'Accept-Language': 'nl' });
    assert.match(unknown.text, /<html lang="nl">/);
  });

  test('an edition by number; each edition links to the others with its date', async () => {
    await publish(kit, year);
    const latest = await page(`/publication/${year}`);
    assert.match(latest.text, /Édition 2, publiée le/);
    assert.match(latest.text, /édition 2 du [^<]+ \(celle-ci\)/);
    assert.match(latest.text, /<a href="\/publication\/2021\/1\?lang=fr">édition 1 du [^<]+<\/a>/);
    const first = await page(`/publication/${year}/1?lang=en`);
    assert.equal(first.response.status, 200);
    assert.match(first.text, /Edition 1, published on/);
  });

  test('a year or an edition never published: a 404 page in the visitor’s language', async () => {
    const missing = await page('/publication/2030?lang=en');
    assert.equal(missing.response.status, 404);
    assert.equal(missing.response.headers.get('Content-Type'), 'text/html; charset=UTF-8');
    assert.match(missing.text, /<h1>No publication for 2030<\/h1>/);
    const edition = await page(`/publication/${year}/9`);
    assert.equal(edition.response.status, 404);
    assert.match(edition.text, /Aucune publication pour 2021/);
  });
});

describe('pageLanguage', () => {
  test('?lang= first, then Accept-Language by weight, then French', () => {
    assert.equal(pageLanguage('en', 'nl'), 'en');
    assert.equal(pageLanguage('EN-gb', undefined), 'en');
    assert.equal(pageLanguage('de', 'nl-BE,nl;q=0.9'), 'nl');
    assert.equal(pageLanguage(undefined, 'de;q=1, en;q=0.2, nl;q=0.7'), 'nl');
    assert.equal(pageLanguage(undefined, 'en;q=0, de'), 'fr');
    assert.equal(pageLanguage(undefined, undefined), 'fr');
    assert.equal(pageLanguage('', '*'), 'fr');
  });
});

describe('excerptFound', () => {
  const text =
    'Beaucoup de freelances quittent Smart dès que leur activité décolle.\nUne offre claire les garderait.';

  test('the author’s words, whole or cut with … in order, spacing, case and quote marks aside', () => {
    assert.equal(excerptFound('Beaucoup de freelances quittent Smart', text), true);
    assert.equal(excerptFound('beaucoup de freelances … une offre claire les garderait.', text), true);
    assert.equal(excerptFound('leur activité décolle. Une offre', text), true);
    assert.equal(excerptFound('«\u00a0Beaucoup de freelances [...] les garderait\u00a0»', text), true);
  });

  test('anything else is not', () => {
    assert.equal(excerptFound('Peu de freelances quittent Smart', text), false);
    assert.equal(excerptFound('les garderait … Beaucoup de freelances', text), false, 'pieces out of order');
    assert.equal(excerptFound('… …', text), false);
  });
});
