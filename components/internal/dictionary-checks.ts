/**
 * The checks every dictionary must pass, for each widget's own
 * translations test: the same keys in French, Dutch and English, and none of
 * the shared part's keys redefined (a widget's strings are merged over the
 * shared ones, so a redefinition would silently win).
 */
import { expect } from '@open-wc/testing';
import { LANGUAGES, type Language } from '../../schema/common.ts';
import { fr as shared } from '../translations/fr.ts';

/** Every path to a leaf of a dictionary (functions are leaves), to compare languages. */
export function leafKeys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    child && typeof child === 'object' ? leafKeys(child, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/** Asserts that every language defines exactly the keys French does. */
export function expectSameKeys(translations: Record<Language, object>, part: string): void {
  const french = leafKeys(translations.fr).sort();
  expect(french, part).not.to.be.empty;
  for (const language of LANGUAGES) {
    expect(leafKeys(translations[language]).sort(), `${part} ${language}`).to.deep.equal(french);
  }
}

/**
 * Registers the tests of a widget's own dictionaries (`own`: its part in
 * each language, without the shared one).
 */
export function describeWidgetDictionaries(widget: string, own: Record<Language, object>): void {
  describe(`${widget} dictionaries`, () => {
    it('fr, nl and en define exactly the same keys', () => expectSameKeys(own, widget));

    it('never redefine a string of the shared part', () => {
      const sharedKeys = Object.keys(shared);
      for (const language of LANGUAGES) {
        expect(
          Object.keys(own[language]).filter((key) => sharedKeys.includes(key)),
          `${widget} ${language}`,
        ).to.be.empty;
      }
    });
  });
}
