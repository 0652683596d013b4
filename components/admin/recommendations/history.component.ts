import { initialState, Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AuditEntry } from '../../../schema/moderation.ts';
import { RECOMMENDATION_STATUSES } from '../../../schema/recommendation-lifecycle.ts';
import { baseStyles } from '../../internal/styles.ts';
import { formatDateTime } from '../../translations/format.ts';
import { adminStyles } from '../admin.styles.ts';
import type { AdminTranslation } from '../translations/dictionaries.ts';
import { renderAllLanguages } from './fields.render.ts';
import { type AdminRecommendationView, recommendationLog } from './recommendations.api.ts';
import { recommendationsStyles } from './recommendations.styles.ts';
import { SipRecommendationsElement } from './recommendations-element.ts';
import type { RecommendationsTranslation } from './translations/dictionaries.ts';
import { RECOMMENDATION_AUDIT_ACTIONS, type RecommendationAuditAction } from './translations/translation.ts';

type Message = (t: AdminTranslation, w: RecommendationsTranslation) => string;

/**
 * @summary A recommendation's history: its public timeline (every status change, by which body, why) and the audit log of everything done to it (who created, edited, linked sources, moved it, answered).
 * @tagname sip-moderation-recommendation-history
 *
 * @event {CustomEvent<SipErrorDetail>} sip-error - Loading the log failed; `detail.status` (0 when unreachable) and `detail.code`.
 *
 * @csspart timeline - The public timeline, oldest first.
 * @csspart log - The table of the audit log, newest first.
 */
export class SipModerationRecommendationHistory extends SipRecommendationsElement {
  static override styles = [baseStyles, adminStyles, recommendationsStyles];

  /** The recommendation whose history is shown. */
  @property({ attribute: false }) recommendation?: AdminRecommendationView;
  /** Bumped by the recommendation's page after each change, so the log is read again. */
  @property({ attribute: false }) revision = 0;

  @state() private entries: AuditEntry[] = [];
  @state() private cursor: string | null = null;
  @state() private loadingMore = false;
  @state() private alert?: Message;

  private readonly loader = new Task(this, {
    args: () => [this.adminClient, this.recommendation?.slug, this.revision] as const,
    task: ([client, slug], { signal }) =>
      slug ? recommendationLog(client, slug, undefined, signal) : initialState,
    onComplete: (log) => {
      this.entries = log.entries;
      this.cursor = log.nextCursor;
      this.alert = undefined;
    },
    onError: (error) => this.report(error),
  });

  override render() {
    const { t, w } = this;
    const item = this.recommendation;
    if (!item) return nothing;
    const h = w.history;
    return html`
      <section class="stack" aria-labelledby="history-heading">
        <h3 id="history-heading">${h.heading}</h3>
        <section class="stack" aria-labelledby="timeline-heading">
          <h4 id="timeline-heading">${h.timeline}</h4>
          ${this.renderTimeline(item, w)}
        </section>
        <section class="stack" aria-labelledby="log-heading">
          <h4 id="log-heading">${h.log}</h4>
          <p class="error" role="alert">${this.alert?.(t, w) ?? nothing}</p>
          ${this.loader.render({
            pending: () =>
              this.entries.length ? this.renderLog(t, w) : html`<p class="muted">${t.loading}</p>`,
            complete: () => this.renderLog(t, w),
            error: () =>
              html`<div><button type="button" class="secondary" @click=${() => this.loader.run()}>${t.retry}</button></div>`,
          })}
        </section>
      </section>
    `;
  }

  private renderTimeline(item: AdminRecommendationView, w: RecommendationsTranslation): TemplateResult {
    const h = w.history;
    if (item.timeline.length === 0) return html`<p class="muted">${h.timelineEmpty}</p>`;
    const language = w.$code;
    return html`
      <ol part="timeline" class="timeline">
        ${item.timeline.map(
          (change) => html`
            <li>
              <p><strong>${formatDateTime(language, change.at)}</strong> —
                ${h.change(w.statuses[change.from], w.statuses[change.to], w.bodies[change.by])}</p>
              ${change.reason ? html`<div class="stack"><p class="muted">${h.reason}</p>${renderAllLanguages(change.reason, w)}</div>` : nothing}
            </li>
          `,
        )}
      </ol>
    `;
  }

  private renderLog(t: AdminTranslation, w: RecommendationsTranslation): TemplateResult {
    const h = w.history;
    if (this.entries.length === 0) return html`<p class="muted">${h.logEmpty}</p>`;
    const language = w.$code;
    return html`
      <div class="table-scroll" tabindex="0" role="region" aria-labelledby="log-caption">
        <table part="log">
          <caption id="log-caption">${h.logCaption}</caption>
          <thead>
            <tr>
              <th scope="col">${h.at}</th>
              <th scope="col">${h.actor}</th>
              <th scope="col">${h.action}</th>
              <th scope="col">${h.statusChange}</th>
              <th scope="col">${h.note}</th>
            </tr>
          </thead>
          <tbody>
            ${this.entries.map(
              (entry) => html`
                <tr>
                  <td>${formatDateTime(language, entry.at)}</td>
                  <td>${entry.actor}</td>
                  <td>${actionLabel(entry.action, w)}</td>
                  <td>${entry.from === entry.to ? statusLabel(entry.to, w) : `${statusLabel(entry.from, w)} → ${statusLabel(entry.to, w)}`}</td>
                  <td class="text">${entry.note ?? ''}</td>
                </tr>
              `,
            )}
          </tbody>
        </table>
      </div>
      ${
        this.cursor
          ? html`<div><button type="button" class="secondary" aria-disabled=${this.loadingMore ? 'true' : 'false'} @click=${this.loadMore}>
              ${this.loadingMore ? t.loading : t.loadMore}
            </button></div>`
          : nothing
      }
    `;
  }

  private async loadMore(): Promise<void> {
    const slug = this.recommendation?.slug;
    if (!slug || !this.cursor || this.loadingMore) return;
    this.loadingMore = true;
    try {
      const page = await recommendationLog(this.adminClient, slug, this.cursor);
      const known = new Set(this.entries.map((entry) => entry.id));
      this.entries = [...this.entries, ...page.entries.filter((entry) => !known.has(entry.id))];
      this.cursor = page.nextCursor;
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

/** An audit action's name; one this page does not know is shown as the API wrote it. */
function actionLabel(action: string, w: RecommendationsTranslation): string {
  return (RECOMMENDATION_AUDIT_ACTIONS as readonly string[]).includes(action)
    ? w.auditActions[action as RecommendationAuditAction]
    : action;
}

function statusLabel(status: string, w: RecommendationsTranslation): string {
  return (RECOMMENDATION_STATUSES as readonly string[]).includes(status)
    ? w.statuses[status as keyof RecommendationsTranslation['statuses']]
    : status;
}
