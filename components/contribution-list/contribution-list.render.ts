/**
 * The items of <sip-contribution-list> and their report disclosure. Pure
 * functions of the data and the dictionary. Contributions are plain text:
 * they are only ever bound as text, so markup in them shows as typed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '../../schema/common.ts';
import { REPORT_REASONS } from '../../schema/contribution-limits.ts';
import type { ContributionView } from '../../schema/contributions.ts';
import type { TerritoryView } from '../../schema/territories.ts';
import { LANGUAGES, localize } from '../../schema/vocabulary.ts';
import { formatDate } from '../translations/format.ts';
import type { ReportDisclosure } from './report-disclosure.ts';
import type { ContributionListTranslation } from './translations/translation.ts';

/** Paragraphs are separated by blank lines; single line breaks stay within a paragraph (`pre-line`). */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

export interface ItemContext {
  t: ContributionListTranslation;
  lang: Language;
  territories: TerritoryView[];
  /** The report controller when the visitor may report (signed in), else undefined. */
  reports: ReportDisclosure | undefined;
  onReport: ReportHandlers;
  /** The address of a recommendation a contribution was taken up in. */
  recommendationHref(slug: string): string;
}

export interface ReportHandlers {
  toggle(id: string): void;
  cancel(id: string): void;
  submit(event: Event): void;
  keydown(event: KeyboardEvent): void;
  input(event: Event): void;
}

function territoryName({ territories, lang }: ItemContext, code: string): string {
  const territory = territories.find((candidate) => candidate.code === code);
  return territory ? localize(territory.name, lang) : code;
}

export function renderItem(c: ItemContext, item: ContributionView, index: number): TemplateResult {
  const { t } = c;
  const dot = html`<span aria-hidden="true" class="dot">·</span>`;
  return html`
    <li>
      <article part="item" class="item" tabindex="-1" aria-labelledby="item-${index}-title">
        <h3 part="title" id="item-${index}-title">${item.title}</h3>
        <p part="meta" class="meta">
          <span class="author">${item.author ?? t.anonymousAuthor}</span> ${dot}
          <span>${t.roles[item.role]}</span> ${dot} <span>${territoryName(c, item.territory)}</span>
          ${item.selfDeclared ? html`<span class="declared">(${t.selfDeclared})</span>` : nothing} ${dot}
          <time datetime=${item.publishedAt}>${t.publishedOn(formatDate(c.lang, item.publishedAt))}</time>
        </p>
        <div part="text" class="text">${paragraphs(item.text).map((paragraph) => html`<p>${paragraph}</p>`)}</div>
        ${renderTakenUpIn(c, item.takenUpIn ?? [])}
        ${c.reports ? renderReport(c, c.reports, item, index) : nothing}
      </article>
    </li>
  `;
}

/**
 * The recommendations that draw on the contribution, each a link; a title is
 * shown in the visitor's language when written in it, else in another, marked.
 */
function renderTakenUpIn(c: ItemContext, recommendations: NonNullable<ContributionView['takenUpIn']>) {
  if (recommendations.length === 0) return nothing;
  return html`
    <p part="taken-up" class="taken-up">
      ${c.t.takenUpIn}
      ${recommendations.map(({ slug, title }, index) => {
        const shown = title[c.lang] ? c.lang : (LANGUAGES.find((language) => title[language]) ?? c.lang);
        return html`${index ? ', ' : ''}<a href=${c.recommendationHref(slug)} lang=${shown}>${title[shown]}</a>`;
      })}
    </p>
  `;
}

function renderReport(c: ItemContext, reports: ReportDisclosure, item: ContributionView, index: number) {
  const { t } = c;
  const outcome = reports.outcomes.get(item.id);
  if (outcome) {
    return html`<p part="report-thanks" class="report-thanks" id="report-${index}-done" tabindex="-1">
      ${outcome === 'thanks' ? t.reportThanks : t.alreadyReported}
    </p>`;
  }
  const open = reports.openId === item.id;
  return html`
    <div class="report">
      <button part="report-button" class="link" type="button" id="report-${index}-button"
        aria-expanded=${open ? 'true' : 'false'} aria-controls="report-${index}" @click=${() => c.onReport.toggle(item.id)}>
        ${t.report}<span class="visually-hidden"> — ${item.title}</span>
      </button>
      ${open ? renderReportForm(c, reports, item, index) : nothing}
    </div>
  `;
}

function renderReportForm(c: ItemContext, reports: ReportDisclosure, item: ContributionView, index: number) {
  const { t } = c;
  const busy = reports.sending ? 'true' : 'false';
  return html`
    <form part="report-form" class="report-form" id="report-${index}" novalidate
      @submit=${c.onReport.submit} @keydown=${c.onReport.keydown} @input=${c.onReport.input} @change=${c.onReport.input}>
      <fieldset aria-describedby=${reports.reasonMissing ? `report-${index}-missing` : nothing}>
        <legend>${t.reportLegend}</legend>
        ${
          reports.reasonMissing
            ? html`<p class="field-error" id="report-${index}-missing">${t.chooseReason}</p>`
            : nothing
        }
        ${REPORT_REASONS.map(
          (reason) => html`
            <label class="check">
              <input type="radio" name="reason" value=${reason} .checked=${reports.reason === reason} />
              ${t.reasons[reason]}
            </label>
          `,
        )}
      </fieldset>
      <label for="report-${index}-note">${t.reportNoteLabel}</label>
      <textarea id="report-${index}-note" name="note" rows="3" maxlength="500" .value=${reports.note}></textarea>
      <div part="error" class="error" role="alert">${reports.error?.(t) ?? nothing}</div>
      <div class="actions">
        <button class="primary" type="submit" aria-disabled=${busy}>${reports.sending ? t.sending : t.sendReport}</button>
        <button class="secondary" type="button" @click=${() => c.onReport.cancel(item.id)}>${t.cancel}</button>
      </div>
    </form>
  `;
}
