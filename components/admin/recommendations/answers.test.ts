import { expect } from '@open-wc/testing';
import type { AnswerInput } from '../../../schema/recommendations.ts';
import { jsonResponse, problemResponse, type RecordedCall, textOf } from '../../internal/test-helpers.ts';
import { $, type ApiStub, all$, focused } from '../test-utils.ts';
import {
  auditEntry,
  BOARD,
  boardAnswer,
  EDITOR,
  fill,
  forgetAll,
  iso,
  mountRecommendations,
  openRecommendation,
  recommendationView,
  serveRecommendations,
  within,
} from './test-utils.ts';

const inPanel = <E extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string) =>
  within<E>(el, 'sip-moderation-recommendation-answer', selector);
const page = (el: HTMLElement) => $(el, 'sip-moderation-recommendation').shadowRoot;
const history = (el: HTMLElement) =>
  within(el, 'sip-moderation-recommendation', 'sip-moderation-recommendation-history').shadowRoot;

const adopted = recommendationView({
  status: 'adopted',
  answers: [
    boardAnswer(2, { text: { fr: 'Adoptée, avec un budget en 2027.' }, reviewOn: '2027-06-30' }),
    boardAnswer(1, { text: { fr: 'Le conseil l’adopte.', nl: 'De raad neemt ze aan.' } }),
  ],
  timeline: [
    { from: 'draft', to: 'submitted', at: iso(-9), by: 'steering_committee', reason: null },
    {
      from: 'submitted',
      to: 'adopted',
      at: iso(-8),
      by: 'board',
      reason: { nl: 'Unaniem aangenomen.' },
    },
  ],
});

describe('the board’s answers', () => {
  let api: ApiStub | undefined;
  afterEach(() => {
    api?.restore();
    forgetAll();
  });

  it('shows the latest version, the earlier ones in a disclosure, each dated', async () => {
    api = serveRecommendations([adopted], {}, EDITOR);
    const el = await mountRecommendations(api);
    await openRecommendation(el, api, 'outils-libres');
    const answers = page(el)?.querySelector<HTMLElement>('[part="answers"]');
    const latest = answers?.querySelector('article');
    expect(textOf(latest)).to.include('Version 2').and.include('Adoptée, avec un budget en 2027.');
    expect(textOf(latest)).to.include('Le conseil y reviendra le 30 juin 2027.');
    const earlier = answers?.querySelector('details');
    expect(textOf(earlier?.querySelector('summary'))).to.equal('Voir la version précédente');
    expect(earlier?.open).to.be.false;
    expect(textOf(earlier)).to.include('Version 1').and.include('De raad neemt ze aan.');
    // Each language written is shown with its lang, for screen readers.
    expect(earlier?.querySelector('[lang="nl"]')?.textContent).to.equal('De raad neemt ze aan.');
    // Editors do not answer for the board.
    expect(page(el)?.querySelector('[data-panel="answer"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('records a new version from the latest one’s words, and shows it first', async () => {
    let current = adopted;
    api = serveRecommendations(
      [adopted],
      {
        'GET admin/recommendations/outils-libres': () => jsonResponse(current),
        'POST admin/recommendations/outils-libres/answers': (call: RecordedCall) => {
          const input = call.body as AnswerInput;
          const answer = {
            version: 3,
            text: input.text,
            answeredAt: iso(0),
            reviewOn: input.reviewOn ?? null,
          };
          current = { ...current, answers: [answer, ...current.answers] };
          return jsonResponse(answer, 201);
        },
      },
      BOARD,
    );
    const el = await mountRecommendations(api, 'board');
    await openRecommendation(el, api, 'outils-libres');
    within<HTMLButtonElement>(el, 'sip-moderation-recommendation', '[data-panel="answer"]').click();
    await api.idle();
    expect(textOf(focused())).to.equal('Réponse du conseil, version 3');
    expect(inPanel<HTMLTextAreaElement>(el, '#answer-fr').value).to.equal('Adoptée, avec un budget en 2027.');
    expect(inPanel<HTMLInputElement>(el, '#answer-review-on').value).to.equal('2027-06-30');
    await expect($(el, 'sip-moderation-recommendation-answer')).to.be.accessible();

    fill(inPanel<HTMLTextAreaElement>(el, '#answer-fr'), 'Adoptée ; le budget est voté.');
    fill(inPanel<HTMLTextAreaElement>(el, '#answer-en'), 'Adopted; the budget is voted.');
    fill(inPanel<HTMLInputElement>(el, '#answer-review-on'), '');
    await api.idle();
    inPanel<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await api.idle();
    expect(api.callsTo('POST admin/recommendations/outils-libres/answers')[0].body).to.deep.equal({
      text: { fr: 'Adoptée ; le budget est voté.', en: 'Adopted; the budget is voted.' },
      reviewOn: null,
    });
    expect(textOf(page(el)?.querySelector('[part="status"]'))).to.equal(
      'La version 3 de la réponse est publiée.',
    );
    const answers = page(el)?.querySelector('[part="answers"]');
    expect(textOf(answers?.querySelector('article')))
      .to.include('Version 3')
      .and.include('le budget est voté');
    expect(textOf(answers?.querySelector('summary'))).to.equal('Voir les 2 versions précédentes');
  });

  it('asks for the answer in at least one language, and keeps it when recording fails', async () => {
    api = serveRecommendations(
      [recommendationView({ status: 'under_review' })],
      {
        'POST admin/recommendations/outils-libres/answers': () =>
          problemResponse(409, 'transition_not_allowed'),
      },
      BOARD,
    );
    const el = await mountRecommendations(api, 'board');
    await openRecommendation(el, api, 'outils-libres');
    within<HTMLButtonElement>(el, 'sip-moderation-recommendation', '[data-panel="answer"]').click();
    await api.idle();
    inPanel<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await api.idle();
    expect(api.callsTo('POST admin/recommendations/outils-libres/answers')).to.have.length(0);
    expect(textOf(inPanel(el, '#answer-error'))).to.equal('Écrivez la réponse dans au moins une langue.');
    expect(focused()).to.equal(inPanel(el, '#answer-fr'));
    fill(inPanel<HTMLTextAreaElement>(el, '#answer-nl'), 'De raad bekijkt ze.');
    await api.idle();
    inPanel<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await api.idle();
    expect(textOf(inPanel(el, '[part="error"]'))).to.include('Ce changement de statut n’est pas possible');
    expect(inPanel<HTMLTextAreaElement>(el, '#answer-nl').value).to.equal('De raad bekijkt ze.');
  });
});

describe('<sip-moderation-recommendation-history>', () => {
  let api: ApiStub | undefined;
  afterEach(() => {
    api?.restore();
    forgetAll();
  });

  it('shows the public timeline and the recommendation’s audit log, with more on demand', async () => {
    api = serveRecommendations([adopted], {
      'GET admin/audit': (call: RecordedCall) =>
        jsonResponse(
          call.url.searchParams.get('cursor')
            ? { entries: [auditEntry(1)], nextCursor: null }
            : {
                entries: [
                  auditEntry(4, { action: 'status', from: 'submitted', to: 'adopted', actor: 'Marc Dubois' }),
                  auditEntry(3, { action: 'answer', from: 'submitted', to: 'submitted', note: 'version 1' }),
                  auditEntry(2, { action: 'submit', from: 'draft', to: 'submitted' }),
                ],
                nextCursor: 'older',
              },
        ),
    });
    const el = await mountRecommendations(api);
    await openRecommendation(el, api, 'outils-libres');
    const [call] = api.callsTo('GET admin/audit');
    expect(Object.fromEntries(call.url.searchParams)).to.deep.equal({
      kind: 'recommendation',
      item: 'outils-libres',
    });
    const timeline = [...(history(el)?.querySelectorAll('[part="timeline"] > li') ?? [])].map(textOf);
    expect(timeline[0]).to.include('Brouillon → Soumise au conseil, par le comité de pilotage');
    expect(timeline[1]).to.include('Soumise au conseil → Adoptée, par le conseil d’administration');
    expect(timeline[1]).to.include('Unaniem aangenomen.');
    const rows = () => [...(history(el)?.querySelectorAll('tbody tr') ?? [])].map(textOf);
    expect(rows()[0])
      .to.include('Marc Dubois')
      .and.include('Changement de statut')
      .and.include('Soumise au conseil → Adoptée');
    expect(rows()[1]).to.include('Réponse du conseil').and.include('version 1');
    expect(rows()[2]).to.include('Soumission au conseil');
    await expect(el).to.be.accessible();

    const more = [...(history(el)?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find(
      (button) => textOf(button) === 'Afficher la suite',
    );
    more?.click();
    await api.idle();
    expect(api.callsTo('GET admin/audit')[1].url.searchParams.get('cursor')).to.equal('older');
    expect(rows()).to.have.length(4);
    expect(rows()[3]).to.include('Création');
  });

  it('reads the log again after a change', async () => {
    const draft = recommendationView();
    api = serveRecommendations([draft], {
      'PUT admin/recommendations/outils-libres/sources': () =>
        jsonResponse({ ...draft, sources: [], linkedSources: [] }),
    });
    const el = await mountRecommendations(api);
    await openRecommendation(el, api, 'outils-libres');
    expect(api.callsTo('GET admin/audit')).to.have.length(1);
    within<HTMLButtonElement>(el, 'sip-moderation-recommendation', '[data-panel="sources"]').click();
    await api.idle();
    within<HTMLButtonElement>(el, 'sip-moderation-recommendation-sources', '[data-remove]').click();
    await api.idle();
    within<HTMLButtonElement>(el, 'sip-moderation-recommendation-sources', '#save-sources').click();
    await api.idle();
    expect(api.callsTo('GET admin/audit')).to.have.length(2);
    expect(all$(page(el) as unknown as HTMLElement, '[part="sources"] li')).to.have.length(0);
  });
});
