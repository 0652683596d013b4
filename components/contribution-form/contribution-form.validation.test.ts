import { aTimeout, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FetchStub } from '../internal/test-helpers.ts';
import type { SipContributionForm } from './contribution-form.ts';
import { $, exact, fill, mountForm as mount, stubFormApi } from './test-utils.ts';

async function submit(el: SipContributionForm): Promise<void> {
  $<HTMLButtonElement>(el, '[part="submit"]')?.click();
  await el.updateComplete;
  await el.updateComplete;
}

const fieldError = (el: SipContributionForm, id: string) => exact($(el, `#${id}-error`));

describe('<sip-contribution-form> validation', () => {
  let stub: FetchStub;
  beforeEach(() => {
    localStorage.clear();
    stub = stubFormApi();
  });
  afterEach(() => stub.restore());

  it('an empty form: every error beside its field, summarised, and the focus on the first', async () => {
    const el = await mount();
    await submit(el);
    await expect(el).to.be.accessible();
    expect(stub.calls.filter((call) => call.method === 'POST')).to.have.length(0);

    expect(el.shadowRoot?.activeElement?.id).to.equal('title');
    const title = $(el, '#title');
    expect(title?.getAttribute('aria-invalid')).to.equal('true');
    expect(title?.getAttribute('aria-describedby')).to.equal('title-hint title-error');
    expect(fieldError(el, 'title')).to.equal('Le titre doit compter au moins 5 caractères.');
    expect(fieldError(el, 'text')).to.equal('Votre texte doit compter au moins 50 caractères.');
    expect(fieldError(el, 'role')).to.equal('Indiquez à quel titre vous participez.');
    expect(fieldError(el, 'territory')).to.equal('Choisissez votre territoire.');
    expect(fieldError(el, 'displayName')).to.equal(
      'Indiquez le nom à afficher, ou cochez «\u00a0Publier anonymement\u00a0».',
    );
    expect(fieldError(el, 'consent')).to.equal('Cochez cette case pour pouvoir envoyer votre contribution.');
    expect($(el, '#email-error')).to.be.null;
    expect($(el, '#email')?.hasAttribute('aria-invalid')).to.be.false;

    const summary = $(el, '[part="error-summary"]');
    expect(summary?.getAttribute('role')).to.equal('alert');
    expect(exact(summary?.querySelector('p'))).to.equal('6 champs sont à corriger\u00a0:');
    expect(summary?.querySelectorAll('li')).to.have.length(6);
  });

  it('styles what an attempt shows, with styles that come with the submission code', async () => {
    const el = await mount();
    const summary = $(el, '[part="error-summary"]') as HTMLElement;
    expect(getComputedStyle(summary).display, 'an empty summary takes no room').to.equal('none');
    await submit(el);
    expect(getComputedStyle(summary).borderTopWidth).to.equal('2px');
    expect(getComputedStyle($(el, '#title') as HTMLElement).boxShadow).to.match(/inset/);
    expect(getComputedStyle($(el, '#title-error') as HTMLElement).fontWeight).to.equal('600');
    expect(getComputedStyle($(el, '#consent') as HTMLElement).outlineStyle).to.equal('solid');
    const sheets = el.shadowRoot?.adoptedStyleSheets.length;
    await submit(el);
    expect(el.shadowRoot?.adoptedStyleSheets.length, 'added once').to.equal(sheets);
  });

  it('the summary links move the focus to their field', async () => {
    const el = await mount();
    await submit(el);
    const links = [...($(el, '[part="error-summary"]')?.querySelectorAll('a') ?? [])];
    links[3].click();
    await el.updateComplete;
    expect(el.shadowRoot?.activeElement?.id).to.equal('territory');
  });

  it('errors go as their field is fixed, and none is added while typing', async () => {
    const el = await mount();
    await fill(el, 'title', 'Ouvrir la coopérative');
    await submit(el);
    expect(el.shadowRoot?.activeElement?.id).to.equal('text');
    expect($(el, '#title-error')).to.be.null;

    await fill(el, 'email', 'pas-une-adresse');
    expect($(el, '#email-error'), 'not added while typing').to.be.null;
    await fill(el, 'territory', 'wallonie');
    expect($(el, '#territory-error')).to.be.null;
    expect(exact($(el, '[part="error-summary"] p'))).to.equal('4 champs sont à corriger\u00a0:');

    await submit(el);
    expect(fieldError(el, 'email')).to.equal(
      'Cette adresse e-mail n’est pas valide (par exemple\u00a0: nom@exemple.be).',
    );
  });

  it('too long: says the maximum, with French number formatting', async () => {
    const el = await mount();
    await fill(el, 'title', 'T'.repeat(121));
    await fill(el, 'text', 'x'.repeat(5001));
    await submit(el);
    expect(fieldError(el, 'title')).to.equal('Le titre ne peut pas dépasser 120 caractères.');
    expect(fieldError(el, 'text')).to.match(
      /^Votre texte ne peut pas dépasser 5[\u00a0\u202f]000 caractères\.$/,
    );
  });

  it('anonymous publication needs no display name', async () => {
    const el = await mount();
    $<HTMLInputElement>(el, '#anonymous')?.click();
    await el.updateComplete;
    await submit(el);
    expect($(el, '#displayName-error')).to.be.null;
    expect(exact($(el, '[part="error-summary"] p'))).to.equal('5 champs sont à corriger\u00a0:');
  });

  describe('live counter', () => {
    it('shows the length against the minimum and the maximum as one types', async () => {
      const el = await mount();
      const counter = $(el, '[part="counter"]');
      expect(exact(counter)).to.match(/^0 \/ 5[\u00a0\u202f]000 caractères \(minimum 50\)$/);
      expect($(el, '#text')?.getAttribute('aria-describedby')).to.equal('text-hint text-counter');
      await fill(el, 'text', '  Quelques mots.  ');
      expect(exact(counter)).to.match(/^14 \/ 5[\u00a0\u202f]000 caractères \(minimum 50\)$/);
      await fill(el, 'text', 'x'.repeat(60));
      expect(exact(counter)).to.match(/^60 \/ 5[\u00a0\u202f]000 caractères$/);
      await fill(el, 'text', 'x'.repeat(5003));
      expect(exact(counter)).to.match(/\(3 de trop\)$/);
      expect(counter?.classList.contains('over')).to.be.true;
    });

    it('is announced politely once typing pauses, not on every keystroke', async () => {
      const el = await mount();
      const status = el.shadowRoot?.querySelectorAll('[role="status"]');
      const live = status?.[status.length - 1];
      expect($(el, '[part="counter"]')?.hasAttribute('role'), 'the visible counter is not live').to.be.false;
      $<HTMLTextAreaElement>(el, '#text')?.focus();
      await sendKeys({ type: 'Bonjour' });
      await el.updateComplete;
      expect(exact(live), 'silent while typing').to.equal('');
      await aTimeout(1100);
      await el.updateComplete;
      expect(exact(live)).to.match(/^7 \/ 5[\u00a0\u202f]000 caractères \(minimum 50\)$/);
    });
  });
});
