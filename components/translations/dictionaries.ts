/**
 * The dictionaries by language. French ships in the bundle: it is the default
 * and the fallback, so the common case never waits. Dutch and English are
 * chunks of their own, fetched the first time a widget on the page speaks
 * them and shared by every widget after that.
 */
import type { Language } from '../../schema/common.ts';
import type { ErrorCode } from '../internal/api.ts';
import { fr } from './fr.ts';
import type { Translation } from './translation.ts';

export type { Translation } from './translation.ts';
export { fr };

const loaded: Partial<Record<Language, Translation>> = { fr };
const loading = new Map<Language, Promise<Translation>>();

// One literal `import()` per language, so that bundlers emit each as its own chunk.
const loaders: Record<Exclude<Language, 'fr'>, () => Promise<Translation>> = {
  nl: () => import('./nl.ts').then((module) => module.nl),
  en: () => import('./en.ts').then((module) => module.en),
};

/** The dictionary for `language` if it is at hand already (French always is). */
export function loadedTranslation(language: Language): Translation | undefined {
  return loaded[language];
}

/**
 * The dictionary for `language`, fetched at most once per page. Rejects when
 * its chunk cannot be fetched; a later call then tries again.
 */
export function loadTranslation(language: Language): Promise<Translation> {
  const ready = loaded[language];
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(language);
  if (!pending) {
    pending = loaders[language as keyof typeof loaders]().then(
      (translation) => {
        loaded[language] = translation;
        return translation;
      },
      (error: unknown) => {
        loading.delete(language);
        throw error;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}

/** The message for an error code; codes newer than this bundle get the generic one. */
export function errorMessage(t: Translation, code: string): string {
  return Object.hasOwn(t.errors, code) ? t.errors[code as ErrorCode] : t.errors.internal_error;
}
