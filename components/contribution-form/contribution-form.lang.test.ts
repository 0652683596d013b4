import { expect, oneEvent } from '@open-wc/testing';
import { type FetchStub, textOf } from '../internal/test-helpers.ts';
import type { SipContributionForm } from './contribution-form.ts';
import { $, exact, fillValid, mountForm, stubFormApi, submit } from './test-utils.ts';

const label = (el: SipContributionForm, id: string) => textOf($(el, `label[for="${id}"]`));
const groups = (el: SipContributionForm) =>
  [...(el.shadowRoot?.querySelectorAll<HTMLOptGroupElement>('optgroup') ?? [])].map((group) => group.label);

describe('<sip-contribution-form> languages', () => {
  let stub: FetchStub;
  const pageLang = document.documentElement.getAttribute('lang');
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.removeAttribute('lang');
    stub = stubFormApi();
  });
  afterEach(() => {
    stub.restore();
    if (pageLang !== null) document.documentElement.setAttribute('lang', pageLang);
  });

  it('speaks French by default', async () => {
    const el = await mountForm('');
    expect(label(el, 'text')).to.equal('Votre contribution');
    expect(textOf($(el, '[part="submit"]'))).to.equal('Envoyer ma contribution');
    expect(textOf($(el, '#role option[value="staff"]'))).to.equal('Travailleur·euse permanent·e');
  });

  it('speaks Dutch: labels, themes, territories and roles', async () => {
    const el = await mountForm('lang="nl-BE"');
    await expect(el).to.be.accessible();
    expect(label(el, 'theme')).to.equal('Thema');
    expect(label(el, 'text')).to.equal('Je bijdrage');
    expect(label(el, 'anonymous')).to.equal('Anoniem publiceren');
    expect(textOf($(el, '#theme option[value="pour-qui-avec-qui"]'))).to.equal(
      'Een coöperatie zijn: voor wie en met wie?',
    );
    expect(groups(el)).to.deep.equal(['België', 'Frankrijk', 'Online en elders']);
    expect(textOf($(el, '#territory option[value="wallonie"]'))).to.equal('Wallonië');
    expect(textOf($(el, '#role option[value="member"]'))).to.equal('Vennoot');
    expect(exact($(el, '[part="counter"]'))).to.equal('0 / 5.000 tekens (minimaal 50)');
    expect(textOf($(el, '[part="submit"]'))).to.equal('Mijn bijdrage versturen');
  });

  it('switches to English at runtime, errors included', async () => {
    const el = await mountForm();
    await submit(el);
    await el.updateComplete;
    expect(exact($(el, '#title-error'))).to.equal('Le titre doit compter au moins 5 caractères.');

    document.documentElement.lang = 'en';
    // The lang observer runs as a microtask; updateComplete then waits for the dictionary and the render.
    for (let turn = 0; turn < 5; turn++) await Promise.resolve();
    await el.updateComplete;
    expect(exact($(el, '#title-error'))).to.equal('The title must be at least 5 characters long.');
    expect(exact($(el, '[part="error-summary"] p'))).to.equal('6 fields need correcting:');
    expect(textOf($(el, '[part="theme"]'))).to.equal('Being a cooperative: for whom and with whom?');
    expect(label(el, 'territory')).to.equal('Territory');
    expect(groups(el)).to.deep.equal(['Belgium', 'France', 'Online and elsewhere']);
    expect(exact($(el, '[part="counter"]'))).to.equal('0 / 5,000 characters (minimum 50)');
    await expect(el).to.be.accessible();
  });

  it('sends the language it speaks, which the author is written to in', async () => {
    const el = await mountForm('theme="pour-qui-avec-qui" lang="nl-BE"');
    await fillValid(el);
    const accepted = oneEvent(el, 'sip-submit');
    await submit(el);
    await accepted;
    const [post] = stub.calls.filter((call) => call.method === 'POST');
    expect(post.body).to.include({ language: 'nl', title: 'Ouvrir la coopérative' });
  });

  it('explains the audience in English', async () => {
    const el = await mountForm('theme="entreprise-partagee" lang="en"');
    expect(textOf($(el, '[part="message"]'))).to.equal(
      'Only members (sociétaires) may contribute to this theme. Sign in with a member account.',
    );
  });
});
