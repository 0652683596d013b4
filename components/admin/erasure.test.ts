import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { jsonResponse, problemResponse, textOf } from '../internal/test-helpers.ts';
import {
  $,
  ADMIN,
  type ApiStub,
  all$,
  focused,
  forgetSession,
  mountApp,
  rememberToken,
  serveApi,
  TOKEN,
} from './test-utils.ts';

async function openErasure(api: ApiStub): Promise<HTMLElement> {
  const el = await mountApp(api);
  $<HTMLAnchorElement>(el, 'nav a[href="#erasure"]').click();
  await api.idle();
  return el;
}

async function fill(el: HTMLElement, site: string, subject: string): Promise<void> {
  $<HTMLInputElement>(el, '#site').focus();
  await sendKeys({ type: site });
  $<HTMLInputElement>(el, '#subject').focus();
  await sendKeys({ type: subject });
  await sendKeys({ press: 'Enter' });
}

const button = (el: HTMLElement, label: string) =>
  all$<HTMLButtonElement>(el, 'button').find((candidate) => textOf(candidate) === label) as HTMLButtonElement;

describe('<sip-moderation-erasure>', () => {
  let api: ApiStub | undefined;
  beforeEach(() => rememberToken());
  const asAdmin = { 'GET admin/me': () => jsonResponse(ADMIN) };
  afterEach(() => {
    api?.restore();
    forgetSession();
  });

  it('asks to confirm, then erases with one request and says how many contributions were affected', async () => {
    api = serveApi({ ...asAdmin, 'POST admin/erasures': () => jsonResponse({ contributions: 3 }) });
    const el = await openErasure(api);
    await expect(el).to.be.accessible();
    await fill(el, 'smart-be', 'person-42');
    await api.idle();
    expect(api.callsTo('POST admin/erasures')).to.have.length(0);
    expect(focused()?.id).to.equal('confirm-heading');
    expect(textOf($(el, '[part="confirm"]'))).to.include(
      'Effacer les données de la personne « person-42 » du site « smart-be » ?',
    );
    await expect(el).to.be.accessible();

    const erased = oneEvent(el, 'sip-erasure');
    button(el, 'Effacer définitivement').click();
    button(el, 'Effacer définitivement')?.click();
    expect((await erased).detail).to.deep.equal({ contributions: 3 });
    await api.idle();
    const calls = api.callsTo('POST admin/erasures');
    expect(calls).to.have.length(1);
    expect(calls[0].body).to.deep.equal({ site: 'smart-be', subject: 'person-42' });
    expect(calls[0].headers.get('Authorization')).to.equal(`Bearer ${TOKEN}`);
    expect(textOf($(el, 'sip-moderation-erasure').shadowRoot?.querySelector('[part="status"]'))).to.equal(
      'Effacement fait : 3 contributions concernées.',
    );
    expect($<HTMLInputElement>(el, '#site').value).to.equal('');
  });

  it('requires both fields before the confirmation step', async () => {
    api = serveApi(asAdmin);
    const el = await openErasure(api);
    await fill(el, 'smart-be', '   ');
    await api.idle();
    expect(all$(el, '[part="confirm"]')).to.have.length(0);
    expect($(el, '#subject').getAttribute('aria-invalid')).to.equal('true');
    expect(textOf($(el, '#subject-error'))).to.equal('Remplissez ce champ.');
    expect(focused()?.id).to.equal('subject');
    await expect(el).to.be.accessible();
  });

  it('cancel goes back to the form, values kept, and sends nothing', async () => {
    api = serveApi(asAdmin);
    const el = await openErasure(api);
    await fill(el, 'smart-fr', 'p-7');
    await api.idle();
    button(el, 'Annuler').click();
    await api.idle();
    expect($<HTMLInputElement>(el, '#subject').value).to.equal('p-7');
    expect(focused()?.id).to.equal('subject');
    expect(api.calls.filter((call) => call.method === 'POST')).to.have.length(0);
  });

  it('says 1 contribution in the singular, and shows errors translated', async () => {
    let answer = () => problemResponse(403, 'admin_forbidden');
    api = serveApi({ ...asAdmin, 'POST admin/erasures': () => answer() });
    const el = await openErasure(api);
    await fill(el, 'smart-be', 'person-1');
    await api.idle();
    button(el, 'Effacer définitivement').click();
    await api.idle();
    expect(textOf($(el, '[part="confirm"] [role="alert"]'))).to.equal(
      'Votre rôle ne permet pas cette action.',
    );
    answer = () => jsonResponse({ contributions: 1 });
    button(el, 'Effacer définitivement').click();
    await api.idle();
    expect(textOf($(el, 'sip-moderation-erasure').shadowRoot?.querySelector('[part="status"]'))).to.equal(
      'Effacement fait : 1 contribution concernée.',
    );
  });
});
