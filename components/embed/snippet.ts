/**
 * From the web team's choices to what they paste: one model (the element, its
 * attributes, the page-wide `<meta>`, the custom properties) that both the
 * snippet's text and the live preview are made from, so the preview shows
 * exactly what the snippet would.
 */
import * as v from 'valibot';
import { type Language, Slug } from '../../schema/common.ts';
import {
  COLOR_TOKENS,
  type ColorToken,
  RADIUS,
  type TokenMode,
  type Widget,
  type WidgetOption,
  type WidgetTag,
  widgetEntry,
} from './widgets.ts';

/** What the web team chose. Values are kept as typed, so a half-typed slug is not lost. */
export interface EmbedConfig {
  widget: WidgetTag;
  /** Attribute values by name, shared across widgets (a theme chosen for the form stays for the list); flags are `'true'` when set. */
  values: Record<string, string>;
  lang: Language;
  tokenMode: TokenMode;
  tokenUrl: string;
  /** Colours the web team changed; any other keeps the kit's default. */
  colors: Partial<Record<ColorToken, string>>;
  /** `--sip-radius` in pixels. */
  radius: number;
}

/** The bundle a snippet loads: the moving `sip.js`, or a pinned version with its Subresource Integrity hash. */
export interface ScriptSource {
  src: string;
  integrity?: string;
}

/** Why a choice cannot go into the snippet as it is. */
export type Problem = 'required' | 'slug' | 'url' | 'range';

/** The problems of a config, by field: an attribute's name, or `token-url`. */
export type Problems = Partial<Record<string, Problem>>;

/** What the snippet declares: the element with its attributes, and what goes around it. */
export interface EmbedModel {
  tag: WidgetTag;
  /** In the snippet's order; a flag's value is the empty string. */
  attributes: [name: string, value: string][];
  /** The page-wide token-url (`<meta name="sip:token-url">`), in that mode. */
  metaTokenUrl?: string;
  /** Custom properties for the element's style rule. */
  properties: [name: string, value: string][];
}

export const TOKEN_URL_FIELD = 'token-url';
const COLOR = /^#[0-9a-f]{6}$/i;

/** An http(s) URL, absolute or relative to the host page (`/sip-token`). */
export function isHostUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value, 'https://host.invalid/');
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

function problemOf(option: WidgetOption, raw: string | undefined): Problem | undefined {
  const value = raw?.trim() ?? '';
  switch (option.kind) {
    case 'item':
      if (!value) return option.required ? 'required' : undefined;
      return v.is(Slug, value) ? undefined : 'slug';
    case 'number': {
      if (!value) return undefined;
      const number = Number(value);
      return Number.isInteger(number) && number >= option.min && number <= option.max ? undefined : 'range';
    }
    case 'url':
      return value && !isHostUrl(value) ? 'url' : undefined;
    case 'flag':
      return undefined;
  }
}

/** Every choice that cannot go into the snippet as it is, by field. */
export function problemsOf(config: EmbedConfig): Problems {
  const problems: Problems = {};
  const widget: Widget | undefined = widgetEntry(config.widget);
  for (const option of widget?.options ?? []) {
    const problem = problemOf(option, config.values[option.attribute]);
    if (problem) problems[option.attribute] = problem;
  }
  if (config.tokenMode !== 'none') {
    const url = config.tokenUrl.trim();
    if (!url) problems[TOKEN_URL_FIELD] = 'required';
    else if (!isHostUrl(url)) problems[TOKEN_URL_FIELD] = 'url';
  }
  return problems;
}

/** The model of a config; a choice with a problem is left out (the widget's default applies). */
export function embedModel(config: EmbedConfig): EmbedModel {
  const problems = problemsOf(config);
  const attributes: [string, string][] = [];
  for (const option of widgetEntry(config.widget)?.options ?? []) {
    const value = config.values[option.attribute]?.trim() ?? '';
    if (!value || problems[option.attribute]) continue;
    if (option.kind === 'flag') {
      if (value === 'true') attributes.push([option.attribute, '']);
    } else attributes.push([option.attribute, option.kind === 'number' ? String(Number(value)) : value]);
  }
  const tokenUrl = problems[TOKEN_URL_FIELD] ? '' : config.tokenUrl.trim();
  if (config.tokenMode === 'attribute' && tokenUrl) attributes.push(['token-url', tokenUrl]);
  attributes.push(['lang', config.lang]);

  const properties: [string, string][] = Object.entries(config.colors)
    .filter(
      ([token, value]) =>
        value && COLOR.test(value) && value.toLowerCase() !== COLOR_TOKENS[token as ColorToken],
    )
    .map(([token, value]) => [token, (value as string).toLowerCase()]);
  if (config.radius !== RADIUS.default) properties.push(['--sip-radius', `${config.radius}px`]);

  return {
    tag: config.widget,
    attributes,
    metaTokenUrl: config.tokenMode === 'meta' && tokenUrl ? tokenUrl : undefined,
    properties,
  };
}

/** Escapes a value for a double-quoted HTML attribute (and the text a team may read it in). */
export function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** The HTML a web team pastes: the script, the page-wide meta, the style rule, the element. */
export function snippetText(model: EmbedModel, script: ScriptSource): string {
  const integrity = script.integrity
    ? ` integrity="${escapeAttribute(script.integrity)}" crossorigin="anonymous"`
    : '';
  const lines = [`<script type="module" src="${escapeAttribute(script.src)}"${integrity}></script>`];
  if (model.metaTokenUrl)
    lines.push(`<meta name="sip:token-url" content="${escapeAttribute(model.metaTokenUrl)}" />`);
  if (model.properties.length) {
    lines.push('<style>', `  ${model.tag} {`);
    for (const [name, value] of model.properties) lines.push(`    ${name}: ${value};`);
    lines.push('  }', '</style>');
  }
  const attributes = model.attributes
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  lines.push(`<${model.tag}${attributes}></${model.tag}>`);
  return `${lines.join('\n')}\n`;
}

/** The WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(first: string, second: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((index) => {
      const channel = Number.parseInt(hex.slice(index, index + 2), 16) / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}
