/**
 * Dictionaries on demand, seen from the widget. A file of its own: each test
 * file runs in a fresh page, so nothing has fetched Dutch or English yet.
 */
import { expect, fixture } from '@open-wc/testing';
import { type FetchStub, jsonResponse, stubFetch, textOf, whenSettled } from '../internal/test-helpers.ts';
import type { SipPoll } from './poll.ts';
import { motionPoll } from './test-utils.ts';
import './poll.ts';
import { pollDictionaries } from './translations/dictionaries.ts';

const API = 'https://api.test/api/v1/';
const DUTCH = ['/components/poll/translations/nl.ts', '/components/translations/nl.ts'];

/** The dictionary modules of a language the page fetched, each time (dynamic imports show in resource timing). */
const dictionaryFetches = (language: string) =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.endsWith(`/translations/${language}.ts`))
    .sort();

function mount(attributes = '') {
  const view = motionPoll();
  return whenSettled(() =>
    fixture<SipPoll>(`<sip-poll poll="${view.slug}" api="${API}" ${attributes}></sip-poll>`),
  );
}

const options = (el: SipPoll) => [...(el.shadowRoot?.querySelectorAll('[part="option"]') ?? [])].map(textOf);
const submit = (el: SipPoll) => textOf(el.shadowRoot?.querySelector('[part="submit"]'));

describe('<sip-poll> dictionaries on demand', () => {
  let stub: FetchStub;
  const pageLang = document.documentElement.getAttribute('lang');
  beforeEach(() => {
    document.documentElement.removeAttribute('lang');
    stub = stubFetch(() => jsonResponse(motionPoll()));
  });
  afterEach(() => {
    stub.restore();
    if (pageLang !== null) document.documentElement.setAttribute('lang', pageLang);
  });

  it('an unknown language falls back to French without loading any dictionary', async () => {
    const el = await mount('lang="de-DE"');
    await expect(el).to.be.accessible();
    expect(submit(el)).to.equal('Voter');
    expect(options(el)).to.deep.equal(['Pour', 'Contre', 'Abstention']);
    // Booleans, not the dictionaries: a failing diff of objects full of functions stalls the runner.
    expect(pollDictionaries.loaded('nl') === undefined && pollDictionaries.loaded('en') === undefined).to.be
      .true;
    expect([...dictionaryFetches('nl'), ...dictionaryFetches('en')]).to.be.empty;
  });

  it('switching to Dutch at runtime loads the Dutch dictionary, speaking French meanwhile', async () => {
    const el = await mount();
    expect(submit(el)).to.equal('Voter');

    document.documentElement.lang = 'nl-BE';
    // The lang observer and the render it asks for run as microtasks; the chunk needs the network.
    for (let turn = 0; turn < 5; turn++) await Promise.resolve();
    expect(submit(el)).to.equal('Voter');
    expect(options(el)).to.deep.equal(['Pour', 'Contre', 'Abstention']);

    // updateComplete waits for the dictionary and the render in it.
    await el.updateComplete;
    expect(submit(el)).to.equal('Stemmen');
    expect(options(el)).to.deep.equal(['Voor', 'Tegen', 'Onthouding']);
    expect(textOf(el.shadowRoot?.querySelector('[part="question"]'))).to.equal(
      'Moet Smart in Progress in Frankrijk uitgerold worden?',
    );
    await expect(el).to.be.accessible();
    // The shared part and the poll's own, and no other widget's strings.
    expect(dictionaryFetches('nl')).to.deep.equal(DUTCH);
    expect(dictionaryFetches('en')).to.be.empty;
    expect(stub.calls).to.have.length(1);
  });

  it('a dictionary already loaded serves every later widget at once, without fetching it again', async () => {
    const el = await mount('lang="nl"');
    expect(submit(el)).to.equal('Stemmen');
    expect(dictionaryFetches('nl')).to.deep.equal(DUTCH);
  });
});
