/**
 * What the configurator offers, as data: the widgets a web team can embed
 * with the attributes each takes, the identity modes, and the theme tokens.
 * A new widget (the event calendar, the recommendation feed) is one entry of
 * WIDGETS, plus its words in the three dictionaries (their type follows this
 * list, so a missing one does not compile) and, if its items are of a new
 * kind, one loader in embed.api.ts.
 */

/** Lists the configurator can load items from (see `loadItems` in embed.api.ts). */
export type ItemSource = 'polls' | 'themes';

/** An attribute naming one item (a poll, a theme) by its slug, picked from a list or typed. */
export interface ItemOption {
  readonly kind: 'item';
  readonly attribute: string;
  readonly source: ItemSource;
  /** Without it the widget does nothing (a poll); otherwise leaving it out has a meaning (all themes). */
  readonly required: boolean;
}

/** A whole number attribute with its bounds and the widget's own default. */
export interface NumberOption {
  readonly kind: 'number';
  readonly attribute: string;
  readonly min: number;
  readonly max: number;
  readonly default: number;
}

/** A boolean attribute (present or absent; absent is the widget's default). */
export interface FlagOption {
  readonly kind: 'flag';
  readonly attribute: string;
}

/** A URL of the host site (http or https), left out when empty. */
export interface UrlOption {
  readonly kind: 'url';
  readonly attribute: string;
}

export type WidgetOption = ItemOption | NumberOption | FlagOption | UrlOption;

export interface WidgetEntry {
  readonly tag: `sip-${string}`;
  readonly options: readonly WidgetOption[];
}

/** The embeddable widgets, in the order the configurator lists them. */
export const WIDGETS = [
  {
    tag: 'sip-poll',
    options: [
      { kind: 'item', attribute: 'poll', source: 'polls', required: true },
      { kind: 'flag', attribute: 'hide-breakdown' },
    ],
  },
  {
    tag: 'sip-contribution-form',
    options: [
      { kind: 'item', attribute: 'theme', source: 'themes', required: false },
      { kind: 'url', attribute: 'privacy-url' },
    ],
  },
  {
    tag: 'sip-contribution-list',
    options: [
      { kind: 'item', attribute: 'theme', source: 'themes', required: false },
      { kind: 'number', attribute: 'page-size', min: 1, max: 50, default: 10 },
    ],
  },
  {
    tag: 'sip-event-calendar',
    options: [
      { kind: 'item', attribute: 'theme', source: 'themes', required: false },
      { kind: 'url', attribute: 'privacy-url' },
    ],
  },
  // Without a year, the latest published: the placeholder shows this year.
  {
    tag: 'sip-publication',
    options: [{ kind: 'number', attribute: 'year', min: 2020, max: 2100, default: new Date().getFullYear() }],
  },
  {
    tag: 'sip-recommendation-feed',
    options: [
      { kind: 'item', attribute: 'theme', source: 'themes', required: false },
      { kind: 'url', attribute: 'contribution-url' },
      { kind: 'url', attribute: 'event-url' },
      { kind: 'url', attribute: 'poll-url' },
    ],
  },
] as const satisfies readonly WidgetEntry[];

export type Widget = (typeof WIDGETS)[number];
export type WidgetTag = Widget['tag'];

/** A widget's attributes, by tag: `OptionOf<'sip-poll'>` is `'poll' | 'hide-breakdown'`. */
export type AttributeOf<T extends WidgetTag> = Extract<Widget, { tag: T }>['options'][number]['attribute'];

export function widgetEntry(tag: string): Widget | undefined {
  return WIDGETS.find((widget) => widget.tag === tag);
}

/**
 * How the widget learns who the visitor is: not at all (anonymous visitors),
 * a `token-url` attribute on the element, or one `<meta name="sip:token-url">`
 * for every widget of the page.
 */
export const TOKEN_MODES = ['none', 'attribute', 'meta'] as const;
export type TokenMode = (typeof TOKEN_MODES)[number];

/**
 * The theme colours a web team sets most, with the kit's light defaults
 * (internal/styles.ts). A colour left at its default stays out of the
 * snippet, so it keeps following the visitor's light or dark mode.
 */
export const COLOR_TOKENS = {
  '--sip-accent': '#17694e',
  '--sip-on-accent': '#ffffff',
  '--sip-surface': '#ffffff',
  '--sip-text': '#1f2328',
  '--sip-muted': '#565d66',
  '--sip-border': '#c4c9d0',
} as const;
export type ColorToken = keyof typeof COLOR_TOKENS;

/** `--sip-radius` in pixels: the kit's default is 0.5rem. */
export const RADIUS = { min: 0, max: 24, default: 8 } as const;

/** Pairs of colours read one on the other, checked against WCAG's 4.5:1 for text. */
export const CONTRAST_PAIRS: readonly (readonly [foreground: ColorToken, background: ColorToken])[] = [
  ['--sip-on-accent', '--sip-accent'],
  ['--sip-text', '--sip-surface'],
  ['--sip-muted', '--sip-surface'],
];
