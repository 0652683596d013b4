/**
 * Locale-aware formatting for the dictionaries. Intl objects are costly to
 * build and a results chart formats dozens of numbers, so they are cached.
 */
import type { Language } from '../../schema/common.ts';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(
  key: string,
  make: () => T,
): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

export function formatNumber(language: Language, value: number): string {
  return cached(`n:${language}`, () => new Intl.NumberFormat(language)).format(value);
}

/** `0.42` → `42 %` in French (with its narrow no-break space), `42%` in English. */
export function formatPercent(language: Language, ratio: number): string {
  return cached(
    `p:${language}`,
    () => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }),
  ).format(ratio);
}

/** An API instant in the visitor's own time zone: `12 mars 2026 à 10:00`. */
export function formatDateTime(language: Language, instant: string): string {
  return cached(
    `d:${language}`,
    () => new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }),
  ).format(new Date(instant));
}

/** A day without its time, e.g. a publication date: `20 mars 2026`. */
export function formatDate(language: Language, instant: string): string {
  return cached(`D:${language}`, () => new Intl.DateTimeFormat(language, { dateStyle: 'long' })).format(
    new Date(instant),
  );
}

/**
 * Picks the plural form for `count` (CLDR rules: French says "0 vote", English
 * "0 votes") and puts the formatted number in place of `#`.
 */
export function plural(
  language: Language,
  count: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  const rule = cached(`r:${language}`, () => new Intl.PluralRules(language)).select(count);
  return (forms[rule] ?? forms.other).replace('#', formatNumber(language, count));
}
