/**
 * The list of <sip-recommendation-feed> and what its items and the detail
 * share: texts in the language they are shown in, status badges, links that
 * open a recommendation in place. Pure functions of the data, the dictionary
 * and the context. Texts are plain: only ever bound as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '../../schema/common.ts';
import { PUBLIC_STATUSES } from '../../schema/recommendation-lifecycle.ts';
import type { RecommendationSummary, WrittenText } from '../../schema/recommendations.ts';
import type { ThemeEntry } from '../../schema/themes.ts';
import { LANGUAGES, localize } from '../../schema/vocabulary.ts';
import { formatDate } from '../translations/format.ts';
import type { FeedFilters } from './recommendation-feed.api.ts';
import type { RecommendationFeedTranslation } from './translations/translation.ts';

/** The first year of the process's recommendations (the API's lower bound). */
const FIRST_YEAR = 2020;

export interface FeedContext {
  t: RecommendationFeedTranslation;
  lang: Language;
  /** The address that opens `slug` in place (the list with null), for links a visitor may also open in a new tab. */
  href(slug: string | null): string;
  /** Opens `slug` in place (the list with null), unless the click asks for a new tab or window. */
  navigate(event: MouseEvent, slug: string | null): void;
}

/** The visitor's language when the text is written in it, else the first of French, Dutch and English that is. */
export function shownLanguage(text: WrittenText, lang: Language): Language {
  return text[lang] ? lang : (LANGUAGES.find((language) => text[language]) ?? lang);
}

/** A written text in the language it is shown in, marked with that language for assistive technologies. */
export function written(text: WrittenText, lang: Language): TemplateResult {
  const shown = shownLanguage(text, lang);
  return html`<span lang=${shown}>${text[shown]}</span>`;
}

/** "Text shown in Dutch" when `text` is not in the visitor's language; nothing otherwise. */
export function shownInNote({ t, lang }: FeedContext, text: WrittenText): TemplateResult | typeof nothing {
  const shown = shownLanguage(text, lang);
  return shown === lang
    ? nothing
    : html`<p part="language-note" class="muted">${t.shownIn(t.languageNames[shown])}</p>`;
}

/** Paragraphs are separated by blank lines; single line breaks stay within one (`pre-line`). */
export function paragraphs(text: string): TemplateResult[] {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .filter((paragraph) => paragraph.trim())
    .map((paragraph) => html`<p>${paragraph.trim()}</p>`);
}

/** A link that opens `slug` in place. */
export function openLink(c: FeedContext, slug: string | null, content: unknown, id?: string): TemplateResult {
  return html`<a id=${id ?? nothing} href=${c.href(slug)} @click=${(event: MouseEvent) => c.navigate(event, slug)}>${content}</a>`;
}

/** The status as a badge, since when, and the count of supports. */
export function renderFacts(
  { t, lang }: FeedContext,
  item: Pick<RecommendationSummary, 'status' | 'statusAt'> & { supports: { total: number } },
): TemplateResult {
  return html`
    <p part="meta" class="meta">
      <span part="badge" class="badge status-${item.status}">${t.statuses[item.status]}</span>
      <time datetime=${item.statusAt}>${t.since(formatDate(lang, item.statusAt))}</time>
      <span aria-hidden="true">·</span>
      <span class="supports">${t.supports(item.supports.total)}</span>
    </p>
  `;
}

export function renderItem(c: FeedContext, item: RecommendationSummary, index: number): TemplateResult {
  return html`
    <li part="item" class="item" data-slug=${item.slug}>
      <p class="theme">${localize(item.theme.title, c.lang)}</p>
      <h3 part="title">${openLink(c, item.slug, written(item.title, c.lang), `item-${index}`)}</h3>
      <p part="summary">${written(item.summary, c.lang)}</p>
      ${shownInNote(c, item.summary)} ${renderFacts(c, item)}
    </li>
  `;
}

/**
 * The visitor's filters: a select for each filter the element's attributes
 * leave free (the theme only once the themes' names are known).
 */
export function renderFilters(
  { t, lang }: FeedContext,
  state: { fixed: FeedFilters; chosen: FeedFilters; themes: ThemeEntry[]; change(event: Event): void },
): TemplateResult {
  const select = (key: keyof FeedFilters, label: string, all: string, options: [string, string][]) =>
    state.fixed[key] || options.length === 0
      ? nothing
      : html`<label>
          <span>${label}</span>
          <select name=${key} @change=${state.change}>
            <option value="">${all}</option>
            ${options.map(
              ([value, text]) =>
                html`<option value=${value} ?selected=${state.chosen[key] === value}>${text}</option>`,
            )}
          </select>
        </label>`;
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, index) => String(thisYear - index));
  return html`
    <form part="filters" class="filters" aria-label=${t.filtersLabel} @submit=${(event: Event) => event.preventDefault()}>
      ${select(
        'theme',
        t.themeLabel,
        t.allThemes,
        state.themes.map((theme) => [theme.slug, localize(theme.title, lang)]),
      )}
      ${select(
        'status',
        t.statusLabel,
        t.allStatuses,
        PUBLIC_STATUSES.map((status) => [status, t.statuses[status]]),
      )}
      ${select(
        'year',
        t.yearLabel,
        t.allYears,
        years.map((year) => [year, year]),
      )}
    </form>
  `;
}
