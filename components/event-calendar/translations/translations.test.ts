/** `<sip-event-calendar>`'s dictionaries: complete in every language, its two parts apart, and wired to the shared part. */
import { expect } from '@open-wc/testing';
import { describeWidgetDictionaries } from '../../internal/dictionary-checks.ts';
import { sharedDictionaries } from '../../translations/dictionaries.ts';
import { en as sharedEn } from '../../translations/en.ts';
import { detailsDictionaries } from './details-dictionaries.ts';
import { en as detailsEn } from './details-en.ts';
import { fr as detailsFr } from './details-fr.ts';
import { nl as detailsNl } from './details-nl.ts';
import { eventCalendarDictionaries } from './dictionaries.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { nl } from './nl.ts';

describeWidgetDictionaries('<sip-event-calendar>', {
  fr: { ...fr, ...detailsFr },
  nl: { ...nl, ...detailsNl },
  en: { ...en, ...detailsEn },
});

describe('<sip-event-calendar> strings', () => {
  it('keep the list’s words and the details’ words apart (one would silently win over the other)', () => {
    const list = Object.keys(fr);
    expect(Object.keys(detailsFr).filter((key) => list.includes(key))).to.be.empty;
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
    expect(detailsEn.waiting(1)).to.equal('1 person waiting');
    expect(detailsFr.attendees(1234)).to.match(/^1[\u00a0\u202f]234 participant·es$/);
  });

  it('put a no-break space before a French colon, and none in Dutch or English', () => {
    expect(fr.labelled('Sur place', 'Complet')).to.equal('Sur place\u00a0: Complet');
    expect(en.labelled('In person', 'Full')).to.equal('In person: Full');
    expect(detailsFr.myRegistration.waitlisted('sur place', 2)).to.equal(
      'Vous êtes sur la liste d’attente (sur place)\u00a0: position 2.',
    );
    expect(detailsNl.checkEmail(null)).to.equal('Kijk in je mailbox om je plaats te bevestigen.');
  });

  it('are merged with the shared part, in each language', async () => {
    expect(eventCalendarDictionaries.fr.loadMore).to.equal('Afficher plus d’événements');
    expect(eventCalendarDictionaries.fr.retry).to.equal('Réessayer');
    const english = await eventCalendarDictionaries.load('en');
    expect(english.loadMore === en.loadMore && english.errors === sharedEn.errors, 'both parts').to.be.true;
    expect(sharedDictionaries.loaded('en') === sharedEn, 'shared part kept for the other widgets').to.be.true;
    const details = await detailsDictionaries.load('nl');
    expect(details.register).to.equal('Inschrijven');
  });
});
