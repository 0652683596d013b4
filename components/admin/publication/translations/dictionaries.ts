/**
 * The publication view's dictionaries: French with the page, Dutch and
 * English fetched the first time the page speaks them.
 */
import { dictionaries } from '../../../internal/dictionaries.ts';
import { fr } from './fr.ts';
import { PUBLICATION_ADMIN_ERRORS, type PublicationAdminTranslation } from './translation.ts';

export type { PublicationAdminTranslation } from './translation.ts';

export const publicationAdminDictionaries = dictionaries<PublicationAdminTranslation>(fr, {
  nl: () => import('./nl.ts').then((module) => module.nl),
  en: () => import('./en.ts').then((module) => module.en),
});

/** The message for an error code; codes the view does not know get the generic one. */
export function errorMessage(t: PublicationAdminTranslation, code: string): string {
  return (PUBLICATION_ADMIN_ERRORS as readonly string[]).includes(code)
    ? t.errors[code as keyof PublicationAdminTranslation['errors']]
    : t.errors.internal_error;
}
