import { expect } from '@open-wc/testing';
/** The publication view's dictionaries: complete in every language. */
import { expectSameKeys } from '../../../internal/dictionary-checks.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { PUBLICATION_NAV_LABEL } from './nav.ts';
import { nl } from './nl.ts';

describe('the publication view’s dictionaries', () => {
  it('fr, nl and en define exactly the same keys', () => expectSameKeys({ fr, nl, en }, 'publication view'));

  it('name the view in the navigation as its heading does', () => {
    expect(PUBLICATION_NAV_LABEL).to.deep.equal({ fr: fr.heading, nl: nl.heading, en: en.heading });
  });
});
