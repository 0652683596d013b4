/**
 * The configurator's groups of choices and its snippet, as pure render
 * functions of the configuration: each control is drawn from the catalog
 * (widgets.ts), so a new widget or attribute needs no new markup.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { LANGUAGES, type Language } from '../../schema/common.ts';
import { localize } from '../../schema/vocabulary.ts';
import type { ApiError } from '../internal/api.ts';
import type { EmbeddableItem, PinnedRelease } from './embed.api.ts';
import { contrastRatio, type EmbedConfig, type Problem, type Problems, TOKEN_URL_FIELD } from './snippet.ts';
import { type EmbedTranslation, errorReason } from './translations/dictionaries.ts';
import type { FieldWords, OptionalItemWords } from './translations/translation.ts';
import {
  COLOR_TOKENS,
  CONTRAST_PAIRS,
  type ColorToken,
  type ItemOption,
  type ItemSource,
  RADIUS,
  TOKEN_MODES,
  WIDGETS,
  type WidgetOption,
  type WidgetTag,
  widgetEntry,
} from './widgets.ts';

/** An item list, loaded or failed. */
export interface ListResult {
  items?: EmbeddableItem[];
  error?: ApiError;
}
export type Lists = Partial<Record<ItemSource, ListResult>>;

export interface ViewContext {
  t: EmbedTranslation;
  config: EmbedConfig;
  problems: Problems;
  /** Item options whose slug is typed rather than picked. */
  typed: ReadonlySet<string>;
  /** The lists of the widget's items, once loaded (the previous ones while the next load). */
  lists: Lists | undefined;
  /** `typing`: the change comes from a text field, one key at a time (the preview waits for a pause). */
  set(change: Partial<EmbedConfig>, typing?: boolean): void;
  type(attribute: string, typing: boolean): void;
  retry(): void;
}

/** The choice in an item list that reveals the slug field. */
const OTHER = '\u0000other';

function wordsOf(
  t: EmbedTranslation,
  tag: WidgetTag,
  attribute: string,
): FieldWords & Partial<OptionalItemWords> {
  return (t.widgets[tag].options as Record<string, FieldWords & Partial<OptionalItemWords>>)[attribute];
}

function problemText(
  t: EmbedTranslation,
  problem: Problem | undefined,
  option?: WidgetOption,
): string | undefined {
  if (!problem) return undefined;
  if (problem !== 'range') return t.problems[problem];
  return option?.kind === 'number' ? t.problems.range(option.min, option.max) : undefined;
}

/** The hint and error under a control, which it names in `aria-describedby`. */
function notes(id: string, hint: string, error: string | undefined): TemplateResult {
  return html`<p id="${id}-hint" class="hint">${hint}</p>
    <p id="${id}-error" class="error">${error ?? nothing}</p>`;
}

function setValue(c: ViewContext, attribute: string, value: string, typing = false): void {
  c.set({ values: { ...c.config.values, [attribute]: value } }, typing);
}

const inputValue = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

export function renderWidgetChoice(c: ViewContext): TemplateResult {
  const { t, config } = c;
  return html`
    <fieldset class="group">
      <legend>${t.widgetLegend}</legend>
      ${WIDGETS.map(
        ({ tag }) => html`
          <div class="choice">
            <label>
              <input type="radio" name="widget" value=${tag} .checked=${config.widget === tag}
                aria-describedby="widget-${tag}-hint" @change=${() => c.set({ widget: tag })} />
              ${t.widgets[tag].name}
            </label>
            <p id="widget-${tag}-hint" class="hint"><code>&lt;${tag}&gt;</code> ${t.widgets[tag].summary}</p>
          </div>
        `,
      )}
    </fieldset>
  `;
}

export function renderSettings(c: ViewContext, names: Record<Language, string>): TemplateResult {
  const { t, config } = c;
  const widget = widgetEntry(config.widget);
  return html`
    <fieldset class="group">
      <legend>${t.settingsLegend(t.widgets[config.widget].name)}</legend>
      ${(widget?.options ?? []).map((option) => renderOption(c, option))}
      <div class="field">
        <label for="widget-lang">${t.widgetLanguage.label}</label>
        <select id="widget-lang" aria-describedby="widget-lang-hint"
          @change=${(event: Event) => c.set({ lang: inputValue(event) as Language })}>
          ${LANGUAGES.map(
            (code) =>
              html`<option value=${code} lang=${code} ?selected=${code === config.lang}>${names[code]}</option>`,
          )}
        </select>
        <p id="widget-lang-hint" class="hint">${t.widgetLanguage.hint}</p>
      </div>
    </fieldset>
  `;
}

function renderOption(c: ViewContext, option: WidgetOption): TemplateResult {
  if (option.kind === 'item') return renderItem(c, option);
  const { t, config, problems } = c;
  const words = wordsOf(t, config.widget, option.attribute);
  const id = `option-${option.attribute}`;
  const value = config.values[option.attribute] ?? '';
  const error = problemText(t, problems[option.attribute], option);
  if (option.kind === 'flag') {
    return html`
      <div class="field">
        <label class="check">
          <input id=${id} type="checkbox" .checked=${value === 'true'} aria-describedby="${id}-hint"
            @change=${(event: Event) =>
              setValue(c, option.attribute, String((event.target as HTMLInputElement).checked))} />
          ${words.label}
        </label>
        <p id="${id}-hint" class="hint">${words.hint}</p>
      </div>
    `;
  }
  const number = option.kind === 'number';
  return html`
    <div class="field">
      <label for=${id}>${words.label}</label>
      <input id=${id} type=${number ? 'number' : 'text'} inputmode=${number ? 'numeric' : 'url'}
        min=${number ? option.min : nothing} max=${number ? option.max : nothing} step=${number ? 1 : nothing}
        placeholder=${number ? String(option.default) : nothing}
        .value=${value} spellcheck="false" autocomplete="off"
        aria-invalid=${error ? 'true' : 'false'} aria-describedby="${id}-hint ${id}-error"
        @input=${(event: Event) => setValue(c, option.attribute, inputValue(event), true)} />
      ${notes(id, words.hint, error)}
    </div>
  `;
}

/** An item picked from its list, or typed by hand when it is not listed or the list failed. */
function renderItem(c: ViewContext, option: ItemOption): TemplateResult {
  const { t, config, problems } = c;
  const words = wordsOf(t, config.widget, option.attribute);
  const id = `option-${option.attribute}`;
  const value = config.values[option.attribute] ?? '';
  const list = c.lists?.[option.source];
  const error = problemText(t, problems[option.attribute], option);
  const items = list?.items;
  const typing =
    !items || c.typed.has(option.attribute) || (value !== '' && !items.some((item) => item.slug === value));

  const picker = items
    ? html`
        <label for=${id}>${words.label}</label>
        <select id=${id} aria-describedby="${id}-hint"
          @change=${(event: Event) => {
            const choice = inputValue(event);
            c.type(option.attribute, choice === OTHER);
            if (choice !== OTHER) setValue(c, option.attribute, choice);
          }}>
          ${words.none === undefined ? nothing : html`<option value="" ?selected=${!typing && !value}>${words.none}</option>`}
          ${items.map(
            (item) =>
              html`<option value=${item.slug} ?selected=${!typing && item.slug === value}>${localize(item.title, t.$code)} (${item.slug})</option>`,
          )}
          <option value=${OTHER} ?selected=${typing}>${t.otherItem}</option>
        </select>
        <p id="${id}-hint" class="hint">${words.hint}</p>
      `
    : list?.error
      ? html`
          <p class="error" role="alert">${t.listFailed(errorReason(t, list.error.code))}</p>
          <div><button type="button" class="secondary" @click=${c.retry}>${t.retry}</button></div>
        `
      : html`<p role="status">${t.loading}</p>`;

  const slug =
    typing && (items || list?.error)
      ? html`
        <label for="${id}-slug">${words.slugLabel}</label>
        <input id="${id}-slug" type="text" .value=${value} spellcheck="false" autocomplete="off"
          autocapitalize="none" aria-invalid=${error ? 'true' : 'false'}
          aria-describedby="${id}-slug-hint ${id}-slug-error"
          @input=${(event: Event) => setValue(c, option.attribute, inputValue(event).trim(), true)} />
        ${notes(`${id}-slug`, t.slugHint, error)}
      `
      : error
        ? html`<p class="error">${error}</p>`
        : nothing;

  return html`<div class="field">${picker} ${slug}</div>`;
}

export function renderIdentity(c: ViewContext): TemplateResult {
  const { t, config, problems } = c;
  const id = 'token-url';
  const error = problemText(t, problems[TOKEN_URL_FIELD]);
  return html`
    <fieldset class="group">
      <legend>${t.identity.legend}</legend>
      ${TOKEN_MODES.map(
        (mode) => html`
          <div class="choice">
            <label>
              <input type="radio" name="token-mode" value=${mode} .checked=${config.tokenMode === mode}
                aria-describedby="token-mode-${mode}-hint" @change=${() => c.set({ tokenMode: mode })} />
              ${t.identity.modes[mode].label}
            </label>
            <p id="token-mode-${mode}-hint" class="hint">${t.identity.modes[mode].hint}</p>
          </div>
        `,
      )}
      ${
        config.tokenMode === 'none'
          ? nothing
          : html`
              <div class="field">
                <label for=${id}>${t.identity.url.label}</label>
                <input id=${id} type="text" inputmode="url" .value=${config.tokenUrl} spellcheck="false"
                  autocomplete="off" autocapitalize="none" placeholder="/sip-token"
                  aria-invalid=${error ? 'true' : 'false'} aria-describedby="${id}-hint ${id}-error"
                  @input=${(event: Event) => c.set({ tokenUrl: inputValue(event) }, true)} />
                ${notes(id, t.identity.url.hint, error)}
              </div>
            `
      }
    </fieldset>
  `;
}

export function renderAppearance(c: ViewContext): TemplateResult {
  const { t, config } = c;
  const colorOf = (token: ColorToken) => config.colors[token] ?? COLOR_TOKENS[token];
  const warnings = CONTRAST_PAIRS.flatMap(([foreground, background]) => {
    const ratio = contrastRatio(colorOf(foreground), colorOf(background));
    return ratio < 4.5
      ? [
          t.appearance.lowContrast(
            t.appearance.colors[foreground],
            t.appearance.colors[background],
            new Intl.NumberFormat(t.$code, { maximumFractionDigits: 1 }).format(ratio),
          ),
        ]
      : [];
  });
  return html`
    <fieldset class="group">
      <legend>${t.appearance.legend}</legend>
      <p id="appearance-hint" class="hint">${t.appearance.hint}</p>
      <div class="colors">
        ${(Object.keys(COLOR_TOKENS) as ColorToken[]).map(
          (token) => html`
            <div class="color">
              <input id="color${token}" type="color" .value=${colorOf(token)} aria-describedby="appearance-hint"
                @input=${(event: Event) => c.set({ colors: { ...config.colors, [token]: inputValue(event) } })} />
              <label for="color${token}">${t.appearance.colors[token]} <code>${token}</code></label>
            </div>
          `,
        )}
      </div>
      <div class="field">
        <label for="radius">${t.appearance.radius} <code>--sip-radius</code></label>
        <div class="range">
          <input id="radius" type="range" min=${RADIUS.min} max=${RADIUS.max} step="1" .value=${String(config.radius)}
            aria-valuetext=${t.appearance.pixels(config.radius)}
            @input=${(event: Event) => c.set({ radius: Number(inputValue(event)) })} />
          <output for="radius">${t.appearance.pixels(config.radius)}</output>
        </div>
      </div>
      <div class="warnings" role="status">
        ${warnings.map((warning) => html`<p class="warning">${warning}</p>`)}
      </div>
      <div>
        <button type="button" class="secondary reset" @click=${() => c.set({ colors: {}, radius: RADIUS.default })}>
          ${t.appearance.reset}
        </button>
      </div>
    </fieldset>
  `;
}

export interface SnippetState {
  snippet: string;
  copied: 'done' | 'failed' | undefined;
  pinned: PinnedRelease | undefined;
  release: 'moving' | 'pinned';
  chooseRelease(release: 'moving' | 'pinned'): void;
  copy(): void;
}

export function renderSnippet(c: ViewContext, state: SnippetState): TemplateResult {
  const s = c.t.snippet;
  const pinned = state.pinned;
  const releases = pinned
    ? ([
        ['moving', s.release.moving],
        ['pinned', s.release.pinned(pinned.version)],
      ] as const)
    : [];
  return html`
    <section part="snippet" class="snippet" aria-labelledby="snippet-heading">
      <h2 id="snippet-heading">${s.heading}</h2>
      <p class="muted">${s.hint}</p>
      ${
        pinned
          ? html`<fieldset class="group">
              <legend>${s.release.legend}</legend>
              ${releases.map(
                ([release, words]) => html`
                  <div class="choice">
                    <label>
                      <input type="radio" name="release" value=${release} .checked=${state.release === release}
                        aria-describedby="release-${release}-hint" @change=${() => state.chooseRelease(release)} />
                      ${words.label}
                    </label>
                    <p id="release-${release}-hint" class="hint">${words.hint}</p>
                  </div>
                `,
              )}
            </fieldset>`
          : nothing
      }
      <pre class="code" role="region" aria-label=${s.code}><code part="code">${state.snippet}</code></pre>
      <div class="copy-row">
        <button part="copy" type="button" class="primary" @click=${state.copy}>${s.copy}</button>
        <p class="copy-status ${state.copied ?? ''}" role="status">
          ${state.copied === 'done' ? s.copied : state.copied === 'failed' ? s.copyFailed : nothing}
        </p>
      </div>
      <p class="muted">${s.sites}</p>
    </section>
  `;
}
