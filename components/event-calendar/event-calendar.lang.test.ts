/**
 * Dictionaries on demand, seen from the widget: the list's words with the
 * list, the details' words with the details, each language fetched once. A
 * file of its own: each test file runs in a fresh page, so nothing has
 * fetched Dutch or English yet.
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { textOf, whenSettled } from '../internal/test-helpers.ts';
import type { SipEventCalendar } from './event-calendar.ts';
import { API, type EventApi, hybrid, serveEvents, workshop } from './test-utils.ts';
import './event-calendar.ts';
import { eventCalendarDictionaries } from './translations/dictionaries.ts';

/** The dictionary modules of a language the page fetched (dynamic imports show in resource timing). */
const dictionaryFetches = (language: string) =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.endsWith(`/translations/${language}.ts`))
    .sort();

const $ = <E extends Element = HTMLElement>(el: SipEventCalendar, selector: string) =>
  el.shadowRoot?.querySelector<E>(selector) ?? null;
const $$ = <E extends Element = HTMLElement>(el: SipEventCalendar, selector: string) => [
  ...(el.shadowRoot?.querySelectorAll<E>(selector) ?? []),
];

function mount(attributes = '') {
  return whenSettled(() =>
    fixture<SipEventCalendar>(`<sip-event-calendar api="${API}" ${attributes}></sip-event-calendar>`),
  );
}

describe('<sip-event-calendar> dictionaries on demand', () => {
  let api: EventApi;
  const pageLang = document.documentElement.getAttribute('lang');
  beforeEach(() => {
    document.documentElement.removeAttribute('lang');
    api = serveEvents([workshop(), hybrid()]);
  });
  afterEach(() => {
    api.stub.restore();
    if (pageLang !== null) document.documentElement.setAttribute('lang', pageLang);
  });

  it('an unknown language falls back to French without loading any dictionary', async () => {
    const el = await mount('lang="de-DE"');
    await expect(el).to.be.accessible();
    expect(textOf($(el, '[part="subscribe"] summary'))).to.equal('S’abonner à ces événements');
    expect(
      eventCalendarDictionaries.loaded('nl') === undefined &&
        eventCalendarDictionaries.loaded('en') === undefined,
    ).to.be.true;
    expect([...dictionaryFetches('nl'), ...dictionaryFetches('en')]).to.be.empty;
  });

  it('a list in Dutch fetches its Dutch dictionary, and no details’ code', async () => {
    const el = await mount('lang="nl-BE"');
    await expect(el).to.be.accessible();
    expect($$(el, '[part="filters"] label > span').map(textOf)).to.deep.equal([
      'Periode',
      'Thema',
      'Regio',
      'Soort',
      'Deelname',
    ]);
    expect(textOf($(el, '[part~="item"] h3'))).to.equal('Workshop: voor wie en met wie?');
    expect(dictionaryFetches('nl')).to.deep.equal([
      '/components/event-calendar/translations/nl.ts',
      '/components/translations/nl.ts',
    ]);
    const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(fetched.filter((name) => /\/(details|event-details|fr-details)\.ts$/.test(name))).to.be.empty;
  });

  it('switching to English with an event open: all in French meanwhile, then all in English', async () => {
    const el = await mount('event="atelier-hybride-lille"');
    expect(textOf($(el, '#register-heading'))).to.equal('Inscription');

    document.documentElement.lang = 'en';
    for (let turn = 0; turn < 5; turn++) await Promise.resolve();
    // Never two languages at once: the details' words come with the list's.
    expect(textOf($(el, '#register-heading'))).to.equal('Inscription');
    expect(textOf($(el, '#event-title'))).to.equal('Atelier hybride à Lille');

    await el.updateComplete;
    expect(textOf($(el, '#event-title'))).to.equal('Hybrid workshop in Lille');
    expect(textOf($(el, '#register-heading'))).to.equal('Registration');
    expect($$(el, '[part="register"] .seats li').map(textOf)).to.deep.equal([
      'In person: Full — join the waitlist · 3 people waiting',
      'Online: 10 seats left of 50',
    ]);
    expect(textOf($(el, '.facts dt'))).to.equal('When');
    await expect(el).to.be.accessible();
    expect(dictionaryFetches('en')).to.deep.equal([
      '/components/event-calendar/translations/en.ts',
      '/components/translations/en.ts',
    ]);
    expect(
      api.stub.calls.filter((call) => call.url.pathname.endsWith('/atelier-hybride-lille')),
    ).to.have.length(1);
  });

  it('opening an event on a Dutch page shows its details in Dutch at once', async () => {
    const el = await mount('lang="nl"');
    const opened = oneEvent(el, 'sip-open');
    $<HTMLAnchorElement>(el, 'a[data-slug="atelier-pour-qui-bruxelles"]')?.click();
    await opened;
    await el.updateComplete;
    expect(textOf($(el, '#register-heading'))).to.equal('Inschrijving');
    const read = api.stub.calls.find((call) => call.url.pathname.endsWith('/atelier-pour-qui-bruxelles'));
    expect(read?.url.searchParams.get('lang')).to.equal('nl');
    expect(textOf($(el, '[part="back"]'))).to.equal('Terug naar de activiteiten');
    expect(textOf($(el, '[part="register"] button'))).to.equal('Inschrijven zonder account');
    history.back();
    await oneEvent(window, 'popstate');
  });
});
