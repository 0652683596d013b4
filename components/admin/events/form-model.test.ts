import { expect } from '@open-wc/testing';
import {
  changesOf,
  check,
  draftOf,
  errorsFromPaths,
  errorsFromProblem,
  fieldOf,
  newDraft,
} from './form-model.ts';
import { eventView } from './test-utils.ts';

describe('the event form’s model', () => {
  it('points each issue path at the field it is about', () => {
    expect(fieldOf('title.fr')).to.equal('title.fr');
    expect(fieldOf('themes.0')).to.equal('themes');
    expect(fieldOf('capacity')).to.equal('capacity');
    expect(fieldOf('capacity.online')).to.equal('capacity.online');
    expect(fieldOf('accessibility.note.nl')).to.equal('accessibility.note.nl');
    expect(fieldOf('referents.1')).to.equal('referents.1');
    expect(fieldOf('')).to.be.undefined;
    expect(fieldOf('sequence')).to.be.undefined;
    expect(errorsFromPaths(['endsAt', 'endsAt', 'capacity.in_person'])).to.deep.equal({
      endsAt: 'endsAt',
      'capacity.in_person': 'capacity',
    });
  });

  it('places the API’s field codes beside their field', () => {
    expect(errorsFromProblem('slug_taken', [])).to.deep.equal({ slug: 'slugTaken' });
    expect(errorsFromProblem('event_has_registrations', [])).to.deep.equal({ capacity: 'seatsTaken' });
    expect(
      errorsFromProblem('validation_failed', [{ path: 'onlineUrl', message: 'Invalid URL' }]),
    ).to.deep.equal({
      onlineUrl: 'onlineUrl',
    });
    expect(errorsFromProblem('internal_error', [{ path: 'slug', message: 'x' }])).to.deep.equal({});
  });

  it('checks an empty form with the API’s schema', () => {
    const checked = check(newDraft());
    expect(checked.success).to.be.false;
    if (checked.success) return;
    expect(Object.keys(checked.errors)).to.include.members([
      'slug',
      'title.fr',
      'description.fr',
      'territory',
      'startsAt',
      'endsAt',
    ]);
  });

  it('reads an event back into the form unchanged, and sends only what an edit changed', () => {
    const event = eventView({ startsAt: '2030-07-01T16:00:00.000Z', endsAt: '2030-07-01T18:00:00.000Z' });
    const original = draftOf(event);
    expect(original.startsAt).to.equal('2030-07-01T18:00');
    const same = check(original);
    expect(same.success).to.be.true;
    if (!same.success) return;
    expect(changesOf(same.input, original)).to.deep.equal({});

    const edited = check({
      ...original,
      endsAt: '2030-07-01T19:30',
      referents: ['Jan Peeters', 'Ana Lopes'],
    });
    if (!edited.success) throw new Error('the edit should pass');
    expect(changesOf(edited.input, original)).to.deep.equal({
      endsAt: '2030-07-01T17:30:00.000Z',
      referents: ['Jan Peeters', 'Ana Lopes'],
    });
  });

  it('leaves out what the mode does not use, whatever the form still holds', () => {
    const draft = {
      ...draftOf(eventView()),
      mode: 'online' as const,
      capacityOnline: '50',
      onlineUrl: 'https://meet.example/abc',
    };
    const checked = check(draft);
    if (!checked.success) throw new Error(JSON.stringify(checked.errors));
    expect(checked.input.place).to.be.null;
    expect(checked.input.capacity).to.deep.equal({ online: 50 });
    expect(checked.input.onlineUrl).to.equal('https://meet.example/abc');
  });
});
