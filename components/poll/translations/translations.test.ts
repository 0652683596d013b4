/** `<sip-poll>`'s dictionaries: complete in every language, and wired to the shared part. */
import { expect } from '@open-wc/testing';
import { describeWidgetDictionaries } from '../../internal/dictionary-checks.ts';
import { sharedDictionaries } from '../../translations/dictionaries.ts';
import { en as sharedEn } from '../../translations/en.ts';
import { pollDictionaries } from './dictionaries.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { nl } from './nl.ts';

describeWidgetDictionaries('<sip-poll>', { fr, nl, en });

describe('<sip-poll> strings', () => {
  it('say "1 vote" and "12 votes" in each language, with each language’s plural rules', () => {
    expect([0, 1, 12].map(fr.votes)).to.deep.equal(['0 vote', '1 vote', '12 votes']);
    expect([0, 1, 12].map(nl.votes)).to.deep.equal(['0 stemmen', '1 stem', '12 stemmen']);
    expect([0, 1, 12].map(en.votes)).to.deep.equal(['0 votes', '1 vote', '12 votes']);
  });

  it('format numbers per locale', () => {
    // French groups digits with a no-break space (which one depends on the ICU version).
    expect(fr.votes(1234)).to.match(/^1[\u00a0\u202f]234 votes$/);
    expect(en.votes(1234)).to.equal('1,234 votes');
    expect(fr.turnout(3)).to.equal('Participation\u00a0: 3 votes');
  });

  it('are merged with the shared part, in each language', async () => {
    expect(pollDictionaries.fr.vote).to.equal('Voter');
    expect(pollDictionaries.fr.retry).to.equal('Réessayer');
    expect(pollDictionaries.loaded('en') === undefined, 'English not loaded yet').to.be.true;
    const english = await pollDictionaries.load('en');
    expect(english.$code).to.equal('en');
    expect(english.vote === en.vote && english.errors === sharedEn.errors, 'both parts').to.be.true;
    expect(pollDictionaries.loaded('en') === english, 'kept for the page').to.be.true;
    expect(sharedDictionaries.loaded('en') === sharedEn, 'shared part kept for the other widgets').to.be.true;
  });
});
