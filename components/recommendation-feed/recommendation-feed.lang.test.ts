/**
 * Dictionaries on demand, seen from the feed. A file of its own: each test
 * file runs in a fresh page, so nothing has fetched Dutch or English yet.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { type FetchStub, fakeToken, jsonResponse, memberClaims, textOf } from '../internal/test-helpers.ts';
import { $, $$, mountFeed, recommendationPage, recommendationView, stubFeedApi } from './test-utils.ts';
import { recommendationFeedDictionaries } from './translations/dictionaries.ts';

const dictionaryFetches = (language: string) =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.endsWith(`/translations/${language}.ts`))
    .sort();

describe('<sip-recommendation-feed> languages', () => {
  let stub: FetchStub;
  const pageLang = document.documentElement.getAttribute('lang');
  beforeEach(() => {
    document.documentElement.removeAttribute('lang');
    stub = stubFeedApi({
      list: () => jsonResponse(recommendationPage(1, 1, 'page-2')),
      read: () =>
        jsonResponse(
          recommendationView({
            text: { fr: 'Seulement en français.' },
            answers: [
              {
                version: 1,
                text: { nl: 'Aangenomen.' },
                answeredAt: '2026-04-02T12:00:00.000Z',
                reviewOn: '2027-03-31',
              },
            ],
          }),
        ),
    });
  });
  afterEach(() => {
    stub.restore();
    if (pageLang !== null) document.documentElement.setAttribute('lang', pageLang);
  });

  it('speaks French without fetching any dictionary', async () => {
    const el = await mountFeed('lang="de"');
    expect(textOf($(el, '[part="load-more"]'))).to.equal('Afficher plus de recommandations');
    expect(
      recommendationFeedDictionaries.loaded('nl') === undefined &&
        recommendationFeedDictionaries.loaded('en') === undefined,
    ).to.be.true;
    expect([...dictionaryFetches('nl'), ...dictionaryFetches('en')]).to.be.empty;
  });

  it('speaks Dutch: the list, the filters, a recommendation in full, and the language its text is shown in', async () => {
    const el = await mountFeed(`lang="nl" token="${fakeToken(memberClaims())}"`);
    await expect(el).to.be.accessible();
    expect(dictionaryFetches('nl')).to.deep.equal([
      '/components/recommendation-feed/translations/nl.ts',
      '/components/translations/nl.ts',
    ]);
    expect(textOf($(el, '[part="title"]'))).to.equal('Eén statuut voor zelfstandige werkers (1)');
    expect(textOf($(el, '[part="meta"]'))).to.equal(
      'In behandeling sinds 12 maart 2026 · 3 steunbetuigingen',
    );
    expect($$(el, '[part="filters"] label > span').map(textOf)).to.deep.equal(['Thema', 'Status', 'Jaar']);
    expect(textOf($(el, '[part="filters"] select[name="theme"] option:nth-child(2)'))).to.equal(
      'Een coöperatie zijn: voor wie en met wie?',
    );
    expect(textOf($(el, '[part="load-more"]'))).to.equal('Meer aanbevelingen tonen');

    $<HTMLAnchorElement>(el, '#item-0')?.click();
    await waitUntil(() => $(el, '#detail-title'), 'the detail shows');
    await el.updateComplete;
    expect($(el, '[part="text"]')?.getAttribute('lang')).to.equal('fr');
    expect($$(el, '[part="language-note"]').map(textOf)).to.deep.equal(['Tekst getoond in het Frans']);
    expect(textOf($(el, '[part="answer"] .review'))).to.equal('Wordt opnieuw bekeken op 31 maart 2027');
    expect(textOf($(el, '[part="source"] .kind'))).to.equal('Bijdrage');
    expect(textOf($(el, 'label[for="support-email"]'))).to.match(/^Je e-mailadres/);
    expect(textOf($(el, '.back a'))).to.equal('Alle aanbevelingen');
    await expect(el).to.be.accessible();
    history.back();
    await waitUntil(() => $(el, '[part="list"]'), 'back to the list');
  });

  it('switches to English at runtime, the detail included', async () => {
    const el = await mountFeed('recommendation="statut-unique-1"');
    expect(textOf($(el, '#answer-heading'))).to.equal('La réponse du conseil d’administration');
    document.documentElement.lang = 'en-GB';
    for (let turn = 0; turn < 5; turn++) await Promise.resolve();
    await el.updateComplete;
    expect(textOf($(el, '#answer-heading'))).to.equal('The board’s answer');
    expect(textOf($(el, '[part="meta"]'))).to.equal('Under review since March 12, 2026 · 3 supporters');
    // The French text stays French, and says so in English; the answer is in Dutch.
    expect($$(el, '[part="language-note"]').map(textOf)).to.deep.equal([
      'Text shown in French',
      'Text shown in Dutch',
    ]);
    expect(new URL($<HTMLAnchorElement>(el, '[part="feed"]')?.href ?? '').searchParams.get('lang')).to.equal(
      'en',
    );
  });
});
