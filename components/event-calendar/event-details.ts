/**
 * An event's details, open in place: what it is, and registering for it.
 * Signed-in people register in one action (a hybrid event: one button per
 * mode), see where they stand (their place on a waitlist) and cancel after
 * confirming; guests fill in a short form, its code fetched when they open
 * it. A chunk of its own, fetched when the visitor first heads for an event,
 * so the list stays small.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '../../schema/common.ts';
import type { EventView, MyRegistration, RegistrationReceipt, SeatMode } from '../../schema/events.ts';
import { localize } from '../../schema/vocabulary.ts';
import { resolveApiBase } from '../internal/config.ts';
import { barrierFor } from '../internal/eligibility.ts';
import type { IdentityController } from '../internal/identity-controller.ts';
import { OnDemand } from '../internal/on-demand.ts';
import { errorMessage } from '../translations/dictionaries.ts';
import { formatDateTime } from '../translations/format.ts';
import { cancelRegistration, readEvent, register } from './event-calendar.api.ts';
import { type CalendarHost, type DetailsContext, seatModes, seatsText } from './event-calendar.render.ts';
import { paragraphs, renderCalendarLinks, renderFacts, renderMinutes } from './event-details.render.ts';
import type { GuestForm } from './guest-form.ts';
import type { EventDetailsTranslation, Message } from './translations/translation.ts';

/** What the details work with: the calendar element (its `api`, its events, its settings) and the visitor. */
export interface PanelContext {
  host: CalendarHost;
  identity: IdentityController;
}

/** Where the visitor stands, in words; a cancelled registration is no registration. */
export function standing(t: EventDetailsTranslation, mine: MyRegistration, until: string | null): string {
  const mode = t.seatModes[mine.mode];
  if (mine.status === 'waitlisted') return t.myRegistration.waitlisted(mode, mine.position);
  if (mine.status === 'pending_confirmation') return t.myRegistration.pending_confirmation(mode, until);
  return t.myRegistration.confirmed(mode);
}

export class EventPanel {
  view: EventView | undefined;
  /** Settles once the request under way is over (for the element's `updateComplete`). */
  busy: Promise<unknown> | undefined;
  private sending = false;
  private confirming = false;
  private alert: Message<EventDetailsTranslation> | undefined;
  /** What came of the visitor's last action, shown and announced. */
  private notice: Message<EventDetailsTranslation> | undefined;
  private guestOpen = false;
  private guest: GuestForm | undefined;
  private language: Language = 'fr';
  private readonly guestCode = new OnDemand(() => import('./guest-form.ts'));

  constructor(private readonly context: PanelContext) {}

  /** The event as read; another event starts afresh. */
  show(view: EventView): void {
    if (view.slug !== this.view?.slug) {
      this.confirming = this.guestOpen = false;
      this.alert = this.notice = this.guest = undefined;
    }
    this.view = view;
  }

  render(c: DetailsContext): TemplateResult | typeof nothing {
    const view = this.view;
    if (!view) return nothing;
    const { t, lang } = c;
    this.language = lang;
    const past = view.eligibility.reason === 'event_past' || Date.parse(view.endsAt) < Date.now();
    return html`
      <article part="details" class="details" aria-labelledby="event-title">
        <p class="badges">
          ${view.status === 'cancelled' ? html`<span class="badge cancelled">${t.cancelledBadge}</span>` : nothing}
          <span class="badge">${t.formats[view.format]}</span>
          <span class="badge">${t.modes[view.mode]}</span>
        </p>
        <h2 id="event-title" tabindex="-1">${localize(view.title, lang)}</h2>
        ${renderFacts(c, view)}
        <div class="text">${paragraphs(localize(view.description, lang))}</div>
        ${this.renderRegistration(t, view, past)}
        ${past || view.status === 'cancelled' ? nothing : renderCalendarLinks(t, view)}
        ${renderMinutes(c, view)}
      </article>
    `;
  }

  private renderRegistration(t: EventDetailsTranslation, view: EventView, past: boolean): TemplateResult {
    const open = view.status !== 'cancelled' && !past;
    return html`
      <section part="register" class="register" aria-labelledby="register-heading">
        <h3 id="register-heading" tabindex="-1">${t.registrationHeading}</h3>
        ${open ? this.renderSeats(t, view) : nothing}
        <div class="notice" role="status">${this.notice ? html`<p>${this.notice(t)}</p>` : nothing}</div>
        ${view.status === 'cancelled' ? html`<p class="message">${t.eventCancelled}</p>` : past ? html`<p class="message">${t.eventPast}</p>` : this.renderAction(t, view)}
        <div part="error" class="error" role="alert">${this.alert?.(t) ?? nothing}</div>
      </section>
    `;
  }

  private renderSeats(t: EventDetailsTranslation, view: EventView): TemplateResult {
    return html`
      <ul class="seats" aria-label=${t.seatsLabel}>
        ${seatModes(view).map(
          ({ mode, seats }) =>
            html`<li>${t.labelled(t.modes[mode], seatsText(t, seats, view.waitlist ? t.fullWaitlist : t.full))}${seats.waitlist ? ` · ${t.waiting(seats.waitlist)}` : ''}</li>`,
        )}
      </ul>
    `;
  }

  /** What the visitor can do: see and cancel their registration, register, or why not. */
  private renderAction(t: EventDetailsTranslation, view: EventView): TemplateResult | typeof nothing {
    const mine = view.myRegistration?.status === 'cancelled' ? null : view.myRegistration;
    if (mine) return this.renderMine(t, mine);
    const signedIn = this.context.identity.current.token !== null;
    if (view.eligibility.canRegister && (signedIn || view.allowGuests))
      return signedIn ? this.renderButtons(t, view) : this.renderGuest(t);
    const reason = view.eligibility.reason;
    if (!reason || reason === 'event_past' || reason === 'event_cancelled') return nothing;
    // The API said no; the shared rule says why in the visitor's terms (a member account, not just any sign-in).
    const why =
      reason === 'already_registered'
        ? reason
        : (barrierFor(view.audience, this.context.identity.current) ?? reason);
    return html`<p class="message">${t.problems[why]}</p>`;
  }

  private renderMine(t: EventDetailsTranslation, mine: MyRegistration): TemplateResult {
    const status = html`<p part=${mine.status === 'waitlisted' ? 'waitlist' : 'standing'} class="standing">${standing(t, mine, null)}</p>`;
    const busy = this.sending ? 'true' : 'false';
    const actions = this.confirming
      ? html`
          <div class="confirm" role="group" aria-labelledby="confirm-question">
            <p id="confirm-question">${t.confirmCancel}</p>
            <div class="actions">
              <button class="primary" id="confirm-cancel" type="button" aria-disabled=${busy} @click=${this.cancel}>
                ${this.sending ? t.sending : t.confirmCancelYes}
              </button>
              <button class="secondary" type="button" @click=${() => this.ask(false)}>${t.keepSeat}</button>
            </div>
          </div>
        `
      : html`<button class="secondary" id="cancel-registration" type="button" @click=${() => this.ask(true)}>${t.cancelRegistration}</button>`;
    return html`${status}${actions}`;
  }

  /** One button per mode with seats (or a waitlist): each registers at once. */
  private renderButtons(t: EventDetailsTranslation, view: EventView): TemplateResult {
    const modes = seatModes(view).filter(({ seats }) => seats.left > 0 || view.waitlist);
    const several = modes.length > 1;
    const busy = this.sending ? 'true' : 'false';
    const buttons = modes.map(({ mode, seats }) => {
      const waiting = seats.left === 0;
      const label = several
        ? (waiting ? t.joinWaitlistIn : t.registerIn)(t.seatModes[mode])
        : waiting
          ? t.joinWaitlist
          : t.register;
      return html`<button class="primary" type="button" data-mode=${mode} aria-disabled=${busy}
        @click=${() => this.register(mode)}>${this.sending ? t.sending : label}</button>`;
    });
    return several
      ? html`<div class="actions" role="group" aria-labelledby="choose-mode"><p id="choose-mode">${t.chooseMode}</p>${buttons}</div>`
      : html`<div class="actions">${buttons}</div>`;
  }

  private renderGuest(t: EventDetailsTranslation): TemplateResult {
    if (this.guest) return this.guest.render(t);
    return this.guestOpen
      ? html`<p role="status">${t.loading}</p>`
      : html`<button class="primary" id="guest-start" type="button" @click=${this.openGuest}>${t.guestStart}</button>`;
  }

  private readonly openGuest = async (): Promise<void> => {
    const view = this.view;
    if (!view) return;
    this.guestOpen = true;
    this.update();
    const { host } = this.context;
    try {
      const { GuestForm } = await this.track(this.guestCode.get());
      this.guest ??= new GuestForm({
        host,
        event: view,
        language: () => this.language,
        done: (receipt) => this.settled(receipt, 'sip-register'),
      });
      this.update();
      await this.focus('#guest-name');
    } catch (error) {
      const { code } = host.emitError(error);
      this.guestOpen = false;
      this.alert = (t) => errorMessage(t, code);
      this.update();
    }
  };

  private async ask(confirming: boolean): Promise<void> {
    this.confirming = confirming;
    this.alert = undefined;
    this.update();
    await this.focus(confirming ? '#confirm-cancel' : '#cancel-registration');
  }

  private async register(mode: SeatMode): Promise<void> {
    const slug = this.view?.slug;
    if (!slug || this.sending) return;
    await this.send(async (token) => {
      const receipt = await register(this.base, slug, { mode, language: this.language }, token);
      await this.settled(receipt, 'sip-register');
    });
  }

  private readonly cancel = async (): Promise<void> => {
    const slug = this.view?.slug;
    if (!slug || this.sending) return;
    await this.send(async (token) => {
      const receipt = await cancelRegistration(this.base, slug, token);
      this.confirming = false;
      await this.settled(receipt, 'sip-cancel');
    });
  };

  /** One request at a time; a failure is explained where the visitor looks, and the event read again if it moved. */
  private async send(action: (token: string | null) => Promise<void>): Promise<void> {
    const { host, identity } = this.context;
    this.sending = true;
    this.alert = this.notice = undefined;
    this.update();
    const attempt = (async () => {
      try {
        const { token } = await identity.resolve();
        await action(token);
      } catch (error) {
        const { code } = host.emitError(error);
        this.alert = (t) => errorMessage(t, code);
        // Where the visitor stands changed meanwhile (another tab, a seat taken): show it as it is.
        if (['already_registered', 'registration_not_found', 'event_full', 'event_cancelled'].includes(code))
          await this.reread().catch(() => {});
      } finally {
        this.sending = false;
        this.update();
      }
    })();
    this.busy = attempt;
    await attempt;
  }

  /**
   * The API accepted a registration or a cancellation: the event read again
   * (its seats, where the visitor stands), the outcome said, the event fired,
   * and the focus on the registration's heading (the button pressed is gone).
   */
  private async settled(receipt: RegistrationReceipt, type: 'sip-register' | 'sip-cancel'): Promise<void> {
    await this.reread().catch(() => {
      // The answer is the truth for the visitor's own registration; the seats wait for the next read.
      if (this.view)
        this.view = {
          ...this.view,
          myRegistration:
            receipt.status === 'cancelled' ? null : { ...receipt, registeredAt: new Date().toISOString() },
        };
    });
    const until = receipt.expiresAt;
    this.notice =
      receipt.status === 'cancelled'
        ? (t) => t.registrationCancelled
        : receipt.status === 'pending_confirmation'
          ? (t) => t.checkEmail(until && formatDateTime(t.$code, until))
          : (t) => t.registered[receipt.status === 'waitlisted' ? 'waitlisted' : 'confirmed'];
    if (this.view) this.context.host.emit(type, { event: this.view, receipt });
    this.guest = undefined;
    this.guestOpen = false;
    this.update();
    // Not awaited: the element's updateComplete waits for this very attempt.
    void this.focus('#register-heading');
  }

  private async reread(): Promise<void> {
    const slug = this.view?.slug;
    if (!slug) return;
    const { token } = await this.context.identity.resolve();
    this.view = await readEvent(this.base, slug, token, this.language);
  }

  private get base(): string {
    return resolveApiBase(this.context.host);
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.busy = promise.catch(() => undefined);
    return promise;
  }

  private update(): void {
    this.context.host.requestUpdate();
  }

  private async focus(selector: string): Promise<void> {
    const { host } = this.context;
    await host.updateComplete;
    host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
