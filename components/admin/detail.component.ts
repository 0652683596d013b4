import { Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import * as v from 'valibot';
import { type Decision, DecisionInput, type QueueItem, REJECTION_REASONS } from '../../schema/moderation.ts';
import { asApiError } from '../internal/api.ts';
import { baseStyles } from '../internal/styles.ts';
import { adminStyles } from './admin.styles.ts';
import { renderFacts, renderHistoryEntry, renderReports, renderText } from './detail.render.ts';
import { detailStyles } from './detail.styles.ts';
import { allowedDecisions, type Named } from './model.ts';
import { SipModerationElement } from './moderation-element.ts';
import { type AdminTranslation, errorMessage } from './translations/dictionaries.ts';

/**
 * @summary One contribution in full for a moderator: facts, text, reports, decision history, and the decisions its status allows.
 * @tagname sip-moderation-detail
 *
 * @event {CustomEvent<SipDecisionDetail>} sip-decision - A decision was recorded; `detail.item` is the contribution as it now is.
 * @event {CustomEvent<SipErrorDetail>} sip-error - A decision or the history failed; `detail.status` (0 when unreachable) and `detail.code`.
 *
 * @csspart base - The pane.
 * @csspart facts - Status, theme, author, role, territory, e-mail, dates.
 * @csspart text - The contribution's text, one paragraph per blank-line-separated block.
 * @csspart reports - The list of reports.
 * @csspart actions - The decision buttons.
 * @csspart reject-form - The form asking for a rejection reason and a note.
 * @csspart history - The contribution's decision history.
 * @csspart error - The alert region with the latest error.
 */
export class SipModerationDetail extends SipModerationElement {
  static override styles = [baseStyles, adminStyles, detailStyles];

  /** The contribution to show; nothing selected when undefined. */
  @property({ attribute: false }) item?: QueueItem;
  /** Themes by slug, for their titles. */
  @property({ attribute: false }) themes: readonly Named[] = [];
  /** Territories by code, for their names. */
  @property({ attribute: false }) territories: readonly Named[] = [];

  @state() private sending = false;
  @state() private rejecting = false;
  @state() private reasonMissing = false;
  @state() private errorCode?: string;
  @state() private historyVersion = 0;

  private readonly history = new Task(this, {
    args: () => [this.adminClient, this.item?.id, this.historyVersion] as const,
    task: async ([client, id], { signal }) => {
      if (!id) return [];
      const log = await client.auditLog({ kind: 'contribution', item: id }, signal);
      return [...log.entries].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id);
    },
    // The history shows its own error; the event still tells the page.
    onError: (error) => this.emitError(error),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    const previous = changed.get('item');
    if (changed.has('item') && previous?.id !== this.item?.id) {
      this.rejecting = false;
      this.reasonMissing = false;
      this.errorCode = undefined;
    }
  }

  /** Publishes or hides at once; a rejection opens the reason form. Nothing when the status forbids it. */
  async decide(action: Decision): Promise<void> {
    if (action === 'reject') return this.startReject();
    await this.send({ action });
  }

  /** Opens the rejection form with focus on the reason. */
  async startReject(): Promise<void> {
    if (!this.item || !allowedDecisions(this.item.status).includes('reject')) return;
    this.rejecting = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLSelectElement>('#reason')?.focus();
  }

  override render() {
    const t = this.t;
    const item = this.item;
    if (!item) {
      return html`
        <section part="base" class="stack" aria-labelledby="detail-heading">
          <h2 id="detail-heading" tabindex="-1">${t.detail.heading}</h2>
          <p class="muted">${t.detail.noneSelected}</p>
        </section>
      `;
    }
    const context = { t, themes: this.themes, territories: this.territories };
    return html`
      <article part="base" class="stack" aria-labelledby="detail-heading" aria-busy=${this.sending ? 'true' : 'false'}>
        <h2 id="detail-heading" tabindex="-1"><span class="visually-hidden">${t.detail.heading}\u00a0— </span>${item.title}</h2>
        ${renderFacts(item, context)}
        ${renderText(item, t)}
        ${renderReports(item, t)}
        ${this.renderActions(item, t)}
        <p part="error" class="error" role="alert">${this.errorCode ? errorMessage(t, this.errorCode) : nothing}</p>
        ${this.renderHistory(t)}
      </article>
    `;
  }

  private renderActions(item: QueueItem, t: AdminTranslation): TemplateResult {
    const allowed = allowedDecisions(item.status);
    return html`
      <section class="stack" aria-labelledby="actions-heading">
        <h3 id="actions-heading">${t.detail.actions}</h3>
        ${
          allowed.length === 0
            ? html`<p class="muted">${t.detail.noActions}</p>`
            : html`<div part="actions" class="row">
              ${allowed.map(
                (action) => html`
                  <button
                    type="button"
                    class=${action === 'publish' ? 'primary' : 'secondary'}
                    data-action=${action}
                    aria-disabled=${this.sending ? 'true' : 'false'}
                    aria-expanded=${action === 'reject' ? String(this.rejecting) : nothing}
                    aria-keyshortcuts=${action[0]}
                    @click=${() => this.decide(action)}
                  >${t.decisions[action]}</button>
                `,
              )}
            </div>`
        }
        ${this.rejecting ? this.renderRejectForm(t) : nothing}
      </section>
    `;
  }

  private renderRejectForm(t: AdminTranslation): TemplateResult {
    return html`
      <form part="reject-form" class="stack reject" novalidate @submit=${this.submitReject} @keydown=${this.escapeReject}>
        <h4 class="form-heading">${t.reject.heading}</h4>
        <label>
          ${t.reject.reasonLabel}
          <select
            id="reason"
            name="reason"
            required
            aria-invalid=${this.reasonMissing ? 'true' : 'false'}
            aria-describedby="reason-error"
            @change=${() => {
              this.reasonMissing = false;
            }}
          >
            <option value="">${t.reject.choose}</option>
            ${REJECTION_REASONS.map((reason) => html`<option value=${reason}>${t.rejectionReasons[reason]}</option>`)}
          </select>
        </label>
        <p id="reason-error" class="error">${this.reasonMissing ? t.reject.reasonRequired : nothing}</p>
        <label>
          ${t.reject.noteLabel}
          <textarea id="note" name="note" maxlength="1000" aria-describedby="note-hint"></textarea>
          <span id="note-hint" class="hint">${t.reject.noteHint}</span>
        </label>
        <div class="row">
          <button type="submit" class="danger" aria-disabled=${this.sending ? 'true' : 'false'}>
            ${this.sending ? t.sending : t.reject.submit}
          </button>
          <button type="button" class="secondary" @click=${this.cancelReject}>${t.cancel}</button>
        </div>
      </form>
    `;
  }

  private renderHistory(t: AdminTranslation): TemplateResult {
    return html`
      <section part="history" class="stack" aria-labelledby="history-heading">
        <h3 id="history-heading">${t.detail.history}</h3>
        ${this.history.render({
          pending: () => html`<p class="muted">${t.loading}</p>`,
          complete: (entries) =>
            entries.length === 0
              ? html`<p class="muted">${t.detail.noHistory}</p>`
              : html`<ol class="history">${entries.map((entry) => renderHistoryEntry(entry, t))}</ol>`,
          error: (error) => html`
            <p class="error">${errorMessage(t, asApiError(error).code)}</p>
            <button type="button" class="secondary" @click=${() => this.history.run()}>${t.retry}</button>
          `,
        })}
      </section>
    `;
  }

  private async submitReject(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const reasonCode = (form.elements.namedItem('reason') as HTMLSelectElement).value;
    const note = (form.elements.namedItem('note') as HTMLTextAreaElement).value.trim();
    const input = v.safeParse(DecisionInput, {
      action: 'reject',
      reasonCode: reasonCode || undefined,
      note: note || undefined,
    });
    if (!input.success) {
      this.reasonMissing = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLSelectElement>('#reason')?.focus();
      return;
    }
    await this.send(input.output);
  }

  private escapeReject(event: KeyboardEvent): void {
    if (event.key === 'Escape') void this.cancelReject();
  }

  private async cancelReject(): Promise<void> {
    this.rejecting = false;
    this.reasonMissing = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('[data-action="reject"]')?.focus();
  }

  /** One request per decision: a second one while the first is on its way is ignored. */
  private async send(input: DecisionInput): Promise<void> {
    const item = this.item;
    if (!item || this.sending || !allowedDecisions(item.status).includes(input.action)) return;
    this.sending = true;
    this.errorCode = undefined;
    try {
      const updated = await this.adminClient.decide(item.id, input);
      this.rejecting = false;
      this.historyVersion += 1;
      this.emit('sip-decision', { action: input.action, item: updated });
    } catch (error) {
      this.errorCode = this.emitError(error).code;
    } finally {
      this.sending = false;
    }
  }
}
