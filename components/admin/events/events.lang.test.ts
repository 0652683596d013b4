/**
 * The organisers' view in Dutch and English. A file of its own: each test
 * file runs in a fresh page, so nothing has fetched Dutch or English yet.
 */
import { expect } from '@open-wc/testing';
import { textOf } from '../../internal/test-helpers.ts';
import { $, type ApiStub, all$, forgetSession, mountApp, rememberToken } from '../test-utils.ts';
import { eventView, serveEvents } from './test-utils.ts';
import { eventsDictionaries } from './translations/dictionaries.ts';

describe('<sip-moderation-events> languages', () => {
  let api: ApiStub | undefined;
  const pageLang = document.documentElement.getAttribute('lang');
  beforeEach(() => {
    rememberToken();
    history.replaceState(null, '', '#events');
    document.documentElement.removeAttribute('lang');
    api = serveEvents([eventView()]);
  });
  afterEach(() => {
    api?.restore();
    forgetSession();
    if (pageLang !== null) document.documentElement.setAttribute('lang', pageLang);
  });

  it('speaks French by default, without fetching another dictionary', async () => {
    const el = await mountApp(api as ApiStub);
    expect(textOf($(el, 'sip-moderation-events').shadowRoot?.querySelector('h2'))).to.equal('Événements');
    expect(eventsDictionaries.loaded('nl') === undefined && eventsDictionaries.loaded('en') === undefined).to
      .be.true;
  });

  it('switches to Dutch with the page’s language picker', async () => {
    const el = await mountApp(api as ApiStub);
    const picker = $<HTMLSelectElement>(el, '.language select');
    picker.value = 'nl';
    picker.dispatchEvent(new Event('change'));
    await (api as ApiStub).idle();
    expect(all$(el, 'nav a').map(textOf)).to.deep.equal(['Logboek en exports', 'Evenementen']);
    const view = $(el, 'sip-moderation-events');
    expect(textOf(view.shadowRoot?.querySelector('h2'))).to.equal('Evenementen');
    expect(textOf($(view, 'tbody tr')))
      .to.include('Workshop: onze gedeelde tools')
      .and.include('Ter plaatse: 18 / 20 bezet, 2 vrij')
      .and.include('3 op de wachtlijst');
    await expect(el).to.be.accessible();
  });

  it('follows the page’s language: English, the form and its messages too', async () => {
    document.documentElement.lang = 'en-GB';
    const el = await mountApp(api as ApiStub);
    expect(all$(el, 'nav a').map(textOf)).to.deep.equal(['Log and exports', 'Events']);
    expect(textOf($(el, 'tbody tr'))).to.include('In person: 18 / 20 taken, 2 left');
    $<HTMLButtonElement>(el, '#create').click();
    await (api as ApiStub).idle();
    expect(all$(el, 'label').map(textOf)).to.include('Title (Dutch, optional)');
    $<HTMLButtonElement>(el, 'form[part~="form"] button[type="submit"]').click();
    await (api as ApiStub).idle();
    expect(textOf($(el, '#slug-error'))).to.equal('3 to 64 lowercase letters, digits and single hyphens.');
    expect(textOf($(el, '[part="error"]'))).to.match(/^\d+ fields need correcting, marked below\.$/);
    await expect(el).to.be.accessible();
  });
});
