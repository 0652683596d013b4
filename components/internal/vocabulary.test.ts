import { expect } from '@open-wc/testing';
import * as common from '../../schema/common.ts';
import { LANGUAGES, localize, ROLES } from './vocabulary.ts';

describe('vocabulary', () => {
  it('is the shared schema’s', () => {
    expect(LANGUAGES).to.deep.equal(common.LANGUAGES);
    expect(ROLES).to.deep.equal(common.ROLES);
    const text = { fr: 'Bonjour', nl: 'Hallo', en: '' };
    for (const language of common.LANGUAGES) {
      expect(localize(text, language)).to.equal(common.localize(text, language));
    }
  });
});
