/**
 * The steering committee's and the board's list: filters, and one row per
 * recommendation with its status, sources, answer and supports.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { RECOMMENDATION_STATUSES } from '../../../schema/recommendation-lifecycle.ts';
import type { AdminRecommendation } from '../../../schema/recommendations.ts';
import { localize } from '../../../schema/vocabulary.ts';
import { formatDate, formatNumber } from '../../translations/format.ts';
import { type Named, nameOf } from '../model.ts';
import type { AdminTranslation } from '../translations/dictionaries.ts';
import { renderShown, statusBadge } from './fields.render.ts';
import type { ListFilters } from './recommendations.api.ts';
import type { RecommendationsTranslation } from './translations/dictionaries.ts';

/** The years offered by the filter: next year's back to the contract's first. */
export function yearChoices(now = new Date()): number[] {
  const years: number[] = [];
  for (let year = now.getFullYear() + 1; year >= 2020; year--) years.push(year);
  return years;
}

export interface FilterState {
  filters: ListFilters;
  themes: readonly Named[];
  change: (filters: ListFilters) => void;
}

export function renderFilters(w: RecommendationsTranslation, state: FilterState): TemplateResult {
  const { filters } = state;
  const l = w.list;
  const pick = (key: keyof ListFilters) => (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    state.change({ ...filters, [key]: value || undefined });
  };
  return html`
    <div class="row" role="group" aria-label=${l.filters}>
      <label>
        ${l.statusLabel}
        <select id="filter-status" @change=${pick('status')}>
          <option value="">${l.allStatuses}</option>
          ${RECOMMENDATION_STATUSES.map(
            (status) =>
              html`<option value=${status} ?selected=${status === filters.status}>${w.statuses[status]}</option>`,
          )}
        </select>
      </label>
      <label>
        ${l.themeLabel}
        <select id="filter-theme" @change=${pick('theme')}>
          <option value="">${l.allThemes}</option>
          ${state.themes.map(
            (theme) =>
              html`<option value=${theme.key} ?selected=${theme.key === filters.theme}>${nameOf(state.themes, theme.key, w.$code)}</option>`,
          )}
        </select>
      </label>
      <label>
        ${l.yearLabel}
        <select id="filter-year" @change=${pick('year')}>
          <option value="">${l.allYears}</option>
          ${yearChoices().map(
            (year) => html`<option value=${year} ?selected=${String(year) === filters.year}>${year}</option>`,
          )}
        </select>
      </label>
    </div>
  `;
}

export interface ListState {
  recommendations: readonly AdminRecommendation[];
  /** Whether a next page exists, and whether it is on its way. */
  more: 'none' | 'ready' | 'loading';
  open: (slug: string) => void;
  loadMore: () => void;
}

export function renderList(
  t: AdminTranslation,
  w: RecommendationsTranslation,
  list: ListState,
): TemplateResult {
  const language = w.$code;
  const l = w.list;
  if (list.recommendations.length === 0) return html`<p class="muted">${l.empty}</p>`;
  return html`
    <div class="table-scroll" tabindex="0" role="region" aria-labelledby="list-caption">
      <table part="list">
        <caption id="list-caption">${l.caption}</caption>
        <thead>
          <tr>
            <th scope="col">${l.title}</th>
            <th scope="col">${l.status}</th>
            <th scope="col">${l.theme}</th>
            <th scope="col">${l.year}</th>
            <th scope="col">${l.sources}</th>
            <th scope="col">${l.answer}</th>
            <th scope="col">${l.supports}</th>
            <th scope="col">${l.changed}</th>
          </tr>
        </thead>
        <tbody>
          ${list.recommendations.map(
            (item) => html`
              <tr part="recommendation" data-recommendation=${item.slug}>
                <th scope="row">
                  <button type="button" class="link" data-slug=${item.slug} @click=${() => list.open(item.slug)}>
                    ${renderShown(item.title, w)}
                  </button>
                </th>
                <td>${statusBadge(item.status, w)}<br /><span class="muted">${formatDate(language, item.statusAt)}</span></td>
                <td>${localize(item.theme.title, language)}</td>
                <td>${item.year}</td>
                <td>${formatNumber(language, item.sourceCount)}</td>
                <td>${item.answerVersion === null ? l.noAnswer : l.answerVersion(item.answerVersion)}</td>
                <td>${formatNumber(language, item.supports.total)}</td>
                <td>${formatDate(language, item.changedAt)}</td>
              </tr>
            `,
          )}
        </tbody>
      </table>
    </div>
    <p class="muted">${l.loaded(list.recommendations.length)}</p>
    ${
      list.more === 'none'
        ? nothing
        : html`<div><button
            type="button"
            class="secondary"
            id="load-more"
            aria-disabled=${list.more === 'loading' ? 'true' : 'false'}
            @click=${list.loadMore}
          >${list.more === 'loading' ? t.loading : t.loadMore}</button></div>`
    }
  `;
}
