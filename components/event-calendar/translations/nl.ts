/** `<sip-event-calendar>` in Dutch: the list's words. */
import { plural } from '../../translations/format.ts';
import type { EventCalendarStrings } from './translation.ts';

const events = (count: number) => plural('nl', count, { one: '# activiteit', other: '# activiteiten' });

export const nl: EventCalendarStrings = {
  listLabel: 'Activiteiten',

  filtersLabel: 'Activiteiten filteren',
  themeLabel: 'Thema',
  territoryLabel: 'Regio',
  formatLabel: 'Soort',
  modeLabel: 'Deelname',
  whenLabel: 'Periode',
  anyTheme: 'Alle thema’s',
  anyTerritory: 'Alle regio’s',
  anyFormat: 'Alle soorten',
  anyMode: 'Ter plaatse of online',
  periods: { upcoming: 'Komende', past: 'Voorbije' },
  viewLabel: 'Weergave',
  views: { list: 'Lijst', month: 'Maand' },

  formats: { workshop: 'Workshop', small_talk: 'Small talk' },
  modes: { in_person: 'Ter plaatse', online: 'Online', hybrid: 'Ter plaatse en online' },
  online: 'Online',
  labelled: (label, value) => `${label}: ${value}`,
  cancelledBadge: 'Geannuleerd',

  empty: 'Geen activiteiten voor deze filters.',
  found: (count, more) => (more ? `${events(count)} getoond, er volgen er meer.` : `${events(count)}.`),
  loadMore: 'Meer activiteiten tonen',
  seatsLeft: (left, capacity) =>
    `${plural('nl', left, { one: 'nog # plaats', other: 'nog # plaatsen' })} van ${capacity}`,
  full: 'Volzet',

  subscribe: 'Abonneren op deze activiteiten',

  back: 'Terug naar de activiteiten',
};
