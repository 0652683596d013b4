/**
 * The configurator's dictionary, apart from the widgets' one: it speaks to
 * web teams, not to visitors, and the widgets' bundle must not carry it. Its
 * words for each widget follow the catalog (widgets.ts): a widget added there
 * without its words here does not compile.
 */
import type { Language } from '../../../schema/common.ts';
import type { ErrorCode } from '../../internal/api.ts';
import type { Problem } from '../snippet.ts';
import type { ColorToken, TokenMode, Widget, WidgetOption } from '../widgets.ts';

/** The codes the configurator's reads (the lists of polls and themes) can fail with; any other gets `internal_error`'s message. */
export const EMBED_ERROR_CODES = [
  'network_error',
  'rate_limited',
  'not_found',
  'origin_not_allowed',
  'internal_error',
] as const satisfies readonly ErrorCode[];
export type EmbedErrorCode = (typeof EMBED_ERROR_CODES)[number];

/** A control's label and the hint under it. */
export interface FieldWords {
  label: string;
  hint: string;
}

/** An item picked from a list: the list's label and hint, and the label of the slug typed by hand. */
export interface ItemWords extends FieldWords {
  /** The typed slug's label, when the item is not in the list (or the list could not be loaded). */
  slugLabel: string;
}

/** An optional item also names what leaving it out means ("all themes"). */
export interface OptionalItemWords extends ItemWords {
  none: string;
}

type WordsFor<O extends WidgetOption> = O extends { kind: 'item'; required: false }
  ? OptionalItemWords
  : O extends { kind: 'item' }
    ? ItemWords
    : FieldWords;

/** A widget's name, what it does, and the words of each of its attributes. */
export type WidgetWords<W extends Widget> = {
  name: string;
  summary: string;
  options: { [O in W['options'][number] as O['attribute']]: WordsFor<O> };
};

export interface EmbedTranslation {
  $code: Language;
  /** The language's own name. */
  $name: string;

  title: string;
  intro: string;
  /** The picker of the configurator's own language (not the widget's). */
  languageLabel: string;
  loading: string;
  retry: string;

  /** The first group: which widget. */
  widgetLegend: string;
  widgets: { [W in Widget as W['tag']]: WidgetWords<W> };
  /** The last choice of an item list: typing the slug by hand. */
  otherItem: string;
  slugHint: string;
  /** The chosen widget's own settings. */
  settingsLegend: (widget: string) => string;
  listFailed: (reason: string) => string;

  widgetLanguage: FieldWords;

  identity: {
    legend: string;
    modes: Record<TokenMode, FieldWords>;
    url: FieldWords;
  };

  appearance: {
    legend: string;
    hint: string;
    colors: Record<ColorToken, string>;
    radius: string;
    /** The radius as the range shows it. */
    pixels: (value: number) => string;
    reset: string;
    /** A pair of colours that reads poorly, e.g. white text on a light accent. */
    lowContrast: (foreground: string, background: string, ratio: string) => string;
  };

  preview: {
    heading: string;
    hint: string;
    tryIt: FieldWords;
  };

  snippet: {
    heading: string;
    hint: string;
    sites: string;
    /** Moving (`sip.js`, follows releases) or pinned (one version, with its integrity hash). */
    release: {
      legend: string;
      moving: FieldWords;
      pinned: (version: string) => FieldWords;
    };
    copy: string;
    copied: string;
    copyFailed: string;
    code: string;
  };

  problems: Record<Exclude<Problem, 'range'>, string> & { range: (min: number, max: number) => string };

  errors: Record<EmbedErrorCode, string>;
}
