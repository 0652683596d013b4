import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MAX_SOURCES, SOURCE_KINDS, type SourceKind } from '../../../schema/recommendation-lifecycle.ts';
import type { SourceRef, SourceView } from '../../../schema/recommendations.ts';
import { baseStyles } from '../../internal/styles.ts';
import { adminStyles } from '../admin.styles.ts';
import type { AdminTranslation } from '../translations/dictionaries.ts';
import { keptText, sameSource, sourceTitle } from './model.ts';
import { type AdminRecommendationView, saveSources, searchSources } from './recommendations.api.ts';
import { recommendationsStyles } from './recommendations.styles.ts';
import { SipRecommendationsElement } from './recommendations-element.ts';
import { renderSource, withViews } from './sources.render.ts';
import type { RecommendationsTranslation } from './translations/dictionaries.ts';

type Message = (t: AdminTranslation, w: RecommendationsTranslation) => string;

/** A linked source, with what readers see of it (nothing when it is no longer public). */
interface Linked {
  ref: SourceRef;
  view?: SourceView;
}

const MIN_QUERY = 2;

/**
 * @summary The sources a recommendation draws on, as the steering committee links them: published contributions, events and polls found by words of their title, added, removed and put in order, then saved at once.
 * @tagname sip-moderation-recommendation-sources
 *
 * @slot actions - More buttons beside the save button (the recommendation's page puts "Cancel" there).
 *
 * @event {CustomEvent<SipRecommendationSaveDetail>} sip-recommendation-save - The sources were saved (`action: 'sources'`); `detail.recommendation` is it as it now is.
 * @event {CustomEvent<SipErrorDetail>} sip-error - Searching or saving failed; `detail.status` (0 when unreachable) and `detail.code`.
 *
 * @csspart linked - The linked sources, in order.
 * @csspart search - The search form.
 * @csspart results - What the search found.
 * @csspart status - The live region announcing results, moves and outcomes.
 */
export class SipModerationRecommendationSources extends SipRecommendationsElement {
  static override styles = [baseStyles, adminStyles, recommendationsStyles];

  /** The recommendation whose sources are linked. */
  @property({ attribute: false }) recommendation?: AdminRecommendationView;

  @state() private linked: Linked[] = [];
  @state() private query = '';
  @state() private kind: SourceKind | '' = '';
  @state() private results?: SourceView[];
  @state() private searching = false;
  @state() private sending = false;
  /** Positions the API said do not exist or are not public. */
  @state() private missing: readonly number[] = [];
  @state() private queryError = false;
  @state() private announcement?: Message;
  @state() private alert?: Message;

  private get keptKey(): string {
    return `sources:${this.recommendation?.slug ?? ''}`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('recommendation') && changed.get('recommendation')?.slug !== this.recommendation?.slug) {
      const item = this.recommendation;
      this.linked =
        keptText.get<Linked[]>(this.keptKey) ?? (item ? withViews(item.linkedSources, item.sources) : []);
      this.missing = [];
      this.results = undefined;
    }
  }

  override render() {
    const { t, w } = this;
    const s = w.sources;
    return html`
      <section class="stack" aria-labelledby="sources-edit-heading">
        <h3 id="sources-edit-heading" tabindex="-1">${w.actions.sources}</h3>
        <p part="status" class="status" role="status">${this.announcement?.(t, w) ?? nothing}</p>
        <p class="error" role="alert">${this.alert?.(t, w) ?? nothing}</p>
        ${this.renderLinked(w)} ${this.renderSearch(t, w)}
        <div class="row">
          <button type="button" class="primary" id="save-sources" aria-disabled=${this.sending ? 'true' : 'false'} @click=${this.save}>
            ${this.sending ? t.sending : s.save}
          </button>
          <slot name="actions"></slot>
          ${this.dirty ? html`<span class="muted">${s.unsaved}</span>` : nothing}
        </div>
      </section>
    `;
  }

  private renderLinked(w: RecommendationsTranslation): TemplateResult {
    const s = w.sources;
    if (this.linked.length === 0) return html`<p part="linked" class="muted">${s.none}</p>`;
    const last = this.linked.length - 1;
    return html`
      <ol part="linked" class="items" aria-label=${s.linkedLabel}>
        ${this.linked.map(({ ref, view }, index) => {
          const title = view ? sourceTitle(view, w.$code) : `${w.sourceKinds[ref.kind]} ${ref.ref}`;
          const missing = this.missing.includes(index);
          return html`
            <li data-source="${ref.kind}:${ref.ref}" ?data-invalid=${missing}>
              ${renderSource(ref, view, w)}
              ${missing ? html`<span class="error">${w.problems.source_not_found}</span>` : nothing}
              <span class="item-actions">
                <button type="button" class="secondary small" data-move="up" aria-label=${s.up(title)}
                  aria-disabled=${index === 0 ? 'true' : 'false'} @click=${() => this.move(index, -1)}>↑</button>
                <button type="button" class="secondary small" data-move="down" aria-label=${s.down(title)}
                  aria-disabled=${index === last ? 'true' : 'false'} @click=${() => this.move(index, 1)}>↓</button>
                <button type="button" class="secondary small" data-remove aria-label=${s.remove(title)}
                  @click=${() => this.unlink(index)}>✕</button>
              </span>
            </li>
          `;
        })}
      </ol>
    `;
  }

  private renderSearch(t: AdminTranslation, w: RecommendationsTranslation): TemplateResult {
    const s = w.sources;
    return html`
      <form part="search" class="stack" role="search" aria-labelledby="source-search-heading" novalidate @submit=${this.search}>
        <h4 id="source-search-heading">${s.searchHeading}</h4>
        <div class="fields">
          <label>
            ${s.queryLabel}
            <input
              id="source-query"
              type="search"
              autocomplete="off"
              maxlength="100"
              .value=${this.query}
              aria-invalid=${this.queryError ? 'true' : 'false'}
              aria-describedby="source-query-hint source-query-error"
              @input=${(event: Event) => {
                this.query = (event.target as HTMLInputElement).value;
                this.queryError = false;
              }}
            />
            <span id="source-query-hint" class="hint">${s.queryHint}</span>
            <span id="source-query-error" class="error">${this.queryError ? s.tooShort : nothing}</span>
          </label>
          <label>
            ${s.kindLabel}
            <select id="source-kind" @change=${(event: Event) => {
              this.kind = (event.target as HTMLSelectElement).value as SourceKind | '';
            }}>
              <option value="">${s.allKinds}</option>
              ${SOURCE_KINDS.map((kind) => html`<option value=${kind} ?selected=${kind === this.kind}>${w.sourceKinds[kind]}</option>`)}
            </select>
          </label>
        </div>
        <div><button type="submit" class="secondary" aria-disabled=${this.searching ? 'true' : 'false'}>
          ${this.searching ? t.loading : s.search}
        </button></div>
      </form>
      ${this.results ? this.renderResults(this.results, w) : nothing}
    `;
  }

  private renderResults(results: readonly SourceView[], w: RecommendationsTranslation): TemplateResult {
    const s = w.sources;
    if (results.length === 0) return html`<p part="results" class="muted">${s.noResults}</p>`;
    return html`
      <ul part="results" class="items" aria-label=${s.results(results.length)}>
        ${results.map((view) => {
          const added = this.linked.some((entry) => sameSource(entry.ref, view));
          const title = sourceTitle(view, w.$code);
          return html`
            <li data-result="${view.kind}:${view.ref}">
              ${renderSource(view, view, w)}
              <button
                type="button"
                class="secondary small"
                data-add
                aria-disabled=${added ? 'true' : 'false'}
                aria-label=${added ? s.alreadyAdded(title) : s.add(title)}
                @click=${() => this.add(view)}
              >${added ? s.added : s.addButton}</button>
            </li>
          `;
        })}
      </ul>
    `;
  }

  /** Whether the list differs from the sources as linked. */
  private get dirty(): boolean {
    const saved = this.recommendation?.linkedSources ?? [];
    return (
      saved.length !== this.linked.length ||
      saved.some((source, index) => !sameSource(source, this.linked[index].ref))
    );
  }

  private setLinked(linked: Linked[]): void {
    this.linked = linked;
    this.missing = [];
    keptText.set(this.keptKey, linked);
  }

  private async move(index: number, step: -1 | 1): Promise<void> {
    const target = index + step;
    if (target < 0 || target >= this.linked.length) return;
    const linked = [...this.linked];
    const [entry] = linked.splice(index, 1);
    linked.splice(target, 0, entry);
    this.setLinked(linked);
    const title = entry.view ? sourceTitle(entry.view, this.w.$code) : entry.ref.ref;
    this.announcement = (_t, w) => w.sources.moved(title, target + 1);
    await this.updateComplete;
    // The focus follows the source it moved.
    const item = this.renderRoot.querySelectorAll<HTMLElement>('[part="linked"] > li')[target];
    item?.querySelector<HTMLElement>(`[data-move="${step < 0 ? 'up' : 'down'}"]`)?.focus();
  }

  private async unlink(index: number): Promise<void> {
    const [entry] = this.linked.slice(index, index + 1);
    if (!entry) return;
    this.setLinked(this.linked.filter((_, position) => position !== index));
    const title = entry.view ? sourceTitle(entry.view, this.w.$code) : entry.ref.ref;
    this.announcement = (_t, w) => w.sources.removed(title);
    await this.updateComplete;
    // The next source's remove button, else the previous one's, else the search field.
    const items = this.renderRoot.querySelectorAll<HTMLElement>('[part="linked"] > li');
    const next = items[Math.min(index, items.length - 1)];
    (
      next?.querySelector<HTMLElement>('[data-remove]') ??
      this.renderRoot.querySelector<HTMLElement>('#source-query')
    )?.focus();
  }

  private add(view: SourceView): void {
    if (this.linked.some((entry) => sameSource(entry.ref, view))) return;
    if (this.linked.length >= MAX_SOURCES) {
      this.announcement = (_t, w) => w.sources.full(MAX_SOURCES);
      return;
    }
    this.setLinked([...this.linked, { ref: { kind: view.kind, ref: view.ref }, view }]);
    const title = sourceTitle(view, this.w.$code);
    this.announcement = (_t, w) => w.sources.addedToList(title);
  }

  private async search(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.searching) return;
    const q = this.query.trim();
    if (q.length < MIN_QUERY) {
      this.queryError = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#source-query')?.focus();
      return;
    }
    this.searching = true;
    this.alert = undefined;
    try {
      const results = await searchSources(this.adminClient, { q, ...(this.kind && { kind: this.kind }) });
      this.results = results;
      this.announcement = (_t, w) =>
        results.length ? w.sources.results(results.length) : w.sources.noResults;
    } catch (error) {
      this.report(error);
    } finally {
      this.searching = false;
    }
  }

  private readonly save = async (): Promise<void> => {
    const item = this.recommendation;
    if (this.sending || !item) return;
    const sources = this.linked.map(({ ref }) => ({ kind: ref.kind, ref: ref.ref }));
    this.sending = true;
    this.alert = undefined;
    this.announcement = undefined;
    try {
      const saved = await saveSources(this.adminClient, item.slug, sources);
      keptText.delete(this.keptKey);
      this.emit('sip-recommendation-save', { action: 'sources', recommendation: saved });
    } catch (error) {
      const failure = this.report(error);
      if (failure.code === 'source_not_found') {
        this.missing = failure.issues
          .map((issue) => /^sources\.(\d+)$/.exec(issue.path)?.[1])
          .filter((index): index is string => index !== undefined)
          .map(Number);
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('[data-invalid] [data-remove]')?.focus();
      }
    } finally {
      this.sending = false;
    }
  };

  private report(error: unknown) {
    const failure = this.emitError(error);
    this.alert = () => this.message(failure.code);
    return failure;
  }
}
