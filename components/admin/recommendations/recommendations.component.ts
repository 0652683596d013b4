import { initialState, Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AdminRole } from '../../../schema/moderation.ts';
import type { AdminRecommendation } from '../../../schema/recommendations.ts';
import { baseStyles } from '../../internal/styles.ts';
import { adminStyles } from '../admin.styles.ts';
import type { Named } from '../model.ts';
import type { AdminTranslation } from '../translations/dictionaries.ts';
import { shown } from './model.ts';
import { type ListFilters, listRecommendations } from './recommendations.api.ts';
import type { SipRecommendationOpenDetail, SipRecommendationSaveDetail } from './recommendations.events.ts';
import { renderFilters, renderList } from './recommendations.render.ts';
import { recommendationsStyles } from './recommendations.styles.ts';
import { SipRecommendationsElement } from './recommendations-element.ts';
import type { RecommendationsTranslation } from './translations/dictionaries.ts';

type Message = (t: AdminTranslation, w: RecommendationsTranslation) => string;

/** What the view shows: the list, the empty form, or one recommendation. */
type Screen = { kind: 'list' } | { kind: 'new' } | { kind: 'recommendation'; slug: string };

/**
 * @summary The steering committee's and the board's view: recommendations in every status (drafts included) filtered by status, theme and year, a form for a new draft, and each recommendation's page.
 * @tagname sip-moderation-recommendations
 *
 * @event {CustomEvent<SipRecommendationSaveDetail>} sip-recommendation-save - Bubbles up once a draft is created, or a recommendation edited or its sources linked.
 * @event {CustomEvent<SipRecommendationMoveDetail>} sip-recommendation-move - Bubbles up once a recommendation's status changed.
 * @event {CustomEvent<SipRecommendationAnswerDetail>} sip-recommendation-answer - Bubbles up once the board recorded a new version of its answer.
 * @event {CustomEvent<SipErrorDetail>} sip-error - Loading the list failed; `detail.status` (0 when unreachable) and `detail.code`.
 *
 * @csspart list - The table of recommendations.
 * @csspart recommendation - One recommendation's row in the table.
 * @csspart status - The live region announcing outcomes.
 */
export class SipModerationRecommendations extends SipRecommendationsElement {
  static override styles = [baseStyles, adminStyles, recommendationsStyles];

  /** Themes, for the filter and the form. */
  @property({ attribute: false }) themes: readonly Named[] = [];
  /** The signed-in person's role: an editor drafts and edits, the board answers, an admin does both. */
  @property({ attribute: false }) role: AdminRole = 'editor';

  @state() private screen: Screen = { kind: 'list' };
  @state() private filters: ListFilters = {};
  @state() private recommendations: AdminRecommendation[] = [];
  @state() private cursor: string | null = null;
  @state() private loadingMore = false;
  @state() private announcement?: Message;
  @state() private alert?: Message;
  /** The recommendation whose button gets focus back when the list is shown again. */
  private lastOpened?: string;

  // Loaded whenever the list is shown, so it says what changed meanwhile.
  private readonly loader = new Task(this, {
    args: () => [this.adminClient, this.filters, this.screen.kind === 'list'] as const,
    task: ([client, filters, listing], { signal }) =>
      listing ? listRecommendations(client, filters, signal) : initialState,
    onComplete: (list) => {
      this.recommendations = list.recommendations;
      this.cursor = list.nextCursor;
    },
    onError: (error) => this.report(error),
  });

  private get canDraft(): boolean {
    return this.role === 'editor' || this.role === 'admin';
  }

  override render() {
    const { t, w } = this;
    return html`
      <p part="status" class="status" role="status">${this.announcement?.(t, w) ?? nothing}</p>
      ${this.screen.kind === 'list' ? this.renderListScreen(t, w) : this.renderScreen(this.screen, w)}
    `;
  }

  private renderListScreen(t: AdminTranslation, w: RecommendationsTranslation): TemplateResult {
    return html`
      <section class="stack" aria-labelledby="recommendations-heading">
        <div class="row heading-row">
          <h2 id="recommendations-heading" tabindex="-1">${w.heading}</h2>
          ${
            this.canDraft
              ? html`<button type="button" class="primary" id="create" @click=${this.openNew}>${w.create}</button>`
              : nothing
          }
        </div>
        ${renderFilters(w, { filters: this.filters, themes: this.themes, change: this.filter })}
        <p class="error" role="alert">${this.alert?.(t, w) ?? nothing}</p>
        ${this.loader.render({
          pending: () => html`<p class="muted">${t.loading}</p>`,
          complete: () =>
            renderList(t, w, {
              recommendations: this.recommendations,
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

  private renderScreen(
    screen: Exclude<Screen, { kind: 'list' }>,
    w: RecommendationsTranslation,
  ): TemplateResult {
    const back = html`<div><button type="button" class="secondary" id="back" @click=${this.backToList}>
      <span aria-hidden="true">←</span> ${w.backToList}
    </button></div>`;
    const page =
      screen.kind === 'new'
        ? html`<sip-moderation-recommendation-form
            .client=${this.adminClient}
            .themes=${this.themes}
            @sip-recommendation-save=${this.created}
          ></sip-moderation-recommendation-form>`
        : html`<sip-moderation-recommendation
            .client=${this.adminClient}
            .slug=${screen.slug}
            .themes=${this.themes}
            .role=${this.role}
            @sip-recommendation-open=${this.openOther}
          ></sip-moderation-recommendation>`;
    return html`<div class="stack">${back}${page}</div>`;
  }

  private async show(screen: Screen): Promise<void> {
    this.screen = screen;
    this.alert = undefined;
    await this.updateComplete;
    const child = this.renderRoot.querySelector<SipRecommendationsElement>(
      'sip-moderation-recommendation, sip-moderation-recommendation-form',
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
    return this.show({ kind: 'recommendation', slug });
  }

  /** A link from one recommendation to another (the one it was merged into, say). */
  private readonly openOther = (event: CustomEvent<SipRecommendationOpenDetail>): Promise<void> =>
    this.open(event.detail.slug);

  private readonly openNew = (): Promise<void> => {
    this.announcement = undefined;
    return this.show({ kind: 'new' });
  };

  private readonly backToList = (): Promise<void> => {
    this.announcement = undefined;
    return this.show({ kind: 'list' });
  };

  private readonly filter = (filters: ListFilters): void => {
    this.filters = filters;
    this.alert = undefined;
    this.announcement = undefined;
  };

  /** A new draft opens on its own page. */
  private created(event: CustomEvent<SipRecommendationSaveDetail>): Promise<void> {
    const { recommendation } = event.detail;
    const title = shown(recommendation.title, this.w.$code).text;
    this.lastOpened = recommendation.slug;
    const opened = this.show({ kind: 'recommendation', slug: recommendation.slug });
    this.announcement = (_t, w) => w.form.created(title);
    return opened;
  }

  private async loadMore(): Promise<void> {
    if (!this.cursor || this.loadingMore) return;
    this.loadingMore = true;
    this.alert = undefined;
    try {
      const page = await listRecommendations(this.adminClient, { ...this.filters, cursor: this.cursor });
      const known = new Set(this.recommendations.map((item) => item.slug));
      const added = page.recommendations.filter((item) => !known.has(item.slug));
      this.recommendations = [...this.recommendations, ...added];
      this.cursor = page.nextCursor;
      this.announcement = (_t, w) => w.list.loaded(this.recommendations.length);
      await this.updateComplete;
      // Carry on reading where the new ones start.
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
