import { Task } from '@lit/task';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ContributionView } from '../../../schema/contributions.ts';
import type {
  PublicationEdition,
  PublicationPreview,
  QuoteCandidates,
  QuotePick,
} from '../../../schema/publications.ts';
import { localize } from '../../../schema/vocabulary.ts';
import type { ApiError } from '../../internal/api.ts';
import { resolveApiBase } from '../../internal/config.ts';
import type { SipErrorEventMap } from '../../internal/events.ts';
import { SipElement } from '../../internal/sip-element.ts';
import { baseStyles } from '../../internal/styles.ts';
import { formatDate } from '../../translations/format.ts';
import { AdminClient } from '../admin.api.ts';
import { adminStyles } from '../admin.styles.ts';
import type { Named } from '../model.ts';
import { publicationAdminStyles } from './publication-admin.styles.ts';
import {
  errorMessage,
  type PublicationAdminTranslation,
  publicationAdminDictionaries,
} from './translations/dictionaries.ts';

type Message = (t: PublicationAdminTranslation) => string;
/** A pick as edited: the excerpt as typed ('' for the whole text). */
interface Pick {
  theme: string;
  contribution: string;
  excerpt: string;
}
/** What the view knows of a picked contribution, to show it. */
interface Quoted {
  text: string;
  author: string | null;
  quotable: boolean;
}

export interface SipPublishDetail {
  edition: PublicationEdition;
}

export interface SipPublicationAdminEventMap extends SipErrorEventMap {
  'sip-publish': CustomEvent<SipPublishDetail>;
}

declare module '../../internal/events.ts' {
  interface SipEventMap {
    'sip-publish': CustomEvent<SipPublishDetail>;
  }
}

const thisYear = () => new Date().getFullYear();

/**
 * @summary The annual publication on the moderation page: a year's live preview, the quotes picked per theme (found among the published contributions), the editions published, and publishing a new one (admins).
 * @tagname sip-moderation-publication
 *
 * @event {CustomEvent<SipPublishDetail>} sip-publish - An edition was published; `detail.edition` is the PublicationEdition as stored.
 * @event {CustomEvent<SipErrorDetail>} sip-error - A request failed; `detail.status` (0 when unreachable) and `detail.code`.
 *
 * @csspart editions - The list of the year's editions.
 * @csspart publish - The publishing button and its confirmation.
 * @csspart theme - One theme of the preview, with its quotes.
 * @csspart pick - One picked quote.
 * @csspart search - A theme's search for contributions to quote.
 * @csspart status - The live region announcing what was saved or published.
 */
export class SipModerationPublication extends SipElement<
  PublicationAdminTranslation,
  SipPublicationAdminEventMap
> {
  static override styles = [baseStyles, adminStyles, publicationAdminStyles];
  // Declared rather than decorated, as in SipModerationElement.
  static override properties: PropertyDeclarations = { client: { attribute: false } };

  /** The admin API client the moderation page gives its views; without one, the element makes one for its `api`. */
  client?: AdminClient;
  /** Themes, for their titles (the page's list). */
  @property({ attribute: false }) themes: readonly Named[] = [];
  /** Offers publishing (admins only: the API refuses it to editors). */
  @property({ type: Boolean, attribute: 'can-publish' }) canPublish = false;
  /** The year shown; this year by default. */
  @property({ type: Number }) year = thisYear();

  @state() private picks: Pick[] = [];
  @state() private dirty = false;
  @state() private saving = false;
  @state() private confirming = false;
  @state() private publishing = false;
  @state() private searches: Record<string, { words: string; found?: ContributionView[] }> = {};
  @state() private announcement?: Message;
  @state() private alert?: Message;
  /** The pick an error names (`quotes.3.excerpt`), to mark it. */
  @state() private invalidPick?: number;
  /** Contributions found by a search this session, to show picks not yet saved. */
  private readonly known = new Map<string, ContributionView>();
  private ownClient?: AdminClient;

  private readonly loader = new Task(this, {
    args: () => [this.adminClient, this.year] as const,
    task: ([client, year], { signal }) =>
      client.call<PublicationPreview>(['publications', String(year), 'preview'], { signal }),
    onComplete: (preview) => {
      this.picks = preview.picks.map((pick) => ({ ...pick, excerpt: pick.excerpt ?? '' }));
      this.dirty = false;
      this.invalidPick = undefined;
    },
    onError: (error) => this.fail(error),
  });

  constructor() {
    super(publicationAdminDictionaries);
  }

  private get adminClient(): AdminClient {
    if (this.client) return this.client;
    const base = resolveApiBase(this);
    if (this.ownClient?.apiBase !== base) this.ownClient = new AdminClient(base);
    return this.ownClient;
  }

  /** Moves focus to the view's heading, as the page does for each view it opens. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    const t = this.t;
    return html`
      <section class="stack" aria-labelledby="publication-heading">
        <h2 id="publication-heading" tabindex="-1">${t.heading}</h2>
        <p>${t.intro}</p>
        <form class="row" @submit=${this.chooseYear}>
          <label>${t.yearLabel}
            <input name="year" type="number" min="2020" max="2100" step="1" required .value=${String(this.year)} />
          </label>
          <button type="submit" class="secondary">${t.show}</button>
        </form>
        <p part="status" class="muted" role="status">${this.announcement?.(t) ?? nothing}</p>
        <p class="error" role="alert">${this.alert?.(t) ?? nothing}</p>
        ${this.loader.render({
          pending: () => html`<p class="muted">${t.loading}</p>`,
          complete: (preview) => this.renderYear(t, preview),
          error: () =>
            html`<div><button type="button" class="secondary" @click=${() => this.loader.run()}>${t.retry}</button></div>`,
        })}
      </section>
    `;
  }

  private renderYear(t: PublicationAdminTranslation, preview: PublicationPreview): TemplateResult {
    const lang = t.$code;
    const next = (preview.editions[0]?.edition ?? 0) + 1;
    const page = (edition: number) =>
      new URL(`../../publication/${preview.year}/${edition}?lang=${lang}`, this.adminClient.apiBase).href;
    const data = (suffix: string, edition: number) =>
      new URL(`publications/${preview.year}${suffix}?edition=${edition}`, this.adminClient.apiBase).href;
    return html`
      <h3>${t.editions(preview.year)}</h3>
      ${
        preview.editions.length === 0
          ? html`<p class="muted">${t.noEditions}</p>`
          : html`<ul part="editions" class="editions">${preview.editions.map(
              (entry) => html`<li>
                ${t.edition(entry.edition, formatDate(lang, entry.publishedAt), entry.publishedBy)} —
                <a href=${page(entry.edition)} target="_blank" rel="noopener">${t.printable}</a> ·
                <a href=${data('', entry.edition)} type="application/json">${t.json}</a> ·
                <a href=${data('.csv', entry.edition)} type="text/csv">${t.csv}</a>
              </li>`,
            )}</ul>`
      }
      ${this.canPublish ? this.renderPublish(t, preview.year, next) : nothing}

      <h3>${t.previewHeading(preview.year)}</h3>
      <p class="muted">${t.previewHint}</p>
      ${this.dirty ? html`<p class="unsaved">${t.unsaved}</p>` : nothing}
      ${preview.themes.map((theme) => this.renderTheme(t, preview, theme))}
      <div class="row">
        <button type="button" class="primary" aria-disabled=${this.saving ? 'true' : 'false'} @click=${this.save}>
          ${this.saving ? t.saving : t.save}
        </button>
      </div>
    `;
  }

  private renderPublish(t: PublicationAdminTranslation, year: number, next: number): TemplateResult {
    if (!this.confirming) {
      return html`<div part="publish" class="row">
        <button type="button" class="primary" @click=${() => this.askToPublish()}>${t.publish(next)}</button>
      </div>`;
    }
    return html`<div part="publish" class="confirm stack" role="group" aria-labelledby="confirm-publish">
      <h4 id="confirm-publish" tabindex="-1">${t.confirmPublish(year, next)}</h4>
      <p>${t.confirmHint}</p>
      ${this.dirty ? html`<p class="unsaved">${t.unsaved}</p>` : nothing}
      <div class="row">
        <button type="button" class="primary" aria-disabled=${this.publishing ? 'true' : 'false'} @click=${this.publish}>
          ${this.publishing ? t.publishing : t.publish(next)}
        </button>
        <button type="button" class="secondary" @click=${() => this.cancelPublish()}>${t.cancel}</button>
      </div>
    </div>`;
  }

  private renderTheme(
    t: PublicationAdminTranslation,
    preview: PublicationPreview,
    { theme, asked, said, recommended }: PublicationPreview['themes'][number],
  ): TemplateResult {
    const lang = t.$code;
    const title = localize(theme.title, lang);
    const picks = this.picks
      .map((pick, index) => ({ pick, index }))
      .filter(({ pick }) => pick.theme === theme.slug);
    const quoted = (reference: string): Quoted | undefined => {
      const inPreview = said.quotes.find((quote) => quote.contribution === reference);
      if (inPreview) {
        const found = this.known.get(reference);
        return { text: found?.text ?? inPreview.text, author: inPreview.author, quotable: true };
      }
      const found = this.known.get(reference);
      return found ? { text: found.text, author: found.author, quotable: true } : undefined;
    };
    const search = this.searches[theme.slug] ?? { words: '' };
    const id = `theme-${theme.slug}`;
    return html`
      <section part="theme" class="theme stack" aria-labelledby="${id}-title">
        <h4 id="${id}-title">${title}</h4>
        <p class="muted">${t.figures(asked.length, said.contributions.received, said.contributions.published, recommended.length)}</p>
        <h5>${t.quotesOf(title)}</h5>
        ${
          picks.length === 0
            ? html`<p class="muted">${t.noQuotes}</p>`
            : html`<ol class="picks">${picks.map(({ pick, index }, position) =>
                this.renderPick(t, pick, index, quoted(pick.contribution), position, picks.length),
              )}</ol>`
        }
        <form part="search" class="row" role="search" aria-label=${`${t.searchLabel} — ${title}`}
          @submit=${(event: SubmitEvent) => this.search(event, preview.year, theme.slug)}>
          <label>${t.searchLabel}
            <input name="words" type="search" maxlength="100" .value=${search.words} aria-describedby="${id}-hint" />
            <span id="${id}-hint" class="hint">${t.searchHint}</span>
          </label>
          <button type="submit" class="secondary">${t.search}</button>
        </form>
        ${search.found ? this.renderFound(t, theme.slug, search.found) : nothing}
      </section>
    `;
  }

  private renderPick(
    t: PublicationAdminTranslation,
    pick: Pick,
    index: number,
    quoted: Quoted | undefined,
    position: number,
    count: number,
  ): TemplateResult {
    const name = t.quoteName(pick.contribution);
    const invalid = this.invalidPick === index;
    return html`<li part="pick" class="pick stack" aria-invalid=${invalid ? 'true' : nothing}>
      <p><strong>${pick.contribution}</strong> — ${quoted ? (quoted.author ?? t.anonymous) : nothing}</p>
      ${quoted ? html`<blockquote>${quoted.text}</blockquote>` : html`<p class="error">${t.notQuotable}</p>`}
      <label>${t.excerptLabel}
        <textarea rows="2" maxlength="1000" .value=${pick.excerpt} aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby="pick-${index}-hint" placeholder=${t.wholeText}
          @input=${(event: Event) => this.editExcerpt(index, (event.target as HTMLTextAreaElement).value)}></textarea>
        <span id="pick-${index}-hint" class="hint">${t.excerptHint}</span>
      </label>
      <div class="row">
        <button type="button" class="secondary" aria-label="${t.moveUp} — ${name}" ?disabled=${position === 0}
          @click=${() => this.move(index, -1)}>${t.moveUp}</button>
        <button type="button" class="secondary" aria-label="${t.moveDown} — ${name}" ?disabled=${position === count - 1}
          @click=${() => this.move(index, 1)}>${t.moveDown}</button>
        <button type="button" class="secondary" aria-label="${t.remove} — ${name}" @click=${() => this.removePick(index)}>${t.remove}</button>
      </div>
    </li>`;
  }

  private renderFound(
    t: PublicationAdminTranslation,
    theme: string,
    found: ContributionView[],
  ): TemplateResult {
    const picked = new Set(
      this.picks.filter((pick) => pick.theme === theme).map((pick) => pick.contribution),
    );
    return html`
      <p class="muted" role="status">${t.results(found.length)}</p>
      <ul class="found">${found.map(
        (item) => html`<li class="stack">
          <p><strong>${item.title}</strong> — ${item.author ?? t.anonymous}, ${t.roles[item.role]} (${item.id})</p>
          <p class="excerpt">${item.text}</p>
          <div>${
            picked.has(item.id)
              ? html`<span class="muted">${t.added}</span>`
              : html`<button type="button" class="secondary" aria-label="${t.add} — ${item.title}"
                  @click=${() => this.add(theme, item)}>${t.add}</button>`
          }</div>
        </li>`,
      )}</ul>
    `;
  }

  private chooseYear(event: SubmitEvent): void {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('year') as HTMLInputElement;
    const year = Number(input.value);
    if (!input.checkValidity() || !Number.isInteger(year)) return void input.reportValidity();
    this.confirming = false;
    this.searches = {};
    this.announcement = undefined;
    this.alert = undefined;
    this.year = year;
  }

  private async search(event: SubmitEvent, year: number, theme: string): Promise<void> {
    event.preventDefault();
    const words = (
      (event.currentTarget as HTMLFormElement).elements.namedItem('words') as HTMLInputElement
    ).value.trim();
    try {
      const { contributions } = await this.adminClient.call<QuoteCandidates>(
        ['publications', String(year), 'contributions'],
        {
          query: { theme, q: words || undefined },
        },
      );
      for (const item of contributions) this.known.set(item.id, item);
      this.searches = { ...this.searches, [theme]: { words, found: contributions } };
    } catch (error) {
      this.fail(error);
    }
  }

  private add(theme: string, item: ContributionView): void {
    this.picks = [...this.picks, { theme, contribution: item.id, excerpt: '' }];
    this.changed();
  }

  private editExcerpt(index: number, excerpt: string): void {
    this.picks = this.picks.map((pick, at) => (at === index ? { ...pick, excerpt } : pick));
    this.changed();
  }

  /** Swaps a pick with its neighbour of the same theme (picks of other themes sit between them in the list). */
  private move(index: number, step: -1 | 1): void {
    const theme = this.picks[index].theme;
    const sameTheme = this.picks.flatMap((pick, at) => (pick.theme === theme ? [at] : []));
    const other = sameTheme[sameTheme.indexOf(index) + step];
    if (other === undefined) return;
    const picks = [...this.picks];
    [picks[index], picks[other]] = [picks[other], picks[index]];
    this.picks = picks;
    this.changed();
    // The focus follows the quote: on the same button while it can move on, else on the other one.
    const name = this.t.quoteName(picks[other].contribution);
    void this.updateComplete.then(() => {
      const button = (label: string) =>
        this.renderRoot.querySelector<HTMLButtonElement>(`button[aria-label="${label} — ${name}"]`);
      const same = button(step < 0 ? this.t.moveUp : this.t.moveDown);
      (same && !same.disabled ? same : button(step < 0 ? this.t.moveDown : this.t.moveUp))?.focus();
    });
  }

  private removePick(index: number): void {
    this.picks = this.picks.filter((_, at) => at !== index);
    this.changed();
    void this.updateComplete.then(() => this.focusHeading());
  }

  private changed(): void {
    this.dirty = true;
    this.invalidPick = undefined;
    this.announcement = undefined;
  }

  private async save(): Promise<void> {
    if (this.saving) return;
    this.saving = true;
    this.alert = undefined;
    const quotes: QuotePick[] = this.picks.map(({ theme, contribution, excerpt }) => ({
      theme,
      contribution,
      excerpt: excerpt.trim() || null,
    }));
    try {
      const preview = await this.adminClient.call<PublicationPreview>(
        ['publications', String(this.year), 'quotes'],
        {
          method: 'PUT',
          body: { quotes },
        },
      );
      this.loader.run();
      await this.loader.taskComplete.catch(() => undefined);
      this.announcement = (t) => t.saved(preview.picks.length);
    } catch (error) {
      const failure = this.fail(error);
      const path = failure.issues.find((issue) => issue.path.startsWith('quotes.'))?.path;
      this.invalidPick = path ? Number(path.split('.')[1]) : undefined;
    } finally {
      this.saving = false;
    }
  }

  private async askToPublish(): Promise<void> {
    this.confirming = true;
    this.announcement = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#confirm-publish')?.focus();
  }

  private async cancelPublish(): Promise<void> {
    this.confirming = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="publish"] button')?.focus();
  }

  private async publish(): Promise<void> {
    if (this.publishing) return;
    this.publishing = true;
    this.alert = undefined;
    try {
      const edition = await this.adminClient.call<PublicationEdition>(['publications', String(this.year)], {
        method: 'POST',
      });
      this.confirming = false;
      this.announcement = (t) => t.published(edition.edition);
      this.emit('sip-publish', { edition });
      this.loader.run();
      await this.loader.taskComplete.catch(() => undefined);
      this.focusHeading();
    } catch (error) {
      this.fail(error);
    } finally {
      this.publishing = false;
    }
  }

  private fail(error: unknown): ApiError {
    const failure = this.emitError(error);
    this.alert = (t) => errorMessage(t, failure.code);
    return failure;
  }
}
