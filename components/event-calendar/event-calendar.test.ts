import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import * as v from 'valibot';
import { EventView } from '../../schema/events.ts';
import {
  deferred,
  jsonResponse,
  problemResponse,
  stubFetch,
  textOf,
  whenSettled,
} from '../internal/test-helpers.ts';
import type { SipEventCalendar } from './event-calendar.ts';
import { API, type EventApi, hybrid, pastWorkshop, serveEvents, smallTalk, workshop } from './test-utils.ts';
import './event-calendar.ts';

function mount(attributes = '') {
  return whenSettled(() =>
    fixture<SipEventCalendar>(`<sip-event-calendar api="${API}" ${attributes}></sip-event-calendar>`),
  );
}

const $ = <E extends Element = HTMLElement>(el: SipEventCalendar, selector: string) =>
  el.shadowRoot?.querySelector<E>(selector) ?? null;
const $$ = <E extends Element = HTMLElement>(el: SipEventCalendar, selector: string) => [
  ...(el.shadowRoot?.querySelectorAll<E>(selector) ?? []),
];
/** Opens a disclosure as a click on its summary does (its toggle event comes a task later). */
async function open(details: HTMLDetailsElement | null) {
  const toggled = oneEvent(details as HTMLDetailsElement, 'toggle');
  details?.querySelector('summary')?.click();
  await toggled;
}

const titles = (el: SipEventCalendar) => $$(el, '[part~="item"] h3').map(textOf);

/** Chooses `value` in the filter `name`, as a visitor does, and waits for the list it brings. */
async function choose(el: SipEventCalendar, name: string, value: string) {
  const select = $<HTMLSelectElement>(el, `select[name="${name}"]`);
  if (!select) throw new Error(`no filter ${name}`);
  select.value = value;
  const loaded = oneEvent(el, 'sip-load');
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await loaded;
  await el.updateComplete;
}

describe('<sip-event-calendar> list', () => {
  let api: EventApi | undefined;
  const pageLang = document.documentElement.getAttribute('lang');
  beforeEach(() => document.documentElement.removeAttribute('lang'));
  afterEach(() => {
    api?.stub.restore();
    api = undefined;
    if (pageLang !== null) document.documentElement.setAttribute('lang', pageLang);
  });

  it('builds its fixtures to the EventView schema', () => {
    for (const view of [workshop(), smallTalk(), hybrid(), pastWorkshop()])
      expect(v.is(EventView, view)).to.be.true;
  });

  it('announces loading, then lists the upcoming events with their time, format, mode, place and seats', async () => {
    const answer = deferred<Response>();
    const stub = stubFetch(() => answer.promise);
    const el = await fixture<SipEventCalendar>(`<sip-event-calendar api="${API}"></sip-event-calendar>`);
    expect(textOf($(el, '[role="status"]'))).to.equal('Chargement…');
    await expect(el).to.be.accessible();
    answer.resolve(jsonResponse({ events: [], nextCursor: null }));
    await oneEvent(el, 'sip-load');
    stub.restore();

    api = serveEvents([workshop(), smallTalk(), hybrid()]);
    const loaded = await mount();
    await expect(loaded).to.be.accessible();
    expect(titles(loaded)).to.deep.equal([
      'Atelier : pour qui et avec qui ?',
      'Small talk : nos outils en ligne',
      'Atelier hybride à Lille',
    ]);
    const [first, second, third] = $$(loaded, '[part~="item"]').map(textOf);
    expect(first).to.include('Atelier').and.include('Sur place').and.include('Bruxelles');
    expect(first).to.include('Sur place : 12 places restantes sur 20');
    expect(first).to.include('Être une coopérative : pour qui et avec qui ?');
    expect(second).to.include('Small talk').and.include('En ligne : 25 places restantes sur 30');
    expect(third).to.include('Sur place : Complet').and.include('En ligne : 10 places restantes sur 50');
    // The time is the event's own, its zone named (short), e.g. "… 18:00 – 20:00 UTC+1" or "UTC+2" in summer.
    expect(textOf($(loaded, '[part~="item"] time'))).to.match(/\d{2}:\d{2}\s?–\s?\d{2}:\d{2} UTC\+[12]$/);
    const request = api.lists()[0].url;
    expect(request.searchParams.get('when')).to.equal('upcoming');
    expect(request.searchParams.get('limit')).to.equal('10');
    // Lists carry no identity: simple CORS requests, the same answer for everyone.
    expect(api.lists()[0].headers.has('Sip-Participant')).to.be.false;
  });

  it('fires sip-load with the page', async () => {
    api = serveEvents([workshop()]);
    const events: CustomEvent[] = [];
    document.addEventListener('sip-load', (event) => events.push(event as CustomEvent), { once: true });
    await mount();
    expect(events[0].detail.events.map((event: { slug: string }) => event.slug)).to.deep.equal([
      'atelier-pour-qui-bruxelles',
    ]);
    expect(events[0].detail.nextCursor).to.be.null;
  });

  it('says so when no event matches', async () => {
    api = serveEvents([]);
    const el = await mount();
    await expect(el).to.be.accessible();
    expect(textOf($(el, '[part="empty"]'))).to.equal('Aucun événement ne correspond à ces filtres.');
  });

  it('marks a cancelled event and shows no seats for it', async () => {
    api = serveEvents([workshop({ status: 'cancelled' })]);
    const el = await mount();
    expect(textOf($(el, '.badge.cancelled'))).to.equal('Annulé');
    expect($(el, '[part~="item"] .seats')).to.be.null;
  });

  it('loads more with the cursor and moves the focus to the first new event', async () => {
    const page2 = [hybrid()];
    api = serveEvents([workshop(), smallTalk(), ...page2], { pages: [[workshop(), smallTalk()], page2] });
    const el = await mount();
    const more = $<HTMLButtonElement>(el, '[part="load-more"]');
    expect(textOf(more)).to.equal('Afficher plus d’événements');
    more?.click();
    await oneEvent(el, 'sip-load');
    await el.updateComplete;
    expect(titles(el)).to.have.length(3);
    expect(api.lists()[1].url.searchParams.get('cursor')).to.equal('1');
    expect(el.shadowRoot?.activeElement).to.equal($$(el, '[part~="item"]')[2]);
    expect($(el, '[part="load-more"]')).to.be.null;
  });

  it('keeps the events shown and explains a failed "load more"', async () => {
    let fail = false;
    api = serveEvents([workshop(), smallTalk()], {
      pages: [[workshop()], [smallTalk()]],
      before: (call) =>
        fail && call.url.searchParams.has('cursor') ? problemResponse(503, 'internal_error') : undefined,
    });
    const el = await mount();
    fail = true;
    const error = oneEvent(el, 'sip-error');
    $<HTMLButtonElement>(el, '[part="load-more"]')?.click();
    expect((await error).detail).to.deep.equal({ status: 503, code: 'internal_error' });
    await el.updateComplete;
    expect(titles(el)).to.have.length(1);
    expect(textOf($(el, '[part="error"]'))).to.equal(
      'Une erreur est survenue de notre côté. Réessayez dans un moment.',
    );
  });

  it('explains a list that cannot be loaded, and retries', async () => {
    let down = true;
    api = serveEvents([workshop()], {
      before: () => (down ? Promise.reject(new TypeError('offline')) : undefined),
    });
    const el = await mount();
    await expect(el).to.be.accessible();
    expect(textOf($(el, '[role="alert"]'))).to.equal(
      'Impossible de joindre le service. Vérifiez votre connexion puis réessayez.',
    );
    down = false;
    const loaded = oneEvent(el, 'sip-load');
    (
      $$<HTMLButtonElement>(el, 'button').find(
        (button) => textOf(button) === 'Réessayer',
      ) as HTMLButtonElement
    ).click();
    await loaded;
    await el.updateComplete;
    expect(titles(el)).to.have.length(1);
  });

  describe('filters', () => {
    it('start from the attributes, which the requests and the controls follow', async () => {
      api = serveEvents([workshop()]);
      const el = await mount(
        'theme="pour-qui-avec-qui" territory="bruxelles" format="workshop" mode="in_person" when="past"',
      );
      const query = api.lists()[0].url.searchParams;
      expect(Object.fromEntries(query)).to.deep.equal({
        theme: 'pour-qui-avec-qui',
        territory: 'bruxelles',
        format: 'workshop',
        mode: 'in_person',
        when: 'past',
        limit: '10',
      });
      const value = (name: string) => $<HTMLSelectElement>(el, `select[name="${name}"]`)?.value;
      expect(['theme', 'territory', 'format', 'mode', 'when'].map(value)).to.deep.equal([
        'pour-qui-avec-qui',
        'bruxelles',
        'workshop',
        'in_person',
        'past',
      ]);
    });

    it('are labelled native selects offering the catalog’s themes and territories in the page’s language', async () => {
      api = serveEvents([workshop()]);
      const el = await mount();
      await expect(el).to.be.accessible();
      const labels = $$(el, '[part="filters"] label > span').map(textOf);
      expect(labels).to.deep.equal(['Période', 'Thème', 'Territoire', 'Format', 'Participation']);
      const options = (name: string) => $$(el, `select[name="${name}"] option`).map(textOf);
      expect(options('theme')[0]).to.equal('Tous les thèmes');
      expect(options('theme')).to.include('Être une coopérative : pour qui et avec qui ?');
      expect(options('territory')).to.include('Bruxelles-Capitale');
      expect(options('format')).to.deep.equal(['Tous les formats', 'Atelier', 'Small talk']);
      expect(options('mode')).to.deep.equal([
        'Sur place ou en ligne',
        'Sur place',
        'En ligne',
        'Sur place et en ligne',
      ]);
      expect(options('when')).to.deep.equal(['À venir', 'Passés']);
    });

    it('change with the visitor’s choice: the list is asked again, the attribute follows, the count is announced', async () => {
      api = serveEvents([workshop(), hybrid()]);
      const el = await mount();
      await choose(el, 'format', 'small_talk');
      expect(api.lists()[1].url.searchParams.get('format')).to.equal('small_talk');
      expect(el.getAttribute('format')).to.equal('small_talk');
      expect(textOf($(el, '.visually-hidden[role="status"]'))).to.equal('2 événements.');
      await choose(el, 'when', 'past');
      expect(api.lists()[2].url.searchParams.get('when')).to.equal('past');
      expect(api.lists()[2].url.searchParams.get('format')).to.equal('small_talk');
      await choose(el, 'format', '');
      expect(api.lists()[3].url.searchParams.has('format')).to.be.false;
    });

    it('are reachable and usable with the keyboard', async () => {
      api = serveEvents([workshop()]);
      const el = await mount();
      $<HTMLSelectElement>(el, 'select[name="when"]')?.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot?.activeElement?.getAttribute('name')).to.equal('theme');
      const loaded = oneEvent(el, 'sip-load');
      await sendKeys({ press: 'ArrowDown' });
      await loaded;
      expect(api.lists()[1].url.searchParams.get('theme')).to.equal('pour-qui-avec-qui');
    });

    it('keep a value the catalog does not list, rather than drop it', async () => {
      api = serveEvents([workshop()]);
      const el = await mount('territory="nowhere"');
      expect($<HTMLSelectElement>(el, 'select[name="territory"]')?.value).to.equal('nowhere');
    });
  });

  describe('subscribe', () => {
    it('explains subscribing in plain words and offers the feed of the current filters', async () => {
      api = serveEvents([workshop()]);
      const el = await mount('theme="outils" when="past"');
      const details = $<HTMLDetailsElement>(el, '[part="subscribe"]');
      expect(textOf(details?.querySelector('summary'))).to.equal('S’abonner à ces événements');
      await open(details);
      await el.updateComplete;
      await expect(el).to.be.accessible();
      expect(textOf(details?.querySelector('p'))).to.include('L’agenda se met à jour tout seul');
      const feed = () => new URL($<HTMLInputElement>(el, '#feed-url')?.value ?? '');
      expect(feed().href).to.equal(`${API}events.ics?theme=outils&lang=fr`);
      expect(details?.querySelector('a')?.getAttribute('href')).to.equal(
        'webcal://api.test/api/v1/events.ics?theme=outils&lang=fr',
      );

      await choose(el, 'territory', 'wallonie');
      await choose(el, 'mode', 'online');
      expect(Object.fromEntries(feed().searchParams)).to.deep.equal({
        theme: 'outils',
        territory: 'wallonie',
        mode: 'online',
        lang: 'fr',
      });
    });

    it('copies the address, and says so', async () => {
      api = serveEvents([workshop()]);
      const el = await mount();
      await open($<HTMLDetailsElement>(el, '[part="subscribe"]'));
      await el.updateComplete;
      const written: string[] = [];
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (text: string) => written.push(text) },
      });
      try {
        $$<HTMLButtonElement>(el, '[part="subscribe"] button')[0].click();
        await new Promise((resolve) => setTimeout(resolve));
        await el.updateComplete;
        expect(written).to.deep.equal([`${API}events.ics?lang=fr`]);
        expect(textOf($(el, '.visually-hidden[role="status"]'))).to.equal('Adresse copiée.');
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
        if (original) expect(navigator.clipboard).to.exist;
      }
    });
  });
});
