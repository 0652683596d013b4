import { expect } from '@open-wc/testing';
import { AUDIENCES, BREAKDOWN_ROLES, LANGUAGES, ROLES } from '../../../../schema/common.ts';
import {
  EVENT_FORMATS,
  EVENT_MODES,
  EVENT_PROBLEMS,
  EVENT_STATUSES,
  REGISTRATION_STATUSES,
  SEAT_MODES,
} from '../../../../schema/events.ts';
import { expectSameKeys } from '../../../internal/dictionary-checks.ts';
import { en as pageEn } from '../../translations/en.ts';
import { fr as page } from '../../translations/fr.ts';
import { FIELD_MESSAGES } from '../form-model.ts';
import { eventsErrorMessage } from './dictionaries.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { EVENTS_NAV_LABEL } from './nav.ts';
import { nl } from './nl.ts';

const translations = { fr, nl, en };
const sorted = (list: readonly string[]) => [...list].sort();

describe('events view dictionaries', () => {
  it('fr, nl and en define exactly the same keys', () => expectSameKeys(translations, 'events'));

  it('name every format, mode, status, audience, language, field message and problem of the contract', () => {
    for (const language of LANGUAGES) {
      const w = translations[language];
      expect(w.$code).to.equal(language);
      expect(sorted(Object.keys(w.formats)), language).to.deep.equal(sorted(EVENT_FORMATS));
      expect(sorted(Object.keys(w.modes)), language).to.deep.equal(sorted(EVENT_MODES));
      expect(sorted(Object.keys(w.seatModes)), language).to.deep.equal(sorted(SEAT_MODES));
      expect(sorted(Object.keys(w.statuses)), language).to.deep.equal(sorted(EVENT_STATUSES));
      expect(sorted(Object.keys(w.registrations.statuses)), language).to.deep.equal(
        sorted(REGISTRATION_STATUSES),
      );
      expect(sorted(Object.keys(w.audiences)), language).to.deep.equal(sorted(AUDIENCES));
      expect(sorted(Object.keys(w.languages)), language).to.deep.equal(sorted(LANGUAGES));
      expect(sorted(Object.keys(w.fieldErrors)), language).to.deep.equal(sorted(FIELD_MESSAGES));
      expect(sorted(Object.keys(w.problems)), language).to.deep.equal(
        sorted([...Object.keys(EVENT_PROBLEMS), 'slug_taken', 'territory_not_found']),
      );
      // The breakdown's categories: the page names the roles, these words the rest.
      expect(sorted([...ROLES, ...Object.keys(w.minutes.otherRoles)]), language).to.deep.equal(
        sorted(BREAKDOWN_ROLES),
      );
      expect(EVENTS_NAV_LABEL[language], language).to.be.a('string').and.not.empty;
    }
  });

  it('count with each language’s plural rules', () => {
    expect([0, 1, 2].map(fr.list.loaded)).to.deep.equal([
      '0 événement affiché',
      '1 événement affiché',
      '2 événements affichés',
    ]);
    expect([0, 1, 2].map(en.list.loaded)).to.deep.equal([
      '0 events shown',
      '1 event shown',
      '2 events shown',
    ]);
    expect([0, 1, 2].map(nl.list.loaded)).to.deep.equal([
      '0 evenementen getoond',
      '1 evenement getoond',
      '2 evenementen getoond',
    ]);
    expect(fr.list.seatCount('En ligne', 1, 1_500, 1_499)).to.equal(
      'En ligne\u00a0: 1 / 1\u202f500 prises, 1\u202f499 libres',
    );
    expect(fr.cancel.warning(1)).to.match(/^La personne inscrite/);
    expect(en.minutes.total(1)).to.equal('1 person attended');
    expect(fr.event.reminder(0)).to.equal('Pas de rappel');
  });

  it('explain the events’ own codes first, then the page’s, then the generic message', () => {
    expect(eventsErrorMessage(page, fr, 'event_has_registrations')).to.equal(
      fr.problems.event_has_registrations,
    );
    expect(eventsErrorMessage(page, fr, 'admin_forbidden')).to.equal(page.errors.admin_forbidden);
    expect(eventsErrorMessage(pageEn, en, 'shiny_new_code')).to.equal(pageEn.errors.internal_error);
  });
});
