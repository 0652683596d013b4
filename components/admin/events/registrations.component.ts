import { Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AdminRegistration, RegistrationStatus, SeatMode } from '../../../schema/events.ts';
import type { AdminIdentity } from '../../../schema/moderation.ts';
import { baseStyles } from '../../internal/styles.ts';
import { formatDateTime } from '../../translations/format.ts';
import { adminStyles } from '../admin.styles.ts';
import { type Named, nameOf } from '../model.ts';
import type { AdminTranslation } from '../translations/dictionaries.ts';
import {
  type AdminEventView,
  attendeesUrl,
  downloadAttendees,
  listRegistrations,
  saveAttendance,
} from './events.api.ts';
import { seatsOf } from './events.render.ts';
import { eventsStyles } from './events.styles.ts';
import { SipEventsElement } from './events-element.ts';
import type { EventsTranslation } from './translations/dictionaries.ts';

type Message = (t: AdminTranslation, w: EventsTranslation) => string;

/** Who holds a seat first (by when they registered), then the waitlist in line, then who withdrew. */
const RANK: Record<RegistrationStatus, number> = {
  confirmed: 0,
  pending_confirmation: 0,
  waitlisted: 1,
  cancelled: 2,
};

function inOrder(a: AdminRegistration, b: AdminRegistration): number {
  return (
    RANK[a.status] - RANK[b.status] ||
    (a.status === 'waitlisted' ? (a.position ?? 0) - (b.position ?? 0) : 0) ||
    a.registeredAt.localeCompare(b.registeredAt)
  );
}

/**
 * @summary An event's registrations for its organisers: one table per mode with waitlist positions and guests marked, the attendees' CSV, and attendance saved in one request.
 * @tagname sip-moderation-event-registrations
 *
 * @event {CustomEvent<SipAttendanceDetail>} sip-attendance - Attendance was saved; `detail.present` of `detail.marked` came.
 * @event {CustomEvent<SipErrorDetail>} sip-error - Loading, the export or saving attendance failed; `detail.status` (0 when unreachable) and `detail.code`.
 *
 * @csspart registrations - The tables, one per mode.
 * @csspart export - The CSV export's button (or link, with Cloudflare Access).
 * @csspart status - The live region announcing outcomes.
 */
export class SipModerationEventRegistrations extends SipEventsElement {
  static override styles = [baseStyles, adminStyles, eventsStyles];

  /** The event whose registrations to show. */
  @property({ attribute: false }) event?: AdminEventView;
  /** Territories, for their names. */
  @property({ attribute: false }) territories: readonly Named[] = [];
  /** How the organiser signed in: with `access`, the CSV is a plain link that carries the session cookie. */
  @property({ attribute: false }) via: AdminIdentity['via'] = 'token';

  @state() private registrations: AdminRegistration[] = [];
  /** The attendance boxes as ticked, by registration id. */
  @state() private ticked = new Map<string, boolean>();
  @state() private saving = false;
  @state() private announcement?: Message;
  @state() private alert?: Message;

  // Reloaded when the event changes (its sequence rises on every change), e.g. once cancelled.
  private readonly loader = new Task(this, {
    args: () => [this.adminClient, this.event?.slug, this.event?.sequence] as const,
    task: ([client, slug], { signal }) =>
      slug ? listRegistrations(client, slug, signal) : Promise.resolve([]),
    onComplete: (registrations) => {
      this.registrations = [...registrations].sort(inOrder);
      this.ticked = new Map(
        registrations.map((registration) => [registration.id, registration.attended === true]),
      );
    },
    onError: (error) => this.report(error),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('event') && changed.get('event')?.slug !== this.event?.slug) {
      this.announcement = undefined;
      this.alert = undefined;
    }
  }

  /** Attendance is marked from the start of the event on, and never for a cancelled one. */
  private get marking(): boolean {
    const event = this.event;
    return Boolean(event && event.status !== 'cancelled' && Date.parse(event.startsAt) <= Date.now());
  }

  override render() {
    const { t, w } = this;
    const r = w.registrations;
    return html`
      <section class="stack" aria-labelledby="registrations-heading">
        <div class="row heading-row">
          <h3 id="registrations-heading">${r.heading}</h3>
          ${this.event ? this.renderExport(this.event, w) : nothing}
        </div>
        <p part="status" class="status" role="status">${this.announcement?.(t, w) ?? nothing}</p>
        <p class="error" role="alert">${this.alert?.(t, w) ?? nothing}</p>
        ${this.loader.render({
          pending: () => html`<p class="muted">${t.loading}</p>`,
          complete: () => this.renderTables(t, w),
          error: () =>
            html`<div><button type="button" class="secondary" @click=${() => this.loader.run()}>${t.retry}</button></div>`,
        })}
      </section>
    `;
  }

  private renderExport(event: AdminEventView, w: EventsTranslation): TemplateResult {
    const fileName = `inscriptions-${event.slug}.csv`;
    if (this.via === 'access') {
      return html`<a part="export" class="button" href=${attendeesUrl(this.adminClient, event.slug).href} download=${fileName}>${w.registrations.export}</a>`;
    }
    const download = async () => {
      this.alert = undefined;
      try {
        await downloadAttendees(this.adminClient, event.slug, fileName);
        this.announcement = (_t, words) => words.registrations.exported;
      } catch (error) {
        this.report(error);
      }
    };
    return html`<button part="export" type="button" class="secondary" id="export" @click=${download}>${w.registrations.export}</button>`;
  }

  private renderTables(t: AdminTranslation, w: EventsTranslation): TemplateResult {
    const event = this.event;
    const r = w.registrations;
    if (!event) return html``;
    if (this.registrations.length === 0) return html`<p class="muted">${r.empty}</p>`;
    const marking = this.marking;
    const confirmed = this.registrations.filter((registration) => registration.status === 'confirmed');
    return html`
      ${
        marking
          ? html`<p class="hint">${r.attendanceHint}</p>`
          : event.status === 'cancelled'
            ? nothing
            : html`<p class="hint">${r.attendanceLater}</p>`
      }
      <form part="registrations" class="stack" novalidate @submit=${this.save}>
        ${seatsOf(event).map(([mode, count]) =>
          this.renderTable(
            mode,
            r.caption(w.seatModes[mode], count.taken, count.capacity, count.waitlist),
            marking,
            t,
            w,
          ),
        )}
        ${
          marking && confirmed.length
            ? html`<div class="row">
                <button type="submit" class="primary" id="save-attendance" aria-disabled=${this.saving ? 'true' : 'false'}>
                  ${this.saving ? t.sending : r.saveAttendance}
                </button>
              </div>`
            : nothing
        }
      </form>
    `;
  }

  private renderTable(
    mode: SeatMode,
    caption: string,
    marking: boolean,
    t: AdminTranslation,
    w: EventsTranslation,
  ): TemplateResult {
    const r = w.registrations;
    const language = w.$code;
    const rows = this.registrations.filter((registration) => registration.mode === mode);
    const captionId = `caption-${mode}`;
    return html`
      <div class="table-scroll" tabindex="0" role="region" aria-labelledby=${captionId}>
        <table data-mode=${mode}>
          <caption id=${captionId}>${caption}</caption>
          <thead>
            <tr>
              <th scope="col">${r.name}</th>
              <th scope="col">${r.status}</th>
              <th scope="col">${r.role}</th>
              <th scope="col">${r.territory}</th>
              <th scope="col">${r.email}</th>
              <th scope="col">${r.registeredAt}</th>
              ${marking ? html`<th scope="col">${r.attended}</th>` : nothing}
            </tr>
          </thead>
          <tbody>
            ${
              rows.length === 0
                ? html`<tr><td colspan=${marking ? 7 : 6} class="muted">${r.none}</td></tr>`
                : rows.map((registration) => {
                    const name = registration.name ?? r.unnamed(this.registrations.indexOf(registration) + 1);
                    return html`
                      <tr data-registration=${registration.id}>
                        <th scope="row">
                          ${name}
                          ${registration.guest ? html` <span class="badge">${r.guest}</span>` : nothing}
                        </th>
                        <td>
                          ${r.statuses[registration.status]}${
                            registration.status === 'waitlisted' && registration.position !== null
                              ? html`, <strong>${r.position(registration.position)}</strong>`
                              : nothing
                          }
                        </td>
                        <td>${this.roleLabel(registration.role, t)}</td>
                        <td>${registration.territory ? nameOf(this.territories, registration.territory, language) : ''}</td>
                        <td>${registration.hasEmail ? r.emailGiven : r.emailNone}</td>
                        <td>${formatDateTime(language, registration.registeredAt)}</td>
                        ${marking ? html`<td class="attendance">${this.renderTick(registration, name, w)}</td>` : nothing}
                      </tr>
                    `;
                  })
            }
          </tbody>
        </table>
      </div>
    `;
  }

  /** Only confirmed seats can be marked: the waitlisted and the unconfirmed never had one. */
  private renderTick(registration: AdminRegistration, name: string, w: EventsTranslation): TemplateResult {
    if (registration.status !== 'confirmed') return html``;
    return html`<input
      type="checkbox"
      data-attended=${registration.id}
      aria-label=${w.registrations.attendedBy(name)}
      .checked=${this.ticked.get(registration.id) ?? false}
      @change=${(event: Event) => {
        this.ticked = new Map(this.ticked).set(registration.id, (event.target as HTMLInputElement).checked);
        this.announcement = undefined;
      }}
    />`;
  }

  private roleLabel(role: string | null, t: AdminTranslation): string {
    if (!role) return '';
    return Object.hasOwn(t.roles, role) ? t.roles[role as keyof AdminTranslation['roles']] : role;
  }

  /** Every confirmed registration's box, ticked or not, in one request. */
  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const slug = this.event?.slug;
    if (!slug || this.saving) return;
    const attendance = this.registrations
      .filter((registration) => registration.status === 'confirmed')
      .map((registration) => ({
        registration: registration.id,
        attended: this.ticked.get(registration.id) ?? false,
      }));
    if (attendance.length === 0) return;
    this.saving = true;
    this.alert = undefined;
    try {
      await saveAttendance(this.adminClient, slug, { attendance });
      this.registrations = this.registrations.map((registration) =>
        registration.status === 'confirmed'
          ? { ...registration, attended: this.ticked.get(registration.id) ?? false }
          : registration,
      );
      const present = attendance.filter((entry) => entry.attended).length;
      this.announcement = (_t, w) => w.registrations.attendanceSaved(present, attendance.length);
      this.emit('sip-attendance', { slug, present, marked: attendance.length });
    } catch (error) {
      this.report(error);
    } finally {
      this.saving = false;
    }
  }

  private report(error: unknown): void {
    const { code } = this.emitError(error);
    this.alert = () => this.message(code);
  }
}
