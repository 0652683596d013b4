import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  type FetchStub,
  fakeToken,
  jsonResponse,
  memberClaims,
  problemResponse,
  type Responder,
  textOf,
} from '../internal/test-helpers.ts';
import type { SipContributionList } from './contribution-list.ts';
import { $, $$, contributionPage, mountList, stubListApi } from './test-utils.ts';

const TOKEN = fakeToken(memberClaims({ member: false, roles: ['client'] }));
const reports = (stub: FetchStub) => stub.calls.filter((call) => call.url.pathname.endsWith('/reports'));
const focused = (el: SipContributionList) => el.shadowRoot?.activeElement ?? null;

describe('<sip-contribution-list> reports', () => {
  let stub: FetchStub;
  const serve = (report?: Responder) => {
    stub = stubListApi({ list: () => jsonResponse(contributionPage(1, 2)), report });
  };
  afterEach(() => stub.restore());

  async function openReport(el: SipContributionList, index = 0) {
    $$<HTMLButtonElement>(el, '[part="report-button"]')[index].click();
    await el.updateComplete;
    await el.updateComplete;
  }

  it('anonymous visitors are not offered to report', async () => {
    serve();
    const el = await mountList();
    expect($$(el, '[part="report-button"]')).to.have.length(0);
  });

  it('a signed-in participant reports with the keyboard; thanks take the place of the button', async () => {
    serve();
    const el = await mountList(`token="${TOKEN}"`);
    const [button] = $$<HTMLButtonElement>(el, '[part="report-button"]');
    expect(textOf(button)).to.equal('Signaler — Contribution 1 : ouvrir la coopérative');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();

    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const form = $(el, '[part="report-form"]');
    expect(button.getAttribute('aria-controls')).to.equal(form?.id);
    expect(textOf(form?.querySelector('legend'))).to.equal('Pourquoi signalez-vous cette contribution ?');
    expect((focused(el) as HTMLInputElement).value).to.equal('spam');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Propos blessants envers un collègue.' });
    const reported = oneEvent(el, 'sip-report');
    form?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    const { detail } = await reported;
    await el.updateComplete;
    await el.updateComplete;

    expect(detail).to.deep.equal({ id: 'K7M2-0001', reason: 'offensive' });
    const [call] = reports(stub);
    expect(call.url.pathname).to.equal('/api/v1/contributions/K7M2-0001/reports');
    expect(call.headers.get('Authorization')).to.equal(`Bearer ${TOKEN}`);
    expect(call.body).to.deep.equal({ reason: 'offensive', note: 'Propos blessants envers un collègue.' });
    const thanks = $(el, '[part="report-thanks"]');
    expect(textOf(thanks)).to.equal('Merci ! Votre signalement a été transmis à l’équipe de modération.');
    expect(focused(el)).to.equal(thanks);
    expect($(el, '[part="report-form"]')).to.be.null;
    expect($$(el, '[part="report-button"]'), 'only the other item').to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('asks for a reason before sending', async () => {
    serve();
    const el = await mountList(`token="${TOKEN}"`);
    await openReport(el);
    $<HTMLButtonElement>(el, '[part="report-form"] button[type="submit"]')?.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(reports(stub)).to.have.length(0);
    const error = $(el, '[part="report-form"] .field-error');
    expect(textOf(error)).to.equal('Choisissez une raison.');
    expect($(el, '[part="report-form"] fieldset')?.getAttribute('aria-describedby')).to.equal(error?.id);
    expect((focused(el) as HTMLInputElement).name).to.equal('reason');
    await expect(el).to.be.accessible();
  });

  it('Escape and Cancel close the form and give the focus back to its button', async () => {
    serve();
    const el = await mountList(`token="${TOKEN}"`);
    const buttons = $$<HTMLButtonElement>(el, '[part="report-button"]');
    await openReport(el, 1);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '[part="report-form"]')).to.be.null;
    expect(focused(el)).to.equal(buttons[1]);
    expect(buttons[1].getAttribute('aria-expanded')).to.equal('false');

    await openReport(el, 0);
    const cancel = [...($(el, '[part="report-form"]')?.querySelectorAll('button') ?? [])].find(
      (button) => textOf(button) === 'Annuler',
    );
    cancel?.click();
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '[part="report-form"]')).to.be.null;
    expect(focused(el)).to.equal(buttons[0]);
  });

  it('a second report of the same contribution is acknowledged politely', async () => {
    serve(() => problemResponse(409, 'already_reported'));
    const el = await mountList(`token="${TOKEN}"`);
    await openReport(el);
    $<HTMLInputElement>(el, '[part="report-form"] input[value="spam"]')?.click();
    await el.updateComplete;
    const errors: CustomEvent[] = [];
    el.addEventListener('sip-error', (event) => errors.push(event));
    const reported: CustomEvent[] = [];
    el.addEventListener('sip-report', (event) => reported.push(event));
    $<HTMLButtonElement>(el, '[part="report-form"] button[type="submit"]')?.click();
    await oneEvent(el, 'sip-error');
    await el.updateComplete;
    await el.updateComplete;
    expect(textOf($(el, '[part="report-thanks"]'))).to.equal(
      'Vous avez déjà signalé cette contribution : l’équipe de modération en est informée.',
    );
    expect($(el, '[role="alert"]:not(:empty)')).to.be.null;
    expect(errors.map((event) => event.detail)).to.deep.equal([{ status: 409, code: 'already_reported' }]);
    expect(reported).to.have.length(0);
  });

  it('a failed report keeps the form open with the reason, and explains', async () => {
    serve(() => problemResponse(401, 'invalid_token'));
    const expired = fakeToken(memberClaims({ roles: ['client'], iat: 1_700_000_000, exp: 1_700_000_600 }));
    const el = await mountList(`token="${expired}"`);
    await openReport(el);
    $<HTMLInputElement>(el, '[part="report-form"] input[value="off_topic"]')?.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part="report-form"] button[type="submit"]')?.click();
    await oneEvent(el, 'sip-error');
    await el.updateComplete;
    expect(textOf($(el, '[part="report-form"] [role="alert"]'))).to.equal(
      'Votre session a expiré. Reconnectez-vous sur le site puis réessayez.',
    );
    expect($<HTMLInputElement>(el, '[part="report-form"] input[value="off_topic"]')?.checked).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('an unexpired token the API refuses is the site’s configuration: the visitor is told so, the console says what to fix', async () => {
    serve(() => problemResponse(401, 'invalid_token'));
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const el = await mountList(`token="${TOKEN}"`);
      await openReport(el);
      $<HTMLInputElement>(el, '[part="report-form"] input[value="spam"]')?.click();
      await el.updateComplete;
      const failed = oneEvent(el, 'sip-error');
      $<HTMLButtonElement>(el, '[part="report-form"] button[type="submit"]')?.click();
      expect((await failed).detail).to.deep.equal({ status: 401, code: 'token_refused' });
      await el.updateComplete;
      expect(textOf($(el, '[part="report-form"] [role="alert"]'))).to.match(/configuration du site/);
    } finally {
      console.error = original;
    }
    expect(errors).to.have.length(1);
    expect(String(errors[0][0])).to.match(/iss "smart-be".*SITE_SECRETS/s);
  });
});
