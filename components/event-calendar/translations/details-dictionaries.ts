/**
 * The words of the calendar's details, guest form and month, in every
 * language: a chunk of their own, fetched with the first of those parts the
 * visitor opens (French in it, Dutch and English fetched on demand after
 * that), so the list's bundle carries only the list's words.
 */
import type { ReactiveControllerHost } from 'lit';
import { dictionaries } from '../../internal/dictionaries.ts';
import { fr } from './details-fr.ts';
import type { DetailsStrings, EventCalendarTranslation, EventDetailsTranslation } from './translation.ts';

export const detailsDictionaries = dictionaries<DetailsStrings>(fr, {
  nl: () => import('./details-nl.ts').then((module) => module.nl),
  en: () => import('./details-en.ts').then((module) => module.en),
});

/**
 * The whole dictionary of an element whose details are open: its list's
 * words (`t`, from its LanguageController) with the details' words of the
 * same language. While the details' words of a new language are fetched, the
 * last whole dictionary stays, so the element never shows two languages.
 */
export class DetailsWords {
  /** Settles once the details' words of the latest language asked for are at hand (or could not be fetched). */
  ready: Promise<void> = Promise.resolve();
  private whole: EventDetailsTranslation | undefined;
  /** The parts `whole` was made of. */
  private parts: [EventCalendarTranslation, DetailsStrings] | undefined;
  private asked: string | undefined;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Fetches the details' words of `language` ahead of their first use. */
  prepare(language: EventCalendarTranslation['$code']): Promise<void> {
    if (detailsDictionaries.loaded(language) || this.asked === language) return this.ready;
    this.asked = language;
    this.ready = detailsDictionaries.load(language).then(
      () => this.host.requestUpdate(),
      () => {
        // Unreachable chunk: keep the words at hand; a later language change tries again.
        this.asked = undefined;
      },
    );
    return this.ready;
  }

  /** `t` with the details' words of its language, or the last whole dictionary while those are fetched. */
  for(t: EventCalendarTranslation): EventDetailsTranslation {
    const own = detailsDictionaries.loaded(t.$code);
    if (!own) {
      void this.prepare(t.$code);
      return this.whole ?? { ...t, ...detailsDictionaries.fr };
    }
    if (!this.whole || this.parts?.[0] !== t || this.parts[1] !== own) {
      this.whole = { ...t, ...own };
      this.parts = [t, own];
    }
    return this.whole;
  }
}
