import { expect, fixture } from '@open-wc/testing';
import type { PollView } from '../../schema/polls.ts';
import {
  type FetchStub,
  type RecordedCall,
  stubFetch,
  textOf,
  whenSettled,
} from '../internal/test-helpers.ts';
import type { SipPoll } from './poll.ts';
import { motionPoll, singlePoll } from './test-utils.ts';
import './poll.ts';

const API = 'https://api.test/api/v1/';
/** Refreshes every 50 ms in these tests (20 s on a real page). */
const FAST = 0.05;

const reads = (stub: FetchStub) => stub.calls.filter((call) => call.method === 'GET');
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Answers reads like the API: 304 while the client names the current ETag, else the view and its ETag. */
function serveLive(current: () => { view: PollView; etag: string } | Response): FetchStub {
  return stubFetch((call: RecordedCall) => {
    const now = current();
    if (now instanceof Response) return now;
    if (call.headers.get('If-None-Match') === now.etag) return new Response(null, { status: 304 });
    return new Response(JSON.stringify(now.view), {
      headers: { 'Content-Type': 'application/json', ETag: now.etag },
    });
  });
}

function mount(slug: string, interval = FAST) {
  return whenSettled(() =>
    fixture<SipPoll>(`<sip-poll poll="${slug}" api="${API}" refresh-interval="${interval}"></sip-poll>`),
  );
}

/** Waits until the stub has answered `count` reads (or fails after a second). */
async function readsReach(stub: FetchStub, count: number): Promise<void> {
  for (let turn = 0; turn < 100 && reads(stub).length < count; turn++) await wait(10);
  expect(reads(stub).length).to.be.at.least(count);
}

const withBallots = (view: PollView, ballots: number): PollView => ({
  ...view,
  results: view.results && { ...view.results, ballots, options: view.results.options },
});

describe('<sip-poll> live results', () => {
  let stub: FetchStub;
  afterEach(() => {
    stub.restore();
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  });

  it('asks again with If-None-Match; a 304 changes nothing, new results replace the old and are announced politely', async () => {
    let state = { view: singlePoll(), etag: '"v1"' };
    stub = serveLive(() => state);
    const el = await mount(state.view.slug);
    await readsReach(stub, 2);
    expect(reads(stub)[1].headers.get('If-None-Match')).to.equal('"v1"');
    expect(textOf(el.shadowRoot?.querySelector('[role="status"]'))).to.equal('');

    state = { view: withBallots(singlePoll(), 51), etag: '"v2"' };
    const seen = reads(stub).length;
    await readsReach(stub, seen + 1);
    await el.updateComplete;
    expect(textOf(el.shadowRoot?.querySelector('.turnout'))).to.match(/51/);
    expect(textOf(el.shadowRoot?.querySelector('p[role="status"]'))).to.match(
      /^Résultats mis à jour\s?: 51 votes\.$/,
    );
    await readsReach(stub, seen + 2);
    expect(reads(stub).at(-1)?.headers.get('If-None-Match')).to.equal('"v2"');
    await expect(el).to.be.accessible();
  });

  it('keeps the visitor’s choice and focus while results move', async () => {
    let state = { view: singlePoll(), etag: '"a"' };
    stub = serveLive(() => state);
    const el = await mount(state.view.slug);
    const option = el.shadowRoot?.querySelector<HTMLInputElement>('input[value="agenda"]');
    option?.focus();
    option?.click();
    await el.updateComplete;
    state = { view: withBallots(singlePoll(), 60), etag: '"b"' };
    await readsReach(stub, 3);
    await el.updateComplete;
    const after = el.shadowRoot?.querySelector<HTMLInputElement>('input[value="agenda"]');
    expect(after?.checked).to.be.true;
    expect(el.shadowRoot?.activeElement).to.equal(after);
    expect(textOf(el.shadowRoot?.querySelector('.turnout'))).to.match(/60/);
  });

  it('pauses while the page is hidden, and starts again when it shows', async () => {
    stub = serveLive(() => ({ view: singlePoll(), etag: '"x"' }));
    const el = await mount(singlePoll().slug);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await wait(150);
    const hidden = reads(stub).length;
    await wait(200);
    expect(reads(stub).length, 'no read while hidden').to.equal(hidden);
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await readsReach(stub, hidden + 1);
    expect(el.isConnected).to.be.true;
  });

  it('backs off while the API cannot be reached, and the results on screen stay', async () => {
    let failing = false;
    stub = serveLive(() =>
      failing ? new Response('Bad gateway', { status: 502 }) : { view: singlePoll(), etag: '"x"' },
    );
    const el = await mount(singlePoll().slug);
    failing = true;
    const start = reads(stub).length;
    await wait(700);
    // Without backing off (50 ms) there would be about 14 reads; with it, 50 + 100 + 200 + 400 ms apart.
    expect(reads(stub).length - start).to.be.within(2, 5);
    expect(textOf(el.shadowRoot?.querySelector('.turnout'))).to.match(/50/);
  });

  it('nothing live, nothing asked: results hidden until the visitor votes, or refresh-interval="0"', async () => {
    stub = serveLive(() => ({ view: motionPoll(), etag: '"m"' }));
    await mount(motionPoll().slug);
    await mount(singlePoll().slug, 0);
    await wait(200);
    expect(reads(stub)).to.have.length(2);
  });

  it('out of view, nothing is asked until the visitor scrolls to it', async () => {
    stub = serveLive(() => ({ view: singlePoll(), etag: '"x"' }));
    const el = await whenSettled(() =>
      fixture<SipPoll>(
        `<sip-poll style="margin-block-start: 300vh" poll="${singlePoll().slug}" api="${API}" refresh-interval="${FAST}"></sip-poll>`,
      ),
    );
    await wait(250);
    expect(reads(stub), 'one read, to load').to.have.length(1);
    el.scrollIntoView();
    await readsReach(stub, 2);
    window.scrollTo(0, 0);
  });
});
