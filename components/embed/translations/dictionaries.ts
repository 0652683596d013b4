/**
 * The configurator's dictionaries by language. French ships with the page;
 * Dutch and English are chunks of their own, fetched the first time the page
 * speaks them, as the widgets' and the moderation page's are.
 */
import { dictionaries } from '../../internal/dictionaries.ts';
import { fr } from './fr.ts';
import type { EmbedTranslation } from './translation.ts';

export type { EmbedTranslation } from './translation.ts';
export { fr };

/** French with the page; Dutch and English fetched the first time the page speaks them. */
export const embedDictionaries = dictionaries(fr, {
  nl: () => import('./nl.ts').then((module) => module.nl),
  en: () => import('./en.ts').then((module) => module.en),
});

/** Why a list could not be loaded; codes the page does not know get the generic reason. */
export function errorReason(t: EmbedTranslation, code: string): string {
  return Object.hasOwn(t.errors, code)
    ? t.errors[code as keyof EmbedTranslation['errors']]
    : t.errors.internal_error;
}
