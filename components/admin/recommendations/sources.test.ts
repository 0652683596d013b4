import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SourceView } from '../../../schema/recommendations.ts';
import { jsonResponse, problemResponse, type RecordedCall, textOf } from '../../internal/test-helpers.ts';
import { $, type ApiStub, all$, focused } from '../test-utils.ts';
import {
  CONTRIBUTION_SOURCE,
  EVENT_SOURCE,
  fill,
  forgetAll,
  mountRecommendations,
  openRecommendation,
  POLL_SOURCE,
  recommendationView,
  serveRecommendations,
  within,
} from './test-utils.ts';

const editor = (el: HTMLElement) => $(el, 'sip-moderation-recommendation-sources');
const inEditor = <E extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string) =>
  within<E>(el, 'sip-moderation-recommendation-sources', selector);
const linked = (el: HTMLElement) =>
  [...(editor(el).shadowRoot?.querySelectorAll('[part="linked"] > li') ?? [])].map(textOf);
const queryOf = (call: RecordedCall) => Object.fromEntries(call.url.searchParams);

async function openSources(el: HTMLElement, api: ApiStub): Promise<void> {
  await openRecommendation(el, api, 'outils-libres');
  within<HTMLButtonElement>(el, 'sip-moderation-recommendation', '[data-panel="sources"]').click();
  await api.idle();
}

async function search(el: HTMLElement, api: ApiStub, words: string, kind = ''): Promise<void> {
  fill(inEditor<HTMLInputElement>(el, '#source-query'), words);
  fill(inEditor<HTMLSelectElement>(el, '#source-kind'), kind);
  inEditor<HTMLButtonElement>(el, '[part="search"] button[type="submit"]').click();
  await api.idle();
}

describe('<sip-moderation-recommendation-sources>', () => {
  let api: ApiStub | undefined;
  afterEach(() => {
    api?.restore();
    forgetAll();
  });

  it('finds contributions, events and polls, links them in order, and saves the whole list', async () => {
    const view = recommendationView();
    const found: SourceView[] = [CONTRIBUTION_SOURCE, EVENT_SOURCE, POLL_SOURCE];
    api = serveRecommendations([view], {
      'GET admin/recommendations/sources': () => jsonResponse({ sources: found }),
      'PUT admin/recommendations/outils-libres/sources': (call) => {
        const { sources } = call.body as { sources: { kind: string; ref: string }[] };
        return jsonResponse({
          ...view,
          sources: sources.map((ref) => found.find((source) => source.ref === ref.ref)),
          linkedSources: sources.map((ref) => ({ ...ref, public: true })),
        });
      },
    });
    const el = await mountRecommendations(api);
    await openSources(el, api);
    expect(focused()).to.equal(inEditor(el, 'h3'));
    expect(linked(el)).to.have.length(1);
    expect(linked(el)[0]).to.include('Des outils libres pour la coopérative').and.include('Par Aïcha Diallo');

    await search(el, api, 'outils');
    expect(queryOf(api.callsTo('GET admin/recommendations/sources')[0])).to.deep.equal({ q: 'outils' });
    const results = [...(editor(el).shadowRoot?.querySelectorAll('[part="results"] > li') ?? [])].map(textOf);
    expect(results[0]).to.include('Ajoutée');
    expect(results[1]).to.include('Atelier : nos outils communs').and.include('14 participant·es');
    expect(results[1]).to.include('compte rendu publié');
    expect(results[2]).to.include('Quels outils en priorité ?').and.include('212 votes');
    expect(textOf(inEditor(el, '[part="status"]'))).to.equal('3 sources trouvées');
    await expect(editor(el)).to.be.accessible();

    inEditor<HTMLButtonElement>(el, '[data-result="poll:outils-prioritaires"] [data-add]').click();
    inEditor<HTMLButtonElement>(el, '[data-result="event:atelier-outils-bruxelles"] [data-add]').click();
    await api.idle();
    expect(linked(el)).to.have.length(3);
    expect(textOf(inEditor(el, '[data-result="poll:outils-prioritaires"] [data-add]'))).to.equal('Ajoutée');
    expect(textOf(inEditor(el, '.row .muted'))).to.equal('Modifications non enregistrées');

    // With the keyboard: the event goes up twice, the focus following it.
    inEditor<HTMLButtonElement>(
      el,
      '[data-source="event:atelier-outils-bruxelles"] [data-move="up"]',
    ).focus();
    await sendKeys({ press: 'Enter' });
    await api.idle();
    await sendKeys({ press: 'Enter' });
    await api.idle();
    expect(linked(el)[0]).to.include('Atelier : nos outils communs');
    expect(focused()?.closest('li')?.getAttribute('data-source')).to.equal('event:atelier-outils-bruxelles');
    expect(textOf(inEditor(el, '[part="status"]'))).to.include('est maintenant en position 1');
    // At the top, "up" does nothing.
    await sendKeys({ press: 'Enter' });
    await api.idle();
    expect(linked(el)[0]).to.include('Atelier : nos outils communs');

    inEditor<HTMLButtonElement>(el, '#save-sources').click();
    await api.idle();
    expect(api.callsTo('PUT admin/recommendations/outils-libres/sources')[0].body).to.deep.equal({
      sources: [
        { kind: 'event', ref: 'atelier-outils-bruxelles' },
        { kind: 'contribution', ref: 'K7M2-9QXA' },
        { kind: 'poll', ref: 'outils-prioritaires' },
      ],
    });
    const page = $(el, 'sip-moderation-recommendation').shadowRoot;
    expect(page?.querySelector('sip-moderation-recommendation-sources')).to.equal(null);
    expect(textOf(page?.querySelector('[part="status"]'))).to.equal('Les sources sont enregistrées.');
    const shown = [...(page?.querySelectorAll('[part="sources"] li') ?? [])].map(textOf);
    expect(shown[0]).to.include('Atelier');
    expect(shown[2]).to.include('Sondage à choix unique');
  });

  it('asks for two characters before searching, filters by kind, and says when nothing matches', async () => {
    api = serveRecommendations([recommendationView()], {
      'GET admin/recommendations/sources': () => jsonResponse({ sources: [] }),
    });
    const el = await mountRecommendations(api);
    await openSources(el, api);
    await search(el, api, ' o ');
    expect(api.callsTo('GET admin/recommendations/sources')).to.have.length(0);
    expect(textOf(inEditor(el, '#source-query-error'))).to.equal('Tapez au moins 2 caractères.');
    expect(focused()).to.equal(inEditor(el, '#source-query'));
    await search(el, api, 'K7M2', 'contribution');
    expect(queryOf(api.callsTo('GET admin/recommendations/sources')[0])).to.deep.equal({
      q: 'K7M2',
      kind: 'contribution',
    });
    expect(textOf(inEditor(el, '[part="results"]'))).to.equal(
      'Aucune contribution publiée, aucun événement ni sondage ne correspond.',
    );
  });

  it('says which events the organisers cancelled, linked or found', async () => {
    const event = EVENT_SOURCE as Extract<SourceView, { kind: 'event' }>;
    const cancelled: SourceView = { ...event, cancelled: true, hasMinutes: false, attendees: null };
    const scheduled: SourceView = { ...event, ref: 'atelier-outils-liege' };
    api = serveRecommendations([recommendationView({ sources: [cancelled] })], {
      'GET admin/recommendations/sources': () => jsonResponse({ sources: [scheduled, cancelled] }),
    });
    const el = await mountRecommendations(api);
    await openSources(el, api);
    expect(linked(el)[0]).to.include('Atelier : nos outils communs').and.include(' · annulé');
    await search(el, api, 'outils', 'event');
    const results = [...(editor(el).shadowRoot?.querySelectorAll('[part="results"] > li') ?? [])].map(textOf);
    expect(results).to.have.length(2);
    expect(results[0]).not.to.include('annulé');
    expect(results[1]).to.include(' · annulé');
    await expect(editor(el)).to.be.accessible();
  });

  it('marks a source that is no longer public, and the ones the API refuses', async () => {
    const view = recommendationView({
      linkedSources: [
        { kind: 'contribution', ref: 'K7M2-9QXA', public: true },
        { kind: 'contribution', ref: 'HIDD-EN00', public: false },
      ],
    });
    api = serveRecommendations([view], {
      'PUT admin/recommendations/outils-libres/sources': () =>
        new Response(
          JSON.stringify({
            type: 'about:blank',
            title: 'A linked source does not exist or is not public',
            status: 422,
            code: 'source_not_found',
            detail: 'Not found, or not public: contribution HIDD-EN00.',
            issues: [{ path: 'sources.1', message: 'no public contribution "HIDD-EN00"' }],
          }),
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    });
    const el = await mountRecommendations(api);
    await openRecommendation(el, api, 'outils-libres');
    const page = $(el, 'sip-moderation-recommendation').shadowRoot;
    expect(textOf(page?.querySelector('[part="sources"]')))
      .to.include('HIDD-EN00')
      .and.include('N’est plus publique');
    within<HTMLButtonElement>(el, 'sip-moderation-recommendation', '[data-panel="sources"]').click();
    await api.idle();
    inEditor<HTMLButtonElement>(el, '#save-sources').click();
    await api.idle();
    expect(textOf(inEditor(el, '[role="alert"]'))).to.include(
      'Une source liée n’existe pas ou n’est plus publique',
    );
    const marked = all$(editor(el), '[data-invalid]');
    expect(marked.map((item) => item.getAttribute('data-source'))).to.deep.equal(['contribution:HIDD-EN00']);
    // The focus goes to the marked source's remove button; removing it clears the mark.
    expect(focused()?.getAttribute('aria-label')).to.equal('Retirer «\u00a0Contribution HIDD-EN00\u00a0»');
    await sendKeys({ press: 'Enter' });
    await api.idle();
    expect(linked(el)).to.have.length(1);
    expect(all$(editor(el), '[data-invalid]')).to.have.length(0);
    await expect(editor(el)).to.be.accessible();
  });

  it('keeps the list as arranged when saving fails', async () => {
    api = serveRecommendations([recommendationView({ sources: [CONTRIBUTION_SOURCE, POLL_SOURCE] })], {
      'PUT admin/recommendations/outils-libres/sources': () => problemResponse(503, 'internal_error'),
    });
    const el = await mountRecommendations(api);
    await openSources(el, api);
    inEditor<HTMLButtonElement>(el, '[data-source="contribution:K7M2-9QXA"] [data-remove]').click();
    await api.idle();
    inEditor<HTMLButtonElement>(el, '#save-sources').click();
    await api.idle();
    expect(linked(el)).to.have.length(1);
    expect(linked(el)[0]).to.include('Quels outils en priorité ?');
    expect(textOf(inEditor(el, '[role="alert"]'))).to.include('Une erreur est survenue');
  });
});
