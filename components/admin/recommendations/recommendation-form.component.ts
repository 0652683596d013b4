import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AUDIENCES, LANGUAGES, type Language } from '../../../schema/common.ts';
import { baseStyles } from '../../internal/styles.ts';
import { adminStyles } from '../admin.styles.ts';
import { type Named, nameOf } from '../model.ts';
import type { AdminTranslation } from '../translations/dictionaries.ts';
import { renderWrittenFields } from './fields.render.ts';
import {
  changesOf,
  check,
  draftOf,
  errorsFromProblem,
  type Field,
  type FieldErrors,
  newDraft,
  type RecommendationDraft,
  TEXT_MAX,
  TEXTS,
  type TextName,
} from './form-model.ts';
import { keptText, shown, slugFrom } from './model.ts';
import {
  type AdminRecommendationView,
  createRecommendation,
  updateRecommendation,
} from './recommendations.api.ts';
import { recommendationsStyles } from './recommendations.styles.ts';
import { SipRecommendationsElement } from './recommendations-element.ts';
import type { RecommendationsTranslation } from './translations/dictionaries.ts';

type Message = (t: AdminTranslation, w: RecommendationsTranslation) => string;

/**
 * @summary A recommendation's form, to create a draft or edit it: texts in French, Dutch and/or English (none required, each in at least one), theme, year and audience; checked with the API's own schema, refusals shown beside their fields, unsent text kept.
 * @tagname sip-moderation-recommendation-form
 *
 * @slot actions - More buttons beside the submit button (the recommendation's page puts "Cancel" there).
 *
 * @event {CustomEvent<SipRecommendationSaveDetail>} sip-recommendation-save - The draft was created (`action: 'create'`) or the recommendation edited (`'edit'`); `detail.recommendation` is it as it now is.
 * @event {CustomEvent<SipErrorDetail>} sip-error - Saving failed; `detail.status` (0 when unreachable) and `detail.code`.
 *
 * @csspart form - The form.
 * @csspart error - The alert summarising what to correct, or why saving failed.
 * @csspart status - The live region saying when nothing changed, or that unsent text was restored.
 */
export class SipModerationRecommendationForm extends SipRecommendationsElement {
  static override styles = [baseStyles, adminStyles, recommendationsStyles];

  /** The recommendation to edit; a new draft when undefined. */
  @property({ attribute: false }) recommendation?: AdminRecommendationView;
  /** Themes to choose from. */
  @property({ attribute: false }) themes: readonly Named[] = [];
  /** Whether it is a panel of the recommendation's page (its heading is then an `h3`). */
  @property({ type: Boolean }) nested = false;

  @state() private draft: RecommendationDraft = newDraft();
  @state() private errors: FieldErrors = {};
  @state() private sending = false;
  @state() private alert?: Message;
  @state() private announcement?: Message;
  /** The recommendation as it was when the form opened: an edit sends what differs from it. */
  private original?: RecommendationDraft;
  /** Whether the editor typed a slug (else it follows the title). */
  private slugTyped = false;

  private get keptKey(): string {
    return `form:${this.recommendation?.slug ?? ''}`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('recommendation')) {
      if (this.hasUpdated && changed.get('recommendation')?.slug === this.recommendation?.slug) return;
      this.original = this.recommendation ? draftOf(this.recommendation) : undefined;
      const kept = keptText.get<RecommendationDraft>(this.keptKey);
      this.draft = kept ?? (this.original ? structuredClone(this.original) : newDraft());
      this.slugTyped = Boolean(kept?.slug);
      this.errors = {};
      this.alert = undefined;
      this.announcement = kept ? (_t, w) => w.form.restored : undefined;
    }
  }

  override async focusHeading(): Promise<void> {
    await this.updateComplete;
    super.focusHeading();
  }

  override render() {
    const { t, w } = this;
    const editing = Boolean(this.recommendation);
    const title = this.recommendation ? shown(this.recommendation.title, w.$code).text : '';
    return html`
      <form part="form" class="stack" novalidate aria-labelledby="form-heading" @submit=${this.submit}>
        ${this.renderHeading(editing ? w.form.editHeading(title) : w.form.createHeading)}
        <p part="status" class="status" role="status">${this.announcement?.(t, w) ?? nothing}</p>
        <p part="error" class="error" role="alert">${this.alert?.(t, w) ?? nothing}</p>
        <div class="fields">
          ${editing ? nothing : this.renderSlug(w)} ${this.renderTheme(w)} ${this.renderYear(w)}
          ${this.renderAudience(w)}
        </div>
        <p class="hint" id="languages-hint">${w.form.languagesHint}</p>
        ${TEXTS.map((name) => this.renderText(name, w))}
        <div class="row">
          <button type="submit" class="primary" aria-disabled=${this.sending ? 'true' : 'false'}>
            ${this.sending ? t.sending : editing ? w.form.submitEdit : w.form.submitCreate}
          </button>
          <slot name="actions"></slot>
        </div>
      </form>
    `;
  }

  private renderHeading(text: string): TemplateResult {
    return this.nested
      ? html`<h3 id="form-heading" tabindex="-1">${text}</h3>`
      : html`<h2 id="form-heading" tabindex="-1">${text}</h2>`;
  }

  private fieldError(field: Field, w: RecommendationsTranslation): TemplateResult {
    const message = this.errors[field];
    return html`<span id="${field}-error" class="error">${message ? w.fieldErrors[message] : nothing}</span>`;
  }

  private renderSlug(w: RecommendationsTranslation): TemplateResult {
    return html`
      <label>
        ${w.form.slugLabel}
        <input
          id="slug"
          name="slug"
          required
          maxlength="64"
          autocomplete="off"
          spellcheck="false"
          .value=${this.draft.slug}
          aria-invalid=${this.errors.slug ? 'true' : 'false'}
          aria-describedby="slug-hint slug-error"
          @input=${(event: Event) => {
            this.slugTyped = true;
            this.change({ slug: (event.target as HTMLInputElement).value }, 'slug');
          }}
        />
        <span id="slug-hint" class="hint">${w.form.slugHint}</span>
        ${this.fieldError('slug', w)}
      </label>
    `;
  }

  private renderTheme(w: RecommendationsTranslation): TemplateResult {
    return html`
      <label>
        ${w.form.themeLabel}
        <select
          id="theme"
          name="theme"
          required
          aria-invalid=${this.errors.theme ? 'true' : 'false'}
          aria-describedby="theme-error"
          @change=${(event: Event) => this.change({ theme: (event.target as HTMLSelectElement).value }, 'theme')}
        >
          <option value="" ?selected=${this.draft.theme === ''}>${w.form.chooseTheme}</option>
          ${this.themes.map(
            (theme) =>
              html`<option value=${theme.key} ?selected=${theme.key === this.draft.theme}>${nameOf(this.themes, theme.key, w.$code)}</option>`,
          )}
        </select>
        ${this.fieldError('theme', w)}
      </label>
    `;
  }

  private renderYear(w: RecommendationsTranslation): TemplateResult {
    return html`
      <label>
        ${w.form.yearLabel}
        <input
          id="year"
          name="year"
          type="number"
          inputmode="numeric"
          min="2020"
          max="2100"
          step="1"
          required
          .value=${this.draft.year}
          aria-invalid=${this.errors.year ? 'true' : 'false'}
          aria-describedby="year-error"
          @input=${(event: Event) => this.change({ year: (event.target as HTMLInputElement).value }, 'year')}
        />
        ${this.fieldError('year', w)}
      </label>
    `;
  }

  private renderAudience(w: RecommendationsTranslation): TemplateResult {
    return html`
      <label>
        ${w.form.audienceLabel}
        <select
          id="audience"
          name="audience"
          aria-describedby="audience-hint audience-error"
          @change=${(event: Event) =>
            this.change(
              { audience: (event.target as HTMLSelectElement).value as RecommendationDraft['audience'] },
              'audience',
            )}
        >
          ${AUDIENCES.map(
            (audience) =>
              html`<option value=${audience} ?selected=${audience === this.draft.audience}>${w.audiences[audience]}</option>`,
          )}
        </select>
        <span id="audience-hint" class="hint">${w.form.audienceHint}</span>
        ${this.fieldError('audience', w)}
      </label>
    `;
  }

  private renderText(name: TextName, w: RecommendationsTranslation): TemplateResult {
    const group = this.errors[name];
    const errors: Partial<Record<Language, string>> = {};
    for (const language of LANGUAGES) {
      const message = this.errors[`${name}.${language}`];
      if (message) errors[language] = w.fieldErrors[message];
    }
    return renderWrittenFields({
      w,
      id: name,
      legend: w.texts[name],
      value: this.draft[name],
      multiline: name !== 'title',
      maxlength: TEXT_MAX[name],
      error: group ? w.fieldErrors[group] : undefined,
      errors,
      change: (language, value) => {
        const text = { ...this.draft[name], [language]: value };
        const patch: Partial<RecommendationDraft> = { [name]: text };
        // A new draft's slug follows its title until the editor types one.
        if (name === 'title' && !this.recommendation && !this.slugTyped) {
          patch.slug = slugFrom(shown(text, w.$code).text);
        }
        this.change(patch, name, `${name}.${language}`);
      },
    });
  }

  private change(patch: Partial<RecommendationDraft>, ...fields: Field[]): void {
    this.draft = { ...this.draft, ...patch };
    keptText.set(this.keptKey, this.draft);
    this.announcement = undefined;
    if (fields.some((field) => this.errors[field])) {
      const errors = { ...this.errors };
      for (const field of fields) delete errors[field];
      this.errors = errors;
    }
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    this.announcement = undefined;
    const checked = check(this.draft);
    if (!checked.success) return this.refuse(checked.errors);
    const changes = this.original ? changesOf(checked.input, this.original) : undefined;
    if (changes && Object.keys(changes).length === 0) {
      this.alert = undefined;
      this.announcement = (_t, w) => w.form.unchanged;
      return;
    }
    this.sending = true;
    this.alert = undefined;
    try {
      const saved =
        this.recommendation && changes
          ? await updateRecommendation(this.adminClient, this.recommendation.slug, changes)
          : await createRecommendation(this.adminClient, checked.input);
      keptText.delete(this.keptKey);
      this.errors = {};
      this.emit('sip-recommendation-save', {
        action: this.recommendation ? 'edit' : 'create',
        recommendation: saved,
      });
    } catch (error) {
      const { code, issues } = this.emitError(error);
      const errors = errorsFromProblem(code, issues);
      if (Object.keys(errors).length) await this.refuse(errors, code);
      else this.alert = () => this.message(code);
    } finally {
      this.sending = false;
    }
  }

  /** Says what to correct, marks the fields, and takes the editor to the first. */
  private async refuse(errors: FieldErrors, code?: string): Promise<void> {
    this.errors = errors;
    const count = Object.keys(errors).length;
    this.alert = (_t, w) =>
      code && code !== 'validation_failed' ? this.message(code) : w.form.invalid(count);
    await this.updateComplete;
    const first = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.focus();
  }
}
