import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import * as v from 'valibot';
import { PollView } from '../../schema/polls.ts';
import {
  deferred,
  type FetchStub,
  jsonResponse,
  problemResponse,
  stubFetch,
  textOf,
  whenSettled,
} from '../internal/test-helpers.ts';
import type { SipPoll } from './poll.ts';
import { ballot, motionPoll, multiplePoll, singlePoll } from './test-utils.ts';
import './poll.ts';

const API = 'https://api.test/api/v1/';

function serve(view: PollView): FetchStub {
  return stubFetch(() => jsonResponse(view));
}

function mount(view: PollView, attributes = '') {
  const template = `<sip-poll poll="${view.slug}" api="${API}" ${attributes}></sip-poll>`;
  return whenSettled(() => fixture<SipPoll>(template));
}

const $ = <E extends Element = HTMLElement>(el: SipPoll, selector: string) =>
  el.shadowRoot?.querySelector<E>(selector) ?? null;
const $$ = <E extends Element = HTMLElement>(el: SipPoll, selector: string) => [
  ...(el.shadowRoot?.querySelectorAll<E>(selector) ?? []),
];

describe('<sip-poll>', () => {
  let stub: FetchStub | undefined;
  const pageLang = document.documentElement.getAttribute('lang');
  beforeEach(() => document.documentElement.removeAttribute('lang'));
  afterEach(() => {
    stub?.restore();
    if (pageLang !== null) document.documentElement.setAttribute('lang', pageLang);
  });

  it('builds its fixtures to the PollView schema', () => {
    for (const view of [motionPoll(), singlePoll(), multiplePoll()]) expect(v.is(PollView, view)).to.be.true;
  });

  describe('states', () => {
    it('announces loading while the poll is fetched', async () => {
      const answer = deferred<Response>();
      stub = stubFetch(() => answer.promise);
      const el = await fixture<SipPoll>(html`<sip-poll poll="deploiement-france" api=${API}></sip-poll>`);
      await expect(el).to.be.accessible();
      expect(textOf($(el, '[role="status"]'))).to.equal('Chargement…');
      expect(stub.calls[0].url.href).to.equal(`${API}polls/deploiement-france`);
      answer.resolve(jsonResponse(motionPoll()));
      await oneEvent(el, 'sip-load');
    });

    it('open: shows theme, question, description as text, audience and dates', async () => {
      const description = { fr: 'Texte <b>brut</b>\nsur deux lignes.' };
      stub = serve(motionPoll({ description }));
      const el = await mount(motionPoll());
      await expect(el).to.be.accessible();
      expect(textOf($(el, '[part="question"]'))).to.equal('Faut-il déployer Smart in Progress en France ?');
      expect(textOf($(el, '.theme'))).to.equal('Être une coopérative : pour qui et avec qui ?');
      expect($(el, '.description')?.textContent).to.equal(description.fr);
      expect($(el, '.description b')).to.be.null;
      const header = textOf($(el, '[part="header"]'));
      expect(header).to.include('Vote ouvert').and.include('Sociétaires uniquement');
      expect(header).to.include('Ouverture').and.include('Clôture');
      expect($(el, '[part="submit"]')).to.exist;
    });

    it('upcoming: says when voting opens and offers no vote button', async () => {
      const view = motionPoll({
        state: 'upcoming',
        opensAt: '2030-03-12T09:00:00.000Z',
        eligibility: { canVote: false, reason: 'poll_not_open' },
      });
      stub = serve(view);
      const el = await mount(view);
      await expect(el).to.be.accessible();
      expect(textOf($(el, '[part="message"]'))).to.match(/^Le vote ouvrira le 12 mars 2030/);
      expect($<HTMLFieldSetElement>(el, 'fieldset')?.disabled).to.be.true;
      expect($(el, '[part="submit"]')).to.be.null;
    });

    it('closed: shows the results and the visitor’s ballot, no form', async () => {
      const view = singlePoll({
        state: 'closed',
        myBallot: ballot(['agenda']),
        eligibility: { canVote: false, reason: 'poll_not_open' },
      });
      stub = serve(view);
      const el = await mount(view);
      await expect(el).to.be.accessible();
      expect($(el, 'form')).to.be.null;
      expect(textOf($(el, '[part="message"]'))).to.equal('Le vote est clos.');
      expect(textOf($(el, '.my-ballot ul'))).to.equal('Agenda partagé');
      expect($(el, '[part="results"]')).to.exist;
    });

    it('error: explains a missing poll, fires sip-error and can retry', async () => {
      stub = stubFetch(() => problemResponse(404, 'poll_not_found'));
      const errors: CustomEvent[] = [];
      document.addEventListener('sip-error', (event) => errors.push(event), { once: true });
      const el = await mount(motionPoll());
      await expect(el).to.be.accessible();
      expect(textOf($(el, '[role="alert"]'))).to.equal(
        'Ce sondage est introuvable. Il a peut-être été retiré.',
      );
      expect(errors[0].detail).to.deep.equal({ status: 404, code: 'poll_not_found' });

      stub.restore();
      stub = serve(motionPoll());
      ($(el, 'button') as HTMLButtonElement).click();
      await oneEvent(el, 'sip-load');
      await el.updateComplete;
      expect($(el, '[part="question"]')).to.exist;
    });

    it('error: an unreachable API is a network error', async () => {
      stub = stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
      const el = await mount(motionPoll());
      expect(textOf($(el, '[role="alert"]'))).to.equal(
        'Impossible de joindre le service. Vérifiez votre connexion puis réessayez.',
      );
    });

    it('fires sip-load with the poll and reloads when the slug changes', async () => {
      stub = stubFetch((call) =>
        jsonResponse(call.url.pathname.endsWith('outil-prioritaire') ? singlePoll() : motionPoll()),
      );
      const el = await mount(motionPoll());
      el.poll = 'outil-prioritaire';
      const { detail } = await oneEvent(el, 'sip-load');
      expect(detail.poll.slug).to.equal('outil-prioritaire');
      expect(stub.calls).to.have.length(2);
    });
  });

  describe('kinds', () => {
    it('single: one radio per option, labelled in the page language', async () => {
      stub = serve(singlePoll());
      const el = await mount(singlePoll());
      await expect(el).to.be.accessible();
      expect($$<HTMLInputElement>(el, 'input').map((input) => input.type)).to.deep.equal([
        'radio',
        'radio',
        'radio',
      ]);
      expect(textOf($(el, 'legend'))).to.equal('Choisissez une réponse');
      expect($$(el, '[part="option"]').map(textOf)).to.deep.equal([
        'Devis et factures',
        'Agenda partagé',
        'Annuaire des membres',
      ]);
    });

    it('motion: Pour / Contre / Abstention as radios', async () => {
      stub = serve(motionPoll());
      const el = await mount(motionPoll());
      await expect(el).to.be.accessible();
      expect($$(el, '[part="option"]').map(textOf)).to.deep.equal(['Pour', 'Contre', 'Abstention']);
      expect($$<HTMLInputElement>(el, 'input').every((input) => input.type === 'radio')).to.be.true;
    });

    it('multiple: checkboxes, "up to N", further boxes disabled at the maximum', async () => {
      stub = serve(multiplePoll());
      const el = await mount(multiplePoll());
      await expect(el).to.be.accessible();
      expect(textOf($(el, 'legend'))).to.equal('Choisissez jusqu’à 2 réponses');
      const boxes = $$<HTMLInputElement>(el, 'input');
      expect(boxes.every((box) => box.type === 'checkbox')).to.be.true;
      boxes[0].click();
      boxes[2].click();
      await el.updateComplete;
      expect(boxes.map((box) => box.disabled)).to.deep.equal([false, true, false, true]);
      boxes[0].click();
      await el.updateComplete;
      expect(boxes.some((box) => box.disabled)).to.be.false;
    });
  });

  describe('results', () => {
    it('live: each option as text and bar, turnout, and a breakdown by stakeholder', async () => {
      stub = serve(singlePoll());
      const el = await mount(singlePoll());
      await expect(el).to.be.accessible();
      expect(textOf($(el, '.turnout'))).to.equal('Participation : 50 votes');
      const figures = $$(el, '.tally-figures').map(textOf);
      expect(figures[0]).to.match(/^42\s%\s\(21 votes\)$/);
      expect($$(el, '[part="bar"]').every((bar) => bar.getAttribute('aria-hidden') === 'true')).to.be.true;
      expect($$<HTMLElement>(el, '.fill')[0].style.inlineSize).to.equal('42%');
      const captions = $$(el, '[part="breakdown"] caption').map(textOf);
      expect(captions).to.deep.equal([
        'Travailleur·euse autonome — 30 votes',
        'Visiteur·euse anonyme — 20 votes',
      ]);
    });

    it('hide-breakdown leaves the per-stakeholder tables out', async () => {
      stub = serve(singlePoll());
      const el = await mount(singlePoll(), 'hide-breakdown');
      expect($(el, '[part="results"]')).to.exist;
      expect($(el, '[part="breakdown"]')).to.be.null;
    });

    it('after_vote: says results come after voting', async () => {
      stub = serve(motionPoll());
      const el = await mount(motionPoll());
      await expect(el).to.be.accessible();
      expect($(el, '[part="results"]')).to.be.null;
      expect(textOf($$(el, '[part="message"]').at(-1))).to.equal(
        'Les résultats seront affichés après votre vote.',
      );
    });

    it('after_close: says results come when the poll closes', async () => {
      stub = serve(multiplePoll());
      const el = await mount(multiplePoll());
      await expect(el).to.be.accessible();
      expect(textOf($$(el, '[part="message"]').at(-1))).to.equal(
        'Les résultats seront affichés à la clôture du vote.',
      );
    });
  });

  describe('eligibility', () => {
    it('sign_in_required: asks to sign in, with the options disabled', async () => {
      const view = singlePoll({
        audience: 'participants',
        eligibility: { canVote: false, reason: 'sign_in_required' },
      });
      stub = serve(view);
      const el = await mount(view);
      await expect(el).to.be.accessible();
      expect(textOf($(el, '[part="message"]'))).to.equal('Connectez-vous sur le site pour voter.');
      expect($<HTMLFieldSetElement>(el, 'fieldset')?.disabled).to.be.true;
      expect($(el, '[part="submit"]')).to.be.null;
    });

    it('members_only: explains that only members vote on a motion', async () => {
      const view = motionPoll({ eligibility: { canVote: false, reason: 'members_only' } });
      stub = serve(view);
      const el = await mount(view, 'lang="en"');
      await expect(el).to.be.accessible();
      expect(textOf($(el, '[part="message"]'))).to.equal(
        'Only members (sociétaires) may vote on this motion. Sign in on the site with a member account.',
      );
      expect($(el, '[part="submit"]')).to.be.null;
      expect(textOf($$(el, '[part="message"]').at(-1))).to.equal(
        'Results will be shown after the poll closes.',
      );
    });

    it('anonymous on a members’ motion: says a member account is needed, not just any sign-in', async () => {
      const view = motionPoll({ eligibility: { canVote: false, reason: 'sign_in_required' } });
      stub = serve(view);
      const el = await mount(view);
      await expect(el).to.be.accessible();
      expect(textOf($(el, '[part="message"]'))).to.equal(
        'Seuls les sociétaires peuvent voter sur cette motion. Connectez-vous sur le site avec un compte de sociétaire.',
      );
    });
  });

  describe('languages', () => {
    it('speaks French by default', async () => {
      stub = serve(motionPoll());
      const el = await mount(motionPoll());
      expect(textOf($(el, '[part="submit"]'))).to.equal('Voter');
      expect(textOf($(el, 'legend'))).to.equal('Choisissez une réponse');
    });

    it('speaks Dutch from its own lang attribute, with the poll’s Dutch text', async () => {
      const view = singlePoll({ results: { ballots: 1, options: [{ key: 'devis', votes: 1 }], byRole: [] } });
      stub = serve(view);
      const el = await mount(view, 'lang="nl-BE"');
      await expect(el).to.be.accessible();
      expect(textOf($(el, '[part="question"]'))).to.equal('Welke online tool moet Smart eerst ontwikkelen?');
      expect(textOf($(el, '[part="submit"]'))).to.equal('Stemmen');
      expect(textOf($(el, '.turnout'))).to.equal('Opkomst: 1 stem');
    });

    it('speaks English from an ancestor, falling back to French text the poll lacks', async () => {
      stub = serve(multiplePoll());
      const wrapper = await fixture(html`<div lang="en"></div>`);
      const el = await whenSettled(async () => {
        const poll = Object.assign(document.createElement('sip-poll'), { poll: 'priorites-ag', api: API });
        wrapper.appendChild(poll);
        return poll;
      });
      expect($$(el, '[part="option"]').map(textOf)).to.deep.equal([
        'The 8.5% contribution',
        'La gouvernance partagée',
        'Les outils en ligne',
        'Le déploiement en France',
      ]);
      expect(textOf($(el, 'legend'))).to.equal('Choose up to 2 answers');
    });

    it('re-renders when <html lang> changes, without fetching again', async () => {
      stub = serve(motionPoll());
      const el = await mount(motionPoll());
      document.documentElement.lang = 'nl';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect($$(el, '[part="option"]').map(textOf)).to.deep.equal(['Voor', 'Tegen', 'Onthouding']);
      expect(stub.calls).to.have.length(1);
    });
  });
});
