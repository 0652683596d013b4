/**
 * A dictionary in every language, French at hand and the others fetched on
 * demand: the widgets' shared and own strings, and the moderation page's.
 */
import type { Language } from '../../schema/common.ts';

/** The languages fetched on demand. */
export type OnDemand = Exclude<Language, 'fr'>;

/** One literal `import()` per language, so that bundlers emit each as its own chunk. */
export type Loaders<T> = Record<OnDemand, () => Promise<T>>;

/** A dictionary in every language: French at hand, the others fetched at most once per page. */
export interface Dictionaries<T> {
  readonly fr: T;
  /** The dictionary for `language` if it is at hand already (French always is). */
  loaded(language: Language): T | undefined;
  /** The dictionary for `language`. Rejects when its chunk cannot be fetched; a later call then tries again. */
  load(language: Language): Promise<T>;
}

export function dictionaries<T>(french: T, loaders: Loaders<T>): Dictionaries<T> {
  const loaded: Partial<Record<Language, T>> = { fr: french };
  const loading = new Map<Language, Promise<T>>();
  return {
    fr: french,
    loaded: (language) => loaded[language],
    load(language) {
      const ready = loaded[language];
      if (ready) return Promise.resolve(ready);
      let pending = loading.get(language);
      if (!pending) {
        pending = loaders[language as OnDemand]().then(
          (dictionary) => {
            loaded[language] = dictionary;
            return dictionary;
          },
          (error: unknown) => {
            loading.delete(language);
            throw error;
          },
        );
        loading.set(language, pending);
      }
      return pending;
    },
  };
}
