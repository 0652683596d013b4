import { Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import * as v from 'valibot';
import { Slug } from '../../../schema/common.ts';
import type { AdminIdentity } from '../../../schema/moderation.ts';
import { localize } from '../../../schema/vocabulary.ts';
import { baseStyles } from '../../internal/styles.ts';
import { adminStyles } from '../admin.styles.ts';
import type { Named } from '../model.ts';
import type { AdminTranslation } from '../translations/dictionaries.ts';
import { renderCancel, renderDuplicate, renderFacts } from './event.render.ts';
import { type AdminEventView, cancelEvent, duplicateEvent, getEvent } from './events.api.ts';
import type { SipEventSaveDetail, SipMinutesDetail } from './events.events.ts';
import { eventsStyles } from './events.styles.ts';
import { SipEventsElement } from './events-element.ts';
import { errorsFromProblem } from './form-model.ts';
import { instantToZoned, zonedToInstant } from './time.ts';
import type { EventsTranslation } from './translations/dictionaries.ts';

type Message = (t: AdminTranslation, w: EventsTranslation) => string;
type Panel = 'none' | 'edit' | 'duplicate' | 'cancel';
type DuplicateErrors = { slug?: Message; startsAt?: Message };

/** A copy's slug to start from: the original's, marked, within the 64 characters a slug may have. */
const copySlug = (slug: string) => `${slug.slice(0, 58).replace(/-+$/, '')}-copie`;

/**
 * @summary One event for its organisers: its facts, edit, duplicate and cancel, its registrations per mode with attendance, and its minutes.
 * @tagname sip-moderation-event
 *
 * @event {CustomEvent<SipEventSaveDetail>} sip-event-save - The event was edited, or duplicated (`detail.event` is then the copy).
 * @event {CustomEvent<SipEventCancelDetail>} sip-event-cancel - The event was cancelled; everyone registered is being told.
 * @event {CustomEvent<SipErrorDetail>} sip-error - Loading or an action failed; `detail.status` (0 when unreachable) and `detail.code`.
 *
 * @csspart base - The event's page.
 * @csspart facts - What, when, where, who, seats, accessibility.
 * @csspart actions - Edit, duplicate, cancel.
 * @csspart duplicate - The duplicate form.
 * @csspart cancel - The cancel confirmation.
 * @csspart status - The live region announcing outcomes.
 */
export class SipModerationEvent extends SipEventsElement {
  static override styles = [baseStyles, adminStyles, eventsStyles];

  /** The event's slug. */
  @property() slug = '';
  /** Themes, for the form. */
  @property({ attribute: false }) themes: readonly Named[] = [];
  /** Territories, for their names and the form. */
  @property({ attribute: false }) territories: readonly Named[] = [];
  /** How the organiser signed in (the CSV export is a plain link with `access`). */
  @property({ attribute: false }) via: AdminIdentity['via'] = 'token';

  @state() private event?: AdminEventView;
  @state() private panel: Panel = 'none';
  @state() private sending = false;
  @state() private announcement?: Message;
  @state() private alert?: Message;
  @state() private duplicateSlug = '';
  @state() private duplicateStart = '';
  @state() private duplicateErrors: DuplicateErrors = {};
  @state() private cancelReason = '';

  private readonly loader = new Task(this, {
    args: () => [this.adminClient, this.slug] as const,
    task: ([client, slug], { signal }) => getEvent(client, slug, signal),
    onComplete: (event) => {
      this.event = event;
    },
    onError: (error) => this.report(error),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another event (a copy just made): nothing of the previous one's page stays.
    if (changed.has('slug') && changed.get('slug') !== undefined) {
      this.event = undefined;
      this.panel = 'none';
      this.announcement = undefined;
      this.alert = undefined;
    }
  }

  override async focusHeading(): Promise<void> {
    await this.loader.taskComplete.catch(() => undefined);
    await this.updateComplete;
    super.focusHeading();
  }

  override render() {
    const { t, w } = this;
    return this.loader.render({
      pending: () =>
        this.event ? this.renderEvent(this.event, t, w) : html`<p class="muted">${t.loading}</p>`,
      complete: () => (this.event ? this.renderEvent(this.event, t, w) : nothing),
      error: () => html`
        <section class="stack" aria-labelledby="event-heading">
          <h2 id="event-heading" tabindex="-1">${w.heading}</h2>
          <p class="error" role="alert">${this.alert?.(t, w) ?? nothing}</p>
          <div><button type="button" class="secondary" @click=${() => this.loader.run()}>${t.retry}</button></div>
        </section>
      `,
    });
  }

  private renderEvent(event: AdminEventView, t: AdminTranslation, w: EventsTranslation): TemplateResult {
    const cancelled = event.status === 'cancelled';
    if (this.panel === 'edit') {
      return html`
        <sip-moderation-event-form
          part="base"
          .client=${this.adminClient}
          .event=${event}
          .themes=${this.themes}
          .territories=${this.territories}
          @sip-event-save=${this.edited}
        >
          <button slot="actions" type="button" class="secondary" @click=${this.closePanel}>${t.cancel}</button>
        </sip-moderation-event-form>
      `;
    }
    return html`
      <article part="base" class="stack" aria-labelledby="event-heading">
        <h2 id="event-heading" tabindex="-1">
          ${localize(event.title, w.$code)}
          ${cancelled ? html` <span class="badge cancelled">${w.statuses.cancelled}</span>` : nothing}
        </h2>
        <p part="status" class="status" role="status">${this.announcement?.(t, w) ?? nothing}</p>
        <p class="error" role="alert">${this.alert?.(t, w) ?? nothing}</p>
        ${cancelled ? html`<p class="notice">${w.event.cancelledNotice}</p>` : nothing}
        ${renderFacts(event, w, this.territories)}
        <section class="stack" aria-labelledby="actions-heading">
          <h3 id="actions-heading" class="visually-hidden">${w.event.actions}</h3>
          <div part="actions" class="row">
            ${cancelled ? nothing : html`<button type="button" class="secondary" id="edit" @click=${this.openEdit}>${w.event.edit}</button>`}
            <button type="button" class="secondary" id="duplicate" aria-expanded=${String(this.panel === 'duplicate')} @click=${this.openDuplicate}>
              ${w.event.duplicate}
            </button>
            ${
              cancelled
                ? nothing
                : html`<button type="button" class="danger" id="cancel" aria-expanded=${String(this.panel === 'cancel')} @click=${this.openCancel}>
                    ${w.event.cancel}
                  </button>`
            }
          </div>
          ${this.panel === 'duplicate' ? this.renderDuplicatePanel(event, t, w) : nothing}
          ${this.panel === 'cancel' ? this.renderCancelPanel(event, t, w) : nothing}
        </section>
        <sip-moderation-event-registrations .client=${this.adminClient} .event=${event} .territories=${this.territories} .via=${this.via}></sip-moderation-event-registrations>
        <sip-moderation-event-minutes .client=${this.adminClient} .event=${event} .territories=${this.territories} @sip-minutes=${this.minutesPublished}></sip-moderation-event-minutes>
      </article>
    `;
  }

  private renderDuplicatePanel(
    event: AdminEventView,
    t: AdminTranslation,
    w: EventsTranslation,
  ): TemplateResult {
    return renderDuplicate(t, w, {
      slug: this.duplicateSlug,
      startsAt: this.duplicateStart,
      timeZone: event.timeZone,
      errors: { slug: this.duplicateErrors.slug?.(t, w), startsAt: this.duplicateErrors.startsAt?.(t, w) },
      sending: this.sending,
      change: (patch) => {
        if (patch.slug !== undefined) this.duplicateSlug = patch.slug;
        if (patch.startsAt !== undefined) this.duplicateStart = patch.startsAt;
        this.duplicateErrors = {
          slug: patch.slug === undefined ? this.duplicateErrors.slug : undefined,
          startsAt: patch.startsAt === undefined ? this.duplicateErrors.startsAt : undefined,
        };
      },
      submit: (submitted) => this.duplicate(submitted),
      close: () => this.closePanel(),
    });
  }

  private renderCancelPanel(
    event: AdminEventView,
    t: AdminTranslation,
    w: EventsTranslation,
  ): TemplateResult {
    return renderCancel(t, w, {
      event,
      reason: this.cancelReason,
      sending: this.sending,
      change: (reason) => {
        this.cancelReason = reason;
      },
      confirm: () => this.cancel(),
      close: () => this.closePanel(),
    });
  }

  private async openPanel(panel: Panel, focus: string): Promise<void> {
    this.panel = panel;
    this.alert = undefined;
    this.announcement = undefined;
    await this.updateComplete;
    if (panel === 'edit') {
      const form = this.renderRoot.querySelector<SipEventsElement>('sip-moderation-event-form');
      await form?.updateComplete;
      await form?.focusHeading();
      return;
    }
    this.renderRoot.querySelector<HTMLElement>(focus)?.focus();
  }

  private readonly openEdit = () => this.openPanel('edit', '');

  private readonly openDuplicate = () => {
    const event = this.event;
    if (!event) return;
    if (this.panel !== 'duplicate') {
      this.duplicateSlug = copySlug(event.slug);
      this.duplicateStart = instantToZoned(event.startsAt, event.timeZone);
      this.duplicateErrors = {};
    }
    return this.openPanel('duplicate', '#duplicate-slug');
  };

  private readonly openCancel = () => {
    if (this.panel !== 'cancel') this.cancelReason = '';
    return this.openPanel('cancel', '#cancel-heading');
  };

  /** Closes the open panel; focus goes back to the button that opened it. */
  private readonly closePanel = async (): Promise<void> => {
    const panel = this.panel;
    this.panel = 'none';
    await this.updateComplete;
    const opener = panel === 'edit' ? '#edit' : panel === 'none' ? 'h2' : `#${panel}`;
    this.renderRoot.querySelector<HTMLElement>(opener)?.focus();
  };

  /** The form saved an edit: the page shows the event as it now is. */
  private async edited(saved: CustomEvent<SipEventSaveDetail>): Promise<void> {
    this.event = saved.detail.event;
    this.panel = 'none';
    const title = localize(saved.detail.event.title, this.w.$code);
    this.announcement = (_t, w) => w.form.saved(title);
    await this.updateComplete;
    super.focusHeading();
  }

  private async duplicate(submitted: SubmitEvent): Promise<void> {
    submitted.preventDefault();
    const event = this.event;
    if (!event || this.sending) return;
    const slug = this.duplicateSlug.trim();
    const startsAt = zonedToInstant(this.duplicateStart, event.timeZone);
    const errors: DuplicateErrors = {
      slug: v.is(Slug, slug) ? undefined : (_t, w) => w.fieldErrors.slug,
      startsAt: startsAt ? undefined : (_t, w) => w.fieldErrors.startsAt,
    };
    if (errors.slug || errors.startsAt || !startsAt) return this.refuseDuplicate(errors);
    this.sending = true;
    this.alert = undefined;
    try {
      const copy = await duplicateEvent(this.adminClient, event.slug, { slug, startsAt });
      this.panel = 'none';
      this.emit('sip-event-save', { action: 'duplicate', event: copy });
    } catch (error) {
      const { code, issues } = this.emitError(error);
      const fields = errorsFromProblem(code, issues);
      if (fields.slug || fields.startsAt) {
        const slugError = fields.slug;
        const startError = fields.startsAt;
        await this.refuseDuplicate({
          slug: slugError ? (_t, w) => w.fieldErrors[slugError] : undefined,
          startsAt: startError ? (_t, w) => w.fieldErrors[startError] : undefined,
        });
      } else this.alert = () => this.message(code);
    } finally {
      this.sending = false;
    }
  }

  private async refuseDuplicate(errors: DuplicateErrors): Promise<void> {
    this.duplicateErrors = errors;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="duplicate"] [aria-invalid="true"]')?.focus();
  }

  private async cancel(): Promise<void> {
    const event = this.event;
    if (!event || this.sending) return;
    this.sending = true;
    this.alert = undefined;
    try {
      const cancelled = await cancelEvent(
        this.adminClient,
        event.slug,
        this.cancelReason.trim() || undefined,
      );
      this.event = cancelled;
      this.panel = 'none';
      this.emit('sip-event-cancel', { event: cancelled });
      const title = localize(cancelled.title, this.w.$code);
      this.announcement = (_t, w) => w.cancel.done(title);
      await this.updateComplete;
      super.focusHeading();
    } catch (error) {
      this.report(error);
    } finally {
      this.sending = false;
    }
  }

  private minutesPublished(published: CustomEvent<SipMinutesDetail>): void {
    this.event = published.detail.event;
  }

  private report(error: unknown): void {
    const { code } = this.emitError(error);
    this.alert = () => this.message(code);
  }
}
