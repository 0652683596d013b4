import { expect } from '@open-wc/testing';
import { type FetchStub, fakeToken, jsonResponse, memberClaims, textOf } from '../internal/test-helpers.ts';
import { $, contributionPage, contributionView, mountList, stubListApi } from './test-utils.ts';

describe('<sip-contribution-list> languages', () => {
  let stub: FetchStub;
  const pageLang = document.documentElement.getAttribute('lang');
  beforeEach(() => {
    document.documentElement.removeAttribute('lang');
    const page = contributionPage(1, 1, 'page-2');
    page.contributions.push(
      contributionView(2, { author: null, role: 'member', territory: 'en-ligne', selfDeclared: true }),
    );
    stub = stubListApi({ list: () => jsonResponse(page) });
  });
  afterEach(() => {
    stub.restore();
    if (pageLang !== null) document.documentElement.setAttribute('lang', pageLang);
  });

  it('speaks Dutch: author, role, territory, date, actions', async () => {
    const el = await mountList(`lang="nl" token="${fakeToken(memberClaims())}"`);
    await expect(el).to.be.accessible();
    const metas = [...(el.shadowRoot?.querySelectorAll('[part="meta"]') ?? [])].map(textOf);
    expect(metas).to.deep.equal([
      'Aïcha Diallo · Freelancer · Brussels Hoofdstedelijk Gewest · Gepubliceerd op 19 maart 2026',
      'Anoniem · Vennoot · Online (opgegeven door de auteur) · Gepubliceerd op 18 maart 2026',
    ]);
    expect(textOf($(el, '[part="load-more"]'))).to.equal('Meer bijdragen tonen');
    expect(textOf($(el, '[part="report-button"]'))).to.match(/^Melden — /);
  });

  it('switches to English at runtime', async () => {
    const el = await mountList();
    expect(textOf($(el, '.author'))).to.equal('Aïcha Diallo');
    document.documentElement.lang = 'en-GB';
    // The lang observer runs as a microtask; updateComplete then waits for the dictionary and the render.
    for (let turn = 0; turn < 5; turn++) await Promise.resolve();
    await el.updateComplete;
    expect(textOf($(el, '[part="meta"]'))).to.equal(
      'Aïcha Diallo · Freelancer · Brussels-Capital · Published on March 19, 2026',
    );
    expect($(el, '[part="list"]')?.getAttribute('aria-label')).to.equal('Published contributions');
    expect(textOf($(el, '[part="load-more"]'))).to.equal('Show more contributions');
  });
});
