/**
 * The moderation page's dictionaries by language. French ships with the page;
 * Dutch and English are chunks of their own, fetched the first time the page
 * speaks them, as the widgets' dictionaries are.
 */
import { dictionaries } from '../../internal/dictionaries.ts';
import { fr } from './fr.ts';
import type { AdminTranslation } from './translation.ts';

export type { AdminTranslation } from './translation.ts';
export { fr };

/** French with the page; Dutch and English fetched the first time the page speaks them. */
export const adminDictionaries = dictionaries(fr, {
  nl: () => import('./nl.ts').then((module) => module.nl),
  en: () => import('./en.ts').then((module) => module.en),
});

/** The message for an error code; codes the page does not know get the generic one. */
export function errorMessage(t: AdminTranslation, code: string): string {
  return Object.hasOwn(t.errors, code)
    ? t.errors[code as keyof AdminTranslation['errors']]
    : t.errors.internal_error;
}
