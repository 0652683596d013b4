/**
 * The queue's filters and list. Titles and names from contributors are bound
 * as text, never HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ContributionStatus } from '../../schema/contributions.ts';
import type { QueueItem } from '../../schema/moderation.ts';
import { formatDateTime } from '../translations/format.ts';
import { type Named, nameOf, type StatusFilter } from './model.ts';
import type { AdminTranslation } from './translations/dictionaries.ts';

/** The status filter's choices after the default, in the order moderators meet them. */
const FILTER_STATUSES: readonly ContributionStatus[] = [
  'pending',
  'reported',
  'published',
  'hidden',
  'rejected',
];

export function renderFilters(
  t: AdminTranslation,
  themes: readonly Named[],
  status: StatusFilter,
  theme: string,
  change: (status: StatusFilter, theme: string) => void,
): TemplateResult {
  const value = (event: Event) => (event.target as HTMLSelectElement).value;
  return html`
    <div part="filters" class="row filters" role="group" aria-label=${t.queue.filters}>
      <label>
        ${t.queue.statusLabel}
        <select id="status" @change=${(event: Event) => change(value(event) as StatusFilter, theme)}>
          <option value="" ?selected=${status === ''}>${t.queue.toReview}</option>
          ${FILTER_STATUSES.map(
            (option) =>
              html`<option value=${option} ?selected=${status === option}>${t.statuses[option]}</option>`,
          )}
        </select>
      </label>
      <label>
        ${t.queue.themeLabel}
        <select id="theme" @change=${(event: Event) => change(status, value(event))}>
          <option value="" ?selected=${theme === ''}>${t.queue.allThemes}</option>
          ${themes.map(
            (option) =>
              html`<option value=${option.key} ?selected=${theme === option.key}>${nameOf(themes, option.key, t.$code)}</option>`,
          )}
        </select>
      </label>
    </div>
  `;
}

export interface ListState {
  items: readonly QueueItem[];
  selectedId: string | undefined;
  /** Whether a next page exists, and whether it is on its way. */
  more: 'none' | 'ready' | 'loading';
  select: (id: string) => void;
  loadMore: () => void;
}

export function renderList(t: AdminTranslation, themes: readonly Named[], list: ListState): TemplateResult {
  const lang = t.$code;
  if (list.items.length === 0) return html`<p class="muted">${t.queue.empty}</p>`;
  return html`
    <ol part="list" class="list" aria-label=${t.queue.listLabel}>
      ${list.items.map(
        (item) => html`
          <li>
            <button
              part="item"
              type="button"
              class="item"
              data-id=${item.id}
              aria-current=${item.id === list.selectedId ? 'true' : 'false'}
              @click=${() => list.select(item.id)}
            >
              <strong class="title">${item.title}</strong>
              <span class="meta">
                <span class="badge ${item.status}">${t.statuses[item.status]}</span>
                <span>${nameOf(themes, item.theme, lang)}</span>
                <span>${t.queue.submittedOn(formatDateTime(lang, item.submittedAt))}</span>
                <span>${t.queue.reports(item.reports.length)}</span>
              </span>
            </button>
          </li>
        `,
      )}
    </ol>
    <p class="muted">${t.queue.loaded(list.items.length)}</p>
    ${
      list.more === 'none'
        ? nothing
        : html`<button
            type="button"
            class="secondary"
            aria-disabled=${list.more === 'loading' ? 'true' : 'false'}
            @click=${list.loadMore}
          >${list.more === 'loading' ? t.loading : t.loadMore}</button>`
    }
  `;
}
