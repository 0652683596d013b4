/** `<sip-event-calendar>` in French: the list's words. */
import { plural } from '../../translations/format.ts';
import type { EventCalendarStrings } from './translation.ts';

const events = (count: number) => plural('fr', count, { one: '# événement', other: '# événements' });

export const fr: EventCalendarStrings = {
  listLabel: 'Événements',

  filtersLabel: 'Filtrer les événements',
  themeLabel: 'Thème',
  territoryLabel: 'Territoire',
  formatLabel: 'Format',
  modeLabel: 'Participation',
  whenLabel: 'Période',
  anyTheme: 'Tous les thèmes',
  anyTerritory: 'Tous les territoires',
  anyFormat: 'Tous les formats',
  anyMode: 'Sur place ou en ligne',
  periods: { upcoming: 'À venir', past: 'Passés' },
  viewLabel: 'Affichage',
  views: { list: 'Liste', month: 'Mois' },

  formats: { workshop: 'Atelier', small_talk: 'Small talk' },
  modes: { in_person: 'Sur place', online: 'En ligne', hybrid: 'Sur place et en ligne' },
  online: 'En ligne',
  labelled: (label, value) => `${label}\u00a0: ${value}`,
  cancelledBadge: 'Annulé',

  empty: 'Aucun événement ne correspond à ces filtres.',
  found: (count, more) => (more ? `${events(count)} affichés, d’autres suivent.` : `${events(count)}.`),
  loadMore: 'Afficher plus d’événements',
  seatsLeft: (left, capacity) =>
    `${plural('fr', left, { one: '# place restante', other: '# places restantes' })} sur ${capacity}`,
  full: 'Complet',

  subscribe: 'S’abonner à ces événements',

  back: 'Retour aux événements',
};
