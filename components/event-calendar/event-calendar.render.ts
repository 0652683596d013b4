/**
 * The calendar's list view: the filters, the view switch, the subscribe
 * action and the events' items. Pure functions of what the element passes.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Language } from '../../schema/common.ts';
import type { EventSummary, SeatCount } from '../../schema/events.ts';
import type { TerritoryView } from '../../schema/territories.ts';
import type { ThemeEntry } from '../../schema/themes.ts';
import { localize } from '../../schema/vocabulary.ts';
import type { ApiError } from '../internal/api.ts';
import type { EndpointOptions } from '../internal/config.ts';
import type { Emit } from '../internal/events.ts';
import { addressOf } from './deep-link.ts';
import type { EventFilters } from './event-calendar.api.ts';
import type { SipEventCalendarEventMap } from './event-calendar.events.ts';
import type {
  CalendarView,
  EventCalendarTranslation,
  EventDetailsTranslation,
} from './translations/translation.ts';

/** The calendar element as its on-demand parts (the details, the guest form, the month) see it. */
export type CalendarHost = ReactiveControllerHost &
  HTMLElement &
  EndpointOptions & {
    readonly renderRoot: HTMLElement | DocumentFragment;
    emit: Emit<SipEventCalendarEventMap>;
    emitError(error: unknown): ApiError;
    privacyUrl?: string;
    turnstileSiteKey?: string;
  };

export interface Catalog {
  themes: ThemeEntry[];
  territories: TerritoryView[];
}

export interface ListContext {
  t: EventCalendarTranslation;
  lang: Language;
  catalog: Catalog;
}

/** The context of the parts beyond the list (details, guest form, month), whose words come with their code. */
export interface DetailsContext extends ListContext {
  t: EventDetailsTranslation;
}

const listFormats = new Map<string, Intl.DateTimeFormat>();

/** An event's times as lists show them, in its own zone with the zone's short name: `jeu. 12 mars 2026, 18:00 – 20:00 UTC+1`. */
export function shortTimes(language: Language, event: EventSummary): string {
  const key = `${language} ${event.timeZone}`;
  let format = listFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: event.timeZone,
      timeZoneName: 'short',
    });
    listFormats.set(key, format);
  }
  return format.formatRange(new Date(event.startsAt), new Date(event.endsAt));
}

/** A territory's name in the page's language; its code when the catalog could not be read. */
export function territoryName({ catalog, lang }: ListContext, code: string): string {
  const territory = catalog.territories.find((entry) => entry.code === code);
  return territory ? localize(territory.name, lang) : code;
}

/** One mode's seats in words: how many are left, or full (the details say "full — join the waitlist"). */
export function seatsText(t: EventCalendarTranslation, seats: SeatCount, full = t.full): string {
  return seats.left > 0 ? t.seatsLeft(seats.left, seats.capacity) : full;
}

/** The modes an event offers seats in, with their counts. */
export function seatModes(event: EventSummary) {
  return (['in_person', 'online'] as const).flatMap((mode) => {
    const seats = event.seats[mode];
    return seats ? [{ mode, seats }] : [];
  });
}

const option = (value: string, label: string, current: string) =>
  html`<option value=${value} .selected=${value === current}>${label}</option>`;

/** One filter: its label and a native select whose first choice is "all". */
function select(
  name: string,
  label: string,
  all: string | null,
  choices: [string, string][],
  current: string,
) {
  // A value set by the host page that the catalog does not list (yet) stays chosen rather than vanish.
  const known = all === null || current === '' || choices.some(([value]) => value === current);
  return html`
    <label class="filter">
      <span>${label}</span>
      <select name=${name}>
        ${all === null ? nothing : option('', all, current)}
        ${known ? nothing : option(current, current, current)}
        ${choices.map(([value, text]) => option(value, text, current))}
      </select>
    </label>
  `;
}

/**
 * The filters, as native selects: the period, then the catalog's themes and
 * territories, then the formats and modes (a dictionary's keys are the
 * schema's values, in the order the visitor reads them).
 */
export function renderFilters(c: ListContext, filters: EventFilters, onChange: (event: Event) => void) {
  const { t, lang, catalog } = c;
  return html`
    <form part="filters" class="filters" aria-label=${t.filtersLabel} @change=${onChange}
      @submit=${(event: Event) => event.preventDefault()}>
      ${select('when', t.whenLabel, null, Object.entries(t.periods), filters.when)}
      ${select(
        'theme',
        t.themeLabel,
        t.anyTheme,
        catalog.themes.map((th) => [th.slug, localize(th.title, lang)]),
        filters.theme,
      )}
      ${select(
        'territory',
        t.territoryLabel,
        t.anyTerritory,
        catalog.territories.map((te) => [te.code, localize(te.name, lang)]),
        filters.territory,
      )}
      ${select('format', t.formatLabel, t.anyFormat, Object.entries(t.formats), filters.format)}
      ${select('mode', t.modeLabel, t.anyMode, Object.entries(t.modes), filters.mode)}
    </form>
  `;
}

export function renderViewSwitch(
  t: EventCalendarTranslation,
  view: CalendarView,
  choose: (view: CalendarView) => void,
) {
  return html`
    <div part="views" class="views" role="group" aria-label=${t.viewLabel}>
      ${(['list', 'month'] as const).map(
        (
          name,
        ) => html`<button type="button" class="secondary" aria-pressed=${view === name ? 'true' : 'false'}
          @click=${() => choose(name)}>${t.views[name]}</button>`,
      )}
    </div>
  `;
}

/**
 * The feed of the current filters, explained: a `webcal:` link the visitor's
 * calendar app opens, and the https address to paste where it asks for one.
 * Its words come with the details' (`words`), fetched once it is opened;
 * `mine` is a signed-in person's private feed (my-feed.ts), from that code too.
 */
export function renderSubscribe(
  t: EventCalendarTranslation,
  words: EventDetailsTranslation | undefined,
  feed: URL,
  handlers: { toggle: (event: Event) => void; copy: (event: Event) => void },
  mine: TemplateResult | typeof nothing = nothing,
) {
  const webcal = `webcal://${feed.host}${feed.pathname}${feed.search}`;
  const body = words
    ? html`
        <p>${words.subscribeHelp}</p>
        <p><a href=${webcal}>${words.subscribeLink}</a></p>
        <label for="feed-url">${words.feedUrlLabel}</label>
        <div class="copy">
          <input id="feed-url" type="url" readonly .value=${feed.href} />
          <button class="secondary" type="button" @click=${handlers.copy}>${words.copyUrl}</button>
        </div>
        ${mine}
      `
    : html`<p role="status">${t.loading}</p>`;
  return html`
    <details part="subscribe" class="subscribe" @toggle=${handlers.toggle}>
      <summary>${t.subscribe}</summary>
      ${body}
    </details>
  `;
}

/** A link that opens the event in place; its address opens it too (a new tab, a shared link). */
export function eventLink(event: EventSummary, lang: Language, open: (event: MouseEvent) => void) {
  return html`<a href=${addressOf(event.slug)} data-slug=${event.slug} @click=${open}>${localize(event.title, lang)}</a>`;
}

export function renderItem(
  c: ListContext,
  event: EventSummary,
  open: (event: MouseEvent) => void,
): TemplateResult {
  const { t, lang } = c;
  return html`
    <li part="item" class="item" tabindex="-1">
      <p class="when"><time datetime=${event.startsAt}>${shortTimes(lang, event)}</time></p>
      <h3 class="title">${eventLink(event, lang, open)}</h3>
      <p class="badges">
        ${event.status === 'cancelled' ? html`<span class="badge cancelled">${t.cancelledBadge}</span>` : nothing}
        <span class="badge">${t.formats[event.format]}</span>
        <span class="badge">${t.modes[event.mode]}</span>
        ${event.mode === 'online' ? nothing : html`<span>${event.city ?? territoryName(c, event.territory)}</span>`}
      </p>
      ${event.themes.length ? html`<p class="muted">${event.themes.map((theme) => localize(theme.title, lang)).join(' · ')}</p>` : nothing}
      ${
        event.status === 'cancelled'
          ? nothing
          : html`<p class="seats">${seatModes(event).map(({ mode, seats }) => html`<span>${t.labelled(t.modes[mode], seatsText(t, seats))}</span>`)}</p>`
      }
    </li>
  `;
}
