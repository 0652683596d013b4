import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import * as v from 'valibot';
import { AnswerInput } from '../../../schema/recommendations.ts';
import { baseStyles } from '../../internal/styles.ts';
import { adminStyles } from '../admin.styles.ts';
import type { AdminTranslation } from '../translations/dictionaries.ts';
import { renderWrittenFields } from './fields.render.ts';
import { isBlank, keptText, type TextDraft, textDraftOf, writtenOf } from './model.ts';
import { type AdminRecommendationView, answerRecommendation } from './recommendations.api.ts';
import { recommendationsStyles } from './recommendations.styles.ts';
import { SipRecommendationsElement } from './recommendations-element.ts';
import type { RecommendationsTranslation } from './translations/dictionaries.ts';

type Message = (t: AdminTranslation, w: RecommendationsTranslation) => string;

interface AnswerDraft {
  text: TextDraft;
  reviewOn: string;
}

/**
 * @summary Records a new version of the board's answer, in French, Dutch and/or English, with the day the board will look at it again; the latest version fills the form, earlier versions stay readable.
 * @tagname sip-moderation-recommendation-answer
 *
 * @slot actions - More buttons beside the submit button (the recommendation's page puts "Cancel" there).
 *
 * @event {CustomEvent<SipRecommendationAnswerDetail>} sip-recommendation-answer - The new version was recorded; `detail.answer` is it.
 * @event {CustomEvent<SipErrorDetail>} sip-error - Recording failed; `detail.status` (0 when unreachable) and `detail.code`.
 *
 * @csspart form - The form.
 * @csspart error - The alert saying what to correct, or why recording failed.
 */
export class SipModerationRecommendationAnswer extends SipRecommendationsElement {
  static override styles = [baseStyles, adminStyles, recommendationsStyles];

  /** The recommendation the board answers. */
  @property({ attribute: false }) recommendation?: AdminRecommendationView;

  @state() private draft: AnswerDraft = { text: textDraftOf(undefined), reviewOn: '' };
  @state() private textError?: Message;
  @state() private reviewError = false;
  @state() private sending = false;
  @state() private alert?: Message;

  private get keptKey(): string {
    return `answer:${this.recommendation?.slug ?? ''}`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const item = this.recommendation;
    if (item && changed.has('recommendation') && changed.get('recommendation')?.slug !== item.slug) {
      // A revision starts from the latest version's words.
      const [latest] = item.answers;
      this.draft = keptText.get<AnswerDraft>(this.keptKey) ?? {
        text: textDraftOf(latest?.text),
        reviewOn: latest?.reviewOn ?? '',
      };
      this.textError = undefined;
      this.reviewError = false;
    }
  }

  override render() {
    const { t, w } = this;
    const item = this.recommendation;
    if (!item) return nothing;
    const a = w.answer;
    const next = (item.answers[0]?.version ?? 0) + 1;
    return html`
      <form part="form" class="stack" novalidate aria-labelledby="answer-heading" @submit=${this.submit}>
        <h3 id="answer-heading" tabindex="-1">${a.heading(next)}</h3>
        <p class="muted">${a.intro}</p>
        <p part="error" class="error" role="alert">${this.alert?.(t, w) ?? nothing}</p>
        ${renderWrittenFields({
          w,
          id: 'answer',
          legend: a.legend,
          value: this.draft.text,
          multiline: true,
          maxlength: 10_000,
          error: this.textError?.(t, w),
          change: (language, value) => {
            this.draft = { ...this.draft, text: { ...this.draft.text, [language]: value } };
            this.textError = undefined;
            keptText.set(this.keptKey, this.draft);
          },
        })}
        <label>
          ${w.move.reviewOnLabel}
          <input id="answer-review-on" type="date" .value=${this.draft.reviewOn}
            aria-invalid=${this.reviewError ? 'true' : 'false'} aria-describedby="answer-review-on-hint"
            @input=${(event: Event) => {
              this.draft = { ...this.draft, reviewOn: (event.target as HTMLInputElement).value };
              this.reviewError = false;
              keptText.set(this.keptKey, this.draft);
            }} />
          <span id="answer-review-on-hint" class="hint">${w.move.reviewOnHint}</span>
        </label>
        <div class="row">
          <button type="submit" class="primary" aria-disabled=${this.sending ? 'true' : 'false'}>
            ${this.sending ? t.sending : a.submit}
          </button>
          <slot name="actions"></slot>
        </div>
      </form>
    `;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const item = this.recommendation;
    if (this.sending || !item) return;
    if (isBlank(this.draft.text)) return this.refuse((_t, w) => w.answer.required);
    const checked = v.safeParse(AnswerInput, {
      text: writtenOf(this.draft.text),
      reviewOn: this.draft.reviewOn || null,
    });
    if (!checked.success) {
      this.reviewError = checked.issues.some((issue) =>
        issue.path?.some((entry) => entry.key === 'reviewOn'),
      );
      return this.refuse((_t, w) => w.form.invalid(1), !this.reviewError);
    }
    this.sending = true;
    this.alert = undefined;
    try {
      const answer = await answerRecommendation(this.adminClient, item.slug, checked.output);
      keptText.delete(this.keptKey);
      this.emit('sip-recommendation-answer', { slug: item.slug, answer });
    } catch (error) {
      const { code } = this.emitError(error);
      this.alert = () => this.message(code);
    } finally {
      this.sending = false;
    }
  }

  /** Says what to correct and takes the board member there. */
  private async refuse(message: Message, onText = true): Promise<void> {
    if (onText) this.textError = message;
    this.alert = message;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }
}
