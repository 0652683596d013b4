/**
 * The recommendations' dictionaries by language, as the page's own: French
 * ships with the page, Dutch and English are chunks fetched the first time
 * the page speaks them.
 */
import { dictionaries } from '../../../internal/dictionaries.ts';
import { type AdminTranslation, errorMessage } from '../../translations/dictionaries.ts';
import { fr } from './fr.ts';
import type { RecommendationsTranslation } from './translation.ts';

export type { RecommendationsTranslation } from './translation.ts';
export { fr };

export const recommendationsDictionaries = dictionaries(fr, {
  nl: () => import('./nl.ts').then((module) => module.nl),
  en: () => import('./en.ts').then((module) => module.en),
});

/** The message for an error code: the recommendations' own first, then the page's (the generic one for the rest). */
export function recommendationsErrorMessage(
  t: AdminTranslation,
  words: RecommendationsTranslation,
  code: string,
): string {
  return Object.hasOwn(words.problems, code)
    ? words.problems[code as keyof RecommendationsTranslation['problems']]
    : errorMessage(t, code);
}
