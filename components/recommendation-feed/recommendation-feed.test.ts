import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import * as v from 'valibot';
import { RecommendationList, RecommendationView } from '../../schema/recommendations.ts';
import {
  deferred,
  type FetchStub,
  jsonResponse,
  problemResponse,
  stubFetch,
  textOf,
  whenSettled,
} from '../internal/test-helpers.ts';
import type { SipRecommendationFeed } from './recommendation-feed.ts';
import {
  $,
  $$,
  API,
  mountFeed,
  next,
  recommendationPage,
  recommendationView,
  stubFeedApi,
  summaryOf,
} from './test-utils.ts';

const lists = (stub: FetchStub) =>
  stub.calls.filter((call) => call.url.pathname.endsWith('/recommendations'));
const titles = (el: SipRecommendationFeed) => $$(el, '[part="title"]').map(textOf);

describe('<sip-recommendation-feed> list', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  it('builds its fixtures to the schema', () => {
    expect(v.is(RecommendationList, recommendationPage(1, 3, 'next'))).to.be.true;
    expect(v.is(RecommendationView, recommendationView())).to.be.true;
  });

  it('announces loading', async () => {
    const answer = deferred<Response>();
    stub = stubFeedApi({ list: () => answer.promise });
    const el = await fixture<SipRecommendationFeed>(
      html`<sip-recommendation-feed api=${API}></sip-recommendation-feed>`,
    );
    await expect(el).to.be.accessible();
    expect(textOf($(el, 'p[role="status"]'))).to.equal('Chargement…');
    answer.resolve(jsonResponse(recommendationPage(1, 1)));
    await oneEvent(el, 'sip-load');
  });

  it('lists newest change first: theme, title, summary, status badge with its date, supports; fires sip-load', async () => {
    stub = stubFeedApi();
    const loaded = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('sip-load', (event) => resolve(event), { once: true }),
    );
    const el = await mountFeed();
    await expect(el).to.be.accessible();
    expect(titles(el)).to.deep.equal([
      'Un statut unique pour les travailleurs autonomes (1)',
      'Un statut unique pour les travailleurs autonomes (2)',
    ]);
    const [first] = $$(el, '[part="item"]');
    expect(textOf(first.querySelector('.theme'))).to.equal('Être une coopérative : pour qui et avec qui ?');
    expect(textOf(first.querySelector('[part="summary"]'))).to.equal(
      'Proposer un seul statut, quel que soit le pays.',
    );
    expect(textOf(first.querySelector('[part="meta"]'))).to.equal(
      'À l’examen depuis le 12 mars 2026 · 3 soutiens',
    );
    expect(first.querySelector('[part="badge"]')?.className).to.contain('status-under_review');
    expect(first.querySelector('time')?.getAttribute('datetime')).to.equal('2026-03-12T12:00:00.000Z');
    expect(first.querySelector('[part="language-note"]'), 'written in French').to.be.null;
    expect($(el, '[part="list"]')?.getAttribute('aria-label')).to.equal(
      'Recommandations au conseil d’administration',
    );
    // Each title is a real link: a visitor may open it in a new tab.
    const link = first.querySelector<HTMLAnchorElement>('[part="title"] a');
    expect(new URL(link?.href ?? '').searchParams.get('sip-recommendation')).to.equal('statut-unique-1');

    const [call] = lists(stub);
    expect(call.url.search).to.equal('?limit=10');
    expect(call.headers.has('Authorization') || call.headers.has('Sip-Participant')).to.be.false;
    const { detail } = await loaded;
    expect(detail.recommendations).to.have.length(2);
    expect(detail.nextCursor).to.be.null;
    expect($(el, '[part="load-more"]')).to.be.null;
    const feed = new URL($<HTMLAnchorElement>(el, '[part="feed"]')?.href ?? '');
    expect(feed.href).to.equal(`${API}recommendations.atom?lang=fr`);
    expect($(el, '[part="feed"]')?.getAttribute('type')).to.equal('application/atom+xml');
  });

  it('says which language a text is shown in when it is not the visitor’s, and marks it', async () => {
    const dutchOnly = summaryOf(
      recommendationView({
        title: { nl: 'Een gedeelde agenda' },
        summary: { nl: 'Een agenda voor alle vennoten.' },
        languages: ['nl'],
      }),
    );
    stub = stubFeedApi({ list: () => jsonResponse({ recommendations: [dutchOnly], nextCursor: null }) });
    const el = await mountFeed();
    await expect(el).to.be.accessible();
    expect(textOf($(el, '[part="language-note"]'))).to.equal('Texte affiché en néerlandais');
    expect($(el, '[part="title"] [lang]')?.getAttribute('lang')).to.equal('nl');
    expect($(el, '[part="summary"] [lang]')?.getAttribute('lang')).to.equal('nl');
  });

  it('shows markup in a text as typed', async () => {
    const hostile = summaryOf(
      recommendationView({
        title: { fr: '<img src=x onerror=alert(1)>Titre' },
        summary: { fr: '<b>gras</b>' },
      }),
    );
    stub = stubFeedApi({ list: () => jsonResponse({ recommendations: [hostile], nextCursor: null }) });
    const el = await mountFeed();
    expect(textOf($(el, '[part="title"]'))).to.equal('<img src=x onerror=alert(1)>Titre');
    expect($(el, '[part="title"] img, [part="summary"] b')).to.be.null;
  });

  describe('filters', () => {
    it('offers theme, status and year; a change reloads the list, announced', async () => {
      stub = stubFeedApi({
        list: (call) =>
          jsonResponse(
            call.url.searchParams.has('status')
              ? {
                  recommendations: [summaryOf(recommendationView({ status: 'adopted' }, 3))],
                  nextCursor: null,
                }
              : recommendationPage(1, 2),
          ),
      });
      const el = await mountFeed();
      const selects = $$<HTMLSelectElement>(el, '[part="filters"] select');
      expect(selects.map((select) => select.name)).to.deep.equal(['theme', 'status', 'year']);
      expect($$(el, '[part="filters"] label > span').map(textOf)).to.deep.equal(['Thème', 'Statut', 'Année']);
      const [theme, status, year] = selects;
      expect([...theme.options].map((option) => option.value)).to.deep.equal([
        '',
        'pour-qui-avec-qui',
        'modele-economique',
        'outils',
        'entreprise-partagee',
      ]);
      expect([...status.options].map((option) => option.value)).to.not.include('draft');
      expect(textOf(status.options[3])).to.equal('Adoptée');
      expect(year.options[1].value).to.equal(String(new Date().getFullYear()));
      expect(year.options[year.options.length - 1].value).to.equal('2020');

      // With the keyboard, as a visitor would.
      status.focus();
      status.value = 'adopted';
      status.dispatchEvent(new Event('change', { bubbles: true }));
      await next(el, 'sip-load');
      expect(lists(stub)[1].url.search).to.equal('?status=adopted&limit=10');
      expect(titles(el)).to.deep.equal(['Un statut unique pour les travailleurs autonomes (3)']);
      expect(textOf($(el, '.base > p[role="status"]'))).to.equal('1 recommandation affichée');
      expect(el.shadowRoot?.activeElement, 'the focus stays on the filter').to.equal(status);
      await expect(el).to.be.accessible();

      year.value = '2026';
      year.dispatchEvent(new Event('change', { bubbles: true }));
      await next(el, 'sip-load');
      expect(lists(stub)[2].url.search).to.equal('?status=adopted&year=2026&limit=10');
      expect(new URL($<HTMLAnchorElement>(el, '[part="feed"]')?.href ?? '').search).to.equal('?lang=fr');
      theme.value = 'outils';
      theme.dispatchEvent(new Event('change', { bubbles: true }));
      await next(el, 'sip-load');
      expect(lists(stub)[3].url.searchParams.get('theme')).to.equal('outils');
      // The feed link follows the theme shown.
      expect(new URL($<HTMLAnchorElement>(el, '[part="feed"]')?.href ?? '').search).to.equal(
        '?theme=outils&lang=fr',
      );
    });

    it('a filter set by an attribute is fixed: sent, and not offered', async () => {
      stub = stubFeedApi();
      const el = await mountFeed('theme="outils" status="implemented" year="2025"');
      expect($$<HTMLSelectElement>(el, '[part="filters"] select')).to.be.empty;
      expect(lists(stub)[0].url.search).to.equal('?theme=outils&status=implemented&year=2025&limit=10');
      expect(
        stub.calls.some((call) => call.url.pathname.endsWith('/themes')),
        'no theme list needed',
      ).to.be.false;
      await expect(el).to.be.accessible();
    });

    it('without the themes’ names, the theme filter is not offered and the rest works', async () => {
      stub = stubFetch((call) =>
        call.url.pathname.endsWith('/themes')
          ? problemResponse(503, 'internal_error')
          : jsonResponse(recommendationPage(1, 1)),
      );
      const el = await mountFeed();
      expect($$<HTMLSelectElement>(el, '[part="filters"] select').map((select) => select.name)).to.deep.equal(
        ['status', 'year'],
      );
      expect(titles(el)).to.have.length(1);
    });

    it('empty: says so, in its own words when filtered, or through the empty slot', async () => {
      stub = stubFeedApi({ list: () => jsonResponse({ recommendations: [], nextCursor: null }) });
      const el = await mountFeed();
      await expect(el).to.be.accessible();
      expect(textOf($(el, '[part="empty"]'))).to.equal('Aucune recommandation n’a encore été publiée.');
      el.status = 'adopted';
      await next(el, 'sip-load');
      expect(textOf($(el, '[part="empty"]'))).to.equal('Aucune recommandation ne correspond à ces critères.');

      const slotted = await whenSettled(() =>
        fixture<SipRecommendationFeed>(html`
          <sip-recommendation-feed api=${API}><p slot="empty">Les premières arrivent en juin.</p></sip-recommendation-feed>
        `),
      );
      const slot = $<HTMLSlotElement>(slotted, 'slot[name="empty"]');
      expect(slot?.assignedElements().map(textOf)).to.deep.equal(['Les premières arrivent en juin.']);
    });
  });

  it('fits a phone’s width: the filters shrink, nothing sticks out (reflow at 320 px)', async () => {
    stub = stubFeedApi();
    const el = await whenSettled(() =>
      fixture<SipRecommendationFeed>(
        html`<sip-recommendation-feed api=${API} style="inline-size: 288px"></sip-recommendation-feed>`,
      ),
    );
    const outside = [...(el.shadowRoot?.querySelectorAll('*') ?? [])].filter(
      (node) => node.getBoundingClientRect().right > el.getBoundingClientRect().right + 0.5,
    );
    expect(outside.map((node) => node.localName)).to.deep.equal([]);
  });

  it('a failed load explains, fires sip-error, and can be retried', async () => {
    let failing = true;
    stub = stubFeedApi({
      list: () => (failing ? problemResponse(503, 'internal_error') : jsonResponse(recommendationPage(1, 1))),
    });
    const errors: CustomEvent[] = [];
    document.addEventListener('sip-error', (event) => errors.push(event), { once: true });
    const el = await mountFeed();
    await expect(el).to.be.accessible();
    expect(errors[0].detail).to.deep.equal({ status: 503, code: 'internal_error' });
    expect(textOf($(el, '[role="alert"]'))).to.equal(
      'Une erreur est survenue de notre côté. Réessayez dans un moment.',
    );
    failing = false;
    const loaded = next(el, 'sip-load');
    $<HTMLButtonElement>(el, 'button.secondary')?.click();
    await loaded;
    expect(titles(el)).to.have.length(1);
  });

  it('asks for page-size recommendations, within the API’s bounds', async () => {
    stub = stubFeedApi();
    await mountFeed('page-size="500"');
    expect(lists(stub)[0].url.searchParams.get('limit')).to.equal('50');
  });

  describe('more', () => {
    it('loads the next page with the cursor and moves the focus to the first new item', async () => {
      stub = stubFeedApi({
        list: (call) =>
          jsonResponse(
            call.url.searchParams.get('cursor') === 'page-2'
              ? recommendationPage(3, 4)
              : recommendationPage(1, 2, 'page-2'),
          ),
      });
      const el = await mountFeed('page-size="2" status="under_review"');
      const more = $<HTMLButtonElement>(el, '[part="load-more"]');
      expect(textOf(more)).to.equal('Afficher plus de recommandations');
      more?.focus();
      const loaded = next(el, 'sip-load');
      await sendKeys({ press: 'Enter' });
      const { detail } = await loaded;
      expect(detail.recommendations).to.have.length(2);
      expect(lists(stub)[1].url.search).to.equal('?status=under_review&cursor=page-2&limit=2');
      expect(titles(el)).to.have.length(4);
      await el.updateComplete;
      expect(el.shadowRoot?.activeElement?.id).to.equal('item-2');
      expect($(el, '[part="load-more"]'), 'no more pages').to.be.null;
      await expect(el).to.be.accessible();
    });

    it('a failed page explains, keeps what is shown, and a double click asks once', async () => {
      const answer = deferred<Response>();
      stub = stubFeedApi({
        list: (call) =>
          call.url.searchParams.has('cursor')
            ? answer.promise
            : jsonResponse(recommendationPage(1, 1, 'page-2')),
      });
      const el = await mountFeed('page-size="1"');
      const more = $<HTMLButtonElement>(el, '[part="load-more"]');
      more?.click();
      more?.click();
      await el.updateComplete;
      expect(more?.getAttribute('aria-disabled')).to.equal('true');
      const failed = oneEvent(el, 'sip-error');
      answer.resolve(problemResponse(503, 'internal_error'));
      expect((await failed).detail).to.deep.equal({ status: 503, code: 'internal_error' });
      await el.updateComplete;
      expect(lists(stub)).to.have.length(2);
      expect(titles(el)).to.have.length(1);
      expect(textOf($(el, '[part="error"]'))).to.equal(
        'Une erreur est survenue de notre côté. Réessayez dans un moment.',
      );
    });
  });
});
