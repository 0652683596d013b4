import { initialState, Task } from '@lit/task';
import { adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { RecommendationSummary, RecommendationView } from '../../schema/recommendations.ts';
import type { TerritoryView } from '../../schema/territories.ts';
import type { ThemeEntry } from '../../schema/themes.ts';
import { asApiError } from '../internal/api.ts';
import { resolveApiBase, resolveTokenUrl } from '../internal/config.ts';
import { barrierFor } from '../internal/eligibility.ts';
import { OnDemand } from '../internal/on-demand.ts';
import { baseStyles } from '../internal/styles.ts';
import { SipWidget } from '../internal/widget-element.ts';
import { errorMessage } from '../translations/dictionaries.ts';
import { DeepLinkController, deepLink, linkedSlug } from './deep-link.ts';
import {
  atomFeedUrl,
  type FeedFilters,
  loadTerritories,
  loadThemes,
  readRecommendation,
  recommendationsPage,
} from './recommendation-feed.api.ts';
import type { SipRecommendationFeedEventMap } from './recommendation-feed.events.ts';
import { type FeedContext, openLink, renderFilters, renderItem } from './recommendation-feed.render.ts';
import { feedStyles } from './recommendation-feed.styles.ts';
import type { SupportForm } from './support-form.ts';
import { recommendationFeedDictionaries } from './translations/dictionaries.ts';
import type { RecommendationFeedTranslation } from './translations/translation.ts';

/** A message kept as a function of the dictionary, so it follows a later language switch. */
type Message = (t: RecommendationFeedTranslation) => string;

const DEFAULT_PAGE_SIZE = 10;
/** The API's bound on `limit`. */
const MAX_PAGE_SIZE = 50;

/** The detail's code, fetched when a recommendation is first opened (see detail.render.ts). */
const detailCode = new OnDemand(() => import('./detail.render.ts'));

/**
 * @summary The recommendations to the board: what they ask, where they come from, what the board answered and what became of them; signed-in participants support them.
 * @tagname sip-recommendation-feed
 *
 * @slot header - Content above the feed, e.g. a heading.
 * @slot empty - Shown when no recommendation matches; defaults to a short message.
 * @slot footer - Content below the feed.
 *
 * @event {CustomEvent<SipRecommendationFeedLoadDetail>} sip-load - A page of the list was loaded (`detail.recommendations`, `detail.nextCursor`), or one recommendation (`detail.recommendation`, as the visitor sees it).
 * @event {CustomEvent<SipRecommendationOpenDetail>} sip-open - The visitor opened a recommendation in place (`detail.slug`), or went back to the list (`detail.slug` null); also on the browser's Back and Forward.
 * @event {CustomEvent<SipSupportDetail>} sip-support - The visitor's support was recorded (`detail.supported` true) or withdrawn; `detail.slug`, `detail.supports` (the new counts).
 * @event {CustomEvent<SipErrorDetail>} sip-error - Loading, supporting or withdrawing failed; `detail.status` (0 when unreachable) and `detail.code`.
 *
 * @csspart base - The widget's container.
 * @csspart filters - The visitor's filters (theme, status, year).
 * @csspart list - The list of recommendations.
 * @csspart item - One recommendation of the list.
 * @csspart title - A recommendation's title (in the list, a link that opens it in place).
 * @csspart summary - A recommendation's summary.
 * @csspart meta - Status badge, since when, and the count of supports.
 * @csspart badge - The status badge.
 * @csspart language-note - Says which language a text is shown in, when it is not the visitor's.
 * @csspart load-more - The button that loads the next page.
 * @csspart empty - The default empty-state message.
 * @csspart detail - One recommendation in full.
 * @csspart text - Its full text.
 * @csspart sources - Where it comes from: its contributions, events and polls.
 * @csspart source - One source, with its link or its companion view.
 * @csspart timeline - The public timeline of its status changes.
 * @csspart answer - The board's answer, dated.
 * @csspart earlier-answers - The disclosure of the answer's earlier versions.
 * @csspart supports - The supports, by stakeholder role, and the support form.
 * @csspart support-form - Support or withdraw, with the optional e-mail.
 * @csspart message - Why the visitor cannot support.
 * @csspart feed - The link to the Atom feed.
 * @csspart error - An alert with the latest error.
 *
 * @cssproperty --sip-recommendation-feed-gap - Space between recommendations. Defaults to `--sip-space` (1rem).
 * @cssproperty --sip-recommendation-feed-item-padding - Space inside a recommendation. Defaults to `--sip-space` (1rem).
 * @cssproperty --sip-recommendation-feed-item-background - Background of a recommendation. Defaults to `--sip-surface`.
 * @cssproperty --sip-recommendation-feed-item-border - Border color of a recommendation. Defaults to `--sip-border`.
 * @cssproperty --sip-recommendation-feed-badge-color - Color of the status badges of decided recommendations. Defaults to `--sip-accent`.
 */
export class SipRecommendationFeed extends SipWidget<
  RecommendationFeedTranslation,
  SipRecommendationFeedEventMap
> {
  static override styles = [baseStyles, feedStyles];

  /** Only the recommendations on this theme (slug); its filter is then not offered to the visitor. */
  @property({ reflect: true }) theme = '';

  /** Only the recommendations in this status (e.g. `adopted`); its filter is then not offered. */
  @property({ reflect: true }) status = '';

  /** Only the recommendations of this year (e.g. `2026`); its filter is then not offered. */
  @property({ reflect: true }) year = '';

  /** Shows this recommendation alone (slug), without the list. */
  @property({ reflect: true }) recommendation = '';

  /** Recommendations per page, 1 to 50. */
  @property({ type: Number, attribute: 'page-size' }) pageSize: number = DEFAULT_PAGE_SIZE;

  /** The host page of a contribution, `{ref}` standing for its reference; without it, a source opens in place. */
  @property({ attribute: 'contribution-url' }) contributionUrl = '';

  /** The host page of an event (workshop, small talk), `{ref}` standing for its slug; without it, it opens in place. */
  @property({ attribute: 'event-url' }) eventUrl = '';

  /** The host page of a poll, `{ref}` standing for its slug; without it, it opens in place. */
  @property({ attribute: 'poll-url' }) pollUrl = '';

  /** The visitor's filters, where the attributes leave them free. */
  @state() private chosen: FeedFilters = { theme: '', status: '', year: '' };
  /** The recommendation open in place over the list. */
  @state() private opened: string | null = linkedSlug();
  @state() private items: RecommendationSummary[] = [];
  @state() private nextCursor: string | null = null;
  @state() private loadingMore = false;
  @state() private openSource?: string;
  @state() private view?: RecommendationView;
  @state() private alert?: Message;
  @state() private announcement?: Message;
  private themes: ThemeEntry[] = [];
  private territories: TerritoryView[] = [];
  /** Set by the visitor's moves, so that focus follows them (never on the page's first load). */
  private focusNext?: string;
  private announceList = false;
  private detailStyled = false;
  /** The support form of the recommendation shown, once the detail's code is here. */
  private support?: SupportForm;

  private readonly history = new DeepLinkController(this, (slug) => this.show(slug));

  private readonly list = new Task(this, {
    args: () => {
      const { theme, status, year } = this.filters;
      return [resolveApiBase(this), this.recommendation, this.limit, theme, status, year] as const;
    },
    task: async ([base, alone, limit, theme, status, year], { signal }) => {
      if (alone) return initialState;
      const [page, themes] = await Promise.all([
        recommendationsPage(base, { theme, status, year, limit }, signal),
        // The theme filter's names are a nicety: without them it is not offered.
        this.theme || this.themes.length ? this.themes : loadThemes(base).catch(() => []),
      ]);
      return { page, themes };
    },
    onComplete: ({ page, themes }) => {
      this.items = page.recommendations;
      this.nextCursor = page.nextCursor;
      this.themes = themes;
      this.alert = undefined;
      if (this.announceList) this.announcement = (t) => t.listed(page.recommendations.length);
      this.announceList = false;
      this.emit('sip-load', page);
    },
    onError: (error) => this.emitError(error),
  });

  private readonly detail = new Task(this, {
    args: () => [resolveApiBase(this), this.slug, this.token, resolveTokenUrl(this), this.identity.version],
    task: async ([base, slug], { signal }) => {
      if (!slug) return initialState;
      const { token } = await this.identity.resolve();
      const [view, territories, code] = await Promise.all([
        readRecommendation(base, slug, token, signal),
        this.territories.length ? this.territories : loadTerritories(base).catch(() => []),
        detailCode.get(),
      ]);
      // The detail's styles came with its code: added to the element's own once.
      if (!this.detailStyled && this.renderRoot instanceof ShadowRoot)
        adoptStyles(this.renderRoot, [...SipRecommendationFeed.elementStyles, code.detailStyles]);
      this.detailStyled = true;
      return { view, territories };
    },
    onComplete: ({ view, territories }) => {
      this.view = view;
      this.territories = territories;
      this.emit('sip-load', { recommendation: view });
      this.focusLater();
    },
    onError: (error) => this.emitError(error),
  });

  constructor() {
    super(recommendationFeedDictionaries);
  }

  /** The recommendation shown in full: the one alone, else the one open in place. */
  private get slug(): string | null {
    return this.recommendation || this.opened;
  }

  private get filters(): FeedFilters {
    return {
      theme: this.theme || this.chosen.theme,
      status: this.status || this.chosen.status,
      year: this.year || this.chosen.year,
    };
  }

  private get limit(): number {
    const size = Math.trunc(this.pageSize);
    return Number.isFinite(size) ? Math.min(MAX_PAGE_SIZE, Math.max(1, size)) : DEFAULT_PAGE_SIZE;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another recommendation: never show the previous one while loading, nor its open source or messages.
    if (this.view && this.view.slug !== this.slug) {
      this.view = undefined;
      this.openSource = undefined;
      this.support?.reset();
    }
    if (changed.has('recommendation') && this.recommendation) this.opened = null;
  }

  override render() {
    const content = this.slug ? this.renderDetailView() : this.renderListView();
    return html`
      <div part="base" class="base">
        <slot name="header"></slot>
        ${content}
        <p class="visually-hidden" role="status">${this.announcement?.(this.t) ?? nothing}</p>
        <slot name="footer"></slot>
      </div>
    `;
  }

  private get context(): FeedContext {
    const t = this.t;
    return {
      t,
      lang: t.$code,
      href: deepLink,
      navigate: (event, slug) => {
        // A new tab or window: the browser follows the link itself.
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
        event.preventDefault();
        if (this.recommendation) {
          // Alone, it follows a link to another recommendation (merged into, taken up) by showing that one alone.
          this.focusNext = '#detail-title';
          if (slug) this.recommendation = slug;
          return;
        }
        this.history.push(slug);
        this.show(slug);
      },
    };
  }

  /** Shows `slug` in place (the list with null), as the visitor asked; focus follows. */
  private show(slug: string | null): void {
    if (this.recommendation || slug === this.opened) return;
    const from = this.opened;
    this.opened = slug;
    this.announcement = undefined;
    this.alert = undefined;
    this.focusNext = slug ? '#detail-title' : `[data-slug="${from}"] a`;
    this.emit('sip-open', { slug });
    // Back to the list: it is already there, focus moves at once.
    if (!slug) this.focusLater();
  }

  private focusLater(): void {
    const selector = this.focusNext;
    this.focusNext = undefined;
    if (!selector) return;
    void this.updateComplete.then(() =>
      (
        this.renderRoot.querySelector<HTMLElement>(selector) ??
        this.renderRoot.querySelector<HTMLElement>('h3 a')
      )?.focus(),
    );
  }

  private failure(error: unknown, retry: () => void): TemplateResult {
    return html`
      <p part="error" class="error" role="alert">${errorMessage(this.t, asApiError(error).code)}</p>
      <button class="secondary" type="button" @click=${retry}>${this.t.retry}</button>
    `;
  }

  private renderListView(): TemplateResult {
    const t = this.t;
    const content = this.list.render({
      pending: () => (this.items.length ? this.renderList(true) : html`<p role="status">${t.loading}</p>`),
      complete: () => this.renderList(false),
      error: (error) => this.failure(error, () => this.list.run()),
    });
    const filters = renderFilters(this.context, {
      fixed: { theme: this.theme, status: this.status, year: this.year },
      chosen: this.chosen,
      themes: this.themes,
      change: (event) => this.filter(event),
    });
    return html`${this.recommendation ? nothing : filters} ${content}`;
  }

  private filter(event: Event): void {
    const control = event.target as HTMLSelectElement;
    this.chosen = { ...this.chosen, [control.name]: control.value };
    this.announceList = true;
  }

  private renderList(busy: boolean): TemplateResult {
    const t = this.t;
    const context = this.context;
    const filtered = Object.values(this.filters).some(Boolean);
    if (this.items.length === 0) {
      return html`<slot name="empty"><p part="empty" class="muted">${filtered ? t.emptyFiltered : t.empty}</p></slot>`;
    }
    return html`
      <ol part="list" class="list" aria-label=${t.label} aria-busy=${busy || this.loadingMore ? 'true' : 'false'}>
        ${this.items.map((item, index) => renderItem(context, item, index))}
      </ol>
      <div part="error" class="error" role="alert">${this.alert?.(t) ?? nothing}</div>
      ${
        this.nextCursor
          ? html`<button part="load-more" class="secondary load-more" type="button"
              aria-disabled=${this.loadingMore ? 'true' : 'false'} @click=${this.loadMore}>
              ${this.loadingMore ? t.loading : t.loadMore}
            </button>`
          : nothing
      }
      <p><a part="feed" href=${atomFeedUrl(resolveApiBase(this), this.filters.theme, t.$code)} type="application/atom+xml">${t.feedLink}</a></p>
    `;
  }

  private async loadMore(): Promise<void> {
    const cursor = this.nextCursor;
    if (this.loadingMore || !cursor) return;
    this.loadingMore = true;
    this.alert = undefined;
    try {
      const page = await recommendationsPage(resolveApiBase(this), {
        ...this.filters,
        limit: this.limit,
        cursor,
      });
      const first = this.items.length;
      this.items = [...this.items, ...page.recommendations];
      this.nextCursor = page.nextCursor;
      this.emit('sip-load', page);
      this.focusNext = `#item-${first}`;
      this.focusLater();
    } catch (error) {
      const { code } = this.emitError(error);
      this.alert = (t) => errorMessage(t, code);
    } finally {
      this.loadingMore = false;
    }
  }

  private renderDetailView(): unknown {
    const t = this.t;
    return this.detail.render({
      pending: () =>
        this.view ? this.renderRecommendation(this.view) : html`<p role="status">${t.loading}</p>`,
      complete: () => (this.view ? this.renderRecommendation(this.view) : html``),
      error: (error) => html`
        ${this.recommendation ? nothing : html`<p class="back">${openLink(this.context, null, t.back)}</p>`}
        ${this.failure(error, () => this.detail.run())}
      `,
    });
  }

  private renderRecommendation(view: RecommendationView): unknown {
    const { api, token, tokenUrl } = this;
    const t = this.t;
    const code = detailCode.current;
    if (!code) return nothing;
    this.support ??= new code.SupportForm(this);
    return code.renderDetail({
      ...this.context,
      view,
      territories: this.territories,
      alone: Boolean(this.recommendation),
      templates: { contribution: this.contributionUrl, event: this.eventUrl, poll: this.pollUrl },
      companions: { api, token, tokenUrl },
      openSource: this.openSource,
      toggleSource: (key) => {
        this.openSource = this.openSource === key ? undefined : key;
      },
      feedHref: atomFeedUrl(resolveApiBase(this), view.theme.slug, t.$code),
      support: this.support,
      // The API said no; the shared rule says why in the visitor's terms (a member account, not just any sign-in).
      barrier: barrierFor(view.audience, this.identity.current),
      submitSupport: (event) => this.submitSupport(event),
    });
  }

  private async submitSupport(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { view, support } = this;
    if (!view || !support) return;
    this.announcement = undefined;
    const { receipt, failure } = await support.send(
      event.target as HTMLFormElement,
      resolveApiBase(this),
      view,
      () => this.identity.resolve(),
      this.t.$code,
    );
    if (failure) {
      this.emitError(failure);
      // Supported or withdrawn elsewhere meanwhile, or closed: the recommendation as it now stands.
      if (['already_supported', 'support_not_found', 'support_closed'].includes(failure.code))
        this.detail.run();
    }
    if (!receipt) return;
    const { mySupport, supports } = receipt;
    this.view = { ...view, mySupport, supports };
    // The list behind shows the new count too.
    this.items = this.items.map((item) =>
      item.slug === view.slug ? { ...item, supports: { total: supports.total } } : item,
    );
    this.announcement = (t) => `${mySupport ? t.supported : t.withdrawn} ${t.supports(supports.total)}.`;
    this.emit('sip-support', { slug: view.slug, supported: mySupport, supports });
    this.focusNext = mySupport ? '.mine' : '#support-email';
    this.focusLater();
  }
}
