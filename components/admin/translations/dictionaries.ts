/**
 * The moderation page's dictionaries by language. French ships with the page;
 * Dutch and English are chunks of their own, fetched the first time the page
 * speaks them, as the widgets' dictionaries are.
 */
import type { Language } from '../../../schema/common.ts';
import { fr } from './fr.ts';
import type { AdminTranslation } from './translation.ts';

export type { AdminTranslation } from './translation.ts';
export { fr };

const loaded: Partial<Record<Language, AdminTranslation>> = { fr };
const loading = new Map<Language, Promise<AdminTranslation>>();

// One literal `import()` per language, so that the bundler emits each as its own chunk.
const loaders: Record<Exclude<Language, 'fr'>, () => Promise<AdminTranslation>> = {
  nl: () => import('./nl.ts').then((module) => module.nl),
  en: () => import('./en.ts').then((module) => module.en),
};

/** The dictionary for `language` if it is at hand already (French always is). */
export function loadedTranslation(language: Language): AdminTranslation | undefined {
  return loaded[language];
}

/** The dictionary for `language`, fetched at most once; rejects when its chunk cannot be fetched. */
export function loadTranslation(language: Language): Promise<AdminTranslation> {
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

/** The message for an error code; codes the page does not know get the generic one. */
export function errorMessage(t: AdminTranslation, code: string): string {
  return Object.hasOwn(t.errors, code)
    ? t.errors[code as keyof AdminTranslation['errors']]
    : t.errors.internal_error;
}
