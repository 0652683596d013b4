import { expect } from '@open-wc/testing';
import { BREAKDOWN_ROLES, LANGUAGES } from '../../schema/common.ts';
import { PROBLEM_CODES } from '../../schema/problem.ts';
import { errorMessage, loadedTranslation, loadTranslation } from './dictionaries.ts';
import { en } from './en.ts';
import { formatPercent } from './format.ts';
import { fr } from './fr.ts';
import { nl } from './nl.ts';

/** Every path to a leaf of a dictionary (functions are leaves), to compare languages. */
function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    child && typeof child === 'object' ? keys(child, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

const translations = { fr, nl, en };

describe('translations', () => {
  it('fr, nl and en define exactly the same keys', () => {
    const french = keys(translations.fr).sort();
    for (const language of LANGUAGES) expect(keys(translations[language]).sort()).to.deep.equal(french);
  });

  it('explain every API error code, plus network_error, in every language', () => {
    for (const language of LANGUAGES) {
      for (const code of [...PROBLEM_CODES, 'network_error'] as const) {
        expect(translations[language].errors[code], `${language} ${code}`).to.be.a('string').and.not.empty;
      }
    }
  });

  it('name every stakeholder category', () => {
    expect(translations.fr.roles.freelancer).to.equal('Travailleur·euse autonome');
    expect(translations.nl.roles.member).to.equal('Vennoot');
    expect(translations.en.roles.staff).to.equal('Staff');
    for (const language of LANGUAGES) {
      expect(Object.keys(translations[language].roles).sort()).to.deep.equal([...BREAKDOWN_ROLES].sort());
    }
  });

  it('say "1 vote" and "12 votes" in each language, with each language’s plural rules', () => {
    expect([0, 1, 12].map(translations.fr.votes)).to.deep.equal(['0 vote', '1 vote', '12 votes']);
    expect([0, 1, 12].map(translations.nl.votes)).to.deep.equal(['0 stemmen', '1 stem', '12 stemmen']);
    expect([0, 1, 12].map(translations.en.votes)).to.deep.equal(['0 votes', '1 vote', '12 votes']);
  });

  it('format numbers and percentages per locale', () => {
    // French groups digits and sets % apart with a no-break space (which one depends on the ICU version).
    expect(translations.fr.votes(1234)).to.match(/^1[\u00a0\u202f]234 votes$/);
    expect(translations.en.votes(1234)).to.equal('1,234 votes');
    expect(formatPercent('fr', 0.42)).to.match(/^42[\u00a0\u202f]%$/);
    expect(formatPercent('en', 0.42)).to.equal('42%');
    expect(translations.fr.turnout(3)).to.equal('Participation\u00a0: 3 votes');
  });

  it('fall back to the generic message for codes newer than the bundle', () => {
    expect(errorMessage(translations.en, 'shiny_new_code')).to.equal(translations.en.errors.internal_error);
    expect(errorMessage(translations.nl, 'members_only')).to.equal(translations.nl.errors.members_only);
  });

  it('load Dutch and English on demand, once per page; French is always at hand', async () => {
    // Identity checks as booleans: a failing diff of objects full of functions stalls the runner.
    expect(loadedTranslation('fr') === fr, 'French bundled').to.be.true;
    const first = loadTranslation('nl');
    expect(loadTranslation('nl') === first, 'one fetch for two requests').to.be.true;
    expect((await first) === nl, 'Dutch loaded').to.be.true;
    expect(loadedTranslation('nl') === nl, 'Dutch kept').to.be.true;
    expect((await loadTranslation('en')) === en, 'English loaded').to.be.true;
    expect((await loadTranslation('fr')) === fr, 'French at once').to.be.true;
  });
});
