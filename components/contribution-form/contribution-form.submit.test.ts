import { expect, oneEvent } from '@open-wc/testing';
import type { ContributionReceipt } from '../../schema/contributions.ts';
import { anonymousId } from '../internal/identity.ts';
import {
  deferred,
  type FetchStub,
  fakeToken,
  jsonResponse,
  memberClaims,
  problemResponse,
  type RecordedCall,
  type Responder,
  textOf,
} from '../internal/test-helpers.ts';
import type { SipContributionForm } from './contribution-form.ts';
import {
  $,
  exact,
  fillValid,
  mountForm,
  RECEIPT,
  storedDrafts,
  stubFormApi,
  submit,
  TEXT,
} from './test-utils.ts';

const posts = (stub: FetchStub) => stub.calls.filter((call) => call.method === 'POST');
const keyOf = (call: RecordedCall) => call.headers.get('Idempotency-Key');

/** Answers the POSTs in turn with `answers`, the last one for any further POST. */
function inTurn(...answers: Responder[]): Responder {
  let index = 0;
  return (call) => answers[Math.min(index++, answers.length - 1)](call);
}

/** Clicks `button` (the send button by default) and waits for the outcome, listening before the click. */
async function clickThen(
  el: SipContributionForm,
  event: 'sip-submit' | 'sip-error',
  button = '[part="submit"]',
) {
  const outcome = oneEvent(el, event);
  $<HTMLButtonElement>(el, button)?.click();
  const { detail } = await outcome;
  await el.updateComplete;
  return detail;
}

describe('<sip-contribution-form> submission', () => {
  let stub: FetchStub | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    stub?.restore();
    delete window.turnstile;
  });

  it('sends the checked contribution with an Idempotency-Key, then confirms with the reference', async () => {
    stub = stubFormApi();
    const el = await mountForm();
    await fillValid(el);
    const accepted = oneEvent(el, 'sip-submit');
    await submit(el);
    const { detail } = await accepted;
    await el.updateComplete;

    const [post] = posts(stub);
    expect(post.url.href).to.equal('https://api.test/api/v1/contributions');
    expect(keyOf(post)).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(post.headers.get('Sip-Participant')).to.equal(anonymousId());
    expect(post.headers.get('Content-Type')).to.equal('application/json');
    expect(post.body).to.deep.equal({
      theme: 'pour-qui-avec-qui',
      title: 'Ouvrir la coopérative',
      text: TEXT,
      role: 'freelancer',
      territory: 'wallonie',
      displayName: 'Aïcha Diallo',
      anonymous: false,
      language: 'fr',
      consent: true,
    });
    expect(detail.receipt).to.deep.equal(RECEIPT);

    await expect(el).to.be.accessible();
    const confirmation = $(el, '[part="confirmation"]');
    expect(el.shadowRoot?.activeElement).to.equal(confirmation);
    expect(exact(confirmation?.querySelector('h2'))).to.equal(
      'Merci\u202f! Votre contribution a bien été reçue.',
    );
    expect(textOf(confirmation)).to.include('Elle sera publiée après relecture par l’équipe de modération.');
    expect(exact($(el, '[part="reference"]'))).to.equal('Référence\u00a0: K7M2-9QXA');
    expect(getComputedStyle(confirmation as HTMLElement).display, 'styled').to.equal('grid');
    expect($(el, 'form')).to.be.null;
    expect(storedDrafts(), 'draft cleared').to.deep.equal({});
  });

  it('says so when the receipt is already published', async () => {
    const receipt: ContributionReceipt = { ...RECEIPT, status: 'published' };
    stub = stubFormApi({ submit: () => jsonResponse(receipt, 202) });
    const el = await mountForm(`theme="pour-qui-avec-qui" token="${fakeToken(memberClaims())}"`);
    await fillValid(el);
    await clickThen(el, 'sip-submit');
    expect(textOf($(el, '[part="confirmation"]'))).to.include('Elle est publiée.');
    const [post] = posts(stub);
    expect(post.headers.get('Authorization')).to.match(/^Bearer /);
    expect(post.headers.has('Sip-Participant')).to.be.false;
  });

  it('“write another” gives an empty form, the name still filled in, and a new key', async () => {
    stub = stubFormApi();
    const el = await mountForm(`theme="pour-qui-avec-qui" token="${fakeToken(memberClaims())}"`);
    await fillValid(el);
    await clickThen(el, 'sip-submit');

    const another = [...(el.shadowRoot?.querySelectorAll('button') ?? [])].find(
      (button) => textOf(button) === 'Écrire une autre contribution',
    );
    another?.click();
    await el.updateComplete;
    expect(el.shadowRoot?.activeElement?.id).to.equal('title');
    expect($<HTMLInputElement>(el, '#title')?.value).to.equal('');
    expect($<HTMLInputElement>(el, '#displayName')?.value).to.equal('Aïcha Diallo');
    expect($<HTMLInputElement>(el, '#consent')?.checked).to.be.false;
    await expect(el).to.be.accessible();

    await fillValid(el);
    await clickThen(el, 'sip-submit');
    const [first, second] = posts(stub);
    expect(keyOf(second)).to.not.equal(keyOf(first));
  });

  it('a network error keeps the text, explains, and the retry sends the same key', async () => {
    stub = stubFormApi({
      submit: inTurn(
        () => Promise.reject(new TypeError('Failed to fetch')),
        () => jsonResponse(RECEIPT, 202),
      ),
    });
    const el = await mountForm();
    await fillValid(el);
    const failed = oneEvent(el, 'sip-error');
    await submit(el);
    expect((await failed).detail).to.deep.equal({ status: 0, code: 'network_error' });
    await el.updateComplete;

    await expect(el).to.be.accessible();
    expect(textOf($(el, '[part="error"]'))).to.equal(
      'Impossible de joindre le service. Vérifiez votre connexion puis réessayez.',
    );
    expect($(el, '[part="error"]')?.getAttribute('role')).to.equal('alert');
    expect($<HTMLTextAreaElement>(el, '#text')?.value).to.equal(TEXT);
    expect(Object.values(storedDrafts())[0].value.values.text, 'draft kept').to.equal(TEXT);

    expect(textOf($(el, '[part="retry"]'))).to.equal('Réessayer');
    await clickThen(el, 'sip-submit', '[part="retry"]');
    const [first, second] = posts(stub);
    expect(keyOf(second)).to.equal(keyOf(first));
    expect(second.body).to.deep.equal(first.body);
  });

  it('server errors and rate limits are explained and retried with the same key', async () => {
    stub = stubFormApi({
      submit: inTurn(
        () => problemResponse(503, 'internal_error'),
        () => problemResponse(429, 'rate_limited'),
        () => jsonResponse(RECEIPT, 202),
      ),
    });
    const el = await mountForm();
    await fillValid(el);
    await clickThen(el, 'sip-error');
    expect(textOf($(el, '[part="error"]'))).to.equal(
      'Une erreur est survenue de notre côté. Réessayez dans un moment.',
    );
    const limited = await clickThen(el, 'sip-error', '[part="retry"]');
    expect(limited).to.deep.equal({ status: 429, code: 'rate_limited' });
    expect(textOf($(el, '[part="error"]'))).to.equal(
      'Trop de demandes en peu de temps. Patientez un instant puis réessayez.',
    );
    await clickThen(el, 'sip-submit');
    expect(new Set(posts(stub).map(keyOf)).size).to.equal(1);
    expect(posts(stub)).to.have.length(3);
  });

  it('a key already spent on an earlier version: explained, and the retry sends this text with a new key', async () => {
    stub = stubFormApi({
      submit: inTurn(
        () => problemResponse(422, 'idempotency_key_reused'),
        () => jsonResponse(RECEIPT, 202),
      ),
    });
    const el = await mountForm();
    await fillValid(el);
    const refused = await clickThen(el, 'sip-error');
    expect(refused).to.deep.equal({ status: 422, code: 'idempotency_key_reused' });
    expect(textOf($(el, '[part="error"]'))).to.match(/version précédente.*nouvelle contribution/);
    await clickThen(el, 'sip-submit', '[part="retry"]');
    const [first, second] = posts(stub);
    expect(keyOf(second)).to.not.equal(keyOf(first));
    expect(second.body).to.deep.equal(first.body, 'the same text, now as a new contribution');
  });

  it('a double click sends once; the button says it is sending', async () => {
    const answer = deferred<Response>();
    stub = stubFormApi({ submit: () => answer.promise });
    const el = await mountForm();
    await fillValid(el);
    const button = $<HTMLButtonElement>(el, '[part="submit"]');
    const accepted = oneEvent(el, 'sip-submit');
    button?.click();
    button?.click();
    await el.updateComplete;
    button?.click();
    expect(button?.getAttribute('aria-disabled')).to.equal('true');
    expect(textOf(button)).to.equal('Envoi en cours…');
    answer.resolve(jsonResponse(RECEIPT, 202));
    await accepted;
    expect(posts(stub)).to.have.length(1);
  });

  it('a retry after a reload reuses the key kept with the draft', async () => {
    stub = stubFormApi({
      submit: inTurn(
        () => problemResponse(502, 'internal_error'),
        () => jsonResponse(RECEIPT, 202),
      ),
    });
    const el = await mountForm();
    await fillValid(el);
    await clickThen(el, 'sip-error');
    el.remove();

    const again = await mountForm();
    expect($<HTMLTextAreaElement>(again, '#text')?.value).to.equal(TEXT);
    $<HTMLInputElement>(again, '#consent')?.click();
    await again.updateComplete;
    await clickThen(again, 'sip-submit');
    const [first, second] = posts(stub);
    expect(keyOf(second)).to.equal(keyOf(first));
  });

  it('an unknown territory is shown beside its field, without a retry', async () => {
    stub = stubFormApi({ submit: () => problemResponse(422, 'territory_not_found') });
    const el = await mountForm();
    await fillValid(el);
    await clickThen(el, 'sip-error');
    await el.updateComplete;
    expect(exact($(el, '#territory-error'))).to.equal(
      'Ce territoire est inconnu. Choisissez-en un dans la liste.',
    );
    expect(el.shadowRoot?.activeElement?.id).to.equal('territory');
    expect($(el, '[part="retry"]')).to.be.null;
  });

  it('a theme reserved to members is explained, without a retry', async () => {
    stub = stubFormApi({ submit: () => problemResponse(403, 'members_only') });
    const el = await mountForm();
    await fillValid(el);
    await clickThen(el, 'sip-error');
    expect(textOf($(el, '[part="error"]'))).to.equal(
      'Seuls les sociétaires peuvent participer ici. Connectez-vous avec un compte de sociétaire.',
    );
    expect($(el, '[part="retry"]')).to.be.null;
  });

  it('a name or role the site does not vouch for, without issues: the form’s own message, in every language', async () => {
    stub = stubFormApi({ submit: () => problemResponse(422, 'author_mismatch') });
    const el = await mountForm();
    await fillValid(el);
    await clickThen(el, 'sip-error');
    expect(textOf($(el, '[part="error"]'))).to.equal(
      'Le nom ou le rôle indiqué ne correspond pas à votre compte sur le site.',
    );
    el.lang = 'en';
    await el.updateComplete;
    expect(textOf($(el, '[part="error"]'))).to.equal(
      'The name or role given does not match your account on the site.',
    );
  });

  describe('Turnstile', () => {
    const turnstileScripts = () => document.querySelectorAll('script[src*="challenges.cloudflare.com"]');

    it('without a site key: no script, no challenge, no token sent', async () => {
      stub = stubFormApi();
      const el = await mountForm();
      await fillValid(el);
      await clickThen(el, 'sip-submit');
      expect(turnstileScripts()).to.have.length(0);
      expect(el.querySelector('[slot="turnstile"]')).to.be.null;
      expect(posts(stub)[0].body).to.not.have.property('turnstileToken');
    });

    it('with a site key, an anonymous visitor passes the challenge once writing, and its token is sent', async () => {
      stub = stubFormApi();
      const rendered: Record<string, unknown>[] = [];
      let resets = 0;
      window.turnstile = {
        render(container, options) {
          rendered.push({ ...options, container });
          (options.callback as (token: string) => void)('turnstile-token');
          return 'widget-1';
        },
        reset: () => {
          resets += 1;
        },
        remove: () => {},
      };
      const el = await mountForm('theme="pour-qui-avec-qui" turnstile-site-key="0x4AAA"');
      expect(rendered, 'nothing before the visitor starts').to.have.length(0);
      await fillValid(el);
      $<HTMLInputElement>(el, '#title')?.focus();
      await el.updateComplete;
      expect(rendered).to.have.length(1);
      expect(rendered[0]).to.include({ sitekey: '0x4AAA', language: 'fr' });
      const container = rendered[0].container as HTMLElement;
      expect(container.parentElement).to.equal(el);
      expect(container.slot).to.equal('turnstile');

      await clickThen(el, 'sip-submit');
      expect(posts(stub)[0].body).to.include({ turnstileToken: 'turnstile-token' });
      expect(resets, 'a token serves once').to.equal(1);
      expect(turnstileScripts()).to.have.length(0);
    });

    it('signed-in visitors get no challenge', async () => {
      stub = stubFormApi();
      let renders = 0;
      window.turnstile = {
        render: () => {
          renders += 1;
          return 'widget-1';
        },
        reset: () => {},
        remove: () => {},
      };
      const token = fakeToken(memberClaims());
      const el = await mountForm(`theme="pour-qui-avec-qui" turnstile-site-key="0x4AAA" token="${token}"`);
      await fillValid(el);
      await clickThen(el, 'sip-submit');
      expect(renders).to.equal(0);
      expect(posts(stub)[0].body).to.not.have.property('turnstileToken');
    });
  });
});
