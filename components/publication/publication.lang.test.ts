import { expect } from '@open-wc/testing';
import { type FetchStub, textOf } from '../internal/test-helpers.ts';
import { $, $$, mountPublication, stubPublicationApi } from './test-utils.ts';

describe('<sip-publication> languages', () => {
  let stub: FetchStub;
  const pageLang = document.documentElement.getAttribute('lang');
  beforeEach(() => {
    document.documentElement.removeAttribute('lang');
    stub = stubPublicationApi();
  });
  afterEach(() => {
    stub.restore();
    if (pageLang !== null) document.documentElement.setAttribute('lang', pageLang);
  });

  it('speaks Dutch: headings, figures, a Dutch text without a note, a French one with', async () => {
    const el = await mountPublication('year="2026" lang="nl"');
    await expect(el).to.be.accessible();
    expect(textOf($(el, 'h2'))).to.equal('Jaarpublicatie 2026');
    expect(textOf($(el, '[part="theme"] h4'))).to.equal('Wat werd gevraagd');
    expect(textOf($(el, '[part="recommendation"] h5'))).to.equal('Een buffer voor magere maanden');
    const adopted = $$(el, '[part="answer"]')[1];
    expect(textOf(adopted.querySelector('.text'))).to.equal(
      'Le conseil adopte la recommandation. (tekst in het Frans)',
    );
    expect($$<HTMLAnchorElement>(el, '[part="links"] a')[0].href).to.equal(
      'https://api.test/publication/2026/2?lang=nl',
    );
    expect(textOf($(el, '[part="quote"] figcaption'))).to.equal(
      '— Sophie L., Freelancer, Brussels Hoofdstedelijk Gewest (fragment)',
    );
  });

  it('switches to English at runtime', async () => {
    const el = await mountPublication();
    expect(textOf($(el, 'h2'))).to.equal('Publication annuelle 2026');
    document.documentElement.lang = 'en-GB';
    for (let turn = 0; turn < 5; turn++) await Promise.resolve();
    await el.updateComplete;
    expect(textOf($(el, 'h2'))).to.equal('Annual publication 2026');
    expect(textOf($$(el, '[part="recommendation"]')[1].querySelector('h5'))).to.equal('A clear offer');
    expect(textOf($(el, '[part="toc"] h3'))).to.equal('Contents');
  });
});
