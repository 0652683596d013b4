/**
 * The dictionaries by language. Each widget renders with the shared part
 * (this folder) merged with its own (`components/<widget>/translations/`), so
 * a page with one widget never downloads another's strings. French ships in
 * the bundle: it is the default and the fallback, so the common case never
 * waits. Dutch and English are chunks of their own, fetched the first time a
 * widget on the page speaks them and kept for every widget after that.
 */
import { type Dictionaries, dictionaries, type Loaders, type OnDemand } from '../internal/dictionaries.ts';
import { fr } from './fr.ts';
import type { SharedErrorCode, Translation, WidgetStrings } from './translation.ts';

export { type Dictionaries, dictionaries, type Loaders } from '../internal/dictionaries.ts';
export type { Translation } from './translation.ts';

/** The shared part: errors, audiences, roles and common words. */
export const sharedDictionaries = dictionaries(fr, {
  nl: () => import('./nl.ts').then((module) => module.nl),
  en: () => import('./en.ts').then((module) => module.en),
});

/**
 * A widget's dictionaries: the shared part merged with the widget's own
 * strings. Both parts of a language are fetched together, in parallel.
 */
export function widgetDictionaries<T extends object>(
  french: T,
  loaders: Loaders<T>,
): Dictionaries<Translation & T> {
  const merged = (language: OnDemand) => () =>
    Promise.all([sharedDictionaries.load(language), loaders[language]()]).then(([shared, own]) => ({
      ...shared,
      ...own,
    }));
  return dictionaries({ ...fr, ...french }, { nl: merged('nl'), en: merged('en') });
}

/**
 * The message for an error code: the widget's own (its feature's codes),
 * else the shared one; codes newer than this bundle get the generic one.
 */
export function errorMessage(t: Translation & WidgetStrings, code: string): string {
  if (code === 'origin_not_allowed') return t.originNotAllowed(location.origin);
  if (t.problems && Object.hasOwn(t.problems, code)) return t.problems[code];
  return Object.hasOwn(t.errors, code) ? t.errors[code as SharedErrorCode] : t.errors.internal_error;
}
