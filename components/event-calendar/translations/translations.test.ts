/** `<sip-event-calendar>`'s dictionaries: complete in every language, the details' words apart, and wired to the shared part. */
import { expect } from '@open-wc/testing';
import { describeWidgetDictionaries } from '../../internal/dictionary-checks.ts';
import { sharedDictionaries } from '../../translations/dictionaries.ts';
import { en as sharedEn } from '../../translations/en.ts';
import { fr as sharedFr } from '../../translations/fr.ts';
import { eventCalendarDictionaries } from './dictionaries.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { frDetails } from './fr-details.ts';
import { nl } from './nl.ts';

// French's details come with their code: merged back in, the three languages define the same keys.
describeWidgetDictionaries('<sip-event-calendar>', { fr: { ...fr, details: frDetails }, nl, en });

describe('<sip-event-calendar> strings', () => {
  it('give the details’ words keys of their own (they are merged flat over the rest)', () => {
    const rest = [...Object.keys(fr), ...Object.keys(sharedFr)];
    expect(Object.keys(frDetails).filter((key) => rest.includes(key))).to.be.empty;
  });

  it('count events and seats with each language’s plural rules', () => {
    expect([0, 1, 3].map((count) => fr.found(count, false))).to.deep.equal([
      '0 événement.',
      '1 événement.',
      '3 événements.',
    ]);
    expect(nl.found(10, true)).to.equal('10 activiteiten getoond, er volgen er meer.');
    expect(en.seatsLeft(1, 20)).to.equal('1 seat left of 20');
    expect(fr.seatsLeft(2, 20)).to.equal('2 places restantes sur 20');
    expect(nl.seatsLeft(1, 20)).to.equal('nog 1 plaats van 20');
    expect(en.details.waiting(1)).to.equal('1 person waiting');
    expect(frDetails.attendees(1234)).to.match(/^1[\u00a0\u202f]234 participant·es$/);
  });

  it('put a no-break space before a French colon, and none in Dutch or English', () => {
    expect(fr.labelled('Sur place', 'Complet')).to.equal('Sur place\u00a0: Complet');
    expect(en.labelled('In person', 'Full')).to.equal('In person: Full');
    expect(frDetails.myRegistration.waitlisted('sur place', 2)).to.equal(
      'Vous êtes sur la liste d’attente (sur place)\u00a0: position 2.',
    );
    expect(nl.details.checkEmail(null)).to.equal('Kijk in je mailbox om je plaats te bevestigen.');
  });

  it('are merged with the shared part, in each language', async () => {
    expect(eventCalendarDictionaries.fr.loadMore).to.equal('Afficher plus d’événements');
    expect(eventCalendarDictionaries.fr.retry).to.equal('Réessayer');
    expect(eventCalendarDictionaries.fr.details, 'French’s details come with their code').to.be.undefined;
    const english = await eventCalendarDictionaries.load('en');
    expect(english.loadMore === en.loadMore && english.errors === sharedEn.errors, 'both parts').to.be.true;
    expect(english.details === en.details, 'and the details’ words').to.be.true;
    expect(sharedDictionaries.loaded('en') === sharedEn, 'shared part kept for the other widgets').to.be.true;
  });
});
