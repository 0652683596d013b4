import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import * as v from 'valibot';
import { ContributionList } from '../../schema/contributions.ts';
import {
  deferred,
  type FetchStub,
  jsonResponse,
  problemResponse,
  stubFetch,
  textOf,
  whenSettled,
} from '../internal/test-helpers.ts';
import type { SipContributionList } from './contribution-list.ts';
import { $, $$, API, contributionPage, contributionView, mountList, stubListApi } from './test-utils.ts';

const lists = (stub: FetchStub) => stub.calls.filter((call) => call.url.pathname.endsWith('/contributions'));
const titles = (el: SipContributionList) => $$(el, '[part="title"]').map(textOf);

describe('<sip-contribution-list>', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  it('builds its fixtures to the schema', () => {
    expect(v.is(ContributionList, contributionPage(1, 3, 'next'))).to.be.true;
  });

  describe('states', () => {
    it('announces loading', async () => {
      const answer = deferred<Response>();
      stub = stubFetch(() => answer.promise);
      const el = await fixture<SipContributionList>(
        html`<sip-contribution-list api=${API}></sip-contribution-list>`,
      );
      await expect(el).to.be.accessible();
      expect(textOf($(el, '[role="status"]'))).to.equal('Chargement…');
      answer.resolve(jsonResponse(contributionPage(1, 1)));
      await oneEvent(el, 'sip-load');
    });

    it('lists the page newest first: title, author, role, territory, date; fires sip-load', async () => {
      stub = stubListApi({ list: () => jsonResponse(contributionPage(1, 2)) });
      const loaded = new Promise<CustomEvent>((resolve) =>
        document.addEventListener('sip-load', (event) => resolve(event), { once: true }),
      );
      const el = await mountList('theme="pour-qui-avec-qui"');
      await expect(el).to.be.accessible();
      expect(titles(el)).to.deep.equal([
        'Contribution 1 : ouvrir la coopérative',
        'Contribution 2 : ouvrir la coopérative',
      ]);
      expect($(el, '[part="list"]')?.getAttribute('aria-label')).to.equal('Contributions publiées');
      const meta = textOf($(el, '[part="meta"]'));
      expect(meta).to.equal(
        'Aïcha Diallo · Travailleur·euse autonome · Bruxelles-Capitale · Publiée le 19 mars 2026',
      );
      expect($(el, 'time')?.getAttribute('datetime')).to.equal('2026-03-19T10:00:00.000Z');
      const [call] = lists(stub);
      expect(call.url.search).to.equal('?theme=pour-qui-avec-qui&limit=10');
      expect(call.headers.has('Authorization') || call.headers.has('Sip-Participant')).to.be.false;
      const { detail } = await loaded;
      expect(detail.contributions).to.have.length(2);
      expect(detail.nextCursor).to.be.null;
      expect($(el, '[part="load-more"]')).to.be.null;
    });

    it('says “anonymous” for a contribution published anonymously', async () => {
      stub = stubListApi({
        list: () =>
          jsonResponse({ contributions: [contributionView(1, { author: null })], nextCursor: null }),
      });
      const el = await mountList();
      expect(textOf($(el, '.author'))).to.equal('Anonyme');
    });

    it('shows the text as typed: paragraphs, line breaks, and markup as literal text', async () => {
      const text =
        'Avant <script>alert("x")</script>\n<b>gras</b> & <img src=x onerror=alert(1)>\n\n\n  Second.  ';
      stub = stubListApi({
        list: () =>
          jsonResponse({
            contributions: [contributionView(1, { text, title: '<i>Titre</i>' })],
            nextCursor: null,
          }),
      });
      const el = await mountList();
      const paragraphs = $$(el, '[part="text"] p');
      expect(paragraphs.map((p) => p.textContent)).to.deep.equal([
        'Avant <script>alert("x")</script>\n<b>gras</b> & <img src=x onerror=alert(1)>',
        'Second.',
      ]);
      expect(getComputedStyle(paragraphs[0]).whiteSpace).to.equal('pre-line');
      expect($(el, '[part="text"] script, [part="text"] b, [part="text"] img, [part="title"] i')).to.be.null;
      expect(textOf($(el, '[part="title"]'))).to.equal('<i>Titre</i>');
    });

    it('empty: says nothing is published yet', async () => {
      stub = stubListApi();
      const el = await mountList();
      await expect(el).to.be.accessible();
      expect(textOf($(el, '[part="empty"]'))).to.equal('Aucune contribution n’a encore été publiée.');
      expect($(el, '[part="list"]')).to.be.null;
    });

    it('empty: the page may say it its own way through the empty slot', async () => {
      stub = stubListApi();
      const el = await whenSettled(() =>
        fixture<SipContributionList>(html`
          <sip-contribution-list api=${API}><p slot="empty">Soyez la première personne à écrire.</p></sip-contribution-list>
        `),
      );
      const slot = $<HTMLSlotElement>(el, 'slot[name="empty"]');
      expect(slot?.assignedElements().map(textOf)).to.deep.equal(['Soyez la première personne à écrire.']);
      await expect(el).to.be.accessible();
    });

    it('a failed load explains, fires sip-error, and can be retried', async () => {
      stub = stubFetch(() => problemResponse(503, 'internal_error'));
      const errors: CustomEvent[] = [];
      document.addEventListener('sip-error', (event) => errors.push(event), { once: true });
      const el = await mountList();
      await expect(el).to.be.accessible();
      expect(errors[0].detail).to.deep.equal({ status: 503, code: 'internal_error' });
      expect(textOf($(el, '[role="alert"]'))).to.equal(
        'Une erreur est survenue de notre côté. Réessayez dans un moment.',
      );
      stub.restore();
      stub = stubListApi({ list: () => jsonResponse(contributionPage(1, 1)) });
      const loaded = oneEvent(el, 'sip-load');
      $<HTMLButtonElement>(el, 'button')?.click();
      await loaded;
      await el.updateComplete;
      expect(titles(el)).to.have.length(1);
    });

    it('asks for page-size contributions, within the API’s bounds, and reloads on another theme', async () => {
      stub = stubListApi({ list: () => jsonResponse(contributionPage(1, 1)) });
      const el = await mountList('page-size="100"');
      expect(lists(stub)[0].url.searchParams.get('limit')).to.equal('50');
      el.theme = 'outils';
      await oneEvent(el, 'sip-load');
      expect(lists(stub)[1].url.search).to.equal('?theme=outils&limit=50');
    });
  });

  describe('load more', () => {
    it('loads the next page with the cursor and moves the focus to the first new item', async () => {
      stub = stubListApi({
        list: (call) =>
          jsonResponse(
            call.url.searchParams.get('cursor') === 'page-2'
              ? contributionPage(4, 5)
              : contributionPage(1, 3, 'page-2'),
          ),
      });
      const el = await mountList('page-size="3"');
      const more = $<HTMLButtonElement>(el, '[part="load-more"]');
      expect(textOf(more)).to.equal('Afficher plus de contributions');
      more?.focus();
      const loaded = oneEvent(el, 'sip-load');
      await sendKeys({ press: 'Enter' });
      const { detail } = await loaded;
      await el.updateComplete;

      expect(detail.contributions).to.have.length(2);
      expect(lists(stub)[1].url.search).to.equal('?cursor=page-2&limit=3');
      expect(titles(el)).to.have.length(5);
      const items = $$(el, '[part="item"]');
      expect(el.shadowRoot?.activeElement).to.equal(items[3]);
      expect(items[3].getAttribute('aria-labelledby')).to.equal('item-3-title');
      expect($(el, '[part="load-more"]'), 'no more pages').to.be.null;
      await expect(el).to.be.accessible();
    });

    it('a failed page explains, keeps what is shown, and can be asked again', async () => {
      let failing = true;
      stub = stubListApi({
        list: (call) => {
          if (!call.url.searchParams.has('cursor')) return jsonResponse(contributionPage(1, 2, 'page-2'));
          return failing ? Promise.reject(new TypeError('offline')) : jsonResponse(contributionPage(3, 3));
        },
      });
      const el = await mountList('page-size="2"');
      const failed = oneEvent(el, 'sip-error');
      $<HTMLButtonElement>(el, '[part="load-more"]')?.click();
      expect((await failed).detail).to.deep.equal({ status: 0, code: 'network_error' });
      await el.updateComplete;
      expect(textOf($(el, '[part="error"]'))).to.equal(
        'Impossible de joindre le service. Vérifiez votre connexion puis réessayez.',
      );
      expect(titles(el)).to.have.length(2);

      failing = false;
      const loaded = oneEvent(el, 'sip-load');
      $<HTMLButtonElement>(el, '[part="load-more"]')?.click();
      await loaded;
      await el.updateComplete;
      expect(titles(el)).to.have.length(3);
      expect(textOf($(el, '[part="error"]'))).to.equal('');
    });

    it('a double click loads the page once', async () => {
      const answer = deferred<Response>();
      stub = stubListApi({
        list: (call) =>
          call.url.searchParams.has('cursor')
            ? answer.promise
            : jsonResponse(contributionPage(1, 1, 'page-2')),
      });
      const el = await mountList('page-size="1"');
      const more = $<HTMLButtonElement>(el, '[part="load-more"]');
      more?.click();
      more?.click();
      await el.updateComplete;
      expect(more?.getAttribute('aria-disabled')).to.equal('true');
      answer.resolve(jsonResponse(contributionPage(2, 2)));
      await oneEvent(el, 'sip-load');
      expect(lists(stub)).to.have.length(2);
    });
  });
  describe('taken up in recommendations', () => {
    const address = location.href;
    afterEach(() => history.replaceState(null, '', address));

    it('links each recommendation that draws on it, by default on this page with ?sip-recommendation=', async () => {
      history.replaceState(null, '', '?lang=fr#contributions');
      const takenUpIn = [
        { slug: 'statut-unique', title: { fr: 'Un statut unique', nl: 'Eén statuut' } },
        { slug: 'agenda-partage', title: { nl: 'Een gedeelde agenda' } },
      ];
      stub = stubListApi({
        list: () =>
          jsonResponse({
            contributions: [contributionView(1, { takenUpIn }), contributionView(2)],
            nextCursor: null,
          }),
      });
      const el = await mountList();
      await expect(el).to.be.accessible();
      const [first, second] = $$(el, '[part="item"]');
      expect(textOf(first.querySelector('[part="taken-up"]'))).to.equal(
        'Reprise dans : Un statut unique, Een gedeelde agenda',
      );
      expect(second.querySelector('[part="taken-up"]'), 'not taken up').to.be.null;
      const links = [...first.querySelectorAll<HTMLAnchorElement>('[part="taken-up"] a')];
      expect(links.map((link) => link.getAttribute('lang'))).to.deep.equal(['fr', 'nl']);
      const href = new URL(links[0].href);
      expect(href.searchParams.get('sip-recommendation')).to.equal('statut-unique');
      expect(href.searchParams.get('lang'), 'the rest of the address is kept').to.equal('fr');
      expect(href.pathname).to.equal(location.pathname);
    });

    it('follows the recommendation-url template, the slug escaped', async () => {
      stub = stubListApi({
        list: () =>
          jsonResponse({
            contributions: [
              contributionView(1, {
                takenUpIn: [{ slug: 'statut-unique', title: { fr: 'Un statut unique' } }],
              }),
            ],
            nextCursor: null,
          }),
      });
      const el = await mountList('recommendation-url="/recommandations/{slug}#lire" lang="en"');
      await el.updateComplete;
      expect(textOf($(el, '[part="taken-up"]'))).to.equal('Taken up in: Un statut unique');
      expect($(el, '[part="taken-up"] a')?.getAttribute('href')).to.equal(
        '/recommandations/statut-unique#lire',
      );
      expect($(el, '[part="taken-up"] a')?.getAttribute('lang')).to.equal('fr');
    });
  });

  describe('one contribution alone', () => {
    it('contribution="…" reads and shows that one, without paging', async () => {
      stub = stubListApi({ one: () => jsonResponse(contributionView(7)) });
      const loaded = new Promise<CustomEvent>((resolve) =>
        document.addEventListener('sip-load', (event) => resolve(event), { once: true }),
      );
      const el = await mountList('contribution="K7M2-0007"');
      await expect(el).to.be.accessible();
      expect(titles(el)).to.deep.equal(['Contribution 7 : ouvrir la coopérative']);
      expect(lists(stub)).to.be.empty;
      const [call] = stub.calls.filter((candidate) => candidate.url.pathname.includes('/contributions/'));
      expect(call.url.pathname).to.equal('/api/v1/contributions/K7M2-0007');
      expect(call.headers.has('Authorization') || call.headers.has('Sip-Participant')).to.be.false;
      expect((await loaded).detail).to.deep.equal({ contributions: [contributionView(7)], nextCursor: null });
      expect($(el, '[part="load-more"]')).to.be.null;
    });

    it('one that is not published says so', async () => {
      stub = stubListApi();
      const el = await mountList('contribution="K7M2-0404"');
      expect(textOf($(el, '[role="alert"]'))).to.equal(
        'Cette contribution est introuvable. Elle a peut-être été retirée.',
      );
      await expect(el).to.be.accessible();
    });
  });
});
