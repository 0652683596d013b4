import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  deferred,
  type FetchStub,
  fakeToken,
  jsonResponse,
  memberClaims,
  problemResponse,
  type RecordedCall,
  textOf,
} from '../internal/test-helpers.ts';
import { $, mountFeed, next, recommendationView, stubFeedApi, supportReceipt } from './test-utils.ts';

const SLUG = 'statut-unique-1';
const supports = (stub: FetchStub) => stub.calls.filter((call) => call.url.pathname.endsWith('/support'));
const member = () => fakeToken(memberClaims());
const nonMember = () => fakeToken(memberClaims({ member: false, roles: ['client'] }));

/** The API of one recommendation that takes supports: each support or withdrawal answers `receipt(call)`. */
function serve(receipt: (call: RecordedCall) => Response | Promise<Response>, overrides = {}): FetchStub {
  return stubFeedApi({ read: () => jsonResponse(recommendationView(overrides)), support: receipt });
}

describe('<sip-recommendation-feed> supports', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  it('a signed-in participant supports with the keyboard, leaving an e-mail; announced, sip-support, focus on the outcome', async () => {
    stub = serve(() => jsonResponse(supportReceipt(SLUG, true, 4), 201));
    const token = member();
    const el = await mountFeed(`recommendation="${SLUG}" token="${token}"`);
    await expect(el).to.be.accessible();
    const email = $<HTMLInputElement>(el, '#support-email');
    expect(textOf($(el, 'label[for="support-email"]'))).to.equal(
      'Votre e-mail, pour être informé·e des suites (facultatif)',
    );
    expect(email?.getAttribute('aria-describedby')).to.equal('support-email-hint');
    email?.focus();
    await sendKeys({ type: ' aicha@example.org ' });
    await sendKeys({ press: 'Tab' });
    expect(textOf(el.shadowRoot?.activeElement)).to.equal('Soutenir cette recommandation');
    const supported = oneEvent(el, 'sip-support');
    await sendKeys({ press: 'Enter' });
    const { detail } = await supported;
    expect(detail).to.deep.equal({
      slug: SLUG,
      supported: true,
      supports: supportReceipt(SLUG, true, 4).supports,
    });
    const [call] = supports(stub);
    expect(call.method).to.equal('POST');
    expect(call.url.pathname).to.equal(`/api/v1/recommendations/${SLUG}/support`);
    expect(call.body).to.deep.equal({ email: 'aicha@example.org', language: 'fr' });
    expect(call.headers.get('Authorization')).to.equal(`Bearer ${token}`);
    await el.updateComplete;
    expect(textOf($(el, '.base > p[role="status"]'))).to.equal(
      'Merci, votre soutien est enregistré. 4 soutiens.',
    );
    expect(textOf($(el, '[part="meta"] .supports'))).to.equal('4 soutiens');
    expect(textOf($(el, '[part="supports"] .total'))).to.equal('4 soutiens');
    expect(el.shadowRoot?.activeElement?.className).to.equal('mine');
    expect(textOf($(el, '.mine'))).to.equal('Vous soutenez cette recommandation.');
    await expect(el).to.be.accessible();
  });

  it('without an e-mail, the body leaves it out; the visitor may then withdraw', async () => {
    stub = serve((call) =>
      call.method === 'DELETE'
        ? jsonResponse(supportReceipt(SLUG, false, 3))
        : jsonResponse(supportReceipt(SLUG, true, 4), 201),
    );
    const el = await mountFeed(`recommendation="${SLUG}" token="${member()}"`);
    $<HTMLButtonElement>(el, '[part="support-form"] button')?.click();
    await next(el, 'sip-support');
    expect(supports(stub)[0].body).to.deep.equal({ language: 'fr' });

    const withdraw = $<HTMLButtonElement>(el, '[part="support-form"] button');
    expect(textOf(withdraw)).to.equal('Retirer mon soutien');
    const withdrawn = oneEvent(el, 'sip-support');
    withdraw?.click();
    expect((await withdrawn).detail.supported).to.be.false;
    expect(supports(stub)[1].method).to.equal('DELETE');
    await el.updateComplete;
    expect(textOf($(el, '.base > p[role="status"]'))).to.equal('Votre soutien est retiré. 3 soutiens.');
    expect(el.shadowRoot?.activeElement?.id).to.equal('support-email');
  });

  it('the list behind shows the new count', async () => {
    const address = location.href;
    stub = stubFeedApi({ support: () => jsonResponse(supportReceipt(SLUG, true, 4), 201) });
    const el = await mountFeed(`token="${member()}"`);
    $<HTMLAnchorElement>(el, '#item-0')?.click();
    await next(el, 'sip-load');
    $<HTMLButtonElement>(el, '[part="support-form"] button')?.click();
    await next(el, 'sip-support');
    $<HTMLAnchorElement>(el, '.back a')?.click();
    await el.updateComplete;
    expect(textOf($(el, '[data-slug="statut-unique-1"] .supports'))).to.equal('4 soutiens');
    expect(textOf($(el, '[data-slug="statut-unique-2"] .supports'))).to.equal('3 soutiens');
    history.replaceState(null, '', address);
  });

  it('an e-mail that is not one is explained at the field, and nothing is sent', async () => {
    stub = serve(() => jsonResponse(supportReceipt(SLUG, true, 4), 201));
    const el = await mountFeed(`recommendation="${SLUG}" token="${member()}"`);
    const email = $<HTMLInputElement>(el, '#support-email');
    email?.focus();
    await sendKeys({ type: 'pas-une-adresse' });
    $<HTMLButtonElement>(el, '[part="support-form"] button')?.click();
    await el.updateComplete;
    expect(supports(stub)).to.be.empty;
    expect(email?.getAttribute('aria-invalid')).to.equal('true');
    expect(textOf($(el, '#support-email-hint'))).to.equal('Cette adresse e-mail n’est pas valide.');
    expect(el.shadowRoot?.activeElement).to.equal(email);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(email?.getAttribute('aria-invalid')).to.equal('false');
  });

  it('a double click sends once', async () => {
    const answer = deferred<Response>();
    stub = serve(() => answer.promise);
    const el = await mountFeed(`recommendation="${SLUG}" token="${member()}"`);
    const button = $<HTMLButtonElement>(el, '[part="support-form"] button');
    button?.click();
    button?.click();
    await el.updateComplete;
    expect(button?.getAttribute('aria-disabled')).to.equal('true');
    expect(textOf(button)).to.equal('Envoi en cours…');
    answer.resolve(jsonResponse(supportReceipt(SLUG, true, 4), 201));
    await next(el, 'sip-support');
    expect(supports(stub)).to.have.length(1);
  });

  describe('who may not', () => {
    it('an anonymous visitor is asked to sign in', async () => {
      stub = serve(() => problemResponse(500, 'internal_error'), {
        eligibility: { canSupport: false, reason: 'sign_in_required' },
      });
      const el = await mountFeed(`recommendation="${SLUG}"`);
      expect(textOf($(el, '[part="message"]'))).to.equal(
        'Connectez-vous sur le site pour soutenir cette recommandation.',
      );
      expect($(el, '[part="support-form"] button, #support-email')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('a members’ one asks an anonymous visitor for a member account, and a non-member too', async () => {
      const overrides = {
        audience: 'members',
        eligibility: { canSupport: false, reason: 'sign_in_required' },
      };
      stub = serve(() => problemResponse(500, 'internal_error'), overrides);
      const anonymous = await mountFeed(`recommendation="${SLUG}"`);
      expect(textOf($(anonymous, '[part="message"]'))).to.match(/^Seuls les sociétaires peuvent soutenir/);
      stub.restore();
      stub = serve(() => problemResponse(500, 'internal_error'), {
        audience: 'members',
        eligibility: { canSupport: false, reason: 'members_only' },
      });
      const client = await mountFeed(`recommendation="${SLUG}" token="${nonMember()}"`);
      expect(textOf($(client, '[part="message"]'))).to.match(/^Seuls les sociétaires peuvent soutenir/);
    });

    it('once the board has decided: no more supports, and a supporter’s own stays without a withdraw', async () => {
      stub = serve(() => problemResponse(500, 'internal_error'), {
        status: 'adopted',
        eligibility: { canSupport: false, reason: 'support_closed' },
      });
      const el = await mountFeed(`recommendation="${SLUG}" token="${member()}"`);
      expect(textOf($(el, '[part="message"]'))).to.equal(
        'Cette recommandation ne recueille plus de soutiens.',
      );
      stub.restore();
      stub = serve(() => problemResponse(500, 'internal_error'), {
        status: 'adopted',
        mySupport: true,
        eligibility: { canSupport: false, reason: 'support_closed' },
      });
      const supporter = await mountFeed(`recommendation="${SLUG}" token="${member()}"`);
      expect(textOf($(supporter, '.mine'))).to.equal('Vous avez soutenu cette recommandation.');
      expect($(supporter, '[part="support-form"] button')).to.be.null;
      await expect(supporter).to.be.accessible();
    });
  });

  it('a refusal is explained, and the recommendation read again as it now stands', async () => {
    let supported = false;
    stub = stubFeedApi({
      read: () => jsonResponse(recommendationView({ mySupport: supported })),
      support: () => {
        supported = true;
        return problemResponse(409, 'already_supported');
      },
    });
    const el = await mountFeed(`recommendation="${SLUG}" token="${member()}"`);
    const failed = oneEvent(el, 'sip-error');
    $<HTMLButtonElement>(el, '[part="support-form"] button')?.click();
    expect((await failed).detail).to.deep.equal({ status: 409, code: 'already_supported' });
    await next(el, 'sip-load');
    expect(textOf($(el, '[part="support-form"] [role="alert"]'))).to.equal(
      'Vous soutenez déjà cette recommandation.',
    );
    expect(textOf($(el, '.mine'))).to.equal('Vous soutenez cette recommandation.');
    await expect(el).to.be.accessible();
  });

  it('an unreachable API is explained and nothing changes', async () => {
    stub = serve(() => Promise.reject(new TypeError('offline')));
    const el = await mountFeed(`recommendation="${SLUG}" token="${member()}"`);
    const failed = oneEvent(el, 'sip-error');
    $<HTMLButtonElement>(el, '[part="support-form"] button')?.click();
    expect((await failed).detail).to.deep.equal({ status: 0, code: 'network_error' });
    await el.updateComplete;
    expect(textOf($(el, '[part="support-form"] [role="alert"]'))).to.equal(
      'Impossible de joindre le service. Vérifiez votre connexion puis réessayez.',
    );
    expect(textOf($(el, '[part="supports"] .total'))).to.equal('3 soutiens');
    expect($(el, '#support-email')).to.exist;
  });

  it('reads it again as the new person when the visitor signs in', async () => {
    stub = stubFeedApi({
      read: (call) =>
        jsonResponse(
          recommendationView(
            call.headers.has('Authorization')
              ? {}
              : { eligibility: { canSupport: false, reason: 'sign_in_required' } },
          ),
        ),
    });
    const el = await mountFeed(`recommendation="${SLUG}"`);
    expect($(el, '[part="message"]')).to.exist;
    el.token = member();
    await next(el, 'sip-load');
    expect($(el, '[part="message"]')).to.be.null;
    expect($(el, '#support-email')).to.exist;
  });
});
