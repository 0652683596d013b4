/**
 * The organisers' dictionaries by language, as the page's own: French ships
 * with the page, Dutch and English are chunks fetched the first time the page
 * speaks them.
 */
import { dictionaries } from '../../../internal/dictionaries.ts';
import { type AdminTranslation, errorMessage } from '../../translations/dictionaries.ts';
import { fr } from './fr.ts';
import type { EventsTranslation } from './translation.ts';

export type { EventsTranslation } from './translation.ts';
export { fr };

export const eventsDictionaries = dictionaries(fr, {
  nl: () => import('./nl.ts').then((module) => module.nl),
  en: () => import('./en.ts').then((module) => module.en),
});

/** The message for an error code: the events' own first, then the page's (which says the generic one for the rest). */
export function eventsErrorMessage(t: AdminTranslation, words: EventsTranslation, code: string): string {
  return Object.hasOwn(words.problems, code)
    ? words.problems[code as keyof EventsTranslation['problems']]
    : errorMessage(t, code);
}
