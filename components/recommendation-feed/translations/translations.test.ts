/** `<sip-recommendation-feed>`'s dictionaries: complete in every language, and said as each language says it. */
import { expect } from '@open-wc/testing';
import { PUBLIC_STATUSES } from '../../../schema/recommendation-lifecycle.ts';
import { describeWidgetDictionaries } from '../../internal/dictionary-checks.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { nl } from './nl.ts';

describeWidgetDictionaries('<sip-recommendation-feed>', { fr, nl, en });

describe('<sip-recommendation-feed> strings', () => {
  it('count supports with each language’s plural rules', () => {
    expect([0, 1, 2].map(fr.supports)).to.deep.equal(['0 soutien', '1 soutien', '2 soutiens']);
    expect([0, 1, 2].map(nl.supports)).to.deep.equal([
      '0 steunbetuigingen',
      '1 steunbetuiging',
      '2 steunbetuigingen',
    ]);
    expect([1, 1200].map(en.supports)).to.deep.equal(['1 supporter', '1,200 supporters']);
  });

  it('name every public status differently', () => {
    for (const strings of [fr, nl, en]) {
      const labels = PUBLIC_STATUSES.map((status) => strings.statuses[status]);
      expect(new Set(labels).size).to.equal(labels.length);
    }
  });

  it('say which language is shown, in the visitor’s', () => {
    expect(fr.shownIn(fr.languageNames.nl)).to.equal('Texte affiché en néerlandais');
    expect(nl.shownIn(nl.languageNames.fr)).to.equal('Tekst getoond in het Frans');
    expect(en.shownIn(en.languageNames.nl)).to.equal('Text shown in Dutch');
  });

  it('give a version number only to a revised answer', () => {
    expect(fr.answeredOn('2 avril 2026', 1)).to.equal('Réponse du 2 avril 2026');
    expect(en.answeredOn('April 20, 2026', 2)).to.equal('Answer of April 20, 2026 (version 2)');
  });
});
