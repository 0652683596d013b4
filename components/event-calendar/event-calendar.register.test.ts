/**
 * Registering from an event's details: signed in (one action; a hybrid
 * event's mode; a waitlist's position; cancelling after confirming), as a
 * guest (the form fetched on demand, its checks, consent, Turnstile, the
 * draft kept when sending fails), and the failures in the visitor's words.
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { draftKey } from '../internal/draft.ts';
import {
  fakeToken,
  memberClaims,
  problemResponse,
  type RecordedCall,
  textOf,
  whenSettled,
} from '../internal/test-helpers.ts';
import type { SipEventCalendar } from './event-calendar.ts';
import { API, type EventApi, hybrid, serveEvents, smallTalk, workshop } from './test-utils.ts';
import './event-calendar.ts';

const $ = <E extends Element = HTMLElement>(el: SipEventCalendar, selector: string) =>
  el.shadowRoot?.querySelector<E>(selector) ?? null;
const $$ = <E extends Element = HTMLElement>(el: SipEventCalendar, selector: string) => [
  ...(el.shadowRoot?.querySelectorAll<E>(selector) ?? []),
];

const member = fakeToken(memberClaims());

function mount(slug: string, attributes = '') {
  return whenSettled(() =>
    fixture<SipEventCalendar>(
      `<sip-event-calendar api="${API}" event="${slug}" ${attributes}></sip-event-calendar>`,
    ),
  );
}

/** Clicks the button whose text is `label` and waits for the element to settle. */
async function press(el: SipEventCalendar, label: string) {
  const button = $$<HTMLButtonElement>(el, 'button').find((candidate) => textOf(candidate) === label);
  if (!button) throw new Error(`no button "${label}" in: ${$$(el, 'button').map(textOf).join(' | ')}`);
  button.click();
  await el.updateComplete;
}

/** Presses `label` and waits for the event `type` the action fires. */
async function pressThen(el: SipEventCalendar, label: string, type: string) {
  const fired = oneEvent(el, type);
  await press(el, label);
  const event = await fired;
  await el.updateComplete;
  return event;
}

const writes = (api: EventApi) => api.stub.calls.filter((call: RecordedCall) => call.method !== 'GET');
const notice = (el: SipEventCalendar) => textOf($(el, '[part="register"] .notice'));

describe('<sip-event-calendar> registration', () => {
  let api: EventApi | undefined;
  afterEach(() => {
    api?.stub.restore();
    api = undefined;
    localStorage.clear();
  });

  describe('signed in', () => {
    it('registers in one action: the seat is taken, where the visitor stands is said, sip-register fired', async () => {
      api = serveEvents([workshop()]);
      const el = await mount('atelier-pour-qui-bruxelles', `token="${member}"`);
      await expect(el).to.be.accessible();
      const { detail } = await pressThen(el, 'M’inscrire', 'sip-register');
      const [post] = writes(api);
      expect(post.url.pathname).to.equal('/api/v1/events/atelier-pour-qui-bruxelles/registrations');
      expect(post.headers.get('Authorization')).to.equal(`Bearer ${member}`);
      expect(post.body).to.deep.equal({ mode: 'in_person', language: 'fr' });
      expect(detail.receipt).to.include({ event: 'atelier-pour-qui-bruxelles', status: 'confirmed' });
      expect(detail.event.myRegistration.status).to.equal('confirmed');
      expect(notice(el)).to.equal('C’est noté, vous êtes inscrit·e.');
      expect(textOf($(el, '.standing'))).to.equal('Vous êtes inscrit·e (sur place).');
      expect(textOf($(el, '[part="register"] .seats'))).to.equal('Sur place : 11 places restantes sur 20');
      expect(el.shadowRoot?.activeElement?.id).to.equal('register-heading');
      await expect(el).to.be.accessible();
    });

    it('a hybrid event: one button per mode, and a full mode puts the visitor on its waitlist with their position', async () => {
      api = serveEvents([hybrid()]);
      const el = await mount('atelier-hybride-lille', `token="${member}"`);
      await expect(el).to.be.accessible();
      const group = $(el, '[part="register"] [role="group"]');
      expect(textOf(group?.querySelector('#choose-mode'))).to.equal('Comment participez-vous ?');
      expect([...(group?.querySelectorAll('button') ?? [])].map(textOf)).to.deep.equal([
        'Rejoindre la liste d’attente sur place',
        'M’inscrire en ligne',
      ]);
      const { detail } = await pressThen(el, 'Rejoindre la liste d’attente sur place', 'sip-register');
      expect(writes(api)[0].body).to.deep.equal({ mode: 'in_person', language: 'fr' });
      expect(detail.receipt).to.include({ status: 'waitlisted', position: 4 });
      expect(textOf($(el, '[part="waitlist"]'))).to.equal(
        'Vous êtes sur la liste d’attente (sur place) : position 4.',
      );
      expect(notice(el)).to.equal('Vous êtes sur la liste d’attente.');
      await expect(el).to.be.accessible();
    });

    it('the other mode of a hybrid event', async () => {
      api = serveEvents([hybrid()]);
      const el = await mount('atelier-hybride-lille', `token="${member}"`);
      await pressThen(el, 'M’inscrire en ligne', 'sip-register');
      expect(writes(api)[0].body).to.deep.equal({ mode: 'online', language: 'fr' });
      expect(textOf($(el, '.standing'))).to.equal('Vous êtes inscrit·e (en ligne).');
    });

    it('a full mode without a waitlist offers no button for it', async () => {
      const full = { capacity: 15, taken: 15, left: 0, waitlist: 0 };
      api = serveEvents([hybrid({ waitlist: false, seats: { ...hybrid().seats, in_person: full } })]);
      const el = await mount('atelier-hybride-lille', `token="${member}"`);
      expect($$(el, '[part="register"] .actions button').map(textOf)).to.deep.equal(['M’inscrire']);
    });

    it('shows an earlier registration on the waitlist, with its position', async () => {
      const mine = {
        mode: 'in_person' as const,
        status: 'waitlisted' as const,
        position: 2,
        registeredAt: new Date().toISOString(),
      };
      api = serveEvents([
        hybrid({ myRegistration: mine, eligibility: { canRegister: false, reason: 'already_registered' } }),
      ]);
      const el = await mount('atelier-hybride-lille', `token="${member}"`);
      expect(textOf($(el, '[part="waitlist"]'))).to.equal(
        'Vous êtes sur la liste d’attente (sur place) : position 2.',
      );
      expect($$(el, '[part="register"] button').map(textOf)).to.deep.equal(['Annuler mon inscription']);
    });

    it('cancels in one action after confirming; "keep my seat" changes nothing', async () => {
      const mine = {
        mode: 'in_person' as const,
        status: 'confirmed' as const,
        position: null,
        registeredAt: new Date().toISOString(),
      };
      api = serveEvents([
        workshop({ myRegistration: mine, eligibility: { canRegister: false, reason: 'already_registered' } }),
      ]);
      const el = await mount('atelier-pour-qui-bruxelles', `token="${member}"`);
      await press(el, 'Annuler mon inscription');
      expect(textOf($(el, '#confirm-question'))).to.equal(
        'Annuler votre inscription ? Votre place sera libérée pour quelqu’un d’autre.',
      );
      expect(el.shadowRoot?.activeElement?.id).to.equal('confirm-cancel');
      await expect(el).to.be.accessible();
      await press(el, 'Garder ma place');
      expect(writes(api)).to.be.empty;
      expect(el.shadowRoot?.activeElement?.id).to.equal('cancel-registration');

      await press(el, 'Annuler mon inscription');
      const { detail } = await pressThen(el, 'Oui, annuler', 'sip-cancel');
      const [deletion] = writes(api);
      expect(deletion.method).to.equal('DELETE');
      expect(deletion.url.pathname).to.equal('/api/v1/events/atelier-pour-qui-bruxelles/registrations/mine');
      expect(detail.receipt.status).to.equal('cancelled');
      expect(detail.event.myRegistration).to.be.null;
      expect(notice(el)).to.equal('Votre inscription est annulée.');
      expect(textOf($(el, '[part="register"] .seats'))).to.equal('Sur place : 13 places restantes sur 20');
      expect($$(el, '[part="register"] .actions button').map(textOf)).to.deep.equal(['M’inscrire']);
      expect(el.shadowRoot?.activeElement?.id).to.equal('register-heading');
    });

    it('sends one request however many times the button is pressed', async () => {
      api = serveEvents([workshop()]);
      const el = await mount('atelier-pour-qui-bruxelles', `token="${member}"`);
      const button = $<HTMLButtonElement>(el, '[part="register"] .actions button');
      button?.click();
      button?.click();
      await oneEvent(el, 'sip-register');
      expect(writes(api)).to.have.length(1);
    });
  });

  describe('failures, in the visitor’s words', () => {
    it('a mode that filled meanwhile: explained, and the event read again', async () => {
      api = serveEvents([workshop()], {
        before: (call) => (call.method === 'POST' ? problemResponse(409, 'event_full') : undefined),
      });
      const el = await mount('atelier-pour-qui-bruxelles', `token="${member}"`);
      const reads = () =>
        api?.stub.calls.filter((call) => call.url.pathname.endsWith('/atelier-pour-qui-bruxelles')).length;
      const { detail } = await pressThen(el, 'M’inscrire', 'sip-error');
      expect(detail).to.deep.equal({ status: 409, code: 'event_full' });
      expect(textOf($(el, '[part="register"] [part="error"]'))).to.equal(
        'Il n’y a plus de place, et cet événement n’a pas de liste d’attente.',
      );
      expect(reads()).to.equal(2);
      await expect(el).to.be.accessible();
    });

    it('an expired session, or no answer at all', async () => {
      let answer = problemResponse(401, 'invalid_token');
      api = serveEvents([workshop()], { before: (call) => (call.method === 'POST' ? answer : undefined) });
      const el = await mount('atelier-pour-qui-bruxelles', `token="${fakeToken(memberClaims({ exp: 1 }))}"`);
      await pressThen(el, 'M’inscrire', 'sip-error');
      expect(textOf($(el, '[part="register"] [part="error"]'))).to.equal(
        'Votre session a expiré. Reconnectez-vous sur le site puis réessayez.',
      );
      answer = problemResponse(503, 'internal_error');
      await pressThen(el, 'M’inscrire', 'sip-error');
      expect(textOf($(el, '[part="register"] [part="error"]'))).to.equal(
        'Une erreur est survenue de notre côté. Réessayez dans un moment.',
      );
    });

    it('sign-in and members-only events say what the visitor needs, in this widget’s words', async () => {
      api = serveEvents([
        smallTalk({ eligibility: { canRegister: false, reason: 'sign_in_required' } }),
        workshop({ audience: 'members', eligibility: { canRegister: false, reason: 'members_only' } }),
      ]);
      const anonymous = await mount('small-talk-outils');
      expect(textOf($(anonymous, '[part="register"] .message'))).to.equal(
        'Connectez-vous sur le site pour vous inscrire.',
      );
      expect($(anonymous, '[part="register"] button')).to.be.null;
      const notMember = fakeToken(memberClaims({ member: false, roles: ['client'] }));
      const client = await mount('atelier-pour-qui-bruxelles', `token="${notMember}"`);
      expect(textOf($(client, '[part="register"] .message'))).to.equal(
        'Cet événement est réservé aux sociétaires. Connectez-vous avec un compte de sociétaire.',
      );
    });
  });

  describe('as a guest', () => {
    async function openGuestForm(el: SipEventCalendar) {
      await press(el, 'M’inscrire sans compte');
      await el.updateComplete;
    }

    async function fill(el: SipEventCalendar, values: Record<string, string | boolean>) {
      for (const [name, value] of Object.entries(values)) {
        const input = $<HTMLInputElement>(
          el,
          `[part="guest-form"] [name="${name}"]${name === 'mode' ? `[value="${value}"]` : ''}`,
        );
        if (!input) throw new Error(`no field ${name}`);
        if (typeof value === 'boolean' || name === 'mode') input.checked = value !== false;
        else input.value = value;
        input.dispatchEvent(
          new Event(typeof value === 'boolean' || name === 'mode' ? 'change' : 'input', { bubbles: true }),
        );
      }
      await el.updateComplete;
    }

    const submit = (el: SipEventCalendar) => press(el, 'Réserver ma place');

    it('opens a small form (fetched on demand), focused on the name, consent linked to the privacy notice', async () => {
      api = serveEvents([workshop()]);
      const el = await mount('atelier-pour-qui-bruxelles', 'privacy-url="/vie-privee"');
      expect($(el, '[part="guest-form"]')).to.be.null;
      await openGuestForm(el);
      const form = $(el, '[part="guest-form"]');
      expect(form).to.exist;
      expect(el.shadowRoot?.activeElement?.id).to.equal('guest-name');
      await expect(el).to.be.accessible();
      const privacy = form?.querySelector<HTMLAnchorElement>('label[for="guest-consent"] a');
      expect(privacy?.href).to.equal(new URL('/vie-privee', location.href).href);
      expect(privacy?.target).to.equal('_blank');
      // One mode: nothing to choose.
      expect(form?.querySelector('[name="mode"]')).to.be.null;
    });

    it('checks the fields before sending: each error said beside its field, the focus on the first', async () => {
      api = serveEvents([hybrid()]);
      const el = await mount('atelier-hybride-lille');
      await openGuestForm(el);
      await submit(el);
      expect(writes(api)).to.be.empty;
      const errors = $$(el, '.field-error').map(textOf);
      expect(errors).to.deep.equal([
        'Choisissez sur place ou en ligne.',
        'Indiquez votre nom.',
        'Indiquez une adresse e-mail valide, par exemple nom@exemple.be.',
        'Cochez la case pour accepter.',
      ]);
      expect(el.shadowRoot?.activeElement?.id).to.equal('guest-mode');
      expect($(el, '#guest-email')?.getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#guest-email')?.getAttribute('aria-describedby')).to.equal(
        'guest-email-hint guest-email-error',
      );
      await expect(el).to.be.accessible();

      await fill(el, { mode: 'online', name: 'Ana', email: 'pas-une-adresse' });
      expect($$(el, '.field-error').map(textOf)).to.deep.equal([
        'Indiquez une adresse e-mail valide, par exemple nom@exemple.be.',
        'Cochez la case pour accepter.',
      ]);
      await submit(el);
      expect(writes(api)).to.be.empty;
      expect(el.shadowRoot?.activeElement?.id).to.equal('guest-email');
    });

    it('sends name, e-mail, consent and mode without a token, then asks to confirm by e-mail', async () => {
      api = serveEvents([hybrid()]);
      const el = await mount('atelier-hybride-lille');
      await openGuestForm(el);
      await fill(el, { mode: 'online', name: ' Ana Lopes ', email: 'ana@example.org', consent: true });
      const registered = oneEvent(el, 'sip-register');
      await submit(el);
      const { detail } = await registered;
      await el.updateComplete;
      const [post] = writes(api);
      expect(post.headers.has('Authorization')).to.be.false;
      expect(post.body).to.deep.equal({
        mode: 'online',
        name: 'Ana Lopes',
        email: 'ana@example.org',
        consent: true,
        language: 'fr',
      });
      expect(detail.receipt.status).to.equal('pending_confirmation');
      expect(notice(el)).to.match(
        /^Vérifiez votre boîte e-mail pour confirmer votre place \(elle vous est réservée jusqu’au .+ à \d\d:\d\d\)\.$/,
      );
      expect($(el, '[part="guest-form"]')).to.be.null;
      expect(localStorage.getItem(draftKey(location.pathname, 'event', 'atelier-hybride-lille'))).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('keeps every word when sending fails, on screen and for a reload', async () => {
      let down = true;
      api = serveEvents([workshop()], {
        before: (call) => (down && call.method === 'POST' ? problemResponse(429, 'rate_limited') : undefined),
      });
      const el = await mount('atelier-pour-qui-bruxelles');
      await openGuestForm(el);
      await fill(el, { name: 'Ana Lopes', email: 'ana@example.org', consent: true });
      const failed = oneEvent(el, 'sip-error');
      await submit(el);
      await failed;
      await el.updateComplete;
      expect(textOf($(el, '[part="guest-form"] [part="error"]'))).to.equal(
        'Trop de demandes en peu de temps. Patientez un instant puis réessayez.',
      );
      expect($<HTMLInputElement>(el, '#guest-name')?.value).to.equal('Ana Lopes');
      expect($<HTMLInputElement>(el, '#guest-email')?.value).to.equal('ana@example.org');
      const stored = JSON.parse(
        localStorage.getItem(draftKey(location.pathname, 'event', 'atelier-pour-qui-bruxelles')) ?? '{}',
      );
      expect(stored.value).to.include({ name: 'Ana Lopes', email: 'ana@example.org' });

      // A reload: the form comes back with what was written (consent is asked again).
      el.remove();
      const again = await mount('atelier-pour-qui-bruxelles');
      await openGuestForm(again);
      expect($<HTMLInputElement>(again, '#guest-name')?.value).to.equal('Ana Lopes');
      expect($<HTMLInputElement>(again, '#guest-consent')?.checked).to.be.false;
      down = false;
      await fill(again, { consent: true });
      const registered = oneEvent(again, 'sip-register');
      await submit(again);
      await registered;
    });

    it('the API’s field errors land beside their fields', async () => {
      api = serveEvents([workshop()], {
        before: (call) =>
          call.method === 'POST'
            ? new Response(
                JSON.stringify({
                  type: 'about:blank',
                  title: 'Invalid',
                  status: 400,
                  code: 'validation_failed',
                  detail: 'Invalid input',
                  issues: [{ path: 'email', message: 'Invalid email' }],
                }),
                { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
              )
            : undefined,
      });
      const el = await mount('atelier-pour-qui-bruxelles');
      await openGuestForm(el);
      await fill(el, { name: 'Ana', email: 'ana@example.org', consent: true });
      const failed = oneEvent(el, 'sip-error');
      await submit(el);
      await failed;
      await el.updateComplete;
      expect($$(el, '.field-error').map(textOf)).to.deep.equal([
        'Indiquez une adresse e-mail valide, par exemple nom@exemple.be.',
      ]);
    });

    it('with a site key, passes the Turnstile challenge and sends its token', async () => {
      const rendered: Record<string, unknown>[] = [];
      window.turnstile = {
        render(container, options) {
          rendered.push({ ...options, container });
          (options.callback as (token: string) => void)('turnstile-token');
          return 'widget-1';
        },
        reset: () => {},
        remove: () => {},
      };
      try {
        api = serveEvents([workshop()]);
        const el = await mount('atelier-pour-qui-bruxelles', 'turnstile-site-key="0x4AAA"');
        expect(rendered).to.be.empty;
        await openGuestForm(el);
        await fill(el, { name: 'Ana', email: 'ana@example.org', consent: true });
        const registered = oneEvent(el, 'sip-register');
        await submit(el);
        await registered;
        expect(rendered[0]).to.include({ sitekey: '0x4AAA', language: 'fr' });
        expect((rendered[0].container as HTMLElement).slot).to.equal('turnstile');
        expect(writes(api)[0].body).to.include({ turnstileToken: 'turnstile-token' });
      } finally {
        delete window.turnstile;
      }
    });
  });
});
