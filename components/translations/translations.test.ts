/**
 * The shared part of the dictionaries, and how a widget's part is merged
 * with it. Each widget's own strings are tested in its folder
 * (`<widget>/translations/translations.test.ts`).
 */
import { expect } from '@open-wc/testing';
import { BREAKDOWN_ROLES, LANGUAGES } from '../../schema/common.ts';
import { CORE_PROBLEMS } from '../../schema/problem.ts';
import { expectSameKeys } from '../internal/dictionary-checks.ts';
import { dictionaries, errorMessage, sharedDictionaries, widgetDictionaries } from './dictionaries.ts';
import { en } from './en.ts';
import { formatPercent } from './format.ts';
import { fr } from './fr.ts';
import { nl } from './nl.ts';

const shared = { fr, nl, en };
const coreCodes = Object.entries(CORE_PROBLEMS);
const adminOnly = coreCodes.filter(([, problem]) => 'adminOnly' in problem).map(([code]) => code);

describe('translations', () => {
  it('fr, nl and en define exactly the same keys in the shared part', () => expectSameKeys(shared, 'shared'));

  it('explain every core code a widget may meet, plus the client’s network_error and token_refused, in every language', () => {
    const codes = coreCodes.map(([code]) => code).filter((code) => !adminOnly.includes(code));
    for (const language of LANGUAGES) {
      expect(Object.keys(shared[language].errors).sort(), language).to.deep.equal(
        [...codes, 'network_error', 'token_refused'].sort(),
      );
      for (const message of Object.values(shared[language].errors))
        expect(message).to.be.a('string').and.not.empty;
    }
  });

  it('give the generic message for codes only the admin API answers', () => {
    expect(adminOnly).to.include('admin_unauthorized');
    for (const code of adminOnly) {
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

  it('format percentages per locale', () => {
    // French sets % apart with a no-break space (which one depends on the ICU version).
    expect(formatPercent('fr', 0.42)).to.match(/^42[\u00a0\u202f]%$/);
    expect(formatPercent('en', 0.42)).to.equal('42%');
  });

  it('prefer a widget’s own message for its feature’s codes', () => {
    const t = { ...shared.fr, problems: { poll_not_found: 'Sondage introuvable.' } };
    expect(errorMessage(t, 'poll_not_found')).to.equal('Sondage introuvable.');
    expect(errorMessage(t, 'members_only')).to.equal(shared.fr.errors.members_only);
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
    const widget = widgetDictionaries(
      { send: 'Envoyer' },
      { nl: async () => ({ send: 'Versturen' }), en: async () => ({ send: 'Send' }) },
    );
    expect(widget.fr.send).to.equal('Envoyer');
    expect(widget.fr.retry).to.equal('Réessayer');
    expect(widget.loaded('en') === undefined, 'English not loaded yet').to.be.true;
    const english = await widget.load('en');
    expect(english.$code).to.equal('en');
    expect(english.send === 'Send' && english.errors === en.errors, 'both parts').to.be.true;
    expect(widget.loaded('en') === english, 'kept for the page').to.be.true;
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
