import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { QueueItem } from '../../schema/moderation.ts';
import {
  deferred,
  jsonResponse,
  problemResponse,
  type RecordedCall,
  textOf,
} from '../internal/test-helpers.ts';
import {
  $,
  type ApiStub,
  all$,
  auditEntry,
  focused,
  forgetSession,
  mountApp,
  queueItem,
  rememberToken,
  serveApi,
} from './test-utils.ts';

const DECIDE = (id: string) => `POST admin/contributions/${id}/decisions`;
const actionButtons = (el: HTMLElement) => all$(el, '[part="actions"] button').map(textOf);
const listIds = (el: HTMLElement) => all$(el, '[part="item"]').map((item) => item.dataset.id);
const status = (el: HTMLElement) =>
  textOf($(el, 'sip-moderation-queue').shadowRoot?.querySelector('[part="status"]'));

/** The API applies a decision the way the server does: the new status, nothing else. */
function applying(item: QueueItem) {
  return (call: RecordedCall) => {
    const action = (call.body as { action: string }).action;
    const to = { publish: 'published', reject: 'rejected', hide: 'hidden' }[action];
    return jsonResponse({ ...item, status: to });
  };
}

async function mountWith(items: QueueItem[], routes = {}): Promise<{ el: HTMLElement; api: ApiStub }> {
  const api = serveApi({
    'GET admin/contributions': () => jsonResponse({ items, nextCursor: null }),
    ...routes,
  });
  const el = await mountApp(api);
  return { el, api };
}

async function open(el: HTMLElement, api: ApiStub, id: string): Promise<void> {
  $<HTMLButtonElement>(el, `[data-id="${id}"]`).click();
  await api.idle();
}

describe('<sip-moderation-detail> decisions', () => {
  let api: ApiStub | undefined;
  beforeEach(() => rememberToken());
  afterEach(() => {
    api?.restore();
    forgetSession();
  });

  it('shows the whole contribution as text, paragraphs kept, with its facts, reports and history', async () => {
    const item = queueItem(1, {
      status: 'reported',
      reports: [{ reason: 'offensive', note: 'Propos <i>déplacés</i>', at: new Date().toISOString() }],
    });
    let el: HTMLElement;
    ({ el, api } = await mountWith([item], {
      'GET admin/audit': () =>
        jsonResponse({
          entries: [
            auditEntry(1, { action: 'publish', from: 'pending', to: 'published' }),
            auditEntry(2, { action: 'auto_hide', from: 'published', to: 'reported', actor: 'system' }),
          ],
          nextCursor: null,
        }),
    }));
    await open(el, api, 'c1');
    const audit = api.callsTo('GET admin/audit')[0].url.searchParams;
    expect([audit.get('kind'), audit.get('item')]).to.deep.equal(['contribution', 'c1']);
    const paragraphs = all$(el, '[part="text"] p');
    expect(paragraphs.map((p) => p.textContent)).to.deep.equal([
      'Premier paragraphe de la contribution 1.\nAvec une seconde ligne.',
      'Second paragraphe, <b>pas du HTML</b>.',
    ]);
    expect(all$(el, '[part="text"] b')).to.have.length(0);
    const facts = textOf($(el, '[part="facts"]'));
    expect(facts)
      .to.include('Aïcha Diallo')
      .and.include('Travailleur·euse autonome')
      .and.include('Bruxelles');
    expect(facts).to.include('Laissée pour le suivi (jamais affichée)').and.include('Signalée');
    expect(textOf($(el, '[part="reports"]')))
      .to.include('Propos offensants')
      .and.include('Propos <i>déplacés</i>');
    const history = all$(el, '[part="history"] li').map(textOf);
    expect(history[0]).to.include('Masquage automatique (signalements)').and.include('Publiée → Signalée');
    expect(history[1]).to.include('Publication').and.include('En attente → Publiée');
    await expect(el).to.be.accessible();
  });

  it('says so for an anonymous contribution without an e-mail address', async () => {
    let el: HTMLElement;
    ({ el, api } = await mountWith([queueItem(1, { anonymous: true, author: null, hasEmail: false })]));
    await open(el, api, 'c1');
    expect(textOf($(el, '[part="facts"]')))
      .to.include('Anonyme')
      .and.include('Aucune');
  });

  it('offers only the decisions TRANSITIONS allows from the status', async () => {
    const items = [
      queueItem(1, { status: 'pending' }),
      queueItem(2, { status: 'reported' }),
      queueItem(3, { status: 'published' }),
      queueItem(4, { status: 'hidden' }),
      queueItem(5, { status: 'rejected' }),
    ];
    let el: HTMLElement;
    ({ el, api } = await mountWith(items));
    const offered: string[][] = [];
    for (const id of ['c1', 'c2', 'c3', 'c4', 'c5']) {
      await open(el, api, id);
      offered.push(actionButtons(el));
    }
    expect(offered).to.deep.equal([
      ['Publier', 'Refuser', 'Masquer'],
      ['Publier', 'Refuser', 'Masquer'],
      ['Masquer'],
      ['Publier'],
      [],
    ]);
    expect(textOf($(el, 'sip-moderation-detail').shadowRoot)).to.include(
      'Aucune décision possible dans cet état.',
    );
  });

  it('publishes with one request; the item leaves the queue, the next comes up and the outcome is announced', async () => {
    const answer = deferred<Response>();
    let el: HTMLElement;
    ({ el, api } = await mountWith([queueItem(1), queueItem(2)], { [DECIDE('c1')]: () => answer.promise }));
    await open(el, api, 'c1');
    const publish = $<HTMLButtonElement>(el, '[data-action="publish"]');
    const decision = oneEvent(el, 'sip-decision');
    publish.click();
    publish.click();
    await sendKeys({ press: 'p' });
    answer.resolve(applying(queueItem(1))(api.callsTo(DECIDE('c1'))[0]));
    const { detail } = await decision;
    await api.idle();
    expect(api.callsTo(DECIDE('c1'))).to.have.length(1);
    expect(api.callsTo(DECIDE('c1'))[0].body).to.deep.equal({ action: 'publish' });
    expect(detail.item.status).to.equal('published');
    expect(listIds(el)).to.deep.equal(['c2']);
    expect((focused() as HTMLElement).dataset.id).to.equal('c2');
    expect(textOf($(el, '#detail-heading'))).to.include('Contribution numéro 2');
    expect(status(el)).to.equal('« Contribution numéro 1 » est publiée.');
  });

  it('keeps the item, updated, when the filter still shows it', async () => {
    const item = queueItem(1, { status: 'published', publishedAt: new Date().toISOString() });
    let el: HTMLElement;
    ({ el, api } = await mountWith([item], { [DECIDE('c1')]: applying(item) }));
    const select = $<HTMLSelectElement>(el, '#status');
    select.value = 'hidden';
    select.dispatchEvent(new Event('change'));
    await api.idle();
    await open(el, api, 'c1');
    await sendKeys({ press: 'h' });
    await api.idle();
    expect(api.callsTo(DECIDE('c1'))[0].body).to.deep.equal({ action: 'hide' });
    expect(listIds(el)).to.deep.equal(['c1']);
    expect(textOf($(el, '[part="item"]'))).to.include('Masquée');
    expect(actionButtons(el)).to.deep.equal(['Publier']);
    // The history is read again after the decision.
    expect(api.callsTo('GET admin/audit')).to.have.length(2);
  });

  it('r opens the reason form with focus in it; a reason is required; the note goes along', async () => {
    let el: HTMLElement;
    ({ el, api } = await mountWith([queueItem(1), queueItem(2)], { [DECIDE('c1')]: applying(queueItem(1)) }));
    await sendKeys({ press: 'j' });
    await sendKeys({ press: 'r' });
    await api.idle();
    expect(focused()?.id).to.equal('reason');
    expect($(el, '[data-action="reject"]').getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();

    // Typing in the form does not trigger shortcuts.
    $<HTMLTextAreaElement>(el, '#note').focus();
    await sendKeys({ type: 'Merci, mais hors sujet : voir le thème suivant.' });
    await sendKeys({ press: 'Enter' });
    $<HTMLButtonElement>(el, '[part="reject-form"] button[type="submit"]').click();
    await api.idle();
    expect(api.callsTo(DECIDE('c1'))).to.have.length(0);
    expect(textOf($(el, '#reason-error'))).to.equal('Choisissez un motif pour refuser.');
    expect($(el, '#reason').getAttribute('aria-invalid')).to.equal('true');
    expect(focused()?.id).to.equal('reason');
    await expect(el).to.be.accessible();

    $<HTMLSelectElement>(el, '#reason').value = 'off_topic';
    $<HTMLSelectElement>(el, '#reason').dispatchEvent(new Event('change'));
    $<HTMLButtonElement>(el, '[part="reject-form"] button[type="submit"]').click();
    await api.idle();
    expect(api.callsTo(DECIDE('c1'))).to.have.length(1);
    expect(api.callsTo(DECIDE('c1'))[0].body).to.deep.equal({
      action: 'reject',
      reasonCode: 'off_topic',
      note: 'Merci, mais hors sujet : voir le thème suivant.',
    });
    expect(listIds(el)).to.deep.equal(['c2']);
    expect(status(el)).to.equal('« Contribution numéro 1 » est refusée.');
  });

  it('offers every rejection reason, translated, and Escape closes the form back to its button', async () => {
    let el: HTMLElement;
    ({ el, api } = await mountWith([queueItem(1)]));
    await open(el, api, 'c1');
    $<HTMLButtonElement>(el, '[data-action="reject"]').click();
    await api.idle();
    expect(all$<HTMLOptionElement>(el, '#reason option').map((option) => option.value)).to.deep.equal([
      '',
      'off_topic',
      'offensive',
      'spam',
      'personal_data',
      'duplicate',
      'other',
    ]);
    await sendKeys({ press: 'Escape' });
    await api.idle();
    expect(all$(el, '[part="reject-form"]')).to.have.length(0);
    expect(focused()?.getAttribute('data-action')).to.equal('reject');
  });

  it('a shortcut the status does not allow sends nothing and says why', async () => {
    let el: HTMLElement;
    ({ el, api } = await mountWith([queueItem(1, { status: 'rejected' })]));
    const select = $<HTMLSelectElement>(el, '#status');
    select.value = 'rejected';
    select.dispatchEvent(new Event('change'));
    await api.idle();
    await sendKeys({ press: 'j' });
    await sendKeys({ press: 'p' });
    await sendKeys({ press: 'r' });
    await api.idle();
    expect(api.calls.filter((call) => call.method === 'POST')).to.have.length(0);
    expect(all$(el, '[part="reject-form"]')).to.have.length(0);
    expect(status(el)).to.equal('« Refuser » n’est pas possible dans l’état « Refusée ».');
  });

  it('409: shows the translated error and the contribution as it now is', async () => {
    const now = queueItem(1, { status: 'published', publishedAt: new Date().toISOString() });
    let el: HTMLElement;
    ({ el, api } = await mountWith([queueItem(1)], {
      [DECIDE('c1')]: () => problemResponse(409, 'illegal_transition'),
      'GET admin/contributions/c1': () => jsonResponse(now),
    }));
    await open(el, api, 'c1');
    await sendKeys({ press: 'h' });
    await api.idle();
    expect(textOf($(el, '[part="error"]'))).to.include('ne s’applique plus');
    expect(actionButtons(el)).to.deep.equal(['Masquer']);
    expect(textOf($(el, '[part="item"]'))).to.include('Publiée');
  });

  it('404: drops a contribution that is gone and says so', async () => {
    let el: HTMLElement;
    ({ el, api } = await mountWith([queueItem(1), queueItem(2)], {
      [DECIDE('c1')]: () => problemResponse(404, 'contribution_not_found'),
    }));
    await open(el, api, 'c1');
    await sendKeys({ press: 'p' });
    await api.idle();
    expect(listIds(el)).to.deep.equal(['c2']);
    expect(status(el)).to.equal('Cette contribution est introuvable. Elle a peut-être été effacée.');
  });

  it('403: says the role may not do this', async () => {
    let el: HTMLElement;
    ({ el, api } = await mountWith([queueItem(1)], {
      [DECIDE('c1')]: () => problemResponse(403, 'admin_forbidden'),
    }));
    await open(el, api, 'c1');
    $<HTMLButtonElement>(el, '[data-action="hide"]').click();
    await api.idle();
    expect(textOf($(el, '[part="error"]'))).to.equal('Votre rôle ne permet pas cette action.');
    expect(listIds(el)).to.deep.equal(['c1']);
    await expect(el).to.be.accessible();
  });
});
