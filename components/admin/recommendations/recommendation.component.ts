import { Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AdminRole } from '../../../schema/moderation.ts';
import { baseStyles } from '../../internal/styles.ts';
import { adminStyles } from '../admin.styles.ts';
import type { Named } from '../model.ts';
import type { AdminTranslation } from '../translations/dictionaries.ts';
import { renderShown } from './fields.render.ts';
import { bodiesFor, isAnswerable, movesFor } from './model.ts';
import {
  renderAnswers,
  renderFacts,
  renderMerges,
  renderSourceList,
  renderTexts,
} from './recommendation.render.ts';
import { type AdminRecommendationView, getRecommendation } from './recommendations.api.ts';
import type {
  SipRecommendationAnswerDetail,
  SipRecommendationMoveDetail,
  SipRecommendationSaveDetail,
} from './recommendations.events.ts';
import { recommendationsStyles } from './recommendations.styles.ts';
import { SipRecommendationsElement } from './recommendations-element.ts';
import type { RecommendationsTranslation } from './translations/dictionaries.ts';

type Message = (t: AdminTranslation, w: RecommendationsTranslation) => string;
type Panel = 'none' | 'edit' | 'sources' | 'move' | 'answer';

/**
 * @summary One recommendation for the steering committee and the board: its facts, texts, sources and the board's answers, what the person's role may do with it (edit, link sources, move its status, answer), and its history.
 * @tagname sip-moderation-recommendation
 *
 * @event {CustomEvent<SipRecommendationSaveDetail>} sip-recommendation-save - It was edited or its sources linked.
 * @event {CustomEvent<SipRecommendationMoveDetail>} sip-recommendation-move - Its status changed.
 * @event {CustomEvent<SipRecommendationAnswerDetail>} sip-recommendation-answer - The board recorded a new version of its answer.
 * @event {CustomEvent<SipRecommendationOpenDetail>} sip-recommendation-open - A link to another recommendation (merged into or from this one) was followed.
 * @event {CustomEvent<SipErrorDetail>} sip-error - Loading failed; `detail.status` (0 when unreachable) and `detail.code`.
 *
 * @csspart base - The recommendation's page.
 * @csspart facts - Status, theme, year, audience, languages, supports.
 * @csspart texts - Title, summary and text in every language written.
 * @csspart sources - The sources it draws on.
 * @csspart answers - The board's answer, earlier versions in a disclosure.
 * @csspart merges - The recommendation it was merged into, or those merged into it.
 * @csspart actions - The buttons that open what the role may do.
 * @csspart status - The live region announcing outcomes.
 */
export class SipModerationRecommendation extends SipRecommendationsElement {
  static override styles = [baseStyles, adminStyles, recommendationsStyles];

  /** The recommendation's slug. */
  @property() slug = '';
  /** Themes, for the form. */
  @property({ attribute: false }) themes: readonly Named[] = [];
  /** The signed-in person's role: what it may do here. */
  @property({ attribute: false }) role: AdminRole = 'editor';

  @state() private recommendation?: AdminRecommendationView;
  @state() private panel: Panel = 'none';
  @state() private announcement?: Message;
  @state() private alert?: Message;
  /** Bumped after each change, so the history reads the log again. */
  @state() private revision = 0;

  private readonly loader = new Task(this, {
    args: () => [this.adminClient, this.slug] as const,
    task: ([client, slug], { signal }) => getRecommendation(client, slug, signal),
    onComplete: (recommendation) => {
      this.recommendation = recommendation;
    },
    onError: (error) => this.report(error),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another recommendation: nothing of the previous one's page stays.
    if (changed.has('slug') && changed.get('slug') !== undefined) {
      this.recommendation = undefined;
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
    const item = this.recommendation;
    if (item) return this.renderRecommendation(item, t, w);
    return this.loader.render({
      pending: () => html`<p class="muted">${t.loading}</p>`,
      error: () => html`
        <section class="stack" aria-labelledby="recommendation-heading">
          <h2 id="recommendation-heading" tabindex="-1">${w.heading}</h2>
          <p class="error" role="alert">${this.alert?.(t, w) ?? nothing}</p>
          <div><button type="button" class="secondary" @click=${() => this.loader.run()}>${t.retry}</button></div>
        </section>
      `,
    });
  }

  private renderRecommendation(
    item: AdminRecommendationView,
    t: AdminTranslation,
    w: RecommendationsTranslation,
  ): TemplateResult {
    return html`
      <article part="base" class="stack" aria-labelledby="recommendation-heading">
        <h2 id="recommendation-heading" tabindex="-1">${renderShown(item.title, w)}</h2>
        <p part="status" class="status" role="status">${this.announcement?.(t, w) ?? nothing}</p>
        <p class="error" role="alert">${this.alert?.(t, w) ?? nothing}</p>
        ${renderFacts(item, w)} ${renderMerges(item, w, (slug) => this.emit('sip-recommendation-open', { slug }))}
        ${this.renderActions(item, w)} ${this.renderPanel(item, t)} ${renderAnswers(item, w)}
        ${renderSourceList(item, w)} ${renderTexts(item, w)}
        <sip-moderation-recommendation-history
          .client=${this.adminClient}
          .recommendation=${item}
          .revision=${this.revision}
        ></sip-moderation-recommendation-history>
      </article>
    `;
  }

  /** What the role may do: editors edit and link sources, the board answers once submitted (until withdrawn or merged), both move it. */
  private actionsFor(item: AdminRecommendationView): Exclude<Panel, 'none'>[] {
    const editor = this.role === 'editor' || this.role === 'admin';
    const board = this.role === 'board' || this.role === 'admin';
    const moves = bodiesFor(this.role).some((body) => movesFor(item.status, body).length > 0);
    return [
      ...(editor ? (['edit', 'sources'] as const) : []),
      ...(moves ? (['move'] as const) : []),
      ...(board && isAnswerable(item.status) ? (['answer'] as const) : []),
    ];
  }

  private renderActions(item: AdminRecommendationView, w: RecommendationsTranslation): TemplateResult {
    const actions = this.actionsFor(item);
    return html`
      <section part="actions" class="stack" aria-labelledby="actions-heading">
        <h3 id="actions-heading">${w.actions.heading}</h3>
        ${
          actions.length === 0
            ? html`<p class="muted">${w.actions.none}</p>`
            : html`<div class="row">
                ${actions.map(
                  (action) => html`<button
                    type="button"
                    class=${this.panel === action ? 'primary' : 'secondary'}
                    data-panel=${action}
                    aria-expanded=${this.panel === action ? 'true' : 'false'}
                    @click=${() => this.toggle(action)}
                  >${w.actions[action]}</button>`,
                )}
              </div>`
        }
      </section>
    `;
  }

  private renderPanel(item: AdminRecommendationView, t: AdminTranslation): TemplateResult | typeof nothing {
    const cancel = html`<button slot="actions" type="button" class="secondary" @click=${this.closePanel}>${t.cancel}</button>`;
    switch (this.panel) {
      case 'edit':
        return html`<sip-moderation-recommendation-form
          class="panel"
          nested
          .client=${this.adminClient}
          .recommendation=${item}
          .themes=${this.themes}
          @sip-recommendation-save=${this.saved}
        >${cancel}</sip-moderation-recommendation-form>`;
      case 'sources':
        return html`<sip-moderation-recommendation-sources
          class="panel"
          .client=${this.adminClient}
          .recommendation=${item}
          @sip-recommendation-save=${this.saved}
        >${cancel}</sip-moderation-recommendation-sources>`;
      case 'move':
        return html`<sip-moderation-recommendation-move
          class="panel"
          .client=${this.adminClient}
          .recommendation=${item}
          .role=${this.role}
          .refresh=${this.stale}
          @sip-recommendation-move=${this.moved}
        >${cancel}</sip-moderation-recommendation-move>`;
      case 'answer':
        return html`<sip-moderation-recommendation-answer
          class="panel"
          .client=${this.adminClient}
          .recommendation=${item}
          @sip-recommendation-answer=${this.answered}
        >${cancel}</sip-moderation-recommendation-answer>`;
      default:
        return nothing;
    }
  }

  private async toggle(panel: Exclude<Panel, 'none'>): Promise<void> {
    if (this.panel === panel) return this.closePanel();
    this.panel = panel;
    this.announcement = undefined;
    this.alert = undefined;
    await this.updateComplete;
    const opened = this.renderRoot.querySelector<SipRecommendationsElement>('.panel');
    await opened?.updateComplete;
    await opened?.focusHeading();
  }

  private readonly closePanel = async (): Promise<void> => {
    const closed = this.panel;
    this.panel = 'none';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-panel="${closed}"]`)?.focus();
  };

  /** After a change: the page shows it as it now is, says so, and the history reads the log again. */
  private async changed(
    recommendation: AdminRecommendationView | undefined,
    message: Message,
  ): Promise<void> {
    if (recommendation) this.recommendation = recommendation;
    else await this.reload();
    this.panel = 'none';
    this.revision += 1;
    this.announcement = message;
    await this.updateComplete;
    await this.focusHeading();
  }

  private async reload(): Promise<void> {
    try {
      this.recommendation = await getRecommendation(this.adminClient, this.slug);
    } catch (error) {
      this.report(error);
    }
  }

  private readonly saved = (event: CustomEvent<SipRecommendationSaveDetail>) => {
    const { action, recommendation } = event.detail;
    return this.changed(recommendation, (_t, w) => (action === 'sources' ? w.sources.saved : w.form.saved));
  };

  private readonly moved = (event: CustomEvent<SipRecommendationMoveDetail>) => {
    const { status } = event.detail.recommendation;
    return this.changed(event.detail.recommendation, (_t, w) => w.move.done(w.statuses[status]));
  };

  private readonly answered = (event: CustomEvent<SipRecommendationAnswerDetail>) => {
    const { version } = event.detail.answer;
    // The answer's route answers with the new version only: read the whole again.
    return this.changed(undefined, (_t, w) => w.answer.done(version));
  };

  /** The move panel found the status changed meanwhile: show it as it now is, panel and text kept. */
  private readonly stale = async (): Promise<void> => {
    await this.reload();
    this.revision += 1;
  };

  private report(error: unknown): void {
    const { code } = this.emitError(error);
    this.alert = () => this.message(code);
  }
}
