/**
 * `<sip-recommendation-feed>`'s dictionaries: the shared part and its own strings. French is
 * bundled; Dutch and English are fetched the first time the page needs them.
 */
import { widgetDictionaries } from '../../translations/dictionaries.ts';
import { fr } from './fr.ts';

export const recommendationFeedDictionaries = widgetDictionaries(fr, {
  nl: () => import('./nl.ts').then((module) => module.nl),
  en: () => import('./en.ts').then((module) => module.en),
});
