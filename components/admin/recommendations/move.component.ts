import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import * as v from 'valibot';
import type { AdminRole } from '../../../schema/moderation.ts';
import type { Body } from '../../../schema/recommendation-lifecycle.ts';
import { type AdminRecommendation, StatusChangeInput } from '../../../schema/recommendations.ts';
import { baseStyles } from '../../internal/styles.ts';
import { adminStyles } from '../admin.styles.ts';
import type { AdminTranslation } from '../translations/dictionaries.ts';
import { renderShown, renderWrittenFields, statusBadge } from './fields.render.ts';
import {
  bodiesFor,
  defaultBody,
  emptyText,
  isBlank,
  isDecision,
  keptText,
  type Move,
  movesFor,
  shown,
  type TextDraft,
  writtenOf,
} from './model.ts';
import { type AdminRecommendationView, findMergeTargets, moveRecommendation } from './recommendations.api.ts';
import { recommendationsStyles } from './recommendations.styles.ts';
import { SipRecommendationsElement } from './recommendations-element.ts';
import type { RecommendationsTranslation } from './translations/dictionaries.ts';

type Message = (t: AdminTranslation, w: RecommendationsTranslation) => string;

/** What the move's form holds, kept as typed whatever happens. */
interface MoveDraft {
  body?: Body;
  to?: Move;
  reason: TextDraft;
  answer: TextDraft;
  reviewOn: string;
  into: string;
  intoQuery: string;
}

type MoveField = 'to' | 'reason' | 'answer' | 'reviewOn' | 'into';
type MoveErrors = Partial<Record<MoveField, Message>>;

const newMove = (): MoveDraft => ({
  reason: emptyText(),
  answer: emptyText(),
  reviewOn: '',
  into: '',
  intoQuery: '',
});

/** The field an issue of StatusChangeInput points at. */
function moveFieldOf(path: string): MoveField | undefined {
  if (path === 'answer.reviewOn') return 'reviewOn';
  const [first] = path.split('.');
  return (['to', 'reason', 'answer', 'into'] as const).find((field) => field === first);
}

/**
 * @summary Moves a recommendation through its lifecycle: the moves the table offers the body the person acts for (an admin chooses which), a reason, the board's answer with a "review on" date where a decision needs it, the recommendation it is merged into.
 * @tagname sip-moderation-recommendation-move
 *
 * @slot actions - More buttons beside the submit button (the recommendation's page puts "Cancel" there).
 *
 * @event {CustomEvent<SipRecommendationMoveDetail>} sip-recommendation-move - The move was made; `detail.recommendation` is the recommendation as it now is.
 * @event {CustomEvent<SipErrorDetail>} sip-error - The move or the search for a merge target failed; `detail.status` (0 when unreachable) and `detail.code`.
 *
 * @csspart form - The form.
 * @csspart moves - The statuses offered.
 * @csspart targets - The recommendations found to merge into.
 * @csspart error - The alert saying why the move was refused.
 */
export class SipModerationRecommendationMove extends SipRecommendationsElement {
  static override styles = [baseStyles, adminStyles, recommendationsStyles];

  /** The recommendation to move. */
  @property({ attribute: false }) recommendation?: AdminRecommendationView;
  /** The signed-in person's role: the body it acts for. */
  @property({ attribute: false }) role: AdminRole = 'editor';
  /** Reads the recommendation again after a refusal that says its status changed meanwhile. */
  @property({ attribute: false }) refresh: () => Promise<void> = async () => {};

  @state() private draft: MoveDraft = newMove();
  @state() private errors: MoveErrors = {};
  @state() private targets?: AdminRecommendation[];
  @state() private searching = false;
  @state() private sending = false;
  @state() private alert?: Message;

  private get keptKey(): string {
    return `move:${this.recommendation?.slug ?? ''}`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const item = this.recommendation;
    if (!item) return;
    if (changed.has('recommendation') && changed.get('recommendation')?.slug !== item.slug) {
      this.draft = keptText.get<MoveDraft>(this.keptKey) ?? newMove();
      this.errors = {};
      this.targets = undefined;
    }
    // The body must be one the role acts for, the move one the table offers it from the current status.
    const bodies = bodiesFor(this.role);
    const body =
      this.draft.body && bodies.includes(this.draft.body)
        ? this.draft.body
        : defaultBody(bodies, item.status);
    const to =
      body && this.draft.to && movesFor(item.status, body).includes(this.draft.to)
        ? this.draft.to
        : undefined;
    if (body !== this.draft.body || to !== this.draft.to) this.draft = { ...this.draft, body, to };
  }

  override render() {
    const { t, w } = this;
    const item = this.recommendation;
    if (!item) return nothing;
    const m = w.move;
    const to = this.draft.to;
    return html`
      <form part="form" class="stack" novalidate aria-labelledby="move-heading" @submit=${this.submit}>
        <h3 id="move-heading" tabindex="-1">${m.heading}</h3>
        <p>${m.current} ${statusBadge(item.status, w)}</p>
        <p part="error" class="error" role="alert">${this.alert?.(t, w) ?? nothing}</p>
        ${this.renderBodies(w)} ${this.renderMoves(item, w)}
        ${to === 'merged' ? this.renderInto(t, w) : nothing}
        ${to && isDecision(to) ? this.renderAnswer(item, w) : nothing}
        ${renderWrittenFields({
          w,
          id: 'reason',
          legend: m.reasonLegend,
          hint: m.reasonHint,
          value: this.draft.reason,
          multiline: true,
          maxlength: 2000,
          error: this.errors.reason?.(t, w),
          change: (language, value) =>
            this.change({ reason: { ...this.draft.reason, [language]: value } }, 'reason'),
        })}
        <div class="row">
          <button type="submit" class="primary" aria-disabled=${this.sending ? 'true' : 'false'}>
            ${this.sending ? t.sending : to ? m.submit(w.statuses[to]) : m.chooseMove}
          </button>
          <slot name="actions"></slot>
        </div>
      </form>
    `;
  }

  private renderBodies(w: RecommendationsTranslation): TemplateResult | typeof nothing {
    const bodies = bodiesFor(this.role);
    if (bodies.length < 2) return nothing;
    return html`
      <fieldset>
        <legend>${w.move.actAs}</legend>
        <div class="choices">
          ${bodies.map(
            (body) => html`<label class="choice">
              <input type="radio" name="as" value=${body} .checked=${this.draft.body === body}
                @change=${() => this.change({ body }, 'to')} />
              ${w.bodies[body]}
            </label>`,
          )}
        </div>
      </fieldset>
    `;
  }

  private renderMoves(item: AdminRecommendationView, w: RecommendationsTranslation): TemplateResult {
    const { t } = this;
    const moves = this.draft.body ? movesFor(item.status, this.draft.body) : [];
    const error = this.errors.to?.(t, w);
    if (moves.length === 0) return html`<p part="moves" class="muted">${w.move.none}</p>`;
    return html`
      <fieldset part="moves" id="to-group" ?data-invalid=${Boolean(error)} aria-describedby="to-error">
        <legend>${w.move.toLabel}</legend>
        <div class="choices">
          ${moves.map(
            (to) => html`<label class="choice">
              <input type="radio" name="to" value=${to} .checked=${this.draft.to === to}
                aria-invalid=${error ? 'true' : 'false'}
                @change=${() => this.change({ to }, 'to', 'answer', 'into')} />
              ${w.statuses[to]}
            </label>`,
          )}
        </div>
        <span id="to-error" class="error">${error ?? nothing}</span>
      </fieldset>
    `;
  }

  private renderAnswer(item: AdminRecommendationView, w: RecommendationsTranslation): TemplateResult {
    const { t } = this;
    const m = w.move;
    const reviewError = this.errors.reviewOn?.(t, w);
    return html`
      ${renderWrittenFields({
        w,
        id: 'answer',
        legend: m.answerLegend,
        hint: item.answers.length ? m.answerOptional : m.answerRequired,
        value: this.draft.answer,
        multiline: true,
        maxlength: 10_000,
        error: this.errors.answer?.(t, w),
        change: (language, value) =>
          this.change({ answer: { ...this.draft.answer, [language]: value } }, 'answer'),
      })}
      <label>
        ${m.reviewOnLabel}
        <input id="review-on" type="date" .value=${this.draft.reviewOn}
          aria-invalid=${reviewError ? 'true' : 'false'} aria-describedby="review-on-hint review-on-error"
          @input=${(event: Event) => this.change({ reviewOn: (event.target as HTMLInputElement).value }, 'reviewOn')} />
        <span id="review-on-hint" class="hint">${m.reviewOnHint}</span>
        <span id="review-on-error" class="error">${reviewError ?? nothing}</span>
      </label>
    `;
  }

  private renderInto(t: AdminTranslation, w: RecommendationsTranslation): TemplateResult {
    const m = w.move;
    const error = this.errors.into?.(t, w);
    const targets = this.targets;
    const chosen = targets?.find((target) => target.slug === this.draft.into);
    return html`
      <fieldset id="into-group" ?data-invalid=${Boolean(error)} aria-describedby="into-hint into-error">
        <legend>${m.intoLegend}</legend>
        <span id="into-hint" class="hint">${m.intoHint}</span>
        <div class="row">
          <label>
            ${m.intoLabel}
            <input id="into-query" type="search" autocomplete="off" maxlength="100" .value=${this.draft.intoQuery}
              aria-invalid=${error && !this.draft.into ? 'true' : 'false'} aria-describedby="into-error"
              @input=${(event: Event) => this.change({ intoQuery: (event.target as HTMLInputElement).value })}
              @keydown=${(event: KeyboardEvent) => {
                // Enter searches rather than submitting the move.
                if (event.key === 'Enter') {
                  event.preventDefault();
                  void this.findTargets();
                }
              }} />
          </label>
          <button type="button" class="secondary" id="into-search" aria-disabled=${this.searching ? 'true' : 'false'}
            @click=${() => this.findTargets()}>${this.searching ? t.loading : m.intoSearch}</button>
        </div>
        ${
          targets === undefined
            ? nothing
            : targets.length === 0
              ? html`<p part="targets" class="muted" role="status">${m.intoNone}</p>`
              : html`<div part="targets" class="stack" role="radiogroup" aria-label=${m.intoResults(targets.length)}>
                  ${targets.map(
                    (target) => html`<label class="choice">
                      <input type="radio" name="into" value=${target.slug} .checked=${this.draft.into === target.slug}
                        aria-invalid=${error ? 'true' : 'false'}
                        @change=${() => this.change({ into: target.slug }, 'into')} />
                      <span>${renderShown(target.title, w)} ${statusBadge(target.status, w)} <code>${target.slug}</code></span>
                    </label>`,
                  )}
                </div>`
        }
        ${chosen ? html`<p>${m.intoChosen(shown(chosen.title, w.$code).text)}</p>` : nothing}
        <span id="into-error" class="error">${error ?? nothing}</span>
      </fieldset>
    `;
  }

  private change(patch: Partial<MoveDraft>, ...fields: MoveField[]): void {
    this.draft = { ...this.draft, ...patch };
    keptText.set(this.keptKey, this.draft);
    if (fields.some((field) => this.errors[field])) {
      const errors = { ...this.errors };
      for (const field of fields) delete errors[field];
      this.errors = errors;
    }
  }

  private async findTargets(): Promise<void> {
    const item = this.recommendation;
    if (!item || this.searching) return;
    this.searching = true;
    this.alert = undefined;
    try {
      this.targets = await findMergeTargets(this.adminClient, item.slug, this.draft.intoQuery);
    } catch (error) {
      const { code } = this.emitError(error);
      this.alert = () => this.message(code);
    } finally {
      this.searching = false;
    }
  }

  /** The move as the API takes it, or the fields to correct first. */
  private input(item: AdminRecommendationView): { input?: StatusChangeInput; errors: MoveErrors } {
    const { to, body } = this.draft;
    if (!to) return { errors: { to: (_t, w) => w.move.chooseMove } };
    if (to === 'merged' && !this.draft.into) return { errors: { into: (_t, w) => w.move.chooseTarget } };
    const decision = isDecision(to);
    if (decision && item.answers.length === 0 && isBlank(this.draft.answer))
      return { errors: { answer: (_t, w) => w.problems.answer_required } };
    const result = v.safeParse(StatusChangeInput, {
      to,
      ...(isBlank(this.draft.reason) ? {} : { reason: writtenOf(this.draft.reason) }),
      ...(this.role === 'admin' && body ? { as: body } : {}),
      ...(decision && !isBlank(this.draft.answer)
        ? { answer: { text: writtenOf(this.draft.answer), reviewOn: this.draft.reviewOn || null } }
        : {}),
      ...(to === 'merged' ? { into: this.draft.into } : {}),
    });
    if (result.success) return { input: result.output, errors: {} };
    return {
      errors: this.errorsOf(
        result.issues.map((issue) => issue.path?.map((item) => String(item.key)).join('.') ?? ''),
      ),
    };
  }

  private errorsOf(paths: readonly string[]): MoveErrors {
    const errors: MoveErrors = {};
    for (const path of paths) {
      const field = moveFieldOf(path);
      if (field)
        errors[field] ??=
          field === 'reviewOn' ? (_t, w) => w.move.reviewOnHint : (_t, w) => w.form.invalid(1);
    }
    return errors;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const item = this.recommendation;
    if (this.sending || !item) return;
    const { input, errors } = this.input(item);
    if (!input) return this.refuse(errors);
    this.sending = true;
    this.alert = undefined;
    try {
      const moved = await moveRecommendation(this.adminClient, item.slug, input);
      keptText.delete(this.keptKey);
      this.errors = {};
      this.emit('sip-recommendation-move', { from: item.status, recommendation: moved });
    } catch (error) {
      await this.refused(error);
    } finally {
      this.sending = false;
    }
  }

  /** Says why the API refused, beside the field it names; a stale status is read again, the text kept. */
  private async refused(error: unknown): Promise<void> {
    const { code, issues } = this.emitError(error);
    const explained: Message = () => this.message(code);
    if (code === 'answer_required') return this.refuse({ answer: explained }, explained);
    if (code === 'merge_target_invalid') return this.refuse({ into: explained }, explained);
    if (code === 'validation_failed') {
      const errors = this.errorsOf(issues.map((issue) => issue.path));
      if (Object.keys(errors).length) return this.refuse(errors, explained);
    }
    this.alert = explained;
    if (code === 'transition_not_allowed') await this.refresh();
  }

  private async refuse(errors: MoveErrors, alert?: Message): Promise<void> {
    this.errors = errors;
    this.alert = alert ?? ((_t, w) => w.form.invalid(Object.keys(errors).length));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }
}
