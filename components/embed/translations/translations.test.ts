/** The configurator's dictionaries: complete in every language, and naming every widget of the catalog. */
import { expect } from '@open-wc/testing';
import { LANGUAGES } from '../../../schema/common.ts';
import { expectSameKeys } from '../../internal/dictionary-checks.ts';
import { COLOR_TOKENS, TOKEN_MODES, WIDGETS } from '../widgets.ts';
import { embedDictionaries, errorReason } from './dictionaries.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { nl } from './nl.ts';
import { EMBED_ERROR_CODES } from './translation.ts';

const translations = { fr, nl, en };
const sorted = (list: readonly string[]) => [...list].sort();

describe('configurator dictionaries', () => {
  it('fr, nl and en define exactly the same keys', () => expectSameKeys(translations, 'configurator'));

  it('name every widget of the catalog and each of its attributes, in every language', () => {
    for (const language of LANGUAGES) {
      const t = translations[language];
      expect(sorted(Object.keys(t.widgets)), language).to.deep.equal(sorted(WIDGETS.map(({ tag }) => tag)));
      for (const widget of WIDGETS) {
        const words = t.widgets[widget.tag];
        expect(words.name, `${language} ${widget.tag}`).to.be.a('string').and.not.empty;
        expect(sorted(Object.keys(words.options)), `${language} ${widget.tag}`).to.deep.equal(
          sorted(widget.options.map(({ attribute }) => attribute)),
        );
        for (const option of widget.options) {
          const optionWords = (words.options as Record<string, { label: string; none?: string }>)[
            option.attribute
          ];
          expect(optionWords.label, `${language} ${widget.tag} ${option.attribute}`).not.to.be.empty;
          // Leaving an optional item out means something the list must say ("all themes").
          if (option.kind === 'item' && !option.required)
            expect(optionWords.none).to.be.a('string').and.not.empty;
        }
      }
    }
  });

  it('name every identity mode, colour and error code', () => {
    for (const language of LANGUAGES) {
      const t = translations[language];
      expect(sorted(Object.keys(t.identity.modes)), language).to.deep.equal(sorted(TOKEN_MODES));
      expect(sorted(Object.keys(t.appearance.colors)), language).to.deep.equal(
        sorted(Object.keys(COLOR_TOKENS)),
      );
      for (const code of EMBED_ERROR_CODES)
        expect(t.errors[code], `${language} ${code}`).to.be.a('string').and.not.empty;
    }
  });

  it('place values in each language’s own words', () => {
    expect(fr.problems.range(1, 50)).to.equal('Un nombre entier de 1 à 50.');
    expect(nl.problems.range(1, 50)).to.equal('Een geheel getal van 1 tot 50.');
    expect(en.problems.range(1, 50)).to.equal('A whole number from 1 to 50.');
    expect(fr.appearance.pixels(8)).to.equal('8\u00a0px');
    expect(fr.settingsLegend('Sondage')).to.equal('Réglages\u00a0: Sondage');
    expect(en.snippet.release.pinned('1.4.0').label).to.equal('Pinned: 1.4.0');
  });

  it('fall back to the generic reason for codes the page does not know', () => {
    expect(errorReason(en, 'shiny_new_code')).to.equal(en.errors.internal_error);
    expect(errorReason(nl, 'network_error')).to.equal('de dienst is onbereikbaar.');
  });

  it('fetch Dutch and English on demand, and keep them for the page', async () => {
    expect(embedDictionaries.fr === fr).to.be.true;
    const dutch = await embedDictionaries.load('nl');
    expect(dutch.$code).to.equal('nl');
    expect(embedDictionaries.loaded('nl') === dutch).to.be.true;
  });
});
