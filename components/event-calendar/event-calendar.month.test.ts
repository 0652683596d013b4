/**
 * The month grid: its code fetched when the visitor switches to it, the
 * WAI-ARIA date grid pattern (one tab stop, arrows, Home/End, Page Up/Down,
 * Enter), the month announced, days with events marked in text. A file of
 * its own: each test file runs in a fresh page, so the grid's chunk is not
 * fetched yet when it starts.
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { textOf, whenSettled } from '../internal/test-helpers.ts';
import type { SipEventCalendar } from './event-calendar.ts';
import { API, type EventApi, serveEvents, workshop } from './test-utils.ts';
import './event-calendar.ts';

const $ = <E extends Element = HTMLElement>(el: SipEventCalendar, selector: string) =>
  el.shadowRoot?.querySelector<E>(selector) ?? null;
const $$ = <E extends Element = HTMLElement>(el: SipEventCalendar, selector: string) => [
  ...(el.shadowRoot?.querySelectorAll<E>(selector) ?? []),
];

/** A calendar day as the grid names it (`YYYY-MM-DD`), from the visitor's today. */
const now = new Date();
const day = (year: number, month: number, date: number) =>
  new Date(Date.UTC(year, month, date)).toISOString().slice(0, 10);
const today = day(now.getFullYear(), now.getMonth(), now.getDate());
const shift = (key: string, days: number) =>
  new Date(Date.parse(`${key}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const monthTitle = (year: number, month: number) =>
  new Intl.DateTimeFormat('fr', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(year, month, 1),
  );

/** Two events on the 15th of this month (in Brussels), one on the 3rd. */
const year = now.getFullYear();
const month = now.getMonth();
const on = (date: number, hour: number, slug: string) =>
  workshop({
    slug,
    startsAt: new Date(Date.UTC(year, month, date, hour)).toISOString(),
    endsAt: new Date(Date.UTC(year, month, date, hour + 2)).toISOString(),
  });
const EVENTS = [on(3, 9, 'atelier-du-3'), on(15, 9, 'atelier-du-15'), on(15, 16, 'small-talk-du-15')];

const focusedDay = (el: SipEventCalendar) =>
  (el.shadowRoot?.activeElement as HTMLElement | null)?.dataset.day;
const stops = (el: SipEventCalendar) => $$(el, '[part~="day"][tabindex="0"]').map((cell) => cell.dataset.day);

async function press(el: SipEventCalendar, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** The modules of the grid's chunk the page fetched (dynamic imports show in resource timing). */
const gridFetched = () =>
  performance
    .getEntriesByType('resource')
    .some((entry) => entry.name.includes('/event-calendar/month-grid.ts'));

describe('<sip-event-calendar> month grid', () => {
  let api: EventApi | undefined;
  afterEach(() => {
    api?.stub.restore();
    api = undefined;
  });

  async function mountMonth() {
    api = serveEvents(EVENTS);
    return whenSettled(() =>
      fixture<SipEventCalendar>(`<sip-event-calendar api="${API}" view="month"></sip-event-calendar>`),
    );
  }

  it('is fetched only when the visitor switches to it, and asks for the month with the filters', async () => {
    api = serveEvents(EVENTS);
    const el = await whenSettled(() =>
      fixture<SipEventCalendar>(`<sip-event-calendar api="${API}" format="workshop"></sip-event-calendar>`),
    );
    expect(gridFetched(), 'not with the list').to.be.false;
    const toMonth = $$<HTMLButtonElement>(el, '[part="views"] button')[1];
    expect(toMonth.getAttribute('aria-pressed')).to.equal('false');
    const loaded = oneEvent(el, 'sip-load');
    toMonth.click();
    const { detail } = await loaded;
    await el.updateComplete;
    expect(gridFetched()).to.be.true;
    expect(el.getAttribute('view')).to.equal('month');
    expect(toMonth.getAttribute('aria-pressed')).to.equal('true');
    expect(detail.events.map((event: { slug: string }) => event.slug)).to.deep.equal(
      EVENTS.map((e) => e.slug),
    );
    const query = api.lists().at(-1)?.url.searchParams;
    expect(query?.get('format')).to.equal('workshop');
    expect(query?.get('limit')).to.equal('100');
    // A day's margin around the month: events belong to their own zone's date.
    expect(query?.get('from')).to.equal(new Date(Date.UTC(year, month, 0)).toISOString());
    expect(query?.get('to')).to.equal(new Date(Date.UTC(year, month + 1, 2)).toISOString());
    expect($(el, '[part="list"]')).to.be.null;
  });

  it('is a labelled grid of weeks, Monday first, with one tab stop on today', async () => {
    const el = await mountMonth();
    await expect(el).to.be.accessible();
    const grid = $(el, '[part="grid"]');
    expect(grid?.getAttribute('role')).to.equal('grid');
    expect(textOf($(el, `#${grid?.getAttribute('aria-labelledby')}`))).to.equal(monthTitle(year, month));
    expect($$(el, 'th').map((th) => th.getAttribute('abbr'))).to.deep.equal([
      'lundi',
      'mardi',
      'mercredi',
      'jeudi',
      'vendredi',
      'samedi',
      'dimanche',
    ]);
    expect(stops(el)).to.deep.equal([today]);
    expect($(el, `[data-day="${today}"]`)?.getAttribute('aria-current')).to.equal('date');
    const length = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    expect($$(el, '[part~="day"]')).to.have.length(length);
  });

  it('marks days with events in text and with a marker, not by colour alone', async () => {
    const el = await mountMonth();
    const fifteenth = $(el, `[data-day="${day(year, month, 15)}"]`);
    expect(textOf(fifteenth)).to.equal('15 2, 2 événements');
    expect(fifteenth?.querySelector('.marker')?.getAttribute('aria-hidden')).to.equal('true');
    expect(textOf(fifteenth?.querySelector('.visually-hidden'))).to.equal(', 2 événements');
    expect(textOf($(el, `[data-day="${day(year, month, 3)}"] .visually-hidden`))).to.equal(', 1 événement');
    expect($(el, `[data-day="${day(year, month, 4)}"] .marker`)).to.be.null;
  });

  it('moves between days with the arrow keys, the tab stop following the focus', async () => {
    const el = await mountMonth();
    $(el, '[part~="day"][tabindex="0"]')?.focus();
    await press(el, 'ArrowRight');
    expect(focusedDay(el)).to.equal(shift(today, 1));
    expect(stops(el)).to.deep.equal([shift(today, 1)]);
    await press(el, 'ArrowLeft');
    await press(el, 'ArrowLeft');
    expect(focusedDay(el)).to.equal(shift(today, -1));
    await press(el, 'ArrowDown');
    expect(focusedDay(el)).to.equal(shift(today, 6));
    await press(el, 'ArrowUp');
    await press(el, 'ArrowUp');
    expect(focusedDay(el)).to.equal(shift(today, -8));
  });

  it('Home and End go to the week’s Monday and Sunday', async () => {
    const el = await mountMonth();
    $(el, '[part~="day"][tabindex="0"]')?.focus();
    const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
    await press(el, 'Home');
    expect(focusedDay(el)).to.equal(shift(today, -weekday));
    await press(el, 'End');
    expect(focusedDay(el)).to.equal(shift(today, 6 - weekday));
  });

  it('Page Down and Page Up change the month (Shift: the year), its title announced and its events read', async () => {
    const el = await mountMonth();
    $(el, '[part~="day"][tabindex="0"]')?.focus();
    const title = $(el, '#month-title');
    expect(title?.getAttribute('aria-live')).to.equal('polite');
    const lists = api?.lists().length ?? 0;
    await press(el, 'PageDown');
    const next = new Date(Date.UTC(year, month + 1, 1));
    expect(textOf($(el, '#month-title'))).to.equal(monthTitle(next.getUTCFullYear(), next.getUTCMonth()));
    const last = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0)).getUTCDate();
    expect(focusedDay(el)).to.equal(
      day(next.getUTCFullYear(), next.getUTCMonth(), Math.min(now.getDate(), last)),
    );
    expect(api?.lists().length).to.equal(lists + 1);
    // This month's events are not next month's.
    expect($$(el, '.marker')).to.be.empty;
    await press(el, 'PageUp');
    expect(focusedDay(el)).to.equal(today);
    expect($$(el, '.marker')).to.have.length(2);
    await sendKeys({ down: 'Shift' });
    await press(el, 'PageDown');
    await sendKeys({ up: 'Shift' });
    expect(textOf($(el, '#month-title'))).to.equal(monthTitle(year + 1, month));
  });

  it('the arrows cross into the next month at its end', async () => {
    const el = await mountMonth();
    const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    const cell = $(el, `[data-day="${day(year, month, last)}"]`);
    cell?.click();
    await el.updateComplete;
    $(el, '[part~="day"][tabindex="0"]')?.focus();
    await press(el, 'ArrowRight');
    const next = new Date(Date.UTC(year, month + 1, 1));
    expect(focusedDay(el)).to.equal(day(next.getUTCFullYear(), next.getUTCMonth(), 1));
    expect(textOf($(el, '#month-title'))).to.equal(monthTitle(next.getUTCFullYear(), next.getUTCMonth()));
  });

  it('is one tab stop: Tab enters on the focused day and leaves the grid at once', async () => {
    const el = await mountMonth();
    const [, nextMonth] = $$<HTMLButtonElement>(el, '.month-nav button');
    nextMonth.focus();
    await press(el, 'Tab');
    expect(focusedDay(el)).to.equal(today);
    await press(el, 'Tab');
    expect(focusedDay(el)).to.be.undefined;
  });

  it('Enter shows the day’s events under the grid and takes the focus there; their links open the details', async () => {
    const el = await mountMonth();
    const fifteenth = day(year, month, 15);
    $(el, `[data-day="${fifteenth}"]`)?.click();
    await el.updateComplete;
    $(el, '[part~="day"][tabindex="0"]')?.focus();
    await press(el, 'ArrowRight');
    await press(el, 'ArrowLeft');
    await press(el, 'Enter');
    expect(el.shadowRoot?.activeElement?.id).to.equal('day-heading');
    const heading = new Intl.DateTimeFormat('fr', { dateStyle: 'full', timeZone: 'UTC' }).format(
      Date.UTC(year, month, 15),
    );
    expect(textOf($(el, '#day-heading'))).to.equal(`Le ${heading}`);
    expect($(el, `[data-day="${fifteenth}"]`)?.getAttribute('aria-selected')).to.equal('true');
    expect($$(el, '[part="day-events"] [part~="item"] h3').map(textOf)).to.have.length(2);
    await expect(el).to.be.accessible();

    const opened = oneEvent(el, 'sip-open');
    $<HTMLAnchorElement>(el, '[part="day-events"] a[data-slug="small-talk-du-15"]')?.click();
    expect((await opened).detail.event.slug).to.equal('small-talk-du-15');
    await el.updateComplete;
    expect($(el, '[part="grid"]')).to.be.null;
    const popped = oneEvent(window, 'popstate');
    $<HTMLButtonElement>(el, '[part="back"]')?.click();
    await popped;
    await el.updateComplete;
    expect($(el, '[part="grid"]')).to.exist;
    expect(el.shadowRoot?.activeElement?.getAttribute('data-slug')).to.equal('small-talk-du-15');
  });

  it('a day without events says so', async () => {
    const el = await mountMonth();
    $(el, `[data-day="${day(year, month, 4)}"]`)?.click();
    await el.updateComplete;
    expect(textOf($(el, '[part="day-events"] [part="empty"]'))).to.equal('Aucun événement ce jour-là.');
  });

  it('follows the filters, and announces what the month holds', async () => {
    const el = await mountMonth();
    const select = $<HTMLSelectElement>(el, 'select[name="mode"]');
    if (select) select.value = 'online';
    const loaded = oneEvent(el, 'sip-load');
    select?.dispatchEvent(new Event('change', { bubbles: true }));
    await loaded;
    await el.updateComplete;
    expect(api?.lists().at(-1)?.url.searchParams.get('mode')).to.equal('online');
    expect(textOf($(el, '.base > .visually-hidden[role="status"]'))).to.equal('3 événements.');
  });
});
