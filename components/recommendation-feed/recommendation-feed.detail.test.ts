import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { contributionView } from '../contribution-list/test-utils.ts';
import { type FetchStub, jsonResponse, problemResponse, textOf } from '../internal/test-helpers.ts';
import { singlePoll } from '../poll/test-utils.ts';
import '../contribution-list/contribution-list.ts';
import '../poll/poll.ts';
import type { SipRecommendationFeed } from './recommendation-feed.ts';
import { $, $$, API, mountFeed, next, recommendationView, stubFeedApi } from './test-utils.ts';

const reads = (stub: FetchStub) =>
  stub.calls.filter((call) => /\/recommendations\/[^/]+$/.test(call.url.pathname));
const param = () => new URLSearchParams(location.search).get('sip-recommendation');

/** Opens the first recommendation of the list as a visitor does, with the keyboard. */
async function openFirst(el: SipRecommendationFeed): Promise<void> {
  $(el, '#item-0')?.focus();
  const loaded = next(el, 'sip-load');
  await sendKeys({ press: 'Enter' });
  await loaded;
  await el.updateComplete;
}

describe('<sip-recommendation-feed> detail', () => {
  let stub: FetchStub | undefined;
  const address = location.href;
  afterEach(() => {
    stub?.restore();
    history.replaceState(null, '', address);
  });

  describe('opened in place', () => {
    it('opens with the keyboard: its own address, sip-open, the focus on its title', async () => {
      stub = stubFeedApi();
      const el = await mountFeed();
      const opened = oneEvent(el, 'sip-open');
      await openFirst(el);
      expect((await opened).detail).to.deep.equal({ slug: 'statut-unique-1' });
      expect(param()).to.equal('statut-unique-1');
      expect(el.shadowRoot?.activeElement?.id).to.equal('detail-title');
      expect($(el, '[part="list"]'), 'the detail replaces the list').to.be.null;
      expect(reads(stub)[0].url.pathname).to.equal('/api/v1/recommendations/statut-unique-1');
      await expect(el).to.be.accessible();
    });

    it('the browser’s Back closes it, focus back on its link; Forward opens it again', async () => {
      stub = stubFeedApi();
      const el = await mountFeed();
      await openFirst(el);
      const closed = next(el, 'sip-open');
      history.back();
      expect((await closed).detail).to.deep.equal({ slug: null });
      expect(param()).to.be.null;
      expect($$(el, '[part="item"]')).to.have.length(2);
      await el.updateComplete;
      expect(el.shadowRoot?.activeElement?.id).to.equal('item-0');
      expect(reads(stub)).to.have.length(1);

      const reopened = next(el, 'sip-open');
      history.forward();
      expect((await reopened).detail).to.deep.equal({ slug: 'statut-unique-1' });
      await next(el, 'sip-load');
      expect(textOf($(el, '#detail-title'))).to.equal('Un statut unique pour les travailleurs autonomes (1)');
    });

    it('“All recommendations” goes back to the list as a new address', async () => {
      stub = stubFeedApi();
      const el = await mountFeed();
      await openFirst(el);
      const back = $<HTMLAnchorElement>(el, '.back a');
      expect(textOf(back)).to.equal('Toutes les recommandations');
      expect(new URL(back?.href ?? '').searchParams.has('sip-recommendation')).to.be.false;
      back?.click();
      await el.updateComplete;
      expect(param()).to.be.null;
      expect($$(el, '[part="item"]')).to.have.length(2);
      await el.updateComplete;
      expect(el.shadowRoot?.activeElement?.id).to.equal('item-0');
    });

    it('a click with a modifier key is left to the browser (a new tab)', async () => {
      stub = stubFeedApi();
      const el = await mountFeed();
      const link = $<HTMLAnchorElement>(el, '#item-0');
      let defaultPrevented: boolean | undefined;
      // Stop the browser from actually opening a tab: observe the element's decision only.
      el.shadowRoot?.addEventListener('click', (event) => {
        defaultPrevented = event.defaultPrevented;
        event.preventDefault();
      });
      link?.dispatchEvent(
        new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }),
      );
      await el.updateComplete;
      expect(defaultPrevented).to.be.false;
      expect($$(el, '[part="item"]')).to.have.length(2);
      expect(param()).to.be.null;
    });

    it('a deep link opens it at once, without taking the focus; the list is there behind it', async () => {
      history.replaceState(null, '', '?sip-recommendation=statut-unique-2');
      stub = stubFeedApi();
      const el = await mountFeed();
      await waitUntil(() => $(el, '#detail-title'), 'the detail shows');
      expect(textOf($(el, '#detail-title'))).to.equal('Un statut unique pour les travailleurs autonomes (2)');
      expect(el.shadowRoot?.activeElement).to.be.null;
      const back = next(el, 'sip-open');
      $<HTMLAnchorElement>(el, '.back a')?.click();
      await back;
      expect($$(el, '[part="item"]')).to.have.length(2);
    });

    it('recommendation="…" shows it alone: no list, no way back, no address of its own', async () => {
      stub = stubFeedApi({
        read: () =>
          jsonResponse(
            recommendationView({
              slug: 'ancienne',
              status: 'merged',
              mergedInto: { slug: 'statut-unique-7', title: { fr: 'La recommandation qui la reprend' } },
            }),
          ),
      });
      const el = await mountFeed('recommendation="ancienne"');
      await expect(el).to.be.accessible();
      expect(stub.calls.some((call) => call.url.pathname.endsWith('/recommendations'))).to.be.false;
      expect($(el, '[part="filters"]')).to.be.null;
      expect($(el, '.back')).to.be.null;
      expect(textOf($(el, '.related'))).to.equal('Fusionnée dans : La recommandation qui la reprend');
      stub.restore();
      stub = stubFeedApi();
      $<HTMLAnchorElement>(el, '.related a')?.click();
      await next(el, 'sip-load');
      expect(el.recommendation).to.equal('statut-unique-7');
      expect(textOf($(el, '#detail-title'))).to.equal('Un statut unique pour les travailleurs autonomes (7)');
      expect(el.shadowRoot?.activeElement?.id).to.equal('detail-title');
      expect(param()).to.be.null;
    });

    it('an unknown recommendation says so, with a way back and a retry', async () => {
      stub = stubFeedApi({ read: () => problemResponse(404, 'recommendation_not_found') });
      const el = await mountFeed();
      const failed = oneEvent(el, 'sip-error');
      $<HTMLAnchorElement>(el, '#item-0')?.click();
      expect((await failed).detail).to.deep.equal({ status: 404, code: 'recommendation_not_found' });
      await el.updateComplete;
      expect(textOf($(el, '[role="alert"]'))).to.equal(
        'Cette recommandation est introuvable. Elle a peut-être été retirée.',
      );
      expect($(el, '.back a')).to.exist;
      expect(textOf($(el, 'button.secondary'))).to.equal('Réessayer');
      await expect(el).to.be.accessible();
    });
  });

  describe('in full', () => {
    it('the text, its sources with their figures, the timeline, no answer yet, supports by role, the feed', async () => {
      stub = stubFeedApi();
      const el = await mountFeed('recommendation="statut-unique-1"');
      await expect(el).to.be.accessible();
      expect(textOf($(el, '[part="meta"]'))).to.equal('À l’examen depuis le 12 mars 2026 · 3 soutiens');
      expect($$(el, '[part="text"] p').map((p) => p.textContent)).to.deep.equal([
        'Premier paragraphe.\nAvec un retour à la ligne.',
        'Second paragraphe.',
      ]);
      expect($(el, '[part="language-note"]'), 'in the visitor’s language').to.be.null;

      expect(textOf($(el, '#sources-heading'))).to.equal('D’où elle vient');
      expect($$(el, '[part="source"]').map(textOf)).to.deep.equal([
        'Contribution Ouvrir la coopérative Aïcha Diallo · Travailleur·euse autonome · Bruxelles-Capitale · 2 mars 2026',
        'Atelier Atelier à Liège Wallonie · 4 mars 2026 · 14 participant·es · Compte rendu publié',
        'Sondage Quel outil en ligne ? Vote clos · 120 votes',
      ]);

      expect(textOf($(el, '#timeline-heading'))).to.equal('Ce qu’elle est devenue');
      expect($$(el, '.timeline li').map(textOf)).to.deep.equal([
        '6 mars 2026 De « En préparation » à « Soumise au CA » Comité de pilotage',
        '12 mars 2026 De « Soumise au CA » à « À l’examen » Conseil d’administration Inscrite à l’ordre du jour du CA d’avril.',
      ]);
      expect(textOf($(el, '[part="answer"]'))).to.equal(
        'La réponse du conseil d’administration Le conseil d’administration n’a pas encore répondu.',
      );
      expect($$(el, '.by-role div').map((row) => [...row.children].map(textOf))).to.deep.equal([
        ['Travailleur·euse autonome', '2'],
        ['Sociétaire', '1'],
      ]);
      expect(textOf($(el, '.by-role + p'))).to.equal(
        'Une personne qui a plusieurs rôles compte dans chacun.',
      );
      expect(new URL($<HTMLAnchorElement>(el, '[part="feed"]')?.href ?? '').href).to.equal(
        `${API}recommendations.atom?theme=pour-qui-avec-qui&lang=fr`,
      );
    });

    it('says beside an event source that the organisers cancelled it, in the visitor’s language', async () => {
      const base = recommendationView();
      const sources = base.sources.map((source) =>
        source.kind === 'event' ? { ...source, cancelled: true, hasMinutes: false, attendees: null } : source,
      );
      stub = stubFeedApi({ read: () => jsonResponse(recommendationView({ sources })) });
      const el = await mountFeed('recommendation="statut-unique-1"');
      await expect(el).to.be.accessible();
      expect($$(el, '[part="source"]').map(textOf)[1]).to.equal(
        'Atelier Atelier à Liège Wallonie · 4 mars 2026 · Annulé',
      );
      el.remove();
      const nl = await mountFeed('lang="nl" recommendation="statut-unique-1"');
      await waitUntil(() => $$(nl, '[part="source"]').length === 3, 'the detail in Dutch');
      expect(textOf($$(nl, '[part="source"]')[1])).to.match(/^Workshop Workshop in Luik .* · Geannuleerd$/);
    });

    it('fits a phone’s width (reflow at 320 px)', async () => {
      stub = stubFeedApi();
      const el = await mountFeed('recommendation="statut-unique-1" style="inline-size: 288px"');
      const outside = [...(el.shadowRoot?.querySelectorAll('*') ?? [])].filter(
        (node) => node.getBoundingClientRect().right > el.getBoundingClientRect().right + 0.5,
      );
      expect(outside.map((node) => node.localName)).to.deep.equal([]);
    });

    it('the board’s answer, dated, with its review date and its earlier versions in a disclosure', async () => {
      const answers = [
        {
          version: 2,
          text: { fr: 'Adoptée après consultation.' },
          answeredAt: '2026-04-20T12:00:00.000Z',
          reviewOn: '2027-03-31',
        },
        {
          version: 1,
          text: { nl: 'Voorlopig antwoord.' },
          answeredAt: '2026-04-02T12:00:00.000Z',
          reviewOn: null,
        },
      ];
      stub = stubFeedApi({
        read: () =>
          jsonResponse(
            recommendationView({
              status: 'adopted',
              answers,
              eligibility: { canSupport: false, reason: 'support_closed' },
            }),
          ),
      });
      const el = await mountFeed('recommendation="statut-unique-1"');
      await expect(el).to.be.accessible();
      const answer = $(el, '[part="answer"]');
      expect(textOf(answer?.querySelector(':scope > p.muted'))).to.equal(
        'Réponse du 20 avril 2026 (version 2)',
      );
      expect(textOf(answer?.querySelector(':scope > .text'))).to.equal('Adoptée après consultation.');
      expect(textOf(answer?.querySelector(':scope > .review'))).to.equal('Réexamen prévu le 31 mars 2027');
      const earlier = $<HTMLDetailsElement>(el, '[part="earlier-answers"]');
      expect(earlier?.open).to.be.false;
      expect(textOf(earlier?.querySelector('summary'))).to.equal('Version précédente');
      earlier?.querySelector('summary')?.focus();
      await sendKeys({ press: 'Enter' });
      expect(earlier?.open).to.be.true;
      expect(textOf(earlier?.querySelector('.earlier'))).to.equal(
        'Réponse du 2 avril 2026 Voorlopig antwoord. Texte affiché en néerlandais',
      );
      expect(earlier?.querySelector('.text')?.getAttribute('lang')).to.equal('nl');
      await expect(el).to.be.accessible();
    });

    it('a text not written in the visitor’s language is shown in another, and says so', async () => {
      stub = stubFeedApi({
        read: () =>
          jsonResponse(
            recommendationView({
              title: { nl: 'Eén statuut' },
              summary: { nl: 'Kort.' },
              text: { nl: 'Alleen in het Nederlands.' },
            }),
          ),
      });
      const el = await mountFeed('recommendation="statut-unique-1"');
      expect($(el, '[part="text"]')?.getAttribute('lang')).to.equal('nl');
      expect($$(el, '[part="language-note"]').map(textOf)).to.deep.equal(['Texte affiché en néerlandais']);
      await expect(el).to.be.accessible();
    });

    it('merged ones point to each other, and open in place', async () => {
      stub = stubFeedApi({
        read: (call) =>
          jsonResponse(
            call.url.pathname.endsWith('/statut-unique-1')
              ? recommendationView({
                  mergedFrom: [
                    { slug: 'statut-unique-8', title: { fr: 'Un statut' } },
                    { slug: 'statut-unique-9', title: { nl: 'Een statuut' } },
                  ],
                })
              : recommendationView({ slug: 'statut-unique-8' }, 8),
          ),
      });
      const el = await mountFeed();
      await openFirst(el);
      const related = $(el, '.related');
      expect(textOf(related)).to.equal('Reprend : Un statut, Een statuut');
      const opened = next(el, 'sip-open');
      related?.querySelector('a')?.click();
      expect((await opened).detail).to.deep.equal({ slug: 'statut-unique-8' });
      await next(el, 'sip-load');
      expect(param()).to.equal('statut-unique-8');
      expect(el.shadowRoot?.activeElement?.id).to.equal('detail-title');
    });
  });

  describe('sources', () => {
    it('link to the host page where the element has a template, the reference escaped', async () => {
      stub = stubFeedApi({
        read: () =>
          jsonResponse(
            recommendationView({
              sources: [
                { ...recommendationView().sources[0], ref: 'K7M2/0001' },
                ...recommendationView().sources.slice(1),
              ],
            }),
          ),
      });
      const el = await mountFeed(
        'recommendation="statut-unique-1" contribution-url="/contributions/{ref}#lire" event-url="https://agenda.example/e/{ref}" poll-url="/sondages?p={ref}"',
      );
      expect($$<HTMLAnchorElement>(el, '[part="source"] a').map((a) => a.getAttribute('href'))).to.deep.equal(
        [
          '/contributions/K7M2%2F0001#lire',
          'https://agenda.example/e/atelier-liege',
          '/sondages?p=outils-en-ligne',
        ],
      );
      expect($$(el, '[part="source"] button')).to.be.empty;
    });

    it('without a template, open in place in the page’s own element, which gets the feed’s API and identity', async () => {
      stub = stubFeedApi({
        other: (call) => {
          if (call.url.pathname.endsWith('/polls/outils-en-ligne'))
            return jsonResponse(singlePoll({ slug: 'outils-en-ligne' }));
          if (call.url.pathname.endsWith('/contributions/K7M2-0001'))
            return jsonResponse(contributionView(1));
          return problemResponse(404, 'not_found');
        },
      });
      const el = await mountFeed('recommendation="statut-unique-1" token-url="/sip-token-test"');
      const [contribution, event, poll] = $$(el, '[part="source"]');
      // <sip-event-calendar> is not defined on this page: its summary only.
      expect(event.querySelector('a, button')).to.be.null;
      contribution.querySelector('button')?.click();
      await el.updateComplete;
      const list = contribution.querySelector('sip-contribution-list');
      expect(list?.getAttribute('contribution')).to.equal('K7M2-0001');
      await waitUntil(() => list?.shadowRoot?.querySelector('[part="title"]'), 'the contribution shows');
      expect(textOf(list?.shadowRoot?.querySelector('[part="title"]'))).to.equal(
        'Contribution 1 : ouvrir la coopérative',
      );
      // One source open at a time: opening the poll closes the contribution.
      const toggle = poll.querySelector<HTMLButtonElement>('button');
      expect(toggle?.getAttribute('aria-expanded')).to.equal('false');
      toggle?.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle?.getAttribute('aria-expanded')).to.equal('true');
      const companion = poll.querySelector('sip-poll');
      expect(companion?.getAttribute('poll')).to.equal('outils-en-ligne');
      expect(companion?.api).to.equal(API);
      expect(companion?.tokenUrl).to.equal('/sip-token-test');
      expect(poll.querySelector('.companion')?.id).to.equal(toggle?.getAttribute('aria-controls'));
      expect(contribution.querySelector('sip-contribution-list')).to.be.null;
      await waitUntil(() => companion?.shadowRoot?.querySelector('[part="question"]'), 'the poll shows');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(poll.querySelector('sip-poll')).to.be.null;
    });
  });
});
