import { expect } from '@open-wc/testing';
import { BREAKDOWN_ROLES, LANGUAGES } from '../../schema/common.ts';
import { PROBLEM_CODES } from '../../schema/problem.ts';
import { en as formEn } from '../contribution-form/translations/en.ts';
import { fr as formFr } from '../contribution-form/translations/fr.ts';
import { nl as formNl } from '../contribution-form/translations/nl.ts';
import { en as listEn } from '../contribution-list/translations/en.ts';
import { fr as listFr } from '../contribution-list/translations/fr.ts';
import { nl as listNl } from '../contribution-list/translations/nl.ts';
import { pollDictionaries } from '../poll/translations/dictionaries.ts';
import { en as pollEn } from '../poll/translations/en.ts';
import { fr as pollFr } from '../poll/translations/fr.ts';
import { nl as pollNl } from '../poll/translations/nl.ts';
import { dictionaries, errorMessage, sharedDictionaries } from './dictionaries.ts';
import { en } from './en.ts';
import { formatPercent } from './format.ts';
import { fr } from './fr.ts';
import { nl } from './nl.ts';
import { MODERATION_ONLY_CODES } from './translation.ts';

/** Every path to a leaf of a dictionary (functions are leaves), to compare languages. */
function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    child && typeof child === 'object' ? keys(child, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

const shared = { fr, nl, en };
const parts = {
  shared,
  poll: { fr: pollFr, nl: pollNl, en: pollEn },
  'contribution-form': { fr: formFr, nl: formNl, en: formEn },
  'contribution-list': { fr: listFr, nl: listNl, en: listEn },
};
const polls = parts.poll;

describe('translations', () => {
  it('fr, nl and en define exactly the same keys, in the shared part and in each widget’s', () => {
    for (const [part, translations] of Object.entries(parts)) {
      const french = keys(translations.fr).sort();
      expect(french, part).not.to.be.empty;
      for (const language of LANGUAGES) {
        expect(keys(translations[language]).sort(), `${part} ${language}`).to.deep.equal(french);
      }
    }
  });

  it('never redefine a shared string in a widget’s part', () => {
    const sharedKeys = Object.keys(fr);
    for (const [part, translations] of Object.entries(parts)) {
      if (part === 'shared') continue;
      expect(
        Object.keys(translations.fr).filter((key) => sharedKeys.includes(key)),
        part,
      ).to.be.empty;
    }
  });

  it('explain every code of the public API, plus the client’s network_error and token_refused, in every language', () => {
    const codes = PROBLEM_CODES.filter(
      (code) => !(MODERATION_ONLY_CODES as readonly string[]).includes(code),
    );
    for (const language of LANGUAGES) {
      expect(Object.keys(shared[language].errors).sort(), language).to.deep.equal(
        [...codes, 'network_error', 'token_refused'].sort(),
      );
      for (const message of Object.values(shared[language].errors))
        expect(message).to.be.a('string').and.not.empty;
    }
  });

  it('give the generic message for codes only the moderation API answers', () => {
    for (const code of MODERATION_ONLY_CODES) {
      expect(errorMessage(shared.fr, code)).to.equal(shared.fr.errors.internal_error);
    }
  });

  it('name every stakeholder category', () => {
    expect(shared.fr.roles.freelancer).to.equal('Travailleur·euse autonome');
    expect(shared.nl.roles.member).to.equal('Vennoot');
    expect(shared.en.roles.staff).to.equal('Staff');
    for (const language of LANGUAGES) {
      expect(Object.keys(shared[language].roles).sort()).to.deep.equal([...BREAKDOWN_ROLES].sort());
    }
  });

  it('say "1 vote" and "12 votes" in each language, with each language’s plural rules', () => {
    expect([0, 1, 12].map(polls.fr.votes)).to.deep.equal(['0 vote', '1 vote', '12 votes']);
    expect([0, 1, 12].map(polls.nl.votes)).to.deep.equal(['0 stemmen', '1 stem', '12 stemmen']);
    expect([0, 1, 12].map(polls.en.votes)).to.deep.equal(['0 votes', '1 vote', '12 votes']);
  });

  it('format numbers and percentages per locale', () => {
    // French groups digits and sets % apart with a no-break space (which one depends on the ICU version).
    expect(polls.fr.votes(1234)).to.match(/^1[\u00a0\u202f]234 votes$/);
    expect(polls.en.votes(1234)).to.equal('1,234 votes');
    expect(formatPercent('fr', 0.42)).to.match(/^42[\u00a0\u202f]%$/);
    expect(formatPercent('en', 0.42)).to.equal('42%');
    expect(polls.fr.turnout(3)).to.equal('Participation\u00a0: 3 votes');
  });

  it('fall back to the generic message for codes newer than the bundle', () => {
    expect(errorMessage(shared.en, 'shiny_new_code')).to.equal(shared.en.errors.internal_error);
    expect(errorMessage(shared.nl, 'members_only')).to.equal(shared.nl.errors.members_only);
  });

  it('load Dutch and English on demand, once per page; French is always at hand', async () => {
    // Identity checks as booleans: a failing diff of objects full of functions stalls the runner.
    expect(sharedDictionaries.loaded('fr') === fr, 'French bundled').to.be.true;
    const first = sharedDictionaries.load('nl');
    expect(sharedDictionaries.load('nl') === first, 'one fetch for two requests').to.be.true;
    expect((await first) === nl, 'Dutch loaded').to.be.true;
    expect(sharedDictionaries.loaded('nl') === nl, 'Dutch kept').to.be.true;
    expect((await sharedDictionaries.load('en')) === en, 'English loaded').to.be.true;
    expect((await sharedDictionaries.load('fr')) === fr, 'French at once').to.be.true;
  });

  it('give a widget the shared part and its own, merged, in each language', async () => {
    expect(pollDictionaries.fr.vote).to.equal('Voter');
    expect(pollDictionaries.fr.retry).to.equal('Réessayer');
    expect(pollDictionaries.loaded('en') === undefined, 'English not loaded yet').to.be.true;
    const english = await pollDictionaries.load('en');
    expect(english.$code).to.equal('en');
    expect(english.vote === polls.en.vote && english.errors === en.errors, 'both parts').to.be.true;
    expect(pollDictionaries.loaded('en') === english, 'kept for the page').to.be.true;
    expect(sharedDictionaries.loaded('en') === en, 'shared part kept for the other widgets').to.be.true;
  });

  it('try again after a dictionary could not be fetched', async () => {
    let attempts = 0;
    const flaky = dictionaries(
      { hello: 'Bonjour' },
      {
        nl: async () => {
          attempts += 1;
          if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
          return { hello: 'Hallo' };
        },
        en: async () => ({ hello: 'Hello' }),
      },
    );
    let failed = false;
    await flaky.load('nl').catch(() => {
      failed = true;
    });
    expect(failed, 'first attempt rejected').to.be.true;
    expect(flaky.loaded('nl')).to.equal(undefined);
    expect((await flaky.load('nl')).hello).to.equal('Hallo');
    expect(attempts).to.equal(2);
  });
});
