import { Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { PublicationEdition } from '../../schema/publications.ts';
import type { TerritoryView } from '../../schema/territories.ts';
import { localize } from '../../schema/vocabulary.ts';
import { asApiError } from '../internal/api.ts';
import { resolveApiBase } from '../internal/config.ts';
import { SipElement } from '../internal/sip-element.ts';
import { baseStyles } from '../internal/styles.ts';
import { errorMessage } from '../translations/dictionaries.ts';
import { formatDate } from '../translations/format.ts';
import { editionLinks, loadTerritories, readEdition, readIndex } from './publication.api.ts';
import type { SipPublicationEventMap } from './publication.events.ts';
import { type RenderContext, renderTheme, themeId } from './publication.render.ts';
import { publicationStyles } from './publication.styles.ts';
import { publicationDictionaries } from './translations/dictionaries.ts';
import type { PublicationTranslation } from './translations/translation.ts';

/** A whole number attribute, or undefined when absent or not one. */
const wholeNumber = (value: number | undefined) =>
  value !== undefined && Number.isInteger(value) && value > 0 ? value : undefined;

/**
 * @summary The annual publication on a host page: for each theme, what was asked, what participants said, what is recommended and what the board answered, as an admin froze it.
 * @tagname sip-publication
 *
 * @slot header - Content above the publication, e.g. an introduction.
 * @slot footer - Content below it.
 *
 * @event {CustomEvent<SipPublicationLoadDetail>} sip-load - The edition was loaded; `detail.edition` is the PublicationEdition (null when no year has been published yet, without `year`).
 * @event {CustomEvent<SipNavigateDetail>} sip-navigate - The visitor went to a theme from the contents; `detail.theme` is its slug.
 * @event {CustomEvent<SipErrorDetail>} sip-error - Loading failed; `detail.status` (0 when unreachable) and `detail.code` (`edition_not_found` for an edition never published).
 *
 * @csspart base - The publication's container.
 * @csspart header - Title, edition and links.
 * @csspart links - The links to the printable page, the JSON and the CSV.
 * @csspart toc - The table of contents.
 * @csspart theme - One theme's section.
 * @csspart poll - One poll of a theme, with its results.
 * @csspart figures - A theme's figures (events, attendees, contributions).
 * @csspart quote - One quote the editor picked.
 * @csspart recommendation - One recommendation, with its status and supports.
 * @csspart answer - The board's answer to a recommendation and what became of it.
 * @csspart timeline - The disclosure with a recommendation's history.
 * @csspart error - The alert with the loading error.
 *
 * @cssproperty --sip-publication-padding - Space inside the container. Defaults to `--sip-space` (1rem).
 * @cssproperty --sip-publication-heading-color - Color of the headings. Defaults to `--sip-text`.
 * @cssproperty --sip-publication-rule-color - The line under each part's heading. Defaults to `--sip-accent`.
 * @cssproperty --sip-publication-card-background - Background of polls, recommendations and answers. Defaults to `--sip-surface`.
 */
export class SipPublication extends SipElement<PublicationTranslation, SipPublicationEventMap> {
  static override styles = [baseStyles, publicationStyles];

  /** The year of the publication, e.g. `2026`; the latest year published when absent. */
  @property({ type: Number, reflect: true }) year?: number;

  /** The edition of the year (1, 2…); the year's latest when absent. */
  @property({ type: Number, reflect: true }) edition?: number;

  private territories: TerritoryView[] = [];

  private readonly loader = new Task(this, {
    args: () => [resolveApiBase(this), wholeNumber(this.year), wholeNumber(this.edition)] as const,
    task: async ([base, year, edition], { signal }) => {
      // Names of territories are a nicety: without them the figures show the codes.
      const territories = loadTerritories(base).catch(() => []);
      let chosen = year;
      if (chosen === undefined) {
        const { editions } = await readIndex(base, signal);
        // Nothing published yet: said so, not an error.
        if (editions.length === 0) return null;
        chosen = editions[0].year;
      }
      const [found, names] = await Promise.all([readEdition(base, chosen, edition, signal), territories]);
      this.territories = names;
      return found;
    },
    onComplete: (edition) => this.emit('sip-load', { edition }),
    onError: (error) => this.emitError(error),
  });

  constructor() {
    super(publicationDictionaries);
  }

  override render() {
    const t = this.t;
    const content = this.loader.render({
      initial: () => html`<p role="status">${t.loading}</p>`,
      pending: () => html`<p role="status">${t.loading}</p>`,
      complete: (edition) =>
        edition ? this.renderEdition(edition) : html`<p class="muted">${t.nothingPublished}</p>`,
      error: (error) => html`
        <p part="error" role="alert">${errorMessage(t, asApiError(error).code)}</p>
        ${
          asApiError(error).code === 'edition_not_found'
            ? nothing
            : html`<div><button class="secondary" type="button" @click=${() => this.loader.run()}>${t.retry}</button></div>`
        }
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

  private renderEdition(edition: PublicationEdition): TemplateResult {
    const t = this.t;
    const lang = t.$code;
    const links = editionLinks(resolveApiBase(this), edition.year, edition.edition, lang);
    const context: RenderContext = {
      t,
      lang,
      territory: (code) => {
        const found = this.territories.find((territory) => territory.code === code);
        return found ? localize(found.name, lang) : code;
      },
    };
    return html`
      <header part="header">
        <h2>${t.title(edition.year)}</h2>
        <p class="muted">${t.edition(edition.edition, formatDate(lang, edition.publishedAt))}</p>
        <ul part="links" aria-label=${t.linksLabel}>
          <li><a href=${links.page.href} target="_blank" rel="noopener">${t.printable}</a></li>
          <li><a href=${links.json.href} type="application/json">${t.json}</a></li>
          <li><a href=${links.csv.href} type="text/csv" download>${t.csv}</a></li>
        </ul>
      </header>
      <nav part="toc" aria-labelledby="contents">
        <h3 id="contents">${t.contents}</h3>
        <ol>
          ${edition.themes.map(
            ({ theme, recommended }) => html`<li>
              <a href="#${themeId(theme.slug)}" @click=${(event: Event) => this.goTo(event, theme.slug)}>${localize(theme.title, lang)}</a>
              <span class="muted">(${t.recommendationCount(recommended.length)})</span>
            </li>`,
          )}
        </ol>
      </nav>
      ${edition.themes.map((theme) => renderTheme(context, theme))}
    `;
  }

  /** A fragment cannot point into a shadow root: the contents move focus (and the view) to the theme themselves. */
  private goTo(event: Event, slug: string): void {
    event.preventDefault();
    const heading = this.renderRoot.querySelector<HTMLElement>(`#${themeId(slug)}-title`);
    if (!heading) return;
    heading.focus({ preventScroll: true });
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    heading.scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
    this.emit('sip-navigate', { theme: slug });
  }
}
