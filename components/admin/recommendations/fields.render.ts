/**
 * Pieces every recommendation screen draws: a text written in one or several
 * languages (as fields to type it, and as shown to read it), a status badge.
 * Texts are bound as text, never HTML; a text shown in another language than
 * the page's carries its `lang` and says which language it is.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { LANGUAGES, type Language } from '../../../schema/common.ts';
import type { RecommendationStatus } from '../../../schema/recommendation-lifecycle.ts';
import type { WrittenText } from '../../../schema/recommendations.ts';
import { shown, type TextDraft } from './model.ts';
import type { RecommendationsTranslation } from './translations/dictionaries.ts';

export interface WrittenFields {
  w: RecommendationsTranslation;
  /** The fields' ids start with it: `title-fr`, and `title-error` for the group's message. */
  id: string;
  legend: string;
  hint?: string;
  value: TextDraft;
  multiline: boolean;
  maxlength: number;
  /** The group's message (no language written), if any. */
  error?: string;
  /** Each language's message (too long), if any. */
  errors?: Partial<Record<Language, string>>;
  change: (language: Language, value: string) => void;
}

/**
 * A text in fr, nl and en, none required: one fieldset whose message says
 * when no language is written (`data-invalid` marks it for the focus).
 */
export function renderWrittenFields(fields: WrittenFields): TemplateResult {
  const { w, id } = fields;
  const described = fields.hint ? `${id}-hint ${id}-error` : `${id}-error`;
  return html`
    <fieldset id="${id}-group" ?data-invalid=${Boolean(fields.error)} aria-describedby=${described}>
      <legend>${fields.legend}</legend>
      ${fields.hint ? html`<span id="${id}-hint" class="hint">${fields.hint}</span>` : nothing}
      ${LANGUAGES.map((language) => {
        const fieldId = `${id}-${language}`;
        const invalid = Boolean(fields.error || fields.errors?.[language]);
        const input = (event: Event) =>
          fields.change(language, (event.target as HTMLInputElement | HTMLTextAreaElement).value);
        return html`
          <label>
            ${w.languages[language]}
            ${
              fields.multiline
                ? html`<textarea
                    id=${fieldId}
                    name=${fieldId}
                    lang=${language}
                    maxlength=${fields.maxlength}
                    .value=${fields.value[language]}
                    aria-invalid=${invalid ? 'true' : 'false'}
                    aria-describedby="${fieldId}-error ${id}-error"
                    @input=${input}
                  ></textarea>`
                : html`<input
                    id=${fieldId}
                    name=${fieldId}
                    lang=${language}
                    maxlength=${fields.maxlength}
                    autocomplete="off"
                    .value=${fields.value[language]}
                    aria-invalid=${invalid ? 'true' : 'false'}
                    aria-describedby="${fieldId}-error ${id}-error"
                    @input=${input}
                  />`
            }
            <span id="${fieldId}-error" class="error">${fields.errors?.[language] ?? nothing}</span>
          </label>
        `;
      })}
      <span id="${id}-error" class="error">${fields.error ?? nothing}</span>
    </fieldset>
  `;
}

/** A text in the page's language when written in it; else in its first language, marked and said. */
export function renderShown(
  text: WrittenText,
  w: RecommendationsTranslation,
  className = '',
): TemplateResult {
  const { text: value, language } = shown(text, w.$code);
  if (language === w.$code) return html`<span class=${className}>${value}</span>`;
  return html`<span class=${className} lang=${language}>${value}</span>
    <span class="language">(${w.shownIn(w.languages[language])})</span>`;
}

/** Every language a text is written in, each under its name and with its `lang`. */
export function renderAllLanguages(
  text: WrittenText,
  w: RecommendationsTranslation,
  className = 'text',
): TemplateResult[] {
  return LANGUAGES.filter((language) => text[language]).map(
    (language) => html`
      <div class="stack">
        <p class="language">${w.languages[language]}</p>
        <p class=${className} lang=${language}>${text[language]}</p>
      </div>
    `,
  );
}

export function statusBadge(status: RecommendationStatus, w: RecommendationsTranslation): TemplateResult {
  return html`<span class="badge ${status}">${w.statuses[status]}</span>`;
}
