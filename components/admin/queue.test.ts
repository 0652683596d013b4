import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { QueueItem } from '../../schema/moderation.ts';
import { jsonResponse, type RecordedCall, textOf } from '../internal/test-helpers.ts';
import {
  $,
  API,
  type ApiStub,
  all$,
  focused,
  forgetSession,
  mountApp,
  queueItem,
  rememberToken,
  serveApi,
  TOKEN,
} from './test-utils.ts';
// One test mounts the queue on its own, without the page that loads it on demand.
import './queue.ts';

const page = (items: QueueItem[], nextCursor: string | null = null) => jsonResponse({ items, nextCursor });
const items = (el: HTMLElement) => all$(el, '[part="item"]');
const selectedTitle = (el: HTMLElement) => textOf($(el, '[aria-current="true"] .title'));
const queryOf = (call: RecordedCall) => Object.fromEntries(call.url.searchParams);

async function choose(el: HTMLElement, id: string, value: string, api: ApiStub): Promise<void> {
  const select = $<HTMLSelectElement>(el, id);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await api.idle();
}

describe('<sip-moderation-queue>', () => {
  let api: ApiStub | undefined;
  beforeEach(() => rememberToken());
  afterEach(() => {
    api?.restore();
    forgetSession();
  });

  describe('loading and filters', () => {
    it('lists the default queue (no status: pending and reported) with title, theme, status, date and reports', async () => {
      const reported = queueItem(2, {
        status: 'reported',
        reports: [
          { reason: 'spam', note: null, at: new Date().toISOString() },
          { reason: 'offensive', note: 'Insultant', at: new Date().toISOString() },
        ],
      });
      api = serveApi({ 'GET admin/contributions': () => page([queueItem(1), reported]) });
      const el = await mountApp(api);
      expect(queryOf(api.callsTo('GET admin/contributions')[0])).to.deep.equal({});
      const [first, second] = items(el).map(textOf);
      expect(first)
        .to.include('Contribution numéro 1')
        .and.include('En attente')
        .and.include('0 signalement');
      expect(first).to.include('Être une coopérative : pour qui et avec qui ?').and.include('Envoyée le');
      expect(second).to.include('Signalée').and.include('2 signalements');
      expect(textOf($(el, 'sip-moderation-detail').shadowRoot)).to.include('Choisissez une contribution');
      await expect(el).to.be.accessible();
    });

    it('filters by status and theme, each change building the query', async () => {
      api = serveApi({ 'GET admin/contributions': () => page([queueItem(1)]) });
      const el = await mountApp(api);
      expect(all$<HTMLOptionElement>(el, '#status option').map((option) => option.value)).to.deep.equal([
        '',
        'pending',
        'reported',
        'published',
        'hidden',
        'rejected',
      ]);
      expect(all$<HTMLOptionElement>(el, '#theme option').map(textOf)).to.deep.equal([
        'Tous les thèmes',
        'Être une coopérative : pour qui et avec qui ?',
        'Nos outils communs',
      ]);
      await choose(el, '#status', 'published', api);
      await choose(el, '#theme', 'outils-communs', api);
      await choose(el, '#status', '', api);
      const queries = api.callsTo('GET admin/contributions').map(queryOf);
      expect(queries).to.deep.equal([
        {},
        { status: 'published' },
        { status: 'published', theme: 'outils-communs' },
        { theme: 'outils-communs' },
      ]);
    });

    it('says when nothing matches', async () => {
      api = serveApi();
      const el = await mountApp(api);
      expect(textOf($(el, 'sip-moderation-queue'))).to.equal('');
      expect(textOf($(el, 'sip-moderation-queue').shadowRoot)).to.include(
        'Aucune contribution ne correspond à ces filtres.',
      );
      await expect(el).to.be.accessible();
    });

    it('loads more with the cursor, keeping the filters, and moves focus to the first new item', async () => {
      api = serveApi({
        'GET admin/contributions': (call) =>
          call.url.searchParams.get('cursor') === 'after-2'
            ? page([queueItem(3)])
            : page([queueItem(1), queueItem(2)], 'after-2'),
      });
      const el = await mountApp(api);
      await choose(el, '#status', 'pending', api);
      const more = all$<HTMLButtonElement>(el, 'button').find(
        (button) => textOf(button) === 'Afficher la suite',
      );
      more?.click();
      await api.idle();
      expect(queryOf(api.callsTo('GET admin/contributions')[2])).to.deep.equal({
        status: 'pending',
        cursor: 'after-2',
      });
      expect(items(el).map((item) => item.dataset.id)).to.deep.equal(['c1', 'c2', 'c3']);
      expect((focused() as HTMLElement).dataset.id).to.equal('c3');
      expect(all$(el, 'button').some((button) => textOf(button) === 'Afficher la suite')).to.be.false;
    });

    it('shows a translated error with a retry when the queue cannot load', async () => {
      let fail = true;
      api = serveApi({
        'GET admin/contributions': () =>
          fail ? Promise.reject(new TypeError('Failed to fetch')) : page([queueItem(1)]),
      });
      const el = await mountApp(api);
      expect(textOf($(el, 'sip-moderation-queue').shadowRoot?.querySelector('[role="alert"]'))).to.equal(
        'Impossible de joindre le service. Vérifiez votre connexion puis réessayez.',
      );
      fail = false;
      all$<HTMLButtonElement>(el, 'button')
        .find((button) => textOf(button) === 'Réessayer')
        ?.click();
      await api.idle();
      expect(items(el)).to.have.length(1);
    });

    it('on its own, without the app’s client, calls the API its api attribute names', async () => {
      api = serveApi({ 'GET admin/contributions': () => page([queueItem(1)]) });
      const el = await fixture<HTMLElement>(`<sip-moderation-queue api="${API}"></sip-moderation-queue>`);
      await api.idle();
      expect(items(el).map(textOf)[0]).to.include('Contribution numéro 1');
      const [call] = api.callsTo('GET admin/contributions');
      expect(call.url.origin).to.equal(new URL(API).origin);
      expect(call.headers.get('Authorization')).to.equal(`Bearer ${TOKEN}`);
    });
  });

  describe('keyboard', () => {
    beforeEach(async () => {
      api = serveApi({ 'GET admin/contributions': () => page([queueItem(1), queueItem(2), queueItem(3)]) });
    });

    it('j/k and ArrowDown/ArrowUp move through the list, focus and selection together', async () => {
      const el = await mountApp(api as ApiStub);
      await sendKeys({ press: 'j' });
      await (api as ApiStub).idle();
      expect(selectedTitle(el)).to.equal('Contribution numéro 1');
      expect((focused() as HTMLElement).dataset.id).to.equal('c1');
      await sendKeys({ press: 'j' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await (api as ApiStub).idle();
      expect(selectedTitle(el)).to.equal('Contribution numéro 3');
      await sendKeys({ press: 'k' });
      await (api as ApiStub).idle();
      expect(selectedTitle(el)).to.equal('Contribution numéro 2');
      await sendKeys({ press: 'ArrowUp' });
      await (api as ApiStub).idle();
      expect(selectedTitle(el)).to.equal('Contribution numéro 1');
      expect(textOf($(el, '#detail-heading'))).to.include('Contribution numéro 1');
    });

    it('Tab reaches the items and Enter opens one, focus moving to its title', async () => {
      const el = await mountApp(api as ApiStub);
      $<HTMLSelectElement>(el, '#theme').focus();
      await sendKeys({ press: 'Tab' });
      expect((focused() as HTMLElement).dataset.id).to.equal('c1');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await (api as ApiStub).idle();
      expect(selectedTitle(el)).to.equal('Contribution numéro 2');
      expect(focused()?.id).to.equal('detail-heading');
      await expect(el).to.be.accessible();
    });

    it('shortcuts are off while typing in a field, or with a modifier', async () => {
      const el = await mountApp(api as ApiStub);
      $<HTMLSelectElement>(el, '#theme').focus();
      await sendKeys({ press: 'j' });
      $<HTMLButtonElement>(el, 'button.help').focus();
      await sendKeys({ down: 'Alt' });
      await sendKeys({ press: 'j' });
      await sendKeys({ up: 'Alt' });
      await (api as ApiStub).idle();
      expect(all$(el, '[aria-current="true"]')).to.have.length(0);
    });

    it('? opens the list of shortcuts in a dialog that Escape closes', async () => {
      const el = await mountApp(api as ApiStub);
      await sendKeys({ press: '?' });
      const dialog = $<HTMLDialogElement>(el, 'dialog');
      expect(dialog.open).to.be.true;
      expect(textOf(dialog)).to.include('Contribution suivante').and.include('Publier');
      await expect(el).to.be.accessible();
      // The list stays put while the dialog is open.
      await sendKeys({ press: 'j' });
      expect(all$(el, '[aria-current="true"]')).to.have.length(0);
      await sendKeys({ press: 'Escape' });
      expect(dialog.open).to.be.false;
    });

    it('the shortcuts button opens the same dialog', async () => {
      const el = await mountApp(api as ApiStub);
      $<HTMLButtonElement>(el, 'button.help').click();
      expect($<HTMLDialogElement>(el, 'dialog').open).to.be.true;
      $<HTMLButtonElement>(el, 'dialog button').click();
      await (api as ApiStub).idle();
      expect($<HTMLDialogElement>(el, 'dialog').open).to.be.false;
    });
  });
});
