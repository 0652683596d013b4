import { initialState, Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { EventSummary } from '../../schema/events.ts';
import { asApiError } from '../internal/api.ts';
import { resolveApiBase, resolveTokenUrl } from '../internal/config.ts';
import { OnDemand } from '../internal/on-demand.ts';
import { baseStyles } from '../internal/styles.ts';
import { SipWidget } from '../internal/widget-element.ts';
import { errorMessage } from '../translations/dictionaries.ts';
import { DeepLink, linkedEvent } from './deep-link.ts';
import {
  type EventFilters,
  eventsPage,
  feedUrl,
  loadTerritories,
  loadThemes,
  readEvent,
} from './event-calendar.api.ts';
import type { SipEventCalendarEventMap } from './event-calendar.events.ts';
import {
  type Catalog,
  type DetailsContext,
  type ListContext,
  renderFilters,
  renderItem,
  renderSubscribe,
  renderViewSwitch,
} from './event-calendar.render.ts';
import { calendarStyles } from './event-calendar.styles.ts';
import type { EventPanel } from './event-details.ts';
import type { MonthGrid } from './month-grid.ts';
import type { MyFeed } from './my-feed.ts';
import { eventCalendarDictionaries } from './translations/dictionaries.ts';
import type {
  CalendarView,
  DetailsStrings,
  EventCalendarTranslation,
  EventDetailsTranslation,
  Message,
} from './translations/translation.ts';

const PAGE_SIZE = 10;
const EMPTY_CATALOG: Catalog = { themes: [], territories: [] };

/**
 * @summary Workshops and small talks: an agenda or a month, filtered; each event's details, registration, waitlist and calendar links, in place.
 * @tagname sip-event-calendar
 *
 * @slot header - Content above the calendar, e.g. a heading.
 * @slot footer - Content below the calendar.
 * @slot turnstile - Filled by the widget itself with the Turnstile challenge of the guest form (it cannot render in a shadow root).
 *
 * @event {CustomEvent<SipEventCalendarLoadDetail>} sip-load - A page of the list or a month was loaded (`detail.events`, `detail.nextCursor`), or the one event shown alone.
 * @event {CustomEvent<SipEventOpenDetail>} sip-open - An event's details were opened; `detail.event` is the EventView.
 * @event {CustomEvent<SipRegistrationDetail>} sip-register - The visitor registered (or joined a waitlist, or a guest awaits their e-mail); `detail.event`, `detail.receipt`.
 * @event {CustomEvent<SipRegistrationDetail>} sip-cancel - The visitor cancelled their registration; `detail.event`, `detail.receipt` (status `cancelled`).
 * @event {CustomEvent<SipErrorDetail>} sip-error - Loading, registering, cancelling or reading one's private feed failed; `detail.status` (0 when unreachable) and `detail.code`.
 *
 * @csspart base - The widget's container.
 * @csspart filters - The filters (period, theme, territory, format, mode).
 * @csspart views - The switch between the list and the month.
 * @csspart subscribe - The subscribe disclosure: what it does, the calendar link and the address to copy; for a signed-in person, their private feed of the events they registered for.
 * @csspart list - The list of events.
 * @csspart item - One event of the list (focusable, for the focus after "load more").
 * @csspart empty - The message when no event matches.
 * @csspart load-more - The button that loads the next events.
 * @csspart details - An event's details, in place of the list.
 * @csspart back - The button back from the details to the list or the month.
 * @csspart register - The registration section: seats, the register buttons or where the visitor stands.
 * @csspart standing - Where the visitor stands: registered, or their seat awaiting the e-mail's confirmation.
 * @csspart waitlist - The visitor's place on a waitlist.
 * @csspart guest-form - The form of a guest registration (name, e-mail, consent).
 * @csspart calendar-links - The .ics download and the Google and Outlook links.
 * @csspart minutes - The minutes and attendance of a past event.
 * @csspart grid - The month grid.
 * @csspart day - One day of the month grid.
 * @csspart day-events - The events of the day chosen in the month grid.
 * @csspart error - An alert with the latest error.
 *
 * @cssproperty --sip-event-calendar-padding - Space inside the container. Defaults to `--sip-space` (1rem).
 * @cssproperty --sip-event-calendar-gap - Space between events. Defaults to `--sip-space` (1rem).
 * @cssproperty --sip-event-calendar-item-background - Background of an event and of the details. Defaults to `--sip-surface`.
 * @cssproperty --sip-event-calendar-item-border - Border color of an event, the details and the days. Defaults to `--sip-border`.
 * @cssproperty --sip-event-calendar-marker - Color of the marker of days with events. Defaults to `--sip-accent`.
 * @cssproperty --sip-event-calendar-today - Outline of today in the month grid. Defaults to `--sip-accent`.
 */
export class SipEventCalendar extends SipWidget<EventCalendarTranslation, SipEventCalendarEventMap> {
  static override styles = [baseStyles, calendarStyles];

  /** Only events on this theme (slug); the visitor can change it. */
  @property({ reflect: true }) theme = '';

  /** Only events in this territory (code, e.g. `bruxelles`); the visitor can change it. */
  @property({ reflect: true }) territory = '';

  /** Only `workshop` or `small_talk` events; the visitor can change it. */
  @property({ reflect: true }) format = '';

  /** Only `in_person`, `online` or `hybrid` events; the visitor can change it. */
  @property({ reflect: true }) mode = '';

  /** `upcoming` (the default, soonest first) or `past` (latest first, with their minutes). */
  @property({ reflect: true }) when = 'upcoming';

  /** `list` (the default: an agenda) or `month` (a month grid). */
  @property({ reflect: true }) view: 'list' | 'month' = 'list';

  /** One event's slug: it is shown alone, without list nor filters. */
  @property({ reflect: true }) event = '';

  /** The host site's privacy notice (http or https), linked from the guest form's consent. */
  @property({ attribute: 'privacy-url' }) privacyUrl?: string;

  /** Cloudflare Turnstile site key: guests then pass a challenge, loaded once they open the form. */
  @property({ attribute: 'turnstile-site-key' }) turnstileSiteKey?: string;

  @state() private items: EventSummary[] = [];
  @state() private nextCursor: string | null = null;
  @state() private loadingMore = false;
  @state() private alert?: Message;
  @state() private announcement?: Message<EventCalendarTranslation & Partial<DetailsStrings>>;
  /** The event open in place of the list or the month (from a click or the page's address). */
  @state() private opened = '';
  /** The catalog of each API, while read and once read. */
  private readonly catalogs = new Map<string, Promise<Catalog>>();
  private readonly catalogsRead = new Map<string, Catalog>();
  /** Whether the next list loaded follows the visitor's change of filters (and is announced). */
  private announceResults = false;
  /** Whether the open event was opened by the visitor here (its heading then takes the focus). */
  private focusDetails = false;
  private shown = '';

  private readonly link = new DeepLink(this, (slug) => (slug ? this.open(slug, false) : this.close(false)));
  /** What every part beyond the list needs, fetched with the first of them: the details' words and styles. */
  private readonly more = new OnDemand(() =>
    import('./details.ts').then((code) => {
      code.adoptDetailsStyles(this.renderRoot);
      return code;
    }),
  );
  private readonly panelCode = new OnDemand(() => this.more.get().then(() => import('./event-details.ts')));
  private panel?: EventPanel;
  private readonly gridCode = new OnDemand(() => this.more.get().then(() => import('./month-grid.ts')));
  private grid?: MonthGrid;
  private mine?: MyFeed;

  private readonly list = new Task(this, {
    args: () =>
      [
        resolveApiBase(this),
        this.event ? '' : this.view,
        this.theme,
        this.territory,
        this.format,
        this.mode,
        this.when,
      ] as const,
    task: async ([base, view], { signal }) => {
      if (view !== 'list') return initialState;
      const [page] = await Promise.all([
        eventsPage(base, { ...this.filters, limit: PAGE_SIZE }, signal),
        this.catalogFor(base),
      ]);
      return page;
    },
    onComplete: (page) => {
      this.items = page.events;
      this.nextCursor = page.nextCursor;
      this.alert = undefined;
      // A first load speaks for itself; what a change of filters brought is announced.
      if (this.announceResults)
        this.announcement = (t) => t.found(page.events.length, page.nextCursor !== null);
      this.announceResults = false;
      this.emit('sip-load', page);
    },
    onError: (error) => this.emitError(error),
  });

  private readonly details = new Task(this, {
    args: () =>
      [
        resolveApiBase(this),
        this.event || this.opened,
        this.token,
        resolveTokenUrl(this),
        this.identity.version,
      ] as const,
    task: async ([base, slug], { signal }) => {
      if (!slug) return initialState;
      const [code, { token }] = await Promise.all([
        this.panelCode.get(),
        this.identity.resolve(),
        this.catalogFor(base),
      ]);
      this.panel ??= new code.EventPanel({ host: this, identity: this.identity });
      return readEvent(base, slug, token, this.t.$code, signal);
    },
    onComplete: async (view) => {
      const opening = view.slug !== this.shown;
      this.shown = view.slug;
      this.panel?.show(view);
      if (!opening) return;
      if (this.event) this.emit('sip-load', { events: [view], nextCursor: null });
      this.emit('sip-open', { event: view });
      if (!this.focusDetails) return;
      this.focusDetails = false;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#event-title')?.focus();
    },
    onError: (error) => this.emitError(error),
  });

  constructor() {
    super(eventCalendarDictionaries);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.opened = linkedEvent() ?? '';
  }

  /** Also waits for the code of the details and the month, the month's events, and a registration under way. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await Promise.all([
      this.more.settled,
      this.panelCode.settled,
      this.gridCode.settled,
      this.grid?.loading,
      this.panel?.busy,
    ]);
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues): void {
    const monthShown = this.view === 'month' && !this.event && !this.opened;
    const keys = ['view', 'event', 'opened', 'api', 'theme', 'territory', 'format', 'mode', 'when'] as const;
    if (monthShown && keys.some((key) => changed.has(key))) void this.showMonth();
    // Another event alone: never show the previous one while loading.
    if (changed.has('event')) this.shown = '';
  }

  private get filters(): EventFilters {
    const { theme, territory, format, mode, when } = this;
    return { theme, territory, format, mode, when };
  }

  /** The themes and territories (the filters' choices, the territories' names), once per API; lists without them on failure. */
  private catalogFor(base: string): Promise<Catalog> {
    let catalog = this.catalogs.get(base);
    if (!catalog) {
      catalog = Promise.all([loadThemes(base).catch(() => []), loadTerritories(base).catch(() => [])]).then(
        ([themes, territories]) => {
          this.catalogsRead.set(base, { themes, territories });
          this.requestUpdate();
          return { themes, territories };
        },
      );
      this.catalogs.set(base, catalog);
    }
    return catalog;
  }

  /** The dictionary: the list's, with the details' once fetched (in one language throughout). */
  private get words(): EventCalendarTranslation | EventDetailsTranslation {
    return this.more.current?.detailsWords(this.t) ?? this.t;
  }

  override render() {
    const t = this.words;
    return html`
      <div part="base" class="base">
        <slot name="header"></slot>
        ${this.event || this.opened ? this.renderDetails() : this.renderCalendar()}
        <p class="visually-hidden" role="status">${this.announcement?.(t) ?? nothing}</p>
        <slot name="footer"></slot>
      </div>
    `;
  }

  private get context(): ListContext {
    const catalog = this.catalogsRead.get(resolveApiBase(this)) ?? EMPTY_CATALOG;
    const t = this.words;
    return { t, lang: t.$code, catalog };
  }

  /** The context of the parts beyond the list, once their words are at hand. */
  private get detailsContext(): DetailsContext | undefined {
    const code = this.more.current;
    return code && { ...this.context, t: code.detailsWords(this.t) };
  }

  private renderCalendar(): TemplateResult {
    const t = this.words;
    const c = this.context;
    return html`
      <div class="toolbar">
        ${renderFilters(c, this.filters, this.filter)}
        ${renderViewSwitch(t, this.view, (view) => this.switchView(view))}
      </div>
      ${renderSubscribe(t, this.detailsContext?.t, feedUrl(resolveApiBase(this), this.filters, t.$code), this.subscribe, this.renderMine())}
      ${this.view === 'month' ? this.renderMonth() : this.renderList(c)}
    `;
  }

  /** A signed-in person's private feed, in the subscribe panel once its code is at hand. */
  private renderMine(): TemplateResult | typeof nothing {
    const code = this.more.current;
    if (!code || this.identity.current.token === null) return nothing;
    this.mine ??= new code.MyFeed({
      host: this,
      identity: this.identity,
      announce: (message) => {
        this.announcement = message;
      },
    });
    return this.mine.render(code.detailsWords(this.t), this.subscribe.copy);
  }

  private renderList(c: ListContext): TemplateResult {
    const t = c.t;
    return this.list.render({
      pending: () =>
        this.items.length ? this.renderItems(c, true) : html`<p role="status">${t.loading}</p>`,
      complete: () => this.renderItems(c, false),
      error: (error) => this.renderError(asApiError(error).code, () => this.list.run()),
    }) as TemplateResult;
  }

  private renderItems(c: ListContext, busy: boolean): TemplateResult {
    const t = c.t;
    if (this.items.length === 0) return html`<p part="empty" class="empty">${t.empty}</p>`;
    return html`
      <ol part="list" class="list" aria-label=${t.listLabel} aria-busy=${busy || this.loadingMore ? 'true' : 'false'}
        @focusin=${this.prepareDetails} @pointerover=${this.prepareDetails}>
        ${this.items.map((item) => renderItem(c, item, this.openFromLink))}
      </ol>
      <div part="error" class="error" role="alert">${this.alert?.(t) ?? nothing}</div>
      ${
        this.nextCursor
          ? html`<button part="load-more" class="secondary" type="button"
              aria-disabled=${this.loadingMore ? 'true' : 'false'} @click=${this.loadMore}>
              ${this.loadingMore ? t.loading : t.loadMore}
            </button>`
          : nothing
      }
    `;
  }

  private renderMonth(): TemplateResult {
    const t = this.words;
    const c = this.detailsContext;
    if (this.grid && c) return this.grid.render(c, this.openFromLink);
    return this.gridCode.current === undefined && this.alert
      ? this.renderError('network_error', () => this.showMonth())
      : html`<p role="status">${t.loading}</p>`;
  }

  private renderDetails(): TemplateResult {
    const t = this.words;
    const c = this.detailsContext;
    const panel = c && this.panel;
    const back = this.event
      ? nothing
      : html`<button part="back" class="secondary back" type="button" @click=${() => this.close(true)}>${t.back}</button>`;
    const content = this.details.render({
      pending: () =>
        panel && panel.view?.slug === (this.event || this.opened)
          ? panel.render(c)
          : html`<p role="status">${t.loading}</p>`,
      complete: () => (panel ? panel.render(c) : nothing),
      error: (error) => this.renderError(asApiError(error).code, () => this.details.run()),
    });
    return html`${back}${content}`;
  }

  private renderError(code: string, retry: () => void): TemplateResult {
    const t = this.words;
    return html`
      <p part="error" class="error" role="alert">${errorMessage(t, code)}</p>
      <button class="secondary" type="button" @click=${retry}>${t.retry}</button>
    `;
  }

  private readonly filter = (event: Event): void => {
    const control = event.target as HTMLSelectElement;
    const name = control.name as keyof EventFilters;
    this[name] = control.value;
    this.announceResults = true;
  };

  private switchView(view: CalendarView): void {
    this.view = view;
    this.alert = undefined;
  }

  /** The month grid's code, fetched the first time the visitor asks for the month. */
  private async showMonth(): Promise<void> {
    try {
      const { MonthGrid } = await this.gridCode.get();
      this.grid ??= new MonthGrid(this);
      const base = resolveApiBase(this);
      await this.grid.show(base, this.filters, this.catalogFor(base));
      if (!this.announceResults) return;
      this.announceResults = false;
      const count = this.grid.count;
      this.announcement = (t) => t.found(count, false);
    } catch (error) {
      const { code } = this.emitError(error);
      this.alert = (t) => errorMessage(t, code);
    }
  }

  /** The visitor is heading for an event: fetch the details' code meanwhile. */
  private readonly prepareDetails = (): void => {
    this.panelCode.get().catch(() => {});
  };

  private readonly openFromLink = (event: MouseEvent): void => {
    // A new tab or window (Ctrl, Cmd, Shift, middle click) follows the link's address as is.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const slug = (event.currentTarget as HTMLElement).dataset.slug;
    if (slug) this.open(slug, true);
  };

  /** Opens an event in place: from a link here (a history entry of its own), or from Back and Forward. */
  private open(slug: string, fromHere: boolean): void {
    if (this.event) return;
    this.focusDetails = true;
    this.opened = slug;
    if (fromHere) this.link.open(slug);
  }

  /** Back to the list or the month, the focus on the event's link. */
  private async close(fromHere: boolean): Promise<void> {
    const slug = this.opened;
    if (!slug || this.event) return;
    this.opened = '';
    this.shown = '';
    if (fromHere) this.link.close();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`a[data-slug="${CSS.escape(slug)}"]`)?.focus();
  }

  private async loadMore(): Promise<void> {
    const cursor = this.nextCursor;
    if (this.loadingMore || !cursor) return;
    this.loadingMore = true;
    this.alert = undefined;
    try {
      const page = await eventsPage(resolveApiBase(this), { ...this.filters, limit: PAGE_SIZE, cursor });
      const first = this.items.length;
      this.items = [...this.items, ...page.events];
      this.nextCursor = page.nextCursor;
      this.emit('sip-load', page);
      await this.updateComplete;
      // Straight to what is new, rather than back to the top or lost with a vanished button.
      const items = this.renderRoot.querySelectorAll<HTMLElement>('[part~="item"]');
      (items[first] ?? items[items.length - 1])?.focus();
    } catch (error) {
      const { code } = this.emitError(error);
      this.alert = (t) => errorMessage(t, code);
    } finally {
      this.loadingMore = false;
    }
  }

  private readonly subscribe = {
    /** Opened: its words come with the details'. */
    toggle: (event: Event): void => {
      if (!(event.currentTarget as HTMLDetailsElement).open) return;
      this.more.get().then(
        () => this.requestUpdate(),
        (error: unknown) => {
          const { code } = this.emitError(error);
          this.alert = (t) => errorMessage(t, code);
        },
      );
    },
    copy: async (event: Event): Promise<void> => {
      const input = (event.currentTarget as HTMLElement).previousElementSibling as HTMLInputElement;
      const copied = await navigator.clipboard.writeText(input.value).then(
        () => true,
        () => false,
      );
      if (!copied) input.select();
      this.announcement = (t) => (copied ? t.copied : t.copyFailed) ?? '';
    },
  };
}
