/** `<sip-event-calendar>` in English: the list's words. */
import { plural } from '../../translations/format.ts';
import type { EventCalendarStrings } from './translation.ts';

const events = (count: number) => plural('en', count, { one: '# event', other: '# events' });

export const en: EventCalendarStrings = {
  listLabel: 'Events',

  filtersLabel: 'Filter the events',
  themeLabel: 'Theme',
  territoryLabel: 'Territory',
  formatLabel: 'Format',
  modeLabel: 'Taking part',
  whenLabel: 'Period',
  anyTheme: 'All themes',
  anyTerritory: 'All territories',
  anyFormat: 'All formats',
  anyMode: 'In person or online',
  periods: { upcoming: 'Upcoming', past: 'Past' },
  viewLabel: 'View',
  views: { list: 'List', month: 'Month' },

  formats: { workshop: 'Workshop', small_talk: 'Small talk' },
  modes: { in_person: 'In person', online: 'Online', hybrid: 'In person and online' },
  online: 'Online',
  labelled: (label, value) => `${label}: ${value}`,
  cancelledBadge: 'Cancelled',

  empty: 'No event matches these filters.',
  found: (count, more) => (more ? `${events(count)} shown, more follow.` : `${events(count)}.`),
  loadMore: 'Show more events',
  seatsLeft: (left, capacity) =>
    `${plural('en', left, { one: '# seat left', other: '# seats left' })} of ${capacity}`,
  full: 'Full',

  subscribe: 'Subscribe to these events',

  back: 'Back to the events',
};
