/**
 * The recommendations' screens in French, Dutch and English. A file of its
 * own: each test file runs in a fresh page, so nothing has fetched Dutch or
 * English yet.
 */
import { expect } from '@open-wc/testing';
import { AUDIENCES, BREAKDOWN_ROLES, LANGUAGES } from '../../../schema/common.ts';
import { BODIES, RECOMMENDATION_STATUSES, SOURCE_KINDS } from '../../../schema/recommendation-lifecycle.ts';
import { RECOMMENDATION_PROBLEMS } from '../../../schema/recommendations.ts';
import { expectSameKeys } from '../../internal/dictionary-checks.ts';
import { problemResponse, textOf } from '../../internal/test-helpers.ts';
import { $, type ApiStub, all$ } from '../test-utils.ts';
import {
  fill,
  forgetAll,
  mountRecommendations,
  openRecommendation,
  recommendationView,
  serveRecommendations,
  within,
} from './test-utils.ts';
import { en } from './translations/en.ts';
import { fr } from './translations/fr.ts';
import { RECOMMENDATIONS_NAV_LABEL } from './translations/nav.ts';
import { nl } from './translations/nl.ts';
import { RECOMMENDATION_AUDIT_ACTIONS } from './translations/translation.ts';

const translations = { fr, nl, en };
const sorted = (list: readonly string[]) => [...list].sort();

describe('recommendations dictionaries', () => {
  it('fr, nl and en define exactly the same keys', () => expectSameKeys(translations, 'recommendations'));

  it('name every status, body, audience, source kind, role and audit action, and explain every problem', () => {
    for (const language of LANGUAGES) {
      const w = translations[language];
      expect(sorted(Object.keys(w.statuses)), language).to.deep.equal(sorted(RECOMMENDATION_STATUSES));
      expect(sorted(Object.keys(w.bodies)), language).to.deep.equal(sorted(BODIES));
      expect(sorted(Object.keys(w.audiences)), language).to.deep.equal(sorted(AUDIENCES));
      expect(sorted(Object.keys(w.sourceKinds)), language).to.deep.equal(sorted(SOURCE_KINDS));
      expect(sorted(Object.keys(w.supportRoles)), language).to.deep.equal(sorted(BREAKDOWN_ROLES));
      expect(sorted(Object.keys(w.auditActions)), language).to.deep.equal(
        sorted(RECOMMENDATION_AUDIT_ACTIONS),
      );
      expect(sorted(Object.keys(w.problems)), language).to.deep.equal(
        sorted(Object.keys(RECOMMENDATION_PROBLEMS)),
      );
      for (const code of Object.keys(RECOMMENDATION_PROBLEMS))
        expect(w.problems[code as keyof typeof w.problems], `${language} ${code}`).to.be.a('string').and.not
          .empty;
      expect(RECOMMENDATIONS_NAV_LABEL[language]).to.equal(w.heading);
    }
  });

  it('count with each language’s plural rules', () => {
    expect([1, 2].map(fr.answers.earlier)).to.deep.equal([
      'Voir la version précédente',
      'Voir les 2 versions précédentes',
    ]);
    expect([1, 2].map(nl.sources.results)).to.deep.equal(['1 bron gevonden', '2 bronnen gevonden']);
    expect([0, 1].map(en.list.loaded)).to.deep.equal(['0 recommendations shown', '1 recommendation shown']);
  });
});

describe('<sip-moderation-recommendations> languages', () => {
  let api: ApiStub | undefined;
  const pageLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    api?.restore();
    forgetAll();
    if (pageLang) document.documentElement.setAttribute('lang', pageLang);
    else document.documentElement.removeAttribute('lang');
  });

  it('speaks Dutch, and says which language a text is shown in when it is not written in Dutch', async () => {
    document.documentElement.setAttribute('lang', 'nl');
    api = serveRecommendations([recommendationView()]);
    const el = await mountRecommendations(api);
    expect(textOf($(el, 'h2'))).to.equal('Aanbevelingen');
    const row = textOf($(el, '[part="recommendation"]'));
    expect(row).to.include('Adopter des outils libres').and.include('(in het Frans)').and.include('Ontwerp');
    await openRecommendation(el, api, 'outils-libres');
    const page = $(el, 'sip-moderation-recommendation').shadowRoot;
    expect(textOf(page?.querySelector('[part="facts"]'))).to.include('Aangemelde deelnemers');
    expect(page?.querySelector('h2 [lang]')?.getAttribute('lang')).to.equal('fr');
    await expect(el).to.be.accessible();
  });

  it('explains the API’s problems in English, beside the field they name', async () => {
    document.documentElement.setAttribute('lang', 'en');
    api = serveRecommendations([], {
      'POST admin/recommendations': () => problemResponse(409, 'recommendation_exists'),
    });
    const el = await mountRecommendations(api);
    $<HTMLButtonElement>(el, '#create').click();
    await api.idle();
    const field = <E extends HTMLElement>(selector: string) =>
      within<E>(el, 'sip-moderation-recommendation-form', selector);
    fill(field<HTMLSelectElement>('#theme'), 'outils-communs');
    for (const name of ['title', 'summary', 'text'])
      fill(field<HTMLInputElement>(`#${name}-en`), `Free ${name}`);
    await api.idle();
    field<HTMLButtonElement>('button[type="submit"]').click();
    await api.idle();
    expect(textOf(field('[part="error"]'))).to.equal(en.problems.recommendation_exists);
    expect(textOf(field('#slug-error'))).to.equal(
      'A recommendation already has this identifier: choose another.',
    );
    expect(all$(el, '[lang="en"]').length).to.be.greaterThan(0);
  });
});
