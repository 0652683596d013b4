import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localize } from '../../../schema/vocabulary.ts';
import { baseStyles } from '../../internal/styles.ts';
import { adminStyles } from '../admin.styles.ts';
import type { Named } from '../model.ts';
import type { AdminTranslation } from '../translations/dictionaries.ts';
import {
  type FormContext,
  type Patch,
  renderAbout,
  renderAccessibility,
  renderWhen,
  renderWhere,
  renderWho,
} from './event-form.render.ts';
import { type AdminEventView, createEvent, updateEvent } from './events.api.ts';
import { eventsStyles } from './events.styles.ts';
import { SipEventsElement } from './events-element.ts';
import {
  changesOf,
  check,
  draftOf,
  type EventDraft,
  errorsFromProblem,
  type Field,
  type FieldErrors,
  newDraft,
} from './form-model.ts';
import type { EventsTranslation } from './translations/dictionaries.ts';

type Message = (t: AdminTranslation, w: EventsTranslation) => string;

/**
 * @summary An event's form, to create one or edit it: every field of the contract, checked with the API's own schema, the API's refusals shown beside their fields and the text kept.
 * @tagname sip-moderation-event-form
 *
 * @slot actions - More buttons beside the submit button (the event's page puts its "Cancel" there).
 *
 * @event {CustomEvent<SipEventSaveDetail>} sip-event-save - The event was created (`action: 'create'`) or edited (`'edit'`); `detail.event` is it as it now is.
 * @event {CustomEvent<SipErrorDetail>} sip-error - Saving failed; `detail.status` (0 when unreachable) and `detail.code`.
 *
 * @csspart form - The form.
 * @csspart error - The alert summarising what to correct, or why saving failed.
 * @csspart status - The live region saying when nothing changed.
 */
export class SipModerationEventForm extends SipEventsElement {
  static override styles = [baseStyles, adminStyles, eventsStyles];

  /** The event to edit; a new event when undefined. */
  @property({ attribute: false }) event?: AdminEventView;
  /** Themes to choose from. */
  @property({ attribute: false }) themes: readonly Named[] = [];
  /** Territories to choose from (GET /api/v1/territories). */
  @property({ attribute: false }) territories: readonly Named[] = [];

  @state() private draft: EventDraft = newDraft();
  @state() private errors: FieldErrors = {};
  @state() private sending = false;
  @state() private alert?: Message;
  @state() private announcement?: Message;
  /** The event as it was when the form opened: an edit sends what differs from it. */
  private original?: EventDraft;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('event') && changed.get('event')?.slug !== this.event?.slug) {
      this.original = this.event ? draftOf(this.event) : undefined;
      this.draft = this.original ? structuredClone(this.original) : newDraft();
      this.errors = {};
      this.alert = undefined;
    }
  }

  override render() {
    const { t, w } = this;
    const editing = Boolean(this.event);
    const context: FormContext = {
      w,
      draft: this.draft,
      errors: this.errors,
      editing,
      themes: this.themes,
      territories: this.territories,
      change: (patch, ...fields) => this.change(patch, fields),
    };
    const title = this.event ? localize(this.event.title, w.$code) : '';
    return html`
      <form part="form" class="stack" novalidate aria-labelledby="form-heading" @submit=${this.submit}>
        <h2 id="form-heading" tabindex="-1">${editing ? w.form.editHeading(title) : w.form.createHeading}</h2>
        ${editing ? html`<p class="muted">${w.form.editNotice}</p>` : nothing}
        <p part="error" class="error" role="alert">${this.alert?.(t, w) ?? nothing}</p>
        ${renderAbout(context)} ${renderWhen(context)} ${renderWhere(context)} ${renderWho(context)}
        ${renderAccessibility(context)}
        <p part="status" role="status">${this.announcement?.(t, w) ?? nothing}</p>
        <div class="row">
          <button type="submit" class="primary" aria-disabled=${this.sending ? 'true' : 'false'}>
            ${this.sending ? t.sending : editing ? w.form.submitEdit : w.form.submitCreate}
          </button>
          <slot name="actions"></slot>
        </div>
      </form>
    `;
  }

  private change(patch: Patch, fields: readonly Field[]): void {
    this.draft = { ...this.draft, ...(typeof patch === 'function' ? patch(this.draft) : patch) };
    this.announcement = undefined;
    if (fields.some((field) => this.errors[field])) {
      const errors = { ...this.errors };
      for (const field of fields) delete errors[field];
      // A field's group's error (the seats, the place…) goes with it.
      for (const field of fields) delete errors[field.split('.')[0] as Field];
      this.errors = errors;
    }
  }

  override async focusHeading(): Promise<void> {
    await this.updateComplete;
    super.focusHeading();
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    this.announcement = undefined;
    const checked = check(this.draft);
    if (!checked.success) return this.refuse(checked.errors);
    const original = this.original;
    const changes = original ? changesOf(checked.input, original) : undefined;
    if (changes && Object.keys(changes).length === 0) {
      this.alert = undefined;
      this.announcement = (_t, w) => w.form.unchanged;
      return;
    }
    this.sending = true;
    this.alert = undefined;
    try {
      const saved =
        this.event && changes
          ? await updateEvent(this.adminClient, this.event.slug, changes)
          : await createEvent(this.adminClient, checked.input);
      this.errors = {};
      this.emit('sip-event-save', { action: this.event ? 'edit' : 'create', event: saved });
    } catch (error) {
      const { code, issues } = this.emitError(error);
      const errors = errorsFromProblem(code, issues);
      if (Object.keys(errors).length) await this.refuse(errors);
      else this.alert = () => this.message(code);
    } finally {
      this.sending = false;
    }
  }

  /** Says how many fields to correct, marks them, and takes the organiser to the first. */
  private async refuse(errors: FieldErrors): Promise<void> {
    this.errors = errors;
    const count = Object.keys(errors).length;
    this.alert = (_t, w) => w.form.invalid(count);
    await this.updateComplete;
    const first = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid]');
    const target =
      first instanceof HTMLFieldSetElement ? first.querySelector<HTMLElement>('input, select') : first;
    target?.focus();
  }
}
