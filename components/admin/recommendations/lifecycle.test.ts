import { expect } from '@open-wc/testing';
import type { AdminIdentity } from '../../../schema/moderation.ts';
import type { StatusChangeInput } from '../../../schema/recommendations.ts';
import { jsonResponse, problemResponse, type RecordedCall, textOf } from '../../internal/test-helpers.ts';
import { $, type ApiStub, all$, focused } from '../test-utils.ts';
import type { AdminRecommendationView } from './recommendations.api.ts';
import {
  ADMIN,
  BOARD,
  boardAnswer,
  choose,
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

const panel = (el: HTMLElement) => $(el, 'sip-moderation-recommendation-move');
const inPanel = <E extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string) =>
  within<E>(el, 'sip-moderation-recommendation-move', selector);
const moves = (el: HTMLElement) =>
  all$<HTMLInputElement>(panel(el), 'input[name="to"]').map((radio) => radio.value);
const pick = (el: HTMLElement, name: string, value: string) =>
  choose(inPanel<HTMLInputElement>(el, `input[name="${name}"][value="${value}"]`));
const submit = (el: HTMLElement) => inPanel<HTMLButtonElement>(el, 'button[type="submit"]').click();
const page = (el: HTMLElement) => $(el, 'sip-moderation-recommendation').shadowRoot;

/** The API's move: the recommendation in its new status, the change in its timeline. */
function moved(view: AdminRecommendationView, call: RecordedCall, by: 'steering_committee' | 'board') {
  const input = call.body as StatusChangeInput;
  return jsonResponse({
    ...view,
    status: input.to,
    statusAt: iso(0),
    timeline: [
      ...view.timeline,
      { from: view.status, to: input.to, at: iso(0), by, reason: input.reason ?? null },
    ],
    answers: input.answer
      ? [
          {
            version: view.answers.length + 1,
            text: input.answer.text,
            answeredAt: iso(0),
            reviewOn: input.answer.reviewOn ?? null,
          },
          ...view.answers,
        ]
      : view.answers,
  });
}

async function openMove(el: HTMLElement, api: ApiStub, slug = 'outils-libres'): Promise<void> {
  await openRecommendation(el, api, slug);
  within<HTMLButtonElement>(el, 'sip-moderation-recommendation', '[data-panel="move"]').click();
  await api.idle();
}

async function mountAs(identity: AdminIdentity, views: AdminRecommendationView[], routes = {}) {
  const api = serveRecommendations(views, routes, identity);
  const el = await mountRecommendations(api, identity.role);
  return { api, el };
}

describe('<sip-moderation-recommendation-move>', () => {
  let api: ApiStub | undefined;
  afterEach(() => {
    api?.restore();
    forgetAll();
  });

  it('lets the steering committee submit a draft, with a public reason, and shows the new status', async () => {
    const draft = recommendationView();
    let el: HTMLElement;
    ({ api, el } = await mountAs(EDITOR, [draft], {
      'POST admin/recommendations/outils-libres/status': (call: RecordedCall) =>
        moved(draft, call, 'steering_committee'),
    }));
    await openMove(el, api);
    expect(focused()).to.equal(inPanel(el, 'h3'));
    // An editor acts for the steering committee: from a draft, the table offers only the submission.
    expect(moves(el)).to.deep.equal(['submitted']);
    expect(all$(panel(el), 'input[name="as"]')).to.have.length(0);
    await expect(panel(el)).to.be.accessible();
    submit(el);
    await api.idle();
    expect(textOf(inPanel(el, '#to-error'))).to.equal('Choisissez un nouveau statut');
    expect(api.callsTo('POST admin/recommendations/outils-libres/status')).to.have.length(0);

    pick(el, 'to', 'submitted');
    fill(inPanel<HTMLTextAreaElement>(el, '#reason-fr'), 'Prête pour le conseil.');
    await api.idle();
    expect(textOf(inPanel(el, 'button[type="submit"]'))).to.equal('Passer à « Soumise au conseil »');
    submit(el);
    await api.idle();
    expect(api.callsTo('POST admin/recommendations/outils-libres/status')[0].body).to.deep.equal({
      to: 'submitted',
      reason: { fr: 'Prête pour le conseil.' },
    });
    expect(textOf(page(el)?.querySelector('[part="status"]'))).to.equal(
      'La recommandation est maintenant « Soumise au conseil ».',
    );
    expect(textOf(page(el)?.querySelector('[part="facts"]'))).to.include('Soumise au conseil');
    // The history shows the public change, with its reason.
    const history = within(el, 'sip-moderation-recommendation', 'sip-moderation-recommendation-history');
    expect(textOf(history.shadowRoot?.querySelector('[part="timeline"]')))
      .to.include('Brouillon → Soumise au conseil, par le comité de pilotage')
      .and.include('Prête pour le conseil.');
  });

  it('offers the board its own moves, and asks for its answer before a decision', async () => {
    const submitted = recommendationView({ status: 'submitted' });
    let el: HTMLElement;
    ({ api, el } = await mountAs(BOARD, [submitted], {
      'POST admin/recommendations/outils-libres/status': (call: RecordedCall) =>
        moved(submitted, call, 'board'),
    }));
    await openMove(el, api);
    expect(moves(el)).to.deep.equal([
      'under_review',
      'adopted',
      'partially_adopted',
      'not_adopted',
      'withdrawn',
    ]);
    pick(el, 'to', 'adopted');
    await api.idle();
    expect(textOf(inPanel(el, '#answer-hint'))).to.equal(
      'Obligatoire pour cette décision : le conseil n’a pas encore répondu.',
    );
    submit(el);
    await api.idle();
    // Refused here as the API would (422 answer_required): nothing is sent.
    expect(api.callsTo('POST admin/recommendations/outils-libres/status')).to.have.length(0);
    expect(textOf(inPanel(el, '#answer-error'))).to.include('Cette décision demande la réponse du conseil');
    expect(focused()).to.equal(inPanel(el, '#answer-fr'));
    await expect(panel(el)).to.be.accessible();

    fill(inPanel<HTMLTextAreaElement>(el, '#answer-nl'), 'De raad neemt de aanbeveling aan.');
    fill(inPanel<HTMLInputElement>(el, '#review-on'), '2027-03-31');
    await api.idle();
    submit(el);
    await api.idle();
    expect(api.callsTo('POST admin/recommendations/outils-libres/status')[0].body).to.deep.equal({
      to: 'adopted',
      answer: { text: { nl: 'De raad neemt de aanbeveling aan.' }, reviewOn: '2027-03-31' },
    });
    const answers = textOf(page(el)?.querySelector('[part="answers"]'));
    expect(answers).to.include('Version 1').and.include('De raad neemt de aanbeveling aan.');
    expect(answers).to.include('Le conseil y reviendra le 31 mars 2027.');
  });

  it('takes a decision without a new answer when the board has answered already', async () => {
    const answered = recommendationView({ status: 'under_review', answers: [boardAnswer(1)] });
    let el: HTMLElement;
    ({ api, el } = await mountAs(BOARD, [answered], {
      'POST admin/recommendations/outils-libres/status': (call: RecordedCall) =>
        moved(answered, call, 'board'),
    }));
    await openMove(el, api);
    pick(el, 'to', 'not_adopted');
    await api.idle();
    expect(textOf(inPanel(el, '#answer-hint'))).to.include('Facultative');
    submit(el);
    await api.idle();
    expect(api.callsTo('POST admin/recommendations/outils-libres/status')[0].body).to.deep.equal({
      to: 'not_adopted',
    });
  });

  it('explains the API’s answer_required beside the answer, the text kept', async () => {
    const answered = recommendationView({ status: 'under_review', answers: [boardAnswer(1)] });
    let el: HTMLElement;
    ({ api, el } = await mountAs(BOARD, [answered], {
      'POST admin/recommendations/outils-libres/status': () => problemResponse(422, 'answer_required'),
    }));
    await openMove(el, api);
    pick(el, 'to', 'partially_adopted');
    fill(inPanel<HTMLTextAreaElement>(el, '#reason-fr'), 'En partie seulement.');
    await api.idle();
    submit(el);
    await api.idle();
    expect(textOf(inPanel(el, '[part="error"]'))).to.include('Cette décision demande la réponse du conseil');
    expect(inPanel<HTMLTextAreaElement>(el, '#reason-fr').value).to.equal('En partie seulement.');
    expect(focused()).to.equal(inPanel(el, '#answer-fr'));
  });

  it('on transition_not_allowed, reads the recommendation again and offers the moves from its new status, the reason kept', async () => {
    const submitted = recommendationView({ status: 'submitted' });
    let current = submitted;
    let el: HTMLElement;
    ({ api, el } = await mountAs(BOARD, [submitted], {
      'GET admin/recommendations/outils-libres': () => jsonResponse(current),
      'POST admin/recommendations/outils-libres/status': () => {
        // Another board member moved it meanwhile.
        current = recommendationView({ status: 'under_review' });
        return problemResponse(409, 'transition_not_allowed');
      },
    }));
    await openMove(el, api);
    expect(moves(el)).to.include('under_review');
    pick(el, 'to', 'withdrawn');
    fill(inPanel<HTMLTextAreaElement>(el, '#reason-nl'), 'Dubbel met een andere aanbeveling.');
    await api.idle();
    submit(el);
    await api.idle();
    expect(textOf(inPanel(el, '[part="error"]'))).to.include(
      'Ce changement de statut n’est pas possible : la recommandation a changé entre-temps',
    );
    expect(api.callsTo('GET admin/recommendations/outils-libres')).to.have.length(2);
    expect(textOf(page(el)?.querySelector('[part="facts"]'))).to.include('À l’examen');
    expect(moves(el)).not.to.include('under_review');
    expect(moves(el)).to.include('withdrawn');
    expect(inPanel<HTMLTextAreaElement>(el, '#reason-nl').value).to.equal(
      'Dubbel met een andere aanbeveling.',
    );
    expect(inPanel<HTMLInputElement>(el, 'input[value="withdrawn"]').checked).to.be.true;
  });

  it('lets an admin choose the body it acts for, and sends it', async () => {
    const submitted = recommendationView({ status: 'submitted' });
    let el: HTMLElement;
    ({ api, el } = await mountAs(ADMIN, [submitted], {
      'POST admin/recommendations/outils-libres/status': (call: RecordedCall) =>
        moved(submitted, call, 'steering_committee'),
    }));
    await openMove(el, api);
    const bodies = all$<HTMLInputElement>(panel(el), 'input[name="as"]');
    expect(bodies.map((radio) => radio.value)).to.deep.equal(['steering_committee', 'board']);
    // From a submitted recommendation, the board has moves: it is the default.
    expect(bodies.find((radio) => radio.checked)?.value).to.equal('board');
    pick(el, 'as', 'steering_committee');
    await api.idle();
    expect(moves(el)).to.deep.equal(['withdrawn', 'merged']);
    pick(el, 'to', 'withdrawn');
    await api.idle();
    submit(el);
    await api.idle();
    expect(api.callsTo('POST admin/recommendations/outils-libres/status')[0].body).to.deep.equal({
      to: 'withdrawn',
      as: 'steering_committee',
    });
    await expect(el).to.be.accessible();
  });

  it('merges into another public recommendation found by words of its title', async () => {
    const submitted = recommendationView({ status: 'submitted' });
    const target = recommendationView({
      slug: 'logiciels-libres',
      status: 'under_review',
      title: { fr: 'Des logiciels libres partout', nl: 'Overal vrije software' },
    });
    const withdrawn = recommendationView({
      slug: 'logiciels-retires',
      status: 'withdrawn',
      title: { fr: 'Des logiciels retirés' },
    });
    const draft = recommendationView({
      slug: 'logiciels-brouillon',
      title: { fr: 'Logiciels en brouillon' },
    });
    let el: HTMLElement;
    ({ api, el } = await mountAs(EDITOR, [submitted, target, withdrawn, draft], {
      'POST admin/recommendations/outils-libres/status': (call: RecordedCall) =>
        (call.body as StatusChangeInput).into === 'logiciels-brouillon'
          ? problemResponse(422, 'merge_target_invalid')
          : moved(submitted, call, 'steering_committee'),
    }));
    await openMove(el, api);
    pick(el, 'to', 'merged');
    await api.idle();
    submit(el);
    await api.idle();
    expect(textOf(inPanel(el, '#into-error'))).to.equal(
      'Choisissez la recommandation dans laquelle la fusionner.',
    );
    fill(inPanel<HTMLInputElement>(el, '#into-query'), 'logiciels');
    inPanel<HTMLButtonElement>(el, '#into-search').click();
    await api.idle();
    const offered = all$<HTMLInputElement>(panel(el), 'input[name="into"]').map((radio) => radio.value);
    // Only public recommendations that are neither withdrawn nor merged, and never itself.
    expect(offered).to.deep.equal(['logiciels-libres']);
    pick(el, 'into', 'logiciels-libres');
    await api.idle();
    expect(textOf(inPanel(el, '#into-group'))).to.include(
      'Sera fusionnée dans « Des logiciels libres partout ».',
    );
    await expect(panel(el)).to.be.accessible();
    submit(el);
    await api.idle();
    expect(api.callsTo('POST admin/recommendations/outils-libres/status')[0].body).to.deep.equal({
      to: 'merged',
      into: 'logiciels-libres',
    });
  });

  it('explains merge_target_invalid beside the target', async () => {
    const submitted = recommendationView({ status: 'submitted' });
    const target = recommendationView({
      slug: 'logiciels-libres',
      status: 'submitted',
      title: { fr: 'Logiciels' },
    });
    let el: HTMLElement;
    ({ api, el } = await mountAs(EDITOR, [submitted, target], {
      'POST admin/recommendations/outils-libres/status': () => problemResponse(422, 'merge_target_invalid'),
    }));
    await openMove(el, api);
    pick(el, 'to', 'merged');
    await api.idle();
    inPanel<HTMLButtonElement>(el, '#into-search').click();
    await api.idle();
    pick(el, 'into', 'logiciels-libres');
    await api.idle();
    submit(el);
    await api.idle();
    expect(textOf(inPanel(el, '#into-error'))).to.include(
      'On ne fusionne que dans une autre recommandation publique',
    );
    expect(focused()?.getAttribute('name')).to.equal('into');
  });

  it('offers no move from a withdrawn recommendation: editors may still edit it, the board has nothing to do', async () => {
    const withdrawn = recommendationView({ status: 'withdrawn' });
    let el: HTMLElement;
    ({ api, el } = await mountAs(EDITOR, [withdrawn]));
    await openRecommendation(el, api, 'outils-libres');
    const panels = () =>
      [...(page(el)?.querySelectorAll<HTMLElement>('[data-panel]') ?? [])].map((b) => b.dataset.panel);
    expect(panels()).to.deep.equal(['edit', 'sources']);
    api.restore();
    el.remove();
    ({ api, el } = await mountAs(BOARD, [withdrawn]));
    await openRecommendation(el, api, 'outils-libres');
    expect(panels()).to.deep.equal([]);
    expect(textOf(page(el)?.querySelector('[part="actions"]'))).to.include(
      'Votre rôle ne permet aucune action sur cette recommandation dans ce statut.',
    );
  });
});
