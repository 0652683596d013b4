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
import { type EmbedConfig, type EmbedModel, embedModel, problemsOf, snippetText } from './snippet.ts';
import { type EmbedTranslation, embedDictionaries } from './translations/dictionaries.ts';
import { type ItemSource, RADIUS, WIDGETS, type WidgetTag, widgetEntry } from './widgets.ts';

const LANGUAGE_KEY = 'sip-embed-language';
/**
 * How long the preview waits for a pause in typing: each slug or URL typed
 * one key at a time would otherwise make the live widget ask for every
 * prefix (\`o\`, \`ou\`, \`out\`, …), each a request and most a 404.
 */
export const TYPING_PAUSE_MS = 400;
const NAMES: Record<Language, string> = { fr: 'Français', nl: 'Nederlands', en: 'English' };

/** The item lists the widget's options name, each loaded or failed. */
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
 * @event {CustomEvent<SipErrorDetail>} sip-error - A list of items (polls, themes) could not be loaded; `detail.status` (0 when unreachable) and `detail.code`.
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
   * A pinned release of the bundle (its immutable URL and integrity hash):
   * the snippet may then load it instead of the moving `sip.js`. Loaded from
   * the kit when it publishes them (see `loadPinnedRelease`).
   */
  @property({ attribute: false }) pinned?: PinnedRelease;

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
  private model!: EmbedModel;
  private snippet = '';
  /** The live widget: one element kept while the tag stays, its attributes and properties kept in step with the model. */
  private preview?: HTMLElement;
  private previewAttributes = new Set<string>();
  private previewProperties = new Set<string>();
  /** While the web team types, the preview waits until this time (ms since the epoch). */
  private previewDue = 0;
  private previewTimer?: ReturnType<typeof setTimeout>;
  /** Settles once the preview shows the current model; `settlePreview` settles it. */
  private previewSynced: Promise<void> = Promise.resolve();
  private settlePreview?: () => void;

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
    await this.items.taskComplete;
    await this.previewSynced;
    return super.getUpdateComplete();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.previewTimer);
    this.settlePreview?.();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const stored = localStorage.getItem(LANGUAGE_KEY);
    if (!this.hasAttribute('lang') && stored && (LANGUAGES as readonly string[]).includes(stored))
      this.lang = stored;
    // The widget speaks the web team's language until they choose another.
    this.config = { ...this.config, lang: resolveLanguage(this) };
    if (!this.pinned)
      void loadPinnedRelease(resolveApiBase(this)).then((release) => {
        this.pinned ??= release;
      });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.model = embedModel(this.config);
    const script =
      this.release === 'pinned' && this.pinned ? this.pinned : movingScript(resolveApiBase(this));
    const snippet = snippetText(this.model, script);
    // A confirmation is about the text copied: a new text is not copied yet.
    if (snippet !== this.snippet) this.copied = undefined;
    this.snippet = snippet;
    this.schedulePreview();
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
              <div class="stage" ?inert=${!this.tryIt}>${this.preview ?? nothing}</div>
            </section>
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
    for (const option of widgetEntry(this.config.widget)?.options ?? []) {
      if (option.kind !== 'item' || !option.required || values[option.attribute]) continue;
      const first = lists[option.source]?.items?.[0];
      if (first) values[option.attribute] = first.slug;
    }
    this.config = { ...this.config, values };
  }

  private change(change: Partial<EmbedConfig>, typing = false): void {
    this.previewDue = typing ? Date.now() + TYPING_PAUSE_MS : 0;
    this.config = { ...this.config, ...change };
  }

  /** The preview follows the model at once, or after a pause in typing. */
  private schedulePreview(): void {
    clearTimeout(this.previewTimer);
    const wait = this.previewDue - Date.now();
    if (wait <= 0) {
      this.syncPreview(this.model);
      this.settlePreview?.();
      this.settlePreview = undefined;
      return;
    }
    if (!this.settlePreview)
      this.previewSynced = new Promise((resolve) => {
        this.settlePreview = resolve;
      });
    this.previewTimer = setTimeout(() => {
      this.previewDue = 0;
      this.requestUpdate();
    }, wait);
  }

  private typeSlug(attribute: string, typing: boolean): void {
    const typed = new Set(this.typed);
    if (typing) typed.add(attribute);
    else typed.delete(attribute);
    this.typed = typed;
  }

  /**
   * Keeps the live widget in step with the model, but for the token-url: the
   * preview is an anonymous visitor (the host site's token-url answers on the
   * host site only).
   */
  private syncPreview(model: EmbedModel): void {
    if (this.preview?.localName !== model.tag) {
      this.preview = document.createElement(model.tag);
      this.previewAttributes = new Set();
      this.previewProperties = new Set();
    }
    const element = this.preview;
    const attributes = new Map(model.attributes.filter(([name]) => name !== 'token-url'));
    // A configurator pointed at another kit shows that kit's items: so does its preview.
    if (this.api) attributes.set('api', this.api);
    for (const name of this.previewAttributes) if (!attributes.has(name)) element.removeAttribute(name);
    for (const [name, value] of attributes)
      if (element.getAttribute(name) !== value) element.setAttribute(name, value);
    this.previewAttributes = new Set(attributes.keys());
    const properties = new Map(model.properties);
    for (const name of this.previewProperties) if (!properties.has(name)) element.style.removeProperty(name);
    for (const [name, value] of properties) element.style.setProperty(name, value);
    this.previewProperties = new Set(properties.keys());
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
