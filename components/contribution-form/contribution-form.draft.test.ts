import { aTimeout, expect } from '@open-wc/testing';
import { type FetchStub, fakeToken, memberClaims, textOf } from '../internal/test-helpers.ts';
import { $, exact, fill, mountForm, storedDrafts, stubFormApi, TEXT } from './test-utils.ts';

/** Past the 300 ms the draft waits for a pause in typing. */
const PAUSE = 350;

describe('<sip-contribution-form> draft', () => {
  let stub: FetchStub;
  beforeEach(() => {
    localStorage.clear();
    stub = stubFormApi();
  });
  afterEach(() => stub.restore());

  it('is saved once typing pauses, then restored, and said so, after a reload', async () => {
    const el = await mountForm();
    await fill(el, 'title', 'Ouvrir la coopérative');
    await fill(el, 'text', TEXT);
    await fill(el, 'territory', 'flandre');
    await fill(el, 'email', 'aicha@example.be');
    $<HTMLInputElement>(el, '#consent')?.click();
    await fill(el, 'website', 'http://spam.example');
    expect(Object.keys(storedDrafts()), 'debounced').to.have.length(0);

    await aTimeout(PAUSE);
    const [draft] = Object.values(storedDrafts());
    expect(draft.value.values).to.deep.equal({
      theme: '',
      title: 'Ouvrir la coopérative',
      text: TEXT,
      role: '',
      territory: 'flandre',
      displayName: '',
      anonymous: false,
      email: 'aicha@example.be',
    });
    expect(draft.value.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);

    el.remove();
    const again = await mountForm();
    await expect(again).to.be.accessible();
    expect($<HTMLInputElement>(again, '#title')?.value).to.equal('Ouvrir la coopérative');
    expect($<HTMLTextAreaElement>(again, '#text')?.value).to.equal(TEXT);
    expect($<HTMLSelectElement>(again, '#territory')?.value).to.equal('flandre');
    expect($<HTMLInputElement>(again, '#email')?.value).to.equal('aicha@example.be');
    expect($<HTMLInputElement>(again, '#consent')?.checked, 'consent is asked again').to.be.false;
    expect($<HTMLInputElement>(again, '#website')?.value, 'honeypot not kept').to.equal('');
    expect(textOf($(again, '[part="draft"] p'))).to.match(
      /^Nous avons restauré votre brouillon du \d+ \S+ 20\d\d/,
    );
  });

  it('is written at once when the widget leaves the page before the pause', async () => {
    const el = await mountForm();
    await fill(el, 'title', 'Un titre à garder');
    el.remove();
    expect(Object.values(storedDrafts())[0].value.values.title).to.equal('Un titre à garder');
  });

  it('can be discarded: empty fields, storage cleared, focus on the first field, announced', async () => {
    const el = await mountForm();
    await fill(el, 'title', 'Brouillon à jeter');
    el.remove();

    const again = await mountForm();
    const discard = $<HTMLButtonElement>(again, '[part="draft"] button');
    expect(textOf(discard)).to.equal('Supprimer le brouillon');
    discard?.click();
    await again.updateComplete;
    expect($<HTMLInputElement>(again, '#title')?.value).to.equal('');
    expect($(again, '[part="draft"]')).to.be.null;
    expect(storedDrafts()).to.deep.equal({});
    expect(again.shadowRoot?.activeElement?.id).to.equal('title');
    const statuses = again.shadowRoot?.querySelectorAll('[role="status"]');
    expect(exact(statuses?.[statuses.length - 1])).to.equal('Brouillon supprimé.');
    await expect(again).to.be.accessible();
  });

  it('is kept per theme', async () => {
    const el = await mountForm('theme="pour-qui-avec-qui"');
    await fill(el, 'title', 'Sur le premier thème');
    el.remove();
    const other = await mountForm('theme="outils"');
    expect($<HTMLInputElement>(other, '#title')?.value).to.equal('');
    expect($(other, '[part="draft"]')).to.be.null;
    expect(Object.keys(storedDrafts())).to.have.length(1);
  });

  it('remembers the theme chosen in the picker', async () => {
    const el = await mountForm('');
    await fill(el, 'theme', 'outils');
    await fill(el, 'title', 'Des outils en ligne');
    el.remove();
    const again = await mountForm('');
    expect($<HTMLSelectElement>(again, '#theme')?.value).to.equal('outils');
    expect($<HTMLInputElement>(again, '#title')?.value).to.equal('Des outils en ligne');
  });

  it('a name and a role prefilled from the token do not make a draft', async () => {
    const el = await mountForm(`theme="pour-qui-avec-qui" token="${fakeToken(memberClaims())}"`);
    expect($<HTMLInputElement>(el, '#displayName')?.value).to.equal('Aïcha Diallo');
    await aTimeout(PAUSE);
    el.remove();
    expect(storedDrafts()).to.deep.equal({});
  });

  it('a draft that is not the widget’s own is ignored', async () => {
    const el = await mountForm();
    await fill(el, 'title', 'x');
    el.remove();
    const [key] = Object.keys(storedDrafts());
    localStorage.setItem(key, JSON.stringify({ savedAt: 'now', value: { values: { title: 1 } } }));
    const again = await mountForm();
    expect($<HTMLInputElement>(again, '#title')?.value).to.equal('');
    expect($(again, '[part="draft"]')).to.be.null;
  });
});
