/**
 * The organisers' list of events and what it and the event's page say of
 * one: seats per mode, waitlists, where. Titles and names are bound as
 * text, never HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '../../../schema/common.ts';
import { type EventSummary, SEAT_MODES, type SeatCount, type SeatMode } from '../../../schema/events.ts';
import { localize } from '../../../schema/vocabulary.ts';
import { type Named, nameOf } from '../model.ts';
import type { AdminTranslation } from '../translations/dictionaries.ts';
import type { EventPeriod } from './events.api.ts';
import { formatEventTime } from './time.ts';
import type { EventsTranslation } from './translations/dictionaries.ts';

/** The seats an event offers, in the order the screens show them. */
export function seatsOf(event: Pick<EventSummary, 'seats'>): [SeatMode, SeatCount][] {
  return SEAT_MODES.flatMap((mode) => {
    const count = event.seats[mode];
    return count ? [[mode, count] as [SeatMode, SeatCount]] : [];
  });
}

/** Everyone holding or waiting for a seat: who is told when the event changes or is cancelled. */
export function registeredCount(event: Pick<EventSummary, 'seats'>): number {
  return seatsOf(event).reduce((sum, [, count]) => sum + count.taken + count.waitlist, 0);
}

/** Territory, city and mode: `Wallonie, Liège · En présentiel`. */
export function whereOf(event: EventSummary, w: EventsTranslation, territories: readonly Named[]): string {
  const territory = nameOf(territories, event.territory, w.$code);
  return `${event.city ? `${territory}, ${event.city}` : territory} · ${w.modes[event.mode]}`;
}

export function renderSeats(event: EventSummary, w: EventsTranslation): TemplateResult {
  return html`
    <ul class="cell-list">
      ${seatsOf(event).map(
        ([mode, count]) => html`<li>
          ${w.list.seatCount(w.seatModes[mode], count.taken, count.capacity, count.left)}${
            count.waitlist ? html` · <strong>${w.list.waitlist(count.waitlist)}</strong>` : nothing
          }
        </li>`,
      )}
    </ul>
  `;
}

export interface ListState {
  period: EventPeriod;
  events: readonly EventSummary[];
  territories: readonly Named[];
  /** Whether a next page exists, and whether it is on its way. */
  more: 'none' | 'ready' | 'loading';
  open: (slug: string) => void;
  loadMore: () => void;
}

export function renderEventList(t: AdminTranslation, w: EventsTranslation, list: ListState): TemplateResult {
  const language: Language = w.$code;
  if (list.events.length === 0) return html`<p class="muted">${w.list.empty[list.period]}</p>`;
  return html`
    <div class="table-scroll" tabindex="0" role="region" aria-labelledby="events-caption">
      <table part="list">
        <caption id="events-caption">${w.list.caption[list.period]}</caption>
        <thead>
          <tr>
            <th scope="col">${w.list.event}</th>
            <th scope="col">${w.list.when}</th>
            <th scope="col">${w.list.where}</th>
            <th scope="col">${w.list.seats}</th>
          </tr>
        </thead>
        <tbody>
          ${list.events.map(
            (event) => html`
              <tr part="event" data-event=${event.slug}>
                <th scope="row">
                  <button type="button" class="link" data-slug=${event.slug} @click=${() => list.open(event.slug)}>
                    ${localize(event.title, language)}
                  </button>
                  <span class="badge">${w.formats[event.format]}</span>
                  ${event.status === 'cancelled' ? html`<span class="badge cancelled">${w.statuses.cancelled}</span>` : nothing}
                </th>
                <td>${formatEventTime(language, event.startsAt, event.endsAt, event.timeZone)}</td>
                <td>${whereOf(event, w, list.territories)}</td>
                <td>${renderSeats(event, w)}</td>
              </tr>
            `,
          )}
        </tbody>
      </table>
    </div>
    <p class="muted">${w.list.loaded(list.events.length)}</p>
    ${
      list.more === 'none'
        ? nothing
        : html`<div><button
            type="button"
            class="secondary"
            aria-disabled=${list.more === 'loading' ? 'true' : 'false'}
            @click=${list.loadMore}
          >${list.more === 'loading' ? t.loading : t.loadMore}</button></div>`
    }
  `;
}
