import { Task } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LANGUAGES, type Language } from '../../schema/common.ts';
import { resolveApiBase } from '../internal/config.ts';
import { resolveLanguage } from '../internal/lang.ts';
import { SipElement } from '../internal/sip-element.ts';
import { baseStyles } from '../internal/styles.ts';
import {
  type Lists,
  renderAppearance,
  renderIdentity,
  renderSettings,
  renderSnippet,
  renderWidgetChoice,
  type ViewContext,
} from './configurator.render.ts';
import { configuratorStyles } from './configurator.styles.ts';
import {
  type EmbeddableItem,
  loadItems,
  loadPinnedRelease,
  movingScript,
  type PinnedRelease,
} from './embed.api.ts';
import type { SipEmbedEventMap } from './embed.events.ts';
import { PreviewController } from './preview-controller.ts';
import { type EmbedConfig, embedModel, problemsOf, snippetText } from './snippet.ts';
import { type EmbedTranslation, embedDictionaries } from './translations/dictionaries.ts';
import { type ItemSource, RADIUS, WIDGETS, type WidgetTag, widgetEntry } from './widgets.ts';

const LANGUAGE_KEY = 'sip-embed-language';
const NAMES: Record<Language, string> = { fr: 'Français', nl: 'Nederlands', en: 'English' };

/** The lists a widget's items are picked from (polls, themes). */
function sourcesOf(tag: WidgetTag): ItemSource[] {
  return (widgetEntry(tag)?.options ?? []).flatMap((option) =>
    option.kind === 'item' ? [option.source] : [],
  );
}

/**
 * @summary The configurator: a web team picks a widget, its item, language, identity mode, colours and radius, sees the live widget, and copies the snippet to paste.
 * @tagname sip-embed-configurator
 *
 * @attr lang - Standard HTML attribute; inherited from ancestors and `<html lang>` when absent (fr, nl or en). The page's language picker sets it.
 *
 * @event {CustomEvent<SipCopyDetail>} sip-copy - The snippet was copied to the clipboard; `detail.widget` (its tag) and `detail.snippet` (the text).
 * @event {CustomEvent<SipErrorDetail>} sip-error - A list of items (polls, themes), or the manifest of pinned releases, could not be loaded; `detail.status` (0 when unreachable) and `detail.code`.
 *
 * @csspart header - The banner: title and the page's language.
 * @csspart main - The page below the banner: the choices, the preview and the snippet.
 * @csspart options - The form of choices: widget, settings, identity, appearance.
 * @csspart preview - The live widget, as the snippet makes it.
 * @csspart snippet - The code to paste, its copy button and confirmation.
 * @csspart code - The snippet's text (selectable).
 * @csspart copy - The copy button.
 *
 * @cssproperty --sip-embed-max-width - Widest the page grows. Defaults to `80rem`.
 */
export class SipEmbedConfigurator extends SipElement<EmbedTranslation, SipEmbedEventMap> {
  static override styles = [baseStyles, configuratorStyles];

  /**
   * The kit's manifest of pinned releases (`/versions.json`); with it, the
   * snippet may load the latest version at its immutable URL with its
   * integrity hash, rather than the moving `sip.js`.
   */
  @property({ attribute: 'versions-url' }) versionsUrl?: string;

  /** The latest pinned release, once its manifest was read. */
  @state() private pinned?: PinnedRelease;

  @state() private config: EmbedConfig = {
    widget: WIDGETS[0].tag,
    values: {},
    lang: 'fr',
    tokenMode: 'none',
    tokenUrl: '',
    colors: {},
    radius: RADIUS.default,
  };
  /** Item options whose slug is typed rather than picked. */
  @state() private typed: ReadonlySet<string> = new Set();
  @state() private tryIt = false;
  @state() private release: 'moving' | 'pinned' = 'moving';
  @state() private copied?: 'done' | 'failed';

  /** The item lists asked for, by API base and source; a failed one is forgotten, so a retry asks again. */
  private readonly lists = new Map<string, Promise<EmbeddableItem[]>>();
  private snippet = '';
  private readonly preview = new PreviewController(this);

  private readonly releases = new Task(this, {
    args: () => [this.versionsUrl] as const,
    task: ([url]) => (url ? loadPinnedRelease(url) : undefined),
    onComplete: (release) => {
      this.pinned = release;
    },
    // Without a manifest the snippet still loads the moving bundle, which is never wrong.
    onError: (error) => {
      this.pinned = undefined;
      this.emitError(error);
    },
  });

  private readonly items = new Task(this, {
    args: () => [resolveApiBase(this), this.config.widget] as const,
    task: async ([base, tag]): Promise<Lists> => {
      const loaded = await Promise.all(
        sourcesOf(tag).map(async (source) => {
          try {
            return [source, { items: await this.list(base, source) }] as const;
          } catch (error) {
            return [source, { error: this.emitError(error) }] as const;
          }
        }),
      );
      return Object.fromEntries(loaded);
    },
    onComplete: (lists) => this.pickFirstItems(lists),
  });

  constructor() {
    super(embedDictionaries);
  }

  /** Also waits for the item lists, and for the preview to follow a value being typed. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await Promise.all([this.items.taskComplete, this.releases.taskComplete.catch(() => undefined)]);
    await this.preview.synced;
    return super.getUpdateComplete();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const stored = localStorage.getItem(LANGUAGE_KEY);
    if (!this.hasAttribute('lang') && stored && (LANGUAGES as readonly string[]).includes(stored))
      this.lang = stored;
    // The widget speaks the web team's language until they choose another.
    this.config = { ...this.config, lang: resolveLanguage(this) };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const model = embedModel(this.config);
    const script =
      this.release === 'pinned' && this.pinned ? this.pinned : movingScript(resolveApiBase(this));
    const snippet = snippetText(model, script);
    // A confirmation is about the text copied: a new text is not copied yet.
    if (snippet !== this.snippet) this.copied = undefined;
    this.snippet = snippet;
    // A configurator pointed at another kit shows that kit's items: so does its preview.
    this.preview.show(model, this.api ? { api: this.api } : {});
  }

  override render() {
    const t = this.t;
    const c: ViewContext = {
      t,
      config: this.config,
      problems: problemsOf(this.config),
      typed: this.typed,
      lists: this.items.value,
      set: (change, typing) => this.change(change, typing),
      type: (attribute, typing) => this.typeSlug(attribute, typing),
      retry: () => this.retryLists(),
    };
    return html`
      <header part="header" class="header">
        <h1>${t.title}</h1>
        <label class="language">
          ${t.languageLabel}
          <select @change=${this.chooseLanguage}>
            ${LANGUAGES.map(
              (code) =>
                html`<option value=${code} lang=${code} ?selected=${code === this.language.language}>${NAMES[code]}</option>`,
            )}
          </select>
        </label>
      </header>
      <main part="main" class="page">
        <p class="intro">${t.intro}</p>
        <div class="layout">
          <form part="options" class="options" novalidate @submit=${(event: Event) => event.preventDefault()}>
            ${renderWidgetChoice(c)} ${renderSettings(c, NAMES)} ${renderIdentity(c)} ${renderAppearance(c)}
          </form>
          <div class="outcome">
            ${renderSnippet(c, {
              snippet: this.snippet,
              copied: this.copied,
              pinned: this.pinned,
              release: this.release,
              chooseRelease: (release) => {
                this.release = release;
              },
              copy: () => this.copy(),
            })}
            <section part="preview" class="preview" aria-labelledby="preview-heading">
              <h2 id="preview-heading">${t.preview.heading}</h2>
              <p class="muted">${t.preview.hint}</p>
              <label class="check">
                <input type="checkbox" .checked=${this.tryIt} aria-describedby="try-hint"
                  @change=${(event: Event) => {
                    this.tryIt = (event.target as HTMLInputElement).checked;
                  }} />
                ${t.preview.tryIt.label}
              </label>
              <p id="try-hint" class="muted">${t.preview.tryIt.hint}</p>
              <div class="stage" ?inert=${!this.tryIt}>${this.preview.element ?? nothing}</div>
            </section>
          </div>
        </div>
      </main>
    `;
  }

  private list(base: string, source: ItemSource): Promise<EmbeddableItem[]> {
    const key = `${base} ${source}`;
    let pending = this.lists.get(key);
    if (!pending) {
      pending = loadItems(source, base);
      this.lists.set(key, pending);
      pending.catch(() => this.lists.delete(key));
    }
    return pending;
  }

  private retryLists(): void {
    void this.items.run();
  }

  /** A poll must be named: the first of the list, until the web team picks another. */
  private pickFirstItems(lists: Lists): void {
    const values = { ...this.config.values };
    let picked = false;
    for (const option of widgetEntry(this.config.widget)?.options ?? []) {
      if (option.kind !== 'item' || !option.required || values[option.attribute]) continue;
      const first = lists[option.source]?.items?.[0];
      if (first) {
        values[option.attribute] = first.slug;
        picked = true;
      }
    }
    if (picked) this.config = { ...this.config, values };
  }

  private change(change: Partial<EmbedConfig>, typing = false): void {
    if (typing) this.preview.typed();
    else this.preview.chosen();
    this.config = { ...this.config, ...change };
  }

  private typeSlug(attribute: string, typing: boolean): void {
    const typed = new Set(this.typed);
    if (typing) typed.add(attribute);
    else typed.delete(attribute);
    this.typed = typed;
  }

  private async copy(): Promise<void> {
    const snippet = this.snippet;
    try {
      await navigator.clipboard.writeText(snippet);
      this.copied = 'done';
      this.emit('sip-copy', { widget: this.config.widget, snippet });
    } catch {
      // No clipboard (an insecure context, a refusal): the text is selected for the web team to copy.
      this.copied = 'failed';
      const code = this.renderRoot.querySelector('[part~="code"]');
      if (code) getSelection()?.selectAllChildren(code);
    }
  }

  private chooseLanguage(event: Event): void {
    const language = (event.target as HTMLSelectElement).value;
    this.lang = language;
    localStorage.setItem(LANGUAGE_KEY, language);
  }
}
