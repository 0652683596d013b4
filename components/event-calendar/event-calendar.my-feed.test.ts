/**
 * A signed-in person's private feed in the subscribe panel: offered to them
 * alone, read with their token on request, reset after a confirmation in
 * plain words (and announced), its failures in the visitor's words.
 */
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import {
  fakeToken,
  jsonResponse,
  memberClaims,
  problemResponse,
  type RecordedCall,
  textOf,
  whenSettled,
} from '../internal/test-helpers.ts';
import type { SipEventCalendar } from './event-calendar.ts';
import { API, type EventApi, serveEvents, workshop } from './test-utils.ts';
import './event-calendar.ts';

const $ = <E extends Element = HTMLElement>(el: SipEventCalendar, selector: string) =>
  el.shadowRoot?.querySelector<E>(selector) ?? null;

const member = fakeToken(memberClaims());
const FIRST = `${API}calendar/${'a'.repeat(43)}.ics`;
const SECOND = `${API}calendar/${'b'.repeat(43)}.ics`;

/** Serves the feed's routes as the Worker does: one URL per person until a reset gives another; `fail` answers a problem. */
function serveFeed(fail?: () => Response) {
  let url = FIRST;
  const feedCalls = (api: EventApi) =>
    api.stub.calls.filter((call: RecordedCall) => call.url.pathname.includes('/events/feed'));
  const api = serveEvents([workshop()], {
    before: (call) => {
      const path = call.url.pathname;
      if (!path.includes('/events/feed')) return undefined;
      if (fail) return fail();
      if (!call.headers.has('Authorization')) return problemResponse(401, 'sign_in_required');
      if (path.endsWith('/feed/reset') && call.method === 'POST') url = url === FIRST ? SECOND : FIRST;
      return jsonResponse({ url });
    },
  });
  return { api, feedCalls: () => feedCalls(api) };
}

async function mount(attributes = '') {
  const el = await whenSettled(() =>
    fixture<SipEventCalendar>(`<sip-event-calendar api="${API}" ${attributes}></sip-event-calendar>`),
  );
  const details = $<HTMLDetailsElement>(el, '[part="subscribe"]');
  const toggled = oneEvent(details as HTMLDetailsElement, 'toggle');
  details?.querySelector('summary')?.click();
  await toggled;
  await el.updateComplete;
  return el;
}

/** Presses the button `id` and waits until `done` holds. */
async function press(el: SipEventCalendar, id: string, done: () => boolean) {
  const button = $<HTMLButtonElement>(el, `#${id}`);
  if (!button) throw new Error(`no #${id}`);
  button.click();
  await waitUntil(done, `#${id} did not bring what was expected`);
  await el.updateComplete;
}

const address = (el: SipEventCalendar) => $<HTMLInputElement>(el, '#my-feed-url')?.value ?? '';
const announced = (el: SipEventCalendar) => textOf($(el, '.visually-hidden[role="status"]'));

describe('<sip-event-calendar> private feed', () => {
  let feed: ReturnType<typeof serveFeed> | undefined;
  const pageLang = document.documentElement.getAttribute('lang');
  beforeEach(() => document.documentElement.removeAttribute('lang'));
  afterEach(() => {
    feed?.api.stub.restore();
    feed = undefined;
    if (pageLang !== null) document.documentElement.setAttribute('lang', pageLang);
  });

  it('is not offered to an anonymous visitor, and never read for them', async () => {
    feed = serveFeed();
    const el = await mount();
    expect($(el, '[part="subscribe"] #feed-url')).to.exist;
    expect($(el, '#my-feed')).to.be.null;
    expect($(el, '.my-feed')).to.be.null;
    expect(feed.feedCalls()).to.have.length(0);
  });

  it('reads a signed-in person’s link with their token only when asked, and shows it to subscribe or copy', async () => {
    feed = serveFeed();
    const el = await mount(`token="${member}"`);
    const button = $<HTMLButtonElement>(el, '#my-feed');
    expect(textOf(button)).to.equal('Mes inscriptions dans mon agenda');
    expect(feed.feedCalls()).to.have.length(0);
    await expect(el).to.be.accessible();

    await press(el, 'my-feed', () => address(el) !== '');
    const [call] = feed.feedCalls();
    expect(call.method).to.equal('GET');
    expect(call.url.href).to.equal(`${API}events/feed`);
    expect(call.headers.get('Authorization')).to.equal(`Bearer ${member}`);
    expect(address(el)).to.equal(FIRST);
    expect($(el, '.my-feed a')?.getAttribute('href')).to.equal(
      `webcal://api.test/api/v1/calendar/${'a'.repeat(43)}.ics`,
    );
    expect(textOf($(el, '.my-feed p'))).to.include('Ce lien est personnel');
    expect(el.shadowRoot?.activeElement?.id).to.equal('my-feed-url');
    await expect(el).to.be.accessible();
  });

  it('resets the link after a confirmation in plain words, shows the new one and announces it', async () => {
    feed = serveFeed();
    const el = await mount(`token="${member}"`);
    await press(el, 'my-feed', () => address(el) !== '');
    expect(textOf($(el, '#reset-feed'))).to.equal('Réinitialiser ce lien');

    await press(el, 'reset-feed', () => $(el, '#reset-confirm') !== null);
    expect(textOf($(el, '#reset-warning'))).to.include('qui ne fonctionnera plus');
    expect(el.shadowRoot?.activeElement?.id).to.equal('reset-confirm');
    expect(feed.feedCalls()).to.have.length(1);
    await expect(el).to.be.accessible();

    // Cancelling changes nothing.
    const cancel = [...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('.my-feed button') ?? [])].find(
      (candidate) => textOf(candidate) === 'Annuler',
    );
    cancel?.click();
    await waitUntil(() => $(el, '#reset-confirm') === null);
    expect(feed.feedCalls()).to.have.length(1);
    expect(address(el)).to.equal(FIRST);

    await press(el, 'reset-feed', () => $(el, '#reset-confirm') !== null);
    await press(el, 'reset-confirm', () => address(el) === SECOND);
    const reset = feed.feedCalls()[1];
    expect([reset.method, reset.url.href]).to.deep.equal(['POST', `${API}events/feed/reset`]);
    expect(reset.headers.get('Authorization')).to.equal(`Bearer ${member}`);
    expect(announced(el)).to.equal('Nouveau lien créé. L’ancien lien ne fonctionne plus.');
    expect($(el, '.my-feed a')?.getAttribute('href')).to.equal(
      `webcal://api.test/api/v1/calendar/${'b'.repeat(43)}.ics`,
    );
    expect(el.shadowRoot?.activeElement?.id).to.equal('reset-feed');
  });

  it('says what went wrong, fires sip-error and keeps the panel open', async () => {
    feed = serveFeed(() => problemResponse(500, 'internal_error'));
    const el = await mount(`token="${member}"`);
    const failed = oneEvent(el, 'sip-error');
    $<HTMLButtonElement>(el, '#my-feed')?.click();
    const { detail } = await failed;
    expect(detail).to.include({ status: 500, code: 'internal_error' });
    await waitUntil(() => textOf($(el, '.my-feed [role="alert"]')) !== '');
    expect(textOf($(el, '.my-feed [role="alert"]'))).to.not.equal('');
    expect($<HTMLDetailsElement>(el, '[part="subscribe"]')?.open).to.be.true;
    expect($(el, '#my-feed')).to.exist;
    expect(address(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('speaks Dutch', async () => {
    feed = serveFeed();
    const el = await mount(`lang="nl" token="${member}"`);
    await waitUntil(() => textOf($(el, '#my-feed')) === 'Mijn inschrijvingen in mijn agenda');
    await press(el, 'my-feed', () => address(el) !== '');
    expect(textOf($(el, '.my-feed p'))).to.include('Deze link is persoonlijk');
    await press(el, 'reset-feed', () => $(el, '#reset-confirm') !== null);
    expect(textOf($(el, '#reset-warning'))).to.include('niet meer werkt');
    await press(el, 'reset-confirm', () => address(el) === SECOND);
    expect(announced(el)).to.equal('Nieuwe link gemaakt. De oude link werkt niet meer.');
  });
});
