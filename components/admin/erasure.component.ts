import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import * as v from 'valibot';
import { ErasureInput } from '../../schema/moderation.ts';
import { baseStyles } from '../internal/styles.ts';
import { adminStyles } from './admin.styles.ts';
import { SipModerationElement } from './moderation-element.ts';
import { type AdminTranslation, errorMessage } from './translations/dictionaries.ts';

type Message = (t: AdminTranslation) => string;
type Field = keyof ErasureInput;

/**
 * @summary Erases a person's personal data from their contributions, after a confirmation step.
 * @tagname sip-moderation-erasure
 *
 * @event {CustomEvent<SipErasureDetail>} sip-erasure - The erasure was done; `detail.contributions` is how many contributions it affected.
 * @event {CustomEvent<SipErrorDetail>} sip-error - The erasure failed; `detail.status` (0 when unreachable) and `detail.code`.
 *
 * @csspart form - The form asking for the site and the person's id.
 * @csspart confirm - The confirmation step.
 * @csspart status - The live region with the outcome.
 */
export class SipModerationErasure extends SipModerationElement {
  static override styles = [baseStyles, adminStyles];

  @state() private site = '';
  @state() private subject = '';
  @state() private confirming = false;
  @state() private sending = false;
  @state() private invalid: Field[] = [];
  @state() private outcome?: Message;
  @state() private alert?: Message;

  override render() {
    const t = this.t;
    return html`
      <section class="stack" aria-labelledby="erasure-heading">
        <h2 id="erasure-heading" tabindex="-1">${t.erasure.heading}</h2>
        <p>${t.erasure.intro}</p>
        <p part="status" role="status">${this.outcome?.(t) ?? nothing}</p>
        ${this.confirming ? this.renderConfirm(t) : this.renderForm(t)}
      </section>
    `;
  }

  private renderField(field: Field, label: string, hint: string, t: AdminTranslation): TemplateResult {
    const invalid = this.invalid.includes(field);
    return html`
      <label>
        ${label}
        <input
          id=${field}
          name=${field}
          required
          autocomplete="off"
          spellcheck="false"
          maxlength=${field === 'site' ? 64 : 256}
          .value=${this[field]}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby="${field}-hint ${field}-error"
          @input=${(event: Event) => {
            this[field] = (event.target as HTMLInputElement).value;
            this.invalid = this.invalid.filter((name) => name !== field);
          }}
        />
        <span id="${field}-hint" class="hint">${hint}</span>
        <span id="${field}-error" class="error">${invalid ? t.required : nothing}</span>
      </label>
    `;
  }

  private renderForm(t: AdminTranslation): TemplateResult {
    const e = t.erasure;
    return html`
      <form part="form" class="stack narrow" novalidate @submit=${this.review}>
        ${this.renderField('site', e.siteLabel, e.siteHint, t)}
        ${this.renderField('subject', e.subjectLabel, e.subjectHint, t)}
        <div class="row"><button type="submit" class="primary">${e.next}</button></div>
      </form>
    `;
  }

  private renderConfirm(t: AdminTranslation): TemplateResult {
    const e = t.erasure;
    return html`
      <div part="confirm" class="stack narrow" role="group" aria-labelledby="confirm-heading">
        <h3 id="confirm-heading" tabindex="-1">${e.confirmHeading}</h3>
        <p>${e.confirm(this.subject.trim(), this.site.trim())}</p>
        <p><strong>${e.irreversible}</strong></p>
        <p class="error" role="alert">${this.alert?.(t) ?? nothing}</p>
        <div class="row">
          <button type="button" class="danger" aria-disabled=${this.sending ? 'true' : 'false'} @click=${this.erase}>
            ${this.sending ? t.sending : e.erase}
          </button>
          <button type="button" class="secondary" @click=${this.back}>${t.cancel}</button>
        </div>
      </div>
    `;
  }

  private parse() {
    return v.safeParse(ErasureInput, { site: this.site.trim(), subject: this.subject.trim() });
  }

  private async review(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = this.parse();
    this.outcome = undefined;
    if (!input.success) {
      this.invalid = (['site', 'subject'] as const).filter((field) => !this[field].trim());
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.confirming = true;
    this.alert = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#confirm-heading')?.focus();
  }

  private async back(): Promise<void> {
    this.confirming = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#subject')?.focus();
  }

  private async erase(): Promise<void> {
    const input = this.parse();
    if (this.sending || !input.success) return;
    this.sending = true;
    this.alert = undefined;
    try {
      const { contributions } = await this.adminClient.erase(input.output);
      this.outcome = (t) => t.erasure.done(contributions);
      this.site = '';
      this.subject = '';
      this.confirming = false;
      this.emit('sip-erasure', { contributions });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#site')?.focus();
    } catch (error) {
      const { code } = this.emitError(error);
      this.alert = (t) => errorMessage(t, code);
    } finally {
      this.sending = false;
    }
  }
}
