/**
 * An event's details: in place, deep-linkable (the host page's address and
 * its history), alone with `event="…"`, and what they show, times in the
 * event's zone and the visitor's.
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { textOf, whenSettled } from '../internal/test-helpers.ts';
import type { SipEventCalendar } from './event-calendar.ts';
import { eventTimes, visitorZone } from './event-times.ts';
import { API, type EventApi, hybrid, pastWorkshop, serveEvents, smallTalk, workshop } from './test-utils.ts';
import './event-calendar.ts';

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

/** Opens an event from its link in the list, as a click does, and waits for its details. */
async function openFromList(el: SipEventCalendar, slug: string) {
  const opened = oneEvent(el, 'sip-open');
  $<HTMLAnchorElement>(el, `a[data-slug="${slug}"]`)?.click();
  const { detail } = await opened;
  await el.updateComplete;
  return detail;
}

/** The facts of the details as label → value. */
function facts(el: SipEventCalendar): Record<string, string> {
  return Object.fromEntries(
    $$(el, '.facts > div').map((row) => [textOf(row.querySelector('dt')), textOf(row.querySelector('dd'))]),
  );
}

const param = () => new URL(location.href).searchParams.get('sip-event');

describe('<sip-event-calendar> details', () => {
  let api: EventApi | undefined;
  const start = location.href;
  afterEach(() => {
    api?.stub.restore();
    api = undefined;
    history.replaceState(null, '', start);
  });

  describe('in place, deep-linkable', () => {
    it('opens in place of the list, adds ?sip-event= to the address (keeping its other parameters and hash), focuses the title', async () => {
      history.replaceState(null, '', `${start}&keep=1#agenda`);
      api = serveEvents([workshop(), hybrid()]);
      const el = await mount();
      const entries = history.length;
      const detail = await openFromList(el, 'atelier-hybride-lille');
      expect(detail.event.slug).to.equal('atelier-hybride-lille');
      await expect(el).to.be.accessible();
      const url = new URL(location.href);
      expect(url.searchParams.get('sip-event')).to.equal('atelier-hybride-lille');
      expect(url.searchParams.get('keep')).to.equal('1');
      expect(url.searchParams.has('wtr-session-id')).to.be.true;
      expect(url.hash).to.equal('#agenda');
      // One entry pushed; Chromium keeps at most 50, dropping the oldest, once earlier tests have filled it.
      expect(history.length).to.equal(Math.min(entries + 1, 50));
      expect($(el, '[part="list"]')).to.be.null;
      expect($(el, '[part="filters"]')).to.be.null;
      expect(el.shadowRoot?.activeElement?.id).to.equal('event-title');
      expect(textOf($(el, '#event-title'))).to.equal('Atelier hybride à Lille');
      // The visitor's identity goes with the read: it says where they stand.
      const read = api.stub.calls.find((call) => call.url.pathname.endsWith('/events/atelier-hybride-lille'));
      expect(read?.headers.has('Sip-Participant')).to.be.true;
      // Its calendar links speak the visitor's language.
      expect(read?.url.searchParams.get('lang')).to.equal('fr');
    });

    it('the link is a real address: a new tab opens the event there', async () => {
      api = serveEvents([workshop()]);
      const el = await mount();
      const link = $<HTMLAnchorElement>(el, 'a[data-slug="atelier-pour-qui-bruxelles"]');
      expect(new URL(link?.href ?? '').searchParams.get('sip-event')).to.equal('atelier-pour-qui-bruxelles');
      // Ctrl+click: the browser's own way (a new tab), not the widget's.
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true });
      link?.addEventListener('click', (event) => event.preventDefault(), { once: true });
      link?.dispatchEvent(click);
      await el.updateComplete;
      expect($(el, '[part="details"]')).to.be.null;
      expect(param()).to.be.null;
    });

    it('Back closes it (focus back on its link), Forward opens it again', async () => {
      api = serveEvents([workshop(), smallTalk()]);
      const el = await mount();
      await openFromList(el, 'small-talk-outils');
      const popped = oneEvent(window, 'popstate');
      history.back();
      await popped;
      await el.updateComplete;
      expect(param()).to.be.null;
      expect($(el, '[part="details"]')).to.be.null;
      expect(el.shadowRoot?.activeElement?.getAttribute('data-slug')).to.equal('small-talk-outils');

      const opened = oneEvent(el, 'sip-open');
      history.forward();
      expect((await opened).detail.event.slug).to.equal('small-talk-outils');
      await el.updateComplete;
      expect(textOf($(el, '#event-title'))).to.equal('Small talk : nos outils en ligne');
    });

    it('its own back button closes it and goes back in the history', async () => {
      api = serveEvents([workshop()]);
      const el = await mount();
      await openFromList(el, 'atelier-pour-qui-bruxelles');
      const entries = history.length;
      const popped = oneEvent(window, 'popstate');
      $<HTMLButtonElement>(el, '[part="back"]')?.click();
      await popped;
      await el.updateComplete;
      expect(param()).to.be.null;
      expect(history.length).to.equal(entries);
      expect($$(el, '[part~="item"]')).to.have.length(1);
      expect(el.shadowRoot?.activeElement?.getAttribute('data-slug')).to.equal('atelier-pour-qui-bruxelles');
    });

    it('an address with ?sip-event= opens that event, without taking the focus from the page', async () => {
      history.replaceState(null, '', `${start}&sip-event=atelier-passe-liege`);
      api = serveEvents([workshop(), pastWorkshop()]);
      const el = await fixture<SipEventCalendar>(`<sip-event-calendar api="${API}"></sip-event-calendar>`);
      await oneEvent(el, 'sip-open');
      await el.updateComplete;
      expect(textOf($(el, '#event-title'))).to.equal('Atelier passé à Liège');
      expect(el.shadowRoot?.activeElement).to.be.null;
      await expect(el).to.be.accessible();
      // Closing it from the widget takes the parameter off the address, in place.
      const entries = history.length;
      $<HTMLButtonElement>(el, '[part="back"]')?.click();
      await el.updateComplete;
      expect(param()).to.be.null;
      expect(history.length).to.equal(entries);
      expect(new URL(location.href).searchParams.has('wtr-session-id')).to.be.true;
    });

    it('explains an event that does not exist, and offers the way back', async () => {
      history.replaceState(null, '', `${start}&sip-event=disparu`);
      api = serveEvents([workshop()]);
      const el = await fixture<SipEventCalendar>(`<sip-event-calendar api="${API}"></sip-event-calendar>`);
      const { detail } = await oneEvent(el, 'sip-error');
      expect(detail).to.deep.equal({ status: 404, code: 'event_not_found' });
      await el.updateComplete;
      await expect(el).to.be.accessible();
      expect(textOf($(el, '[part="error"]'))).to.equal(
        'Cet événement est introuvable. Il a peut-être été retiré.',
      );
      expect($(el, '[part="back"]')).to.exist;
    });
  });

  describe('one event alone', () => {
    it('event="…" shows that event without list, filters, back button, nor a change of address', async () => {
      api = serveEvents([workshop(), hybrid()]);
      const loads: CustomEvent[] = [];
      document.addEventListener('sip-load', (event) => loads.push(event as CustomEvent), { once: true });
      const el = await mount('event="atelier-hybride-lille"');
      await expect(el).to.be.accessible();
      expect(textOf($(el, '#event-title'))).to.equal('Atelier hybride à Lille');
      expect(loads[0].detail.events.map((event: { slug: string }) => event.slug)).to.deep.equal([
        'atelier-hybride-lille',
      ]);
      expect($(el, '[part="filters"]')).to.be.null;
      expect($(el, '[part="back"]')).to.be.null;
      expect($(el, '[part="subscribe"]')).to.be.null;
      expect(api.lists()).to.be.empty;
      expect(param()).to.be.null;
    });

    it('ignores the address’s ?sip-event=', async () => {
      history.replaceState(null, '', `${start}&sip-event=small-talk-outils`);
      api = serveEvents([workshop(), smallTalk()]);
      const el = await mount('event="atelier-pour-qui-bruxelles"');
      expect(textOf($(el, '#event-title'))).to.equal('Atelier : pour qui et avec qui ?');
    });
  });

  describe('what they show', () => {
    it('the facts: when (its zone named), where, territory, format, themes, languages, people, accessibility, audience', async () => {
      api = serveEvents([workshop()]);
      const el = await mount('event="atelier-pour-qui-bruxelles"');
      const view = workshop();
      const times = eventTimes('fr', view);
      const shown = facts(el);
      expect(shown.Quand).to.include(`${times.range} (${times.zone})`);
      expect(shown.Quand).to.match(/heure (normale|d’été) d’Europe centrale/);
      expect(shown.Où).to.equal('La ValléeRue Adolphe Lavallée 39, 1080 Bruxelles'); // a line break between
      expect(shown.Territoire).to.equal('Bruxelles-Capitale');
      expect(shown.Format).to.equal('Atelier');
      expect(shown.Thèmes).to.equal('Être une coopérative : pour qui et avec qui ?');
      expect(shown['Langues parlées']).to.equal('français, néerlandais');
      expect(shown.Animation).to.equal('Camille Dupont');
      expect(shown['Administrateur·rices référent·es']).to.equal('Jan Peeters, Sofia Martin');
      expect(shown['Secrétariat de séance']).to.equal('Léa Dubois');
      expect(shown.Accessibilité).to.equal('Accès de plain-pied · Boucle magnétique à l’accueil.');
      expect(shown['Qui peut s’inscrire']).to.equal('Ouvert à toutes et à tous');
      expect($(el, '[part="details"] time')?.getAttribute('datetime')).to.equal(view.startsAt);
      // The description as text, in paragraphs.
      expect($$(el, '[part="details"] > .text p').map((p) => p.textContent)).to.deep.equal([
        'Qui sont les membres de Smart ?\nDébat ouvert.',
        'Apportez vos questions.',
      ]);
    });

    it('the visitor’s own time too, when it reads differently from the event’s', async () => {
      const far = workshop({
        timeZone: visitorZone() === 'Pacific/Auckland' ? 'Europe/Paris' : 'Pacific/Auckland',
      });
      api = serveEvents([far]);
      const el = await mount('event="atelier-pour-qui-bruxelles"');
      const local = eventTimes('fr', far).local;
      expect(local).not.to.be.null;
      expect(textOf($(el, '.local'))).to.equal(`Chez vous : ${local?.range} (${local?.zone})`);
    });

    it('an online event: "online", no territory nor step-free line, sign language said', async () => {
      api = serveEvents([smallTalk()]);
      const el = await mount('event="small-talk-outils"');
      const shown = facts(el);
      expect(shown.Où).to.equal('En ligne');
      expect(shown.Territoire).to.be.undefined;
      expect(shown.Accessibilité).to.equal('Interprétation en langue des signes');
      expect(shown.Animation).to.be.undefined;
      expect(shown['Qui peut s’inscrire']).to.equal('Participant·es connecté·es sur le site');
    });

    it('seats per mode, "full — join the waitlist" and who is waiting', async () => {
      api = serveEvents([hybrid()]);
      const el = await mount('event="atelier-hybride-lille"');
      expect($$(el, '[part="register"] .seats li').map(textOf)).to.deep.equal([
        'Sur place : Complet — inscrivez-vous sur la liste d’attente · 3 personnes en attente',
        'En ligne : 10 places restantes sur 50',
      ]);
      expect(facts(el).Où).to.equal('La Maison de l’économie1 place de la Gare, 59000 LilleEn ligne'); // three lines
    });

    it('"full" alone when the event has no waitlist', async () => {
      const seats = hybrid().seats;
      const full = { capacity: 15, taken: 15, left: 0, waitlist: 0 };
      api = serveEvents([hybrid({ waitlist: false, seats: { ...seats, in_person: full } })]);
      const el = await mount('event="atelier-hybride-lille"');
      expect(textOf($(el, '[part="register"] .seats li'))).to.equal('Sur place : Complet');
    });

    it('calendar links: the .ics file, Google and Outlook in a new tab', async () => {
      api = serveEvents([workshop()]);
      const el = await mount('event="atelier-pour-qui-bruxelles"');
      const links = $$<HTMLAnchorElement>(el, '[part="calendar-links"] a');
      expect(links.map(textOf)).to.deep.equal([
        'Fichier agenda (.ics)',
        'Google Agenda (nouvel onglet)',
        'Outlook (nouvel onglet)',
      ]);
      expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
        workshop().calendar.ics,
        workshop().calendar.google,
        workshop().calendar.outlook,
      ]);
      expect(links[1].target).to.equal('_blank');
      expect(links[1].rel).to.equal('noopener');
    });

    it('after the event: the minutes in paragraphs and the attendance, no registration nor calendar links', async () => {
      api = serveEvents([pastWorkshop()]);
      const el = await mount('event="atelier-passe-liege"');
      await expect(el).to.be.accessible();
      const minutes = $(el, '[part="minutes"]');
      expect([...(minutes?.querySelectorAll('.text p') ?? [])].map(textOf)).to.deep.equal([
        'Premier point : les publics.',
        'Second point : la suite.',
      ]);
      expect(textOf(minutes)).to.include('14 participant·es');
      expect([...(minutes?.querySelectorAll('li') ?? [])].map(textOf)).to.deep.equal([
        'Travailleur·euse autonome : 9 participant·es',
        'Sociétaire : 5 participant·es',
        'Wallonie : 14 participant·es',
      ]);
      expect(textOf($(el, '[part="register"] .message'))).to.equal('Cet événement a eu lieu.');
      expect($(el, '[part="register"] button')).to.be.null;
      expect($(el, '[part="calendar-links"]')).to.be.null;
    });

    it('a cancelled event says so and offers no registration', async () => {
      api = serveEvents([
        workshop({ status: 'cancelled', eligibility: { canRegister: false, reason: 'event_cancelled' } }),
      ]);
      const el = await mount('event="atelier-pour-qui-bruxelles"');
      expect(textOf($(el, '[part="register"] .message'))).to.equal('Cet événement est annulé.');
      expect($(el, '[part="register"] button')).to.be.null;
      expect(textOf($(el, '.badge.cancelled'))).to.equal('Annulé');
    });
  });
});

describe('eventTimes: an event’s times in its zone and the visitor’s', () => {
  const paris = {
    startsAt: '2026-03-12T17:00:00.000Z',
    endsAt: '2026-03-12T19:00:00.000Z',
    timeZone: 'Europe/Paris',
  };

  it('names the event’s zone, and gives the visitor’s time when it differs (Montréal)', () => {
    const times = eventTimes('fr', paris, 'America/Toronto');
    expect(times.range).to.equal('jeudi 12 mars 2026, 18:00 – 20:00');
    expect(times.zone).to.equal('heure normale d’Europe centrale');
    expect(times.local).to.deep.equal({
      range: 'jeudi 12 mars 2026, 13:00 – 15:00',
      zone: 'heure d’été de l’Est nord-américain',
    });
  });

  it('crosses the date line with the visitor (Tokyo: the next day)', () => {
    const times = eventTimes('en', paris, 'Asia/Tokyo');
    expect(times.local?.range).to.equal('Friday, March 13, 2026, 2:00 – 4:00 AM');
    expect(times.local?.zone).to.equal('Japan Standard Time');
  });

  it('says nothing more for a visitor whose clock reads the same (Brussels for Paris)', () => {
    expect(eventTimes('nl', paris, 'Europe/Brussels').local).to.be.null;
    expect(eventTimes('nl', paris, 'Europe/Paris').zone).to.equal('Midden-Europese standaardtijd');
  });

  it('follows summer time in the zone’s name', () => {
    const summer = { ...paris, startsAt: '2026-07-02T16:00:00.000Z', endsAt: '2026-07-02T18:00:00.000Z' };
    expect(eventTimes('fr', summer, 'UTC').zone).to.equal('heure d’été d’Europe centrale');
    expect(eventTimes('fr', summer, 'UTC').range).to.equal('jeudi 2 juillet 2026, 18:00 – 20:00');
  });
});
