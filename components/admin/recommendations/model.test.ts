import { expect } from '@open-wc/testing';
import { check, errorsFromProblem, newDraft } from './form-model.ts';
import { bodiesFor, defaultBody, movesFor, shown, slugFrom, writtenOf } from './model.ts';

describe('recommendations model', () => {
  it('offers each body the moves of the lifecycle table, and nothing from a final status', () => {
    expect(movesFor('draft', 'steering_committee')).to.deep.equal(['submitted']);
    expect(movesFor('draft', 'board')).to.deep.equal([]);
    expect(movesFor('under_review', 'board')).to.deep.equal([
      'adopted',
      'partially_adopted',
      'not_adopted',
      'withdrawn',
    ]);
    expect(movesFor('adopted', 'board')).to.deep.equal(['in_progress', 'implemented', 'withdrawn']);
    expect(movesFor('withdrawn', 'board')).to.deep.equal([]);
    expect(movesFor('merged', 'steering_committee')).to.deep.equal([]);
  });

  it('lets an editor act for the steering committee, the board for itself, an admin for either', () => {
    expect(bodiesFor('editor')).to.deep.equal(['steering_committee']);
    expect(bodiesFor('board')).to.deep.equal(['board']);
    expect(bodiesFor('admin')).to.deep.equal(['steering_committee', 'board']);
    expect(bodiesFor('moderator')).to.deep.equal([]);
    expect(defaultBody(bodiesFor('admin'), 'draft')).to.equal('steering_committee');
    expect(defaultBody(bodiesFor('admin'), 'in_progress')).to.equal('board');
  });

  it('shows a text in the reader’s language, else in its first language', () => {
    expect(shown({ nl: 'Hallo', en: 'Hello' }, 'en')).to.deep.equal({ text: 'Hello', language: 'en' });
    expect(shown({ nl: 'Hallo', en: 'Hello' }, 'fr')).to.deep.equal({ text: 'Hallo', language: 'nl' });
    expect(writtenOf({ fr: '  ', nl: ' Hallo ', en: '' })).to.deep.equal({ nl: 'Hallo' });
  });

  it('proposes a slug from a title', () => {
    expect(slugFrom('Économie sociale : « nos outils » !')).to.equal('economie-sociale-nos-outils');
    expect(slugFrom('x'.repeat(80))).to.have.length(64);
  });

  it('checks a draft with the API’s schema and places the API’s refusals', () => {
    const draft = { ...newDraft(), slug: 'Pas Un Slug', theme: 'outils-communs', year: '1999' };
    const checked = check({ ...draft, title: { fr: '', nl: 'Titel', en: '' } });
    expect(checked.success).to.be.false;
    if (checked.success) return;
    expect(checked.errors).to.deep.equal({
      slug: 'slug',
      year: 'year',
      summary: 'oneLanguage',
      text: 'oneLanguage',
    });
    expect(errorsFromProblem('recommendation_exists', [])).to.deep.equal({ slug: 'slugTaken' });
    expect(
      errorsFromProblem('validation_failed', [
        { path: 'title.en', message: 'too long' },
        { path: 'sources.0', message: 'unknown' },
      ]),
    ).to.deep.equal({ 'title.en': 'tooLong' });
  });
});
