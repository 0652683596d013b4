/**
 * The month grid, as the WAI-ARIA date grid pattern has it: a `grid` of
 * weeks whose days are `gridcell`s, one tab stop (a roving tabindex), arrow
 * keys between days, Home and End to the week's ends, Page Up and Page Down
 * between months (with Shift, years), Enter or Space to show the day's
 * events. The month's title is announced when it changes; a day with events
 * says how many in text and with a marker, not by colour alone. A chunk of
 * its own, fetched when the visitor first switches to the month.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { EventSummary } from '../../schema/events.ts';
import type { ApiError } from '../internal/api.ts';
import { errorMessage } from '../translations/dictionaries.ts';
import { type EventFilters, eventsPage } from './event-calendar.api.ts';
import { type CalendarHost, type DetailsContext, renderItem } from './event-calendar.render.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The most events a month asks for, a page at a time. */
const PAGE_LIMIT = 100;
const MAX_PAGES = 10;

/** A calendar day as a UTC midnight, so that adding days never meets a clock change. */
const utcDay = (year: number, month: number, day: number) => new Date(Date.UTC(year, month, day));
const keyOf = (day: Date) => day.toISOString().slice(0, 10);

/** The day an instant falls on in `timeZone`, as `YYYY-MM-DD` (an event is on its own zone's date). */
export function dayIn(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(instant));
}

/** Today in the visitor's own zone. */
function today(): Date {
  const now = new Date();
  return utcDay(now.getFullYear(), now.getMonth(), now.getDate());
}

/** Monday-first weeks (as in Belgium and France): 0 for Monday … 6 for Sunday. */
const weekday = (day: Date) => (day.getUTCDay() + 6) % 7;

/** The day `months` months away, on the same date or the month's last. */
function addMonths(day: Date, months: number): Date {
  const target = utcDay(day.getUTCFullYear(), day.getUTCMonth() + months, 1);
  const last = utcDay(target.getUTCFullYear(), target.getUTCMonth() + 1, 0).getUTCDate();
  return utcDay(target.getUTCFullYear(), target.getUTCMonth(), Math.min(day.getUTCDate(), last));
}

/** Where each key takes the focus, from the focused day. */
function moveFor(key: string, shift: boolean, day: Date): Date | undefined {
  const days = (count: number) => new Date(day.getTime() + count * DAY_MS);
  switch (key) {
    case 'ArrowLeft':
      return days(-1);
    case 'ArrowRight':
      return days(1);
    case 'ArrowUp':
      return days(-7);
    case 'ArrowDown':
      return days(7);
    case 'Home':
      return days(-weekday(day));
    case 'End':
      return days(6 - weekday(day));
    case 'PageUp':
      return addMonths(day, shift ? -12 : -1);
    case 'PageDown':
      return addMonths(day, shift ? 12 : 1);
    default:
      return undefined;
  }
}

export class MonthGrid {
  /** Settles once the month's events are read (for the element's `updateComplete`). */
  loading: Promise<unknown> | undefined;
  /** The day with the tab stop; its month is the month shown. */
  private focused = today();
  /** The day whose events are listed under the grid. */
  private chosen: string | undefined;
  private byDay = new Map<string, EventSummary[]>();
  private failure: ApiError | undefined;
  private pending = false;
  private base = '';
  private filters: EventFilters | undefined;
  private loadedKey = '';
  private open: (event: MouseEvent) => void = () => {};

  constructor(private readonly host: CalendarHost) {}

  /** Shows the month with these filters: its events read again when anything changed. */
  show(base: string, filters: EventFilters, catalog: Promise<unknown>): Promise<unknown> {
    this.base = base;
    this.filters = filters;
    return this.load(catalog);
  }

  /** How many events the month shown has. */
  get count(): number {
    return [...this.byDay.values()].reduce((sum, events) => sum + events.length, 0);
  }

  private get monthKey(): string {
    return keyOf(this.focused).slice(0, 7);
  }

  private load(catalog?: Promise<unknown>): Promise<unknown> {
    const filters = this.filters;
    const key = `${this.base} ${JSON.stringify(filters)} ${this.monthKey}`;
    if (!filters || key === this.loadedKey) return this.loading ?? Promise.resolve();
    this.loadedKey = key;
    this.pending = true;
    const year = this.focused.getUTCFullYear();
    const month = this.focused.getUTCMonth();
    // A day's margin each side: an event belongs to its own zone's date, which may not be UTC's.
    const from = new Date(utcDay(year, month, 1).getTime() - DAY_MS).toISOString();
    const to = new Date(utcDay(year, month + 1, 1).getTime() + DAY_MS).toISOString();
    const loading = (async () => {
      try {
        const events: EventSummary[] = [];
        let cursor: string | undefined;
        for (let page = 0; page < MAX_PAGES; page++) {
          const list = await eventsPage(this.base, { ...filters, from, to, cursor, limit: PAGE_LIMIT });
          events.push(...list.events);
          cursor = list.nextCursor ?? undefined;
          if (!cursor) break;
        }
        await catalog;
        if (key !== this.loadedKey) return;
        const prefix = this.monthKey;
        const inMonth = events.filter((event) => dayIn(event.startsAt, event.timeZone).startsWith(prefix));
        this.byDay = new Map();
        for (const event of inMonth) {
          const day = dayIn(event.startsAt, event.timeZone);
          this.byDay.set(day, [...(this.byDay.get(day) ?? []), event]);
        }
        this.failure = undefined;
        this.host.emit('sip-load', { events: inMonth, nextCursor: null });
      } catch (error) {
        if (key !== this.loadedKey) return;
        this.loadedKey = '';
        this.failure = this.host.emitError(error);
      } finally {
        if (key === this.loadedKey || !this.loadedKey) this.pending = false;
        this.host.requestUpdate();
      }
    })();
    this.loading = loading;
    return loading;
  }

  render(c: DetailsContext, open: (event: MouseEvent) => void): TemplateResult {
    this.open = open;
    const { t, lang } = c;
    const year = this.focused.getUTCFullYear();
    const month = this.focused.getUTCMonth();
    const first = utcDay(year, month, 1);
    const length = utcDay(year, month + 1, 0).getUTCDate();
    const lead = weekday(first);
    const weeks = Math.ceil((lead + length) / 7);
    const title = new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      first,
    );
    const names = (style: 'short' | 'long') =>
      [...Array(7)].map((_, index) =>
        // 1 January 2024 was a Monday.
        new Intl.DateTimeFormat(lang, { weekday: style, timeZone: 'UTC' }).format(utcDay(2024, 0, 1 + index)),
      );
    const long = names('long');
    const focusedKey = keyOf(this.focused);
    const todayKey = keyOf(today());
    const cell = (index: number) => {
      const date = index - lead + 1;
      if (date < 1 || date > length) return html`<td role="gridcell"></td>`;
      const key = keyOf(utcDay(year, month, date));
      const count = this.byDay.get(key)?.length ?? 0;
      return html`
        <td role="gridcell" part="day" class=${count ? 'day has-events' : 'day'} data-day=${key}
          tabindex=${key === focusedKey ? '0' : '-1'} aria-selected=${key === this.chosen ? 'true' : 'false'}
          aria-current=${key === todayKey ? 'date' : nothing}>
          <span class="number">${date}</span>
          ${count ? html`<span class="marker" aria-hidden="true">${count}</span><span class="visually-hidden">, ${t.eventsOnDay(count)}</span>` : nothing}
        </td>
      `;
    };
    return html`
      <div class="month">
        <div class="month-nav">
          <button class="secondary" type="button" @click=${() => this.moveTo(addMonths(this.focused, -1), false)}>
            <span aria-hidden="true">‹</span><span class="visually-hidden">${t.previousMonth}</span>
          </button>
          <h3 id="month-title" aria-live="polite">${title}</h3>
          <button class="secondary" type="button" @click=${() => this.moveTo(addMonths(this.focused, 1), false)}>
            <span aria-hidden="true">›</span><span class="visually-hidden">${t.nextMonth}</span>
          </button>
        </div>
        <table part="grid" role="grid" aria-labelledby="month-title" aria-busy=${this.pending ? 'true' : 'false'}
          @keydown=${this.keydown} @click=${this.click}>
          <thead>
            <tr>${names('short').map((name, index) => html`<th scope="col" abbr=${long[index]}>${name}</th>`)}</tr>
          </thead>
          <tbody>
            ${[...Array(weeks)].map((_, week) => html`<tr>${[...Array(7)].map((_, day) => cell(week * 7 + day))}</tr>`)}
          </tbody>
        </table>
        ${
          this.failure
            ? html`<p part="error" class="error" role="alert">${errorMessage(t, this.failure.code)}</p>
          <button class="secondary" type="button" @click=${() => this.load()}>${t.retry}</button>`
            : nothing
        }
        ${this.renderDay(c)}
      </div>
    `;
  }

  private renderDay(c: DetailsContext): TemplateResult | typeof nothing {
    const chosen = this.chosen;
    if (!chosen) return nothing;
    const { t, lang } = c;
    const [year, month, date] = chosen.split('-').map(Number);
    const heading = new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeZone: 'UTC' }).format(
      utcDay(year, month - 1, date),
    );
    const events = this.byDay.get(chosen) ?? [];
    return html`
      <section part="day-events" class="day-events" aria-labelledby="day-heading">
        <h3 id="day-heading" tabindex="-1">${t.dayHeading(heading)}</h3>
        ${
          events.length
            ? html`<ol part="list" class="list">${events.map((event) => renderItem(c, event, this.open))}</ol>`
            : html`<p part="empty" class="empty">${t.noEventsOnDay}</p>`
        }
      </section>
    `;
  }

  private readonly keydown = (event: KeyboardEvent): void => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('td[data-day]');
    if (!target) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      void this.choose(target.dataset.day as string);
      return;
    }
    const next = moveFor(event.key, event.shiftKey, this.focused);
    if (!next) return;
    event.preventDefault();
    void this.moveTo(next, true);
  };

  private readonly click = (event: MouseEvent): void => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('td[data-day]');
    if (!target) return;
    this.focused = new Date(`${target.dataset.day}T00:00:00Z`);
    void this.choose(target.dataset.day as string);
  };

  /** The focus moves to `day`, in another month if need be (its events read, its title announced). */
  private async moveTo(day: Date, focus: boolean): Promise<void> {
    this.focused = day;
    void this.load();
    this.host.requestUpdate();
    if (!focus) return;
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('td[tabindex="0"]')?.focus();
  }

  /** Shows the day's events under the grid and takes the focus to them. */
  private async choose(day: string): Promise<void> {
    this.chosen = day;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('#day-heading')?.focus();
  }
}
