/** `<sip-contribution-form>`'s dictionaries: complete in every language. */
import { expect } from '@open-wc/testing';
import { describeWidgetDictionaries } from '../../internal/dictionary-checks.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { frFeedback } from './fr-feedback.ts';
import { nl } from './nl.ts';

// French's feedback comes with the submission's code: checked here as part of the French dictionary.
describeWidgetDictionaries('<sip-contribution-form>', { fr: { ...fr, feedback: frFeedback }, nl, en });

describe('<sip-contribution-form> French dictionary', () => {
  it('leaves the feedback to the submission code: the first render never shows it', () => {
    expect(fr).not.to.have.property('feedback');
  });
});
