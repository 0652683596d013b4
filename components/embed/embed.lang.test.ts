/**
 * The configurator in French, Dutch and English. A file of its own: each
 * test file runs in a fresh page, so nothing has fetched Dutch or English yet.
 */
import { expect } from '@open-wc/testing';
import { textOf } from '../internal/test-helpers.ts';
import { $, type ApiStub, mountConfigurator, POLLS, previewOf, serveApi, setControl } from './test-utils.ts';

describe('<sip-embed-configurator> languages', () => {
  let api: ApiStub;
  const pageLang = document.documentElement.getAttribute('lang');
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.removeAttribute('lang');
    api = serveApi();
  });
  afterEach(() => {
    api.restore();
    if (pageLang !== null) document.documentElement.setAttribute('lang', pageLang);
  });

  it('speaks French by default, and Dutch then English once chosen, axe-clean in each', async () => {
    const el = await mountConfigurator(api);
    expect(textOf($(el, 'h1'))).to.equal('Intégrer un widget — Smart in Progress');
    expect(textOf($(el, '[part~="copy"]'))).to.equal('Copier le code');

    await setControl(el, api, 'header select', 'nl');
    expect(el.lang).to.equal('nl');
    expect(textOf($(el, 'h1'))).to.equal('Een widget insluiten — Smart in Progress');
    expect(textOf($(el, 'label[for="option-poll"]'))).to.equal('Peiling');
    expect(textOf($(el, '[part~="copy"]'))).to.equal('Code kopiëren');
    // Items are named in the page's language.
    expect(textOf($(el, '#option-poll option'))).to.equal(`${POLLS[0].question.nl} (${POLLS[0].slug})`);
    await expect(el).to.be.accessible();

    await setControl(el, api, 'header select', 'en');
    expect(textOf($(el, 'h1'))).to.equal('Embed a widget — Smart in Progress');
    expect(textOf($(el, 'legend'))).to.equal('Widget');
    expect(textOf($(el, '#widget-sip-contribution-list-hint'))).to.equal(
      '<sip-contribution-list> The published contributions, newest first, page by page.',
    );
    await expect(el).to.be.accessible();
    // The page's language is not the widget's: the live widget keeps its own.
    expect(previewOf(el).lang).to.equal('fr');
    expect(localStorage.getItem('sip-embed-language')).to.equal('en');
  });

  it('comes back in the language chosen last, and the widget starts in it', async () => {
    localStorage.setItem('sip-embed-language', 'nl');
    const el = await mountConfigurator(api);
    expect(el.lang).to.equal('nl');
    expect(textOf($(el, 'h1'))).to.equal('Een widget insluiten — Smart in Progress');
    expect($<HTMLSelectElement>(el, '#widget-lang').value).to.equal('nl');
    expect(previewOf(el).lang).to.equal('nl');
  });

  it('follows the page’s language when nothing was chosen', async () => {
    document.documentElement.lang = 'en-GB';
    const el = await mountConfigurator(api);
    expect(textOf($(el, 'h1'))).to.equal('Embed a widget — Smart in Progress');
    expect($<HTMLSelectElement>(el, 'header select').value).to.equal('en');
  });
});
