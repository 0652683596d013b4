import { Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ContributionList, ContributionView } from '../../schema/contributions.ts';
import type { TerritoryView } from '../../schema/territories.ts';
import { asApiError } from '../internal/api.ts';
import { resolveApiBase, resolveTokenUrl } from '../internal/config.ts';
import { baseStyles } from '../internal/styles.ts';
import { SipWidget } from '../internal/widget-element.ts';
import { errorMessage } from '../translations/dictionaries.ts';
import { contributionsPage, loadTerritories, readContribution } from './contribution-list.api.ts';
import type { SipContributionListEventMap } from './contribution-list.events.ts';
import { type ItemContext, type ReportHandlers, renderItem } from './contribution-list.render.ts';
import { listStyles } from './contribution-list.styles.ts';
import { type Message, ReportDisclosure, type ReportReason } from './report-disclosure.ts';
import { contributionListDictionaries } from './translations/dictionaries.ts';
import type { ContributionListTranslation } from './translations/translation.ts';

const DEFAULT_PAGE_SIZE = 10;
/** The API's bound on `limit`. */
const MAX_PAGE_SIZE = 50;

/**
 * @summary The published written contributions, newest first, page by page (or one alone), with the recommendations that took each up; signed-in participants can report one.
 * @tagname sip-contribution-list
 *
 * @slot header - Content above the list, e.g. a heading.
 * @slot empty - Shown when nothing is published yet; defaults to a short message.
 * @slot footer - Content below the list.
 *
 * @event {CustomEvent<SipContributionListLoadDetail>} sip-load - A page was loaded; `detail.contributions` (that page, or the one contribution shown alone) and `detail.nextCursor`.
 * @event {CustomEvent<SipReportDetail>} sip-report - A signed-in participant reported a contribution; `detail.id`, `detail.reason`.
 * @event {CustomEvent<SipErrorDetail>} sip-error - Loading or reporting failed; `detail.status` (0 when unreachable) and `detail.code`.
 *
 * @csspart base - The widget's container.
 * @csspart list - The list of contributions.
 * @csspart item - One contribution (focusable, for the focus after "load more").
 * @csspart title - A contribution's title.
 * @csspart meta - Author (or anonymous), stakeholder role, territory and date.
 * @csspart text - A contribution's text, one paragraph per block.
 * @csspart taken-up - The recommendations it was taken up in, each a link.
 * @csspart empty - The default empty-state message.
 * @csspart load-more - The button that loads the next page.
 * @csspart report-button - The button that opens the report form of a contribution.
 * @csspart report-form - The inline report form: reasons, note, send and cancel.
 * @csspart report-thanks - The thanks (or "already reported") that replaces the report button.
 * @csspart error - An alert with the latest loading or reporting error.
 *
 * @cssproperty --sip-contribution-list-gap - Space between contributions. Defaults to `--sip-space` (1rem).
 * @cssproperty --sip-contribution-list-item-padding - Space inside a contribution. Defaults to `--sip-space` (1rem).
 * @cssproperty --sip-contribution-list-item-background - Background of a contribution. Defaults to `--sip-surface`.
 * @cssproperty --sip-contribution-list-item-border - Border color of a contribution. Defaults to `--sip-border`.
 */
export class SipContributionList extends SipWidget<ContributionListTranslation, SipContributionListEventMap> {
  static override styles = [baseStyles, listStyles];

  /** Only the contributions on this theme (slug); all themes when absent. */
  @property({ reflect: true }) theme = '';

  /** Contributions per page, 1 to 50. */
  @property({ type: Number, attribute: 'page-size' }) pageSize: number = DEFAULT_PAGE_SIZE;

  /** Shows this published contribution alone (its reference, e.g. `K7M2-9QXA`), without the list. */
  @property({ reflect: true }) contribution = '';

  /**
   * The host page of a recommendation, `{slug}` standing for it, for the "taken up in" links;
   * defaults to this page with `?sip-recommendation=` (where a `<sip-recommendation-feed>` opens it).
   */
  @property({ attribute: 'recommendation-url' }) recommendationUrl = '';

  @state() private items: ContributionView[] = [];
  @state() private nextCursor: string | null = null;
  @state() private loadingMore = false;
  @state() private moreError?: Message;
  private territories: TerritoryView[] = [];

  private readonly reports = new ReportDisclosure(this);

  private readonly loader = new Task(this, {
    args: () =>
      [resolveApiBase(this), this.theme, this.limit, this.contribution, resolveTokenUrl(this)] as const,
    task: async ([base, theme, limit, alone], { signal }) => {
      // Territory names are a nicety: without them the list shows the codes.
      const [page, territories] = await Promise.all([
        alone
          ? readContribution(base, alone, signal).then((view) => ({
              contributions: [view],
              nextCursor: null,
            }))
          : contributionsPage(base, { theme, limit }, signal),
        loadTerritories(base).catch(() => []),
        this.identity.resolve(),
      ]);
      return { page, territories };
    },
    onComplete: ({ page, territories }) => {
      this.items = page.contributions;
      this.nextCursor = page.nextCursor;
      this.territories = territories;
      this.moreError = undefined;
      this.emit('sip-load', page);
    },
    onError: (error) => this.emitError(error),
  });

  constructor() {
    super(contributionListDictionaries);
  }

  private get limit(): number {
    const size = Math.trunc(this.pageSize);
    return Number.isFinite(size) ? Math.min(MAX_PAGE_SIZE, Math.max(1, size)) : DEFAULT_PAGE_SIZE;
  }

  override render() {
    const t = this.t;
    const content = this.loader.render({
      pending: () => html`<p role="status">${t.loading}</p>`,
      complete: () => this.renderList(),
      error: (error) => html`
        <p part="error" class="error" role="alert">${errorMessage(t, asApiError(error).code)}</p>
        <button class="secondary" type="button" @click=${() => this.loader.run()}>${t.retry}</button>
      `,
    });
    return html`
      <div part="base" class="base">
        <slot name="header"></slot>
        ${content}
        <slot name="footer"></slot>
      </div>
    `;
  }

  private renderList(): TemplateResult {
    const t = this.t;
    if (this.items.length === 0) {
      return html`<slot name="empty"><p part="empty" class="empty">${t.empty}</p></slot>`;
    }
    const context: ItemContext = {
      t,
      lang: t.$code,
      territories: this.territories,
      reports: this.identity.current.token ? this.reports : undefined,
      onReport: this.reportHandlers,
      recommendationHref: (slug) => {
        if (this.recommendationUrl)
          return this.recommendationUrl.replaceAll('{slug}', encodeURIComponent(slug));
        const url = new URL(location.href);
        url.searchParams.set('sip-recommendation', slug);
        return url.href;
      },
    };
    return html`
      <ol part="list" class="list" aria-label=${t.label} aria-busy=${this.loadingMore ? 'true' : 'false'}>
        ${this.items.map((item, index) => renderItem(context, item, index))}
      </ol>
      <div part="error" class="error" role="alert">${this.moreError?.(t) ?? nothing}</div>
      ${
        this.nextCursor
          ? html`<button part="load-more" class="secondary load-more" type="button"
              aria-disabled=${this.loadingMore ? 'true' : 'false'} @click=${this.loadMore}>
              ${this.loadingMore ? t.loading : t.loadMore}
            </button>`
          : nothing
      }
    `;
  }

  private async loadMore(): Promise<void> {
    const cursor = this.nextCursor;
    if (this.loadingMore || !cursor) return;
    this.loadingMore = true;
    this.moreError = undefined;
    try {
      const page: ContributionList = await contributionsPage(resolveApiBase(this), {
        theme: this.theme,
        limit: this.limit,
        cursor,
      });
      const first = this.items.length;
      this.items = [...this.items, ...page.contributions];
      this.nextCursor = page.nextCursor;
      this.emit('sip-load', page);
      await this.updateComplete;
      // Straight to what is new, rather than back to the top or lost with a vanished button.
      const items = this.renderRoot.querySelectorAll<HTMLElement>('[part="item"]');
      (items[first] ?? items[items.length - 1])?.focus();
    } catch (error) {
      const { code } = this.emitError(error);
      this.moreError = (t) => errorMessage(t, code);
    } finally {
      this.loadingMore = false;
    }
  }

  private focusIn(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  /** The report disclosure: opens on the first reason, closes back to its button. */
  private readonly reportHandlers: ReportHandlers = {
    toggle: (id) => {
      const index = this.items.findIndex((item) => item.id === id);
      if (this.reports.openId === id) return this.reportHandlers.cancel(id);
      this.reports.open(id);
      this.focusIn(`#report-${index} input[name="reason"]`);
    },
    cancel: (id) => {
      this.reports.close();
      this.focusIn(`#report-${this.items.findIndex((item) => item.id === id)}-button`);
    },
    keydown: (event) => {
      if (event.key !== 'Escape' || !this.reports.openId) return;
      event.preventDefault();
      this.reportHandlers.cancel(this.reports.openId);
    },
    input: (event) => {
      const control = event.target as HTMLInputElement;
      if (control.name === 'reason') this.reports.choose(control.value as ReportReason);
      else if (control.name === 'note') this.reports.note = control.value;
    },
    submit: async (event) => {
      event.preventDefault();
      const id = this.reports.openId;
      const index = this.items.findIndex((item) => item.id === id);
      const { token } = await this.identity.resolve();
      const { outcome, reason, failure } = await this.reports.send(resolveApiBase(this), token);
      if (failure) this.emit('sip-error', failure);
      if (id && reason) this.emit('sip-report', { id, reason });
      if (outcome) this.focusIn(`#report-${index}-done`);
      else if (this.reports.reasonMissing) this.focusIn(`#report-${index} input[name="reason"]`);
    },
  };
}
