import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import * as v from 'valibot';
import { PublicationEdition } from '../../schema/publications.ts';
import {
  deferred,
  type FetchStub,
  jsonResponse,
  problemResponse,
  stubFetch,
  textOf,
} from '../internal/test-helpers.ts';
import type { SipPublication } from './publication.ts';
import {
  $,
  $$,
  API,
  editionFixture,
  indexFixture,
  mountPublication,
  stubPublicationApi,
} from './test-utils.ts';

const editionCalls = (stub: FetchStub) =>
  stub.calls.filter((call) => /\/publications\/\d{4}$/.test(call.url.pathname));

describe('<sip-publication>', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  it('builds its fixtures to the schema', () => {
    expect(v.is(PublicationEdition, editionFixture())).to.be.true;
  });

  describe('states', () => {
    it('announces loading', async () => {
      const answer = deferred<Response>();
      stub = stubFetch((call) =>
        call.url.pathname.endsWith('/territories') ? jsonResponse({ territories: [] }) : answer.promise,
      );
      const el = await fixture<SipPublication>(
        html`<sip-publication api=${API} year="2026"></sip-publication>`,
      );
      await expect(el).to.be.accessible();
      expect(textOf($(el, '[role="status"]'))).to.equal('Chargement…');
      answer.resolve(jsonResponse(editionFixture()));
      await oneEvent(el, 'sip-load');
    });

    it('shows the edition: title, date, links, contents, the four parts of each theme; fires sip-load', async () => {
      stub = stubPublicationApi();
      const loaded = new Promise<CustomEvent>((resolve) =>
        document.addEventListener('sip-load', (event) => resolve(event), { once: true }),
      );
      const el = await mountPublication('year="2026" edition="2"');
      await expect(el).to.be.accessible();
      expect(textOf($(el, 'h2'))).to.equal('Publication annuelle 2026');
      expect(textOf($(el, '[part="header"] .muted'))).to.equal('Édition 2, publiée le 20 novembre 2026');
      const links = $$<HTMLAnchorElement>(el, '[part="links"] a');
      expect(links.map((link) => [textOf(link), link.href])).to.deep.equal([
        ['Version imprimable', 'https://api.test/publication/2026/2?lang=fr'],
        ['Données JSON', 'https://api.test/api/v1/publications/2026?edition=2'],
        ['Données CSV', 'https://api.test/api/v1/publications/2026.csv?edition=2'],
      ]);
      expect($$(el, '[part="toc"] li').map(textOf)).to.deep.equal([
        'Être une coopérative : pour qui et avec qui ? (2 recommandations)',
        'Mutualiste, redistributif, solidaire : un modèle économique viable ? (aucune recommandation)',
        'Créer et développer son activité : comment ? Avec quels outils ? (aucune recommandation)',
        'Une entreprise partagée et participative, est-ce bien réaliste ? (aucune recommandation)',
      ]);
      const themes = $$(el, '[part="theme"]');
      expect(themes).to.have.length(4);
      expect([...themes[0].querySelectorAll('h4')].map(textOf)).to.deep.equal([
        'Ce qui a été demandé',
        'Ce que les participant·es ont dit',
        'Ce qui est recommandé',
        'Ce que le conseil a répondu, et ce qu’il en est advenu',
      ]);
      const { detail } = await loaded;
      expect(detail.edition.edition).to.equal(2);
      const [call] = editionCalls(stub);
      expect(call.url.search).to.equal('?edition=2');
      expect(call.headers.has('Authorization') || call.headers.has('Sip-Participant')).to.be.false;
    });

    it('what was asked: results as a table, and hidden results said so', async () => {
      stub = stubPublicationApi();
      const el = await mountPublication();
      const [poll, motion] = $$(el, '[part="poll"]');
      expect(textOf(poll.querySelector('h5'))).to.equal('Quel outil en priorité ?');
      expect(textOf(poll.querySelector('.muted'))).to.equal(
        'Sondage à choix unique · clos le 30 juin 2026 · 4 bulletins',
      );
      expect(
        [...poll.querySelectorAll('tbody tr')].map((row) => [...row.children].map(textOf)),
      ).to.deep.equal([
        ['Facturation', '3', '75 %'],
        ['Annuaire', '1', '25 %'],
      ]);
      expect(poll.querySelector('table')?.getAttribute('aria-labelledby')).to.equal('poll-outils-en-ligne');
      expect(textOf(motion)).to.contain('Motion des sociétaires · ouvert jusqu’au 30 juin 2027');
      expect(textOf(motion)).to.contain('Les résultats seront publiés à la clôture du vote.');
      expect(motion.querySelector('table')).to.be.null;
    });

    it('what participants said: figures by territory and role, quotes with author or anonymous, markup as text', async () => {
      stub = stubPublicationApi();
      const el = await mountPublication();
      const first = $$(el, '[part="theme"]')[0];
      expect(
        [...first.querySelectorAll('[part="figures"] div')].map((figure) => [
          textOf(figure.querySelector('dt')),
          textOf(figure.querySelector('dd')),
        ]),
      ).to.deep.equal([
        ['Ateliers et small talks tenus', '3'],
        ['Personnes présentes', '42'],
        ['Contributions reçues', '12'],
        ['Contributions publiées', '9'],
      ]);
      const tables = [...first.querySelectorAll('table caption')].map(textOf);
      expect(tables).to.deep.equal(['Présences par territoire', 'Présences par catégorie']);
      const row = first.querySelector('caption')?.closest('table')?.querySelector('tbody tr');
      expect([...(row?.children ?? [])].map(textOf)).to.deep.equal(['Bruxelles-Capitale', '30']);
      const quotes = [...first.querySelectorAll('[part="quote"]')];
      expect(quotes.map((quote) => textOf(quote.querySelector('figcaption')))).to.deep.equal([
        '— Sophie L., Travailleur·euse autonome, Bruxelles-Capitale (extrait)',
        '— Anonyme, Travailleur·euse permanent·e, Wallonie',
      ]);
      expect(textOf(quotes[0].querySelector('blockquote'))).to.equal(
        'Garder les freelances <b>qui décollent</b>.',
      );
      expect(quotes[0].querySelector('b')).to.be.null;
      // Empty themes say so.
      expect(textOf($$(el, '[part="theme"]')[1].querySelector('h5 + p'))).to.equal(
        'Aucune citation retenue pour ce thème.',
      );
    });

    it('what is recommended and answered: status with date, supports, the answer, review date, history in a disclosure', async () => {
      stub = stubPublicationApi();
      const el = await mountPublication();
      const [dutch, adopted] = $$(el, '[part="recommendation"]');
      expect(dutch.querySelector('h5 [lang="nl"]')?.textContent).to.equal('Een buffer voor magere maanden');
      expect(textOf(dutch.querySelector('h5 .note'))).to.equal('(texte en néerlandais)');
      expect(textOf(adopted.querySelector('.meta'))).to.equal(
        'Adoptée depuis le 15 septembre 2026 · 12 soutiens',
      );
      const answers = $$(el, '[part="answer"]');
      expect(textOf(answers[0])).to.contain('Le conseil n’a pas encore répondu.');
      expect(textOf(answers[1].querySelector('.board'))).to.equal(
        'Réponse du conseil du 1 octobre 2026 (version 2) Le conseil adopte la recommandation. Le conseil y reviendra le 31 mars 2027.',
      );
      const history = answers[1].querySelector<HTMLDetailsElement>('[part="timeline"]');
      expect(history?.open).to.be.false;
      expect(textOf(history?.querySelector('summary') ?? null)).to.equal('Historique (2 étapes)');
      expect([...(history?.querySelectorAll('li') ?? [])].map(textOf)).to.deep.equal([
        '2 mai 2026 : Brouillon → Soumise au conseil, par le comité de pilotage',
        '15 septembre 2026 : Soumise au conseil → Adoptée, par le conseil d’administration — Motif : Budget voté.',
      ]);
      await expect(el).to.be.accessible();
    });

    it('without a year: the latest edition of the latest year published', async () => {
      stub = stubPublicationApi({
        index: () =>
          jsonResponse(
            indexFixture([
              { year: 2026, edition: 2 },
              { year: 2026, edition: 1 },
              { year: 2025, edition: 1 },
            ]),
          ),
      });
      const el = await mountPublication('');
      expect(textOf($(el, 'h2'))).to.equal('Publication annuelle 2026');
      const [call] = editionCalls(stub);
      expect(call.url.pathname).to.equal('/api/v1/publications/2026');
      expect(call.url.search).to.equal('');
    });

    it('nothing published yet: says so, fires sip-load with no edition', async () => {
      stub = stubPublicationApi({ index: () => jsonResponse(indexFixture([])) });
      const loaded = new Promise<CustomEvent>((resolve) =>
        document.addEventListener('sip-load', (event) => resolve(event), { once: true }),
      );
      const el = await mountPublication('');
      expect((await loaded).detail.edition).to.be.null;
      expect(textOf($(el, '.muted'))).to.equal('Aucune publication annuelle n’a encore été publiée.');
      expect(editionCalls(stub)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('an edition never published: says so and fires sip-error, without a pointless retry', async () => {
      stub = stubPublicationApi({ edition: () => problemResponse(404, 'edition_not_found') });
      const errors: CustomEvent[] = [];
      document.addEventListener('sip-error', (event) => errors.push(event), { once: true });
      const el = await mountPublication('year="2031"');
      expect(errors[0].detail).to.deep.equal({ status: 404, code: 'edition_not_found' });
      expect(textOf($(el, '[part="error"]'))).to.equal(
        'Cette édition de la publication annuelle n’a pas (encore) été publiée.',
      );
      expect($(el, 'button')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('a failed load can be retried', async () => {
      stub = stubFetch(() => problemResponse(503, 'internal_error'));
      const el = await mountPublication();
      expect($(el, '[role="alert"]')).to.exist;
      stub.restore();
      stub = stubPublicationApi();
      const loaded = oneEvent(el, 'sip-load');
      $<HTMLButtonElement>(el, 'button')?.click();
      await loaded;
      await el.updateComplete;
      expect($$(el, '[part="theme"]')).to.have.length(4);
    });

    it('loads another year when `year` changes', async () => {
      stub = stubPublicationApi({
        edition: (call) =>
          jsonResponse(editionFixture({ year: Number(call.url.pathname.slice(-4)), edition: 1 })),
      });
      const el = await mountPublication();
      el.year = 2025;
      await oneEvent(el, 'sip-load');
      await el.updateComplete;
      expect(textOf($(el, 'h2'))).to.equal('Publication annuelle 2025');
      expect(editionCalls(stub).map((call) => call.url.pathname)).to.deep.equal([
        '/api/v1/publications/2026',
        '/api/v1/publications/2025',
      ]);
    });
  });

  describe('keyboard', () => {
    it('a theme of the contents takes the focus to its heading, and fires sip-navigate', async () => {
      stub = stubPublicationApi();
      const el = await mountPublication();
      const link = $$<HTMLAnchorElement>(el, '[part="toc"] a')[3];
      link.focus();
      const navigated = oneEvent(el, 'sip-navigate');
      await sendKeys({ press: 'Enter' });
      expect((await navigated).detail).to.deep.equal({ theme: 'entreprise-partagee' });
      expect(el.shadowRoot?.activeElement?.id).to.equal('theme-entreprise-partagee-title');
    });

    it('the history opens with the keyboard', async () => {
      stub = stubPublicationApi();
      const el = await mountPublication();
      const summary = $$(el, '[part="timeline"] summary')[1];
      summary.focus();
      await sendKeys({ press: 'Enter' });
      expect(summary.closest('details')?.open).to.be.true;
    });
  });

  describe('theming', () => {
    it('custom properties style the headings and the rules', async () => {
      stub = stubPublicationApi();
      const el = await mountPublication();
      el.style.setProperty('--sip-publication-heading-color', 'rgb(1, 2, 3)');
      el.style.setProperty('--sip-publication-rule-color', 'rgb(4, 5, 6)');
      const heading = $(el, 'h4') as HTMLElement;
      expect(getComputedStyle(heading).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(heading).borderBottomColor).to.equal('rgb(4, 5, 6)');
    });
  });
});
