import { initialState, Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { EventSummary } from '../../../schema/events.ts';
import type { AdminIdentity } from '../../../schema/moderation.ts';
import { localize } from '../../../schema/vocabulary.ts';
import { baseStyles } from '../../internal/styles.ts';
import { adminStyles } from '../admin.styles.ts';
import type { Named } from '../model.ts';
import type { AdminTranslation } from '../translations/dictionaries.ts';
import { type EventPeriod, listEvents } from './events.api.ts';
import type { SipEventSaveDetail } from './events.events.ts';
import { renderEventList } from './events.render.ts';
import { eventsStyles } from './events.styles.ts';
import { SipEventsElement } from './events-element.ts';
import type { EventsTranslation } from './translations/dictionaries.ts';

type Message = (t: AdminTranslation, w: EventsTranslation) => string;

/** What the view shows: the list, the empty form, or one event. */
type Screen = { kind: 'list' } | { kind: 'new' } | { kind: 'event'; slug: string };

/**
 * @summary The organisers' view: events upcoming or past with their seats and waitlists, a form for a new one, and each event's page.
 * @tagname sip-moderation-events
 *
 * @event {CustomEvent<SipEventSaveDetail>} sip-event-save - Bubbles up once an event is created, edited or duplicated.
 * @event {CustomEvent<SipEventCancelDetail>} sip-event-cancel - Bubbles up once an event is cancelled.
 * @event {CustomEvent<SipErrorDetail>} sip-error - Loading the list failed; `detail.status` (0 when unreachable) and `detail.code`.
 *
 * @csspart list - The table of events.
 * @csspart event - One event's row in the table.
 * @csspart status - The live region announcing outcomes.
 */
export class SipModerationEvents extends SipEventsElement {
  static override styles = [baseStyles, adminStyles, eventsStyles];

  /** Themes, for the form's choices and the events' facts. */
  @property({ attribute: false }) themes: readonly Named[] = [];
  /** Territories (GET /api/v1/territories), for the form's choice and the names in the list. */
  @property({ attribute: false }) territories: readonly Named[] = [];
  /** How the organiser signed in: with `access`, the attendees' CSV is a plain link that carries the session cookie. */
  @property({ attribute: false }) via: AdminIdentity['via'] = 'token';

  @state() private screen: Screen = { kind: 'list' };
  @state() private period: EventPeriod = 'upcoming';
  @state() private events: EventSummary[] = [];
  @state() private cursor: string | null = null;
  @state() private loadingMore = false;
  @state() private announcement?: Message;
  @state() private alert?: Message;
  /** The event whose button gets focus back when the organiser returns to the list. */
  private lastOpened?: string;

  // Loaded whenever the list is shown, so it says what changed meanwhile.
  private readonly loader = new Task(this, {
    args: () => [this.adminClient, this.period, this.screen.kind === 'list'] as const,
    task: ([client, when, listing], { signal }) =>
      listing ? listEvents(client, { when }, signal) : initialState,
    onComplete: (list) => {
      this.events = list.events;
      this.cursor = list.nextCursor;
    },
    onError: (error) => this.report(error),
  });

  override render() {
    const { t, w } = this;
    return html`
      <p part="status" class="status" role="status">${this.announcement?.(t, w) ?? nothing}</p>
      ${this.screen.kind === 'list' ? this.renderList(t, w) : this.renderScreen(this.screen, w)}
    `;
  }

  private renderList(t: AdminTranslation, w: EventsTranslation): TemplateResult {
    return html`
      <section class="stack" aria-labelledby="events-heading">
        <div class="row heading-row">
          <h2 id="events-heading" tabindex="-1">${w.heading}</h2>
          <button type="button" class="primary" id="create" @click=${this.openNew}>${w.create}</button>
        </div>
        <div class="row">
          <label>
            ${w.list.periodLabel}
            <select id="period" @change=${this.choosePeriod}>
              ${(['upcoming', 'past'] as const).map(
                (period) =>
                  html`<option value=${period} ?selected=${period === this.period}>${w.list.periods[period]}</option>`,
              )}
            </select>
          </label>
        </div>
        <p class="error" role="alert">${this.alert?.(t, w) ?? nothing}</p>
        ${this.loader.render({
          pending: () => html`<p class="muted">${t.loading}</p>`,
          complete: () =>
            renderEventList(t, w, {
              period: this.period,
              events: this.events,
              territories: this.territories,
              more: this.cursor ? (this.loadingMore ? 'loading' : 'ready') : 'none',
              open: (slug) => this.open(slug),
              loadMore: () => this.loadMore(),
            }),
          error: () =>
            html`<div><button type="button" class="secondary" @click=${() => this.loader.run()}>${t.retry}</button></div>`,
        })}
      </section>
    `;
  }

  private renderScreen(screen: Exclude<Screen, { kind: 'list' }>, w: EventsTranslation): TemplateResult {
    const back = html`<div><button type="button" class="secondary" id="back" @click=${this.backToList}>
      <span aria-hidden="true">←</span> ${w.backToList}
    </button></div>`;
    if (screen.kind === 'new') {
      return html`
        <div class="stack">
          ${back}
          <sip-moderation-event-form
            .client=${this.adminClient}
            .themes=${this.themes}
            .territories=${this.territories}
            @sip-event-save=${this.saved}
          ></sip-moderation-event-form>
        </div>
      `;
    }
    return html`
      <div class="stack">
        ${back}
        <sip-moderation-event
          .client=${this.adminClient}
          .slug=${screen.slug}
          .themes=${this.themes}
          .territories=${this.territories}
          .via=${this.via}
          @sip-event-save=${this.saved}
        ></sip-moderation-event>
      </div>
    `;
  }

  private async show(screen: Screen): Promise<void> {
    this.screen = screen;
    this.alert = undefined;
    await this.updateComplete;
    const child = this.renderRoot.querySelector<SipEventsElement>(
      'sip-moderation-event, sip-moderation-event-form',
    );
    if (child) {
      await child.updateComplete;
      await child.focusHeading();
      return;
    }
    await this.loader.taskComplete.catch(() => undefined);
    await this.updateComplete;
    const button = this.lastOpened
      ? this.renderRoot.querySelector<HTMLElement>(`[data-slug="${CSS.escape(this.lastOpened)}"]`)
      : null;
    (button ?? this.renderRoot.querySelector<HTMLElement>('h2'))?.focus();
  }

  private open(slug: string): Promise<void> {
    this.lastOpened = slug;
    this.announcement = undefined;
    return this.show({ kind: 'event', slug });
  }

  private readonly openNew = (): Promise<void> => {
    this.announcement = undefined;
    return this.show({ kind: 'new' });
  };

  private readonly backToList = (): Promise<void> => {
    this.announcement = undefined;
    return this.show({ kind: 'list' });
  };

  private choosePeriod(event: Event): void {
    this.period = (event.target as HTMLSelectElement).value as EventPeriod;
    this.alert = undefined;
  }

  /** A new event or a copy opens on its own page; an edit stays where it is (the event's page says so). */
  private saved(event: CustomEvent<SipEventSaveDetail>): void {
    const { action, event: saved } = event.detail;
    if (action === 'edit') return;
    const title = localize(saved.title, this.w.$code);
    this.announcement = (_t, w) => (action === 'create' ? w.form.created(title) : w.duplicate.done(title));
    this.lastOpened = saved.slug;
    void this.show({ kind: 'event', slug: saved.slug });
  }

  private async loadMore(): Promise<void> {
    if (!this.cursor || this.loadingMore) return;
    this.loadingMore = true;
    this.alert = undefined;
    try {
      const page = await listEvents(this.adminClient, { when: this.period, cursor: this.cursor });
      const known = new Set(this.events.map((event) => event.slug));
      const added = page.events.filter((event) => !known.has(event.slug));
      this.events = [...this.events, ...added];
      this.cursor = page.nextCursor;
      this.announcement = (_t, w) => w.list.loaded(this.events.length);
      await this.updateComplete;
      // Carry on reading where the new events start.
      if (added[0])
        this.renderRoot.querySelector<HTMLElement>(`[data-slug="${CSS.escape(added[0].slug)}"]`)?.focus();
    } catch (error) {
      this.report(error);
    } finally {
      this.loadingMore = false;
    }
  }

  private report(error: unknown): void {
    const { code } = this.emitError(error);
    this.alert = () => this.message(code);
  }
}
