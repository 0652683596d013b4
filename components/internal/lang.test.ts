import { defineCE, expect, fixture, html, unsafeStatic } from '@open-wc/testing';
import { LitElement } from 'lit';
import { sharedDictionaries } from '../translations/dictionaries.ts';
import { LanguageController, resolveLanguage, toLanguage } from './lang.ts';

/** A minimal element that renders the language its controller resolved. */
class LanguageProbe extends LitElement {
  readonly language = new LanguageController(this, sharedDictionaries);
  override render() {
    return this.language.language;
  }
}
const probe = unsafeStatic(defineCE(LanguageProbe));

describe('language', () => {
  const pageLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
  });

  it('maps tags to fr, nl or en, French for anything else', () => {
    expect(['nl-BE', 'EN-gb', 'fr-FR', 'fr', 'de', '', undefined].map(toLanguage)).to.deep.equal([
      'nl',
      'en',
      'fr',
      'fr',
      'fr',
      'fr',
      'fr',
    ]);
  });

  it('uses the element’s own lang first', async () => {
    document.documentElement.lang = 'en';
    const el = await fixture(html`<div lang="nl"><span lang="en-GB"></span></div>`);
    expect(resolveLanguage(el.querySelector('span') as Element)).to.equal('en');
  });

  it('else the nearest ancestor’s, across shadow roots', async () => {
    document.documentElement.lang = 'en';
    const host = await fixture(html`<section lang="nl-BE"><div></div></section>`);
    const root = (host.querySelector('div') as HTMLDivElement).attachShadow({ mode: 'open' });
    root.innerHTML = '<p><b></b></p>';
    expect(resolveLanguage(root.querySelector('b') as Element)).to.equal('nl');
  });

  it('else <html lang>, and French when the page says nothing', async () => {
    const el = await fixture(html`<p></p>`);
    document.documentElement.lang = 'en-US';
    expect(resolveLanguage(el)).to.equal('en');
    document.documentElement.removeAttribute('lang');
    expect(resolveLanguage(el)).to.equal('fr');
  });

  it('re-renders when <html lang> or an ancestor’s lang changes at runtime', async () => {
    document.documentElement.lang = 'fr';
    const wrapper = await fixture(html`<div><${probe}></${probe}></div>`);
    const el = wrapper.firstElementChild as LanguageProbe;
    expect(el.shadowRoot?.textContent).to.equal('fr');

    document.documentElement.lang = 'nl';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.shadowRoot?.textContent).to.equal('nl');

    wrapper.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.shadowRoot?.textContent).to.equal('en');
  });
});
