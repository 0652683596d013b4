/**
 * What `<sip-event-calendar>` says in French in an event's details, its
 * registration, the guest form, the month and the subscribe panel. Part of
 * their code (see ../details.ts), not of the French dictionary: the list
 * never needs it. Dutch and English keep theirs in their dictionaries
 * (`details`), which are fetched on demand already.
 */
import { plural } from '../../translations/format.ts';
import type { DetailsStrings } from './translation.ts';

const events = (count: number) => plural('fr', count, { one: '# événement', other: '# événements' });

export const frDetails: DetailsStrings = {
  seatModes: { in_person: 'sur place', online: 'en ligne' },

  fullWaitlist: 'Complet — inscrivez-vous sur la liste d’attente',

  subscribeHelp:
    'S’abonner ajoute les événements choisis par ces filtres à votre agenda (Google Agenda, Outlook, ' +
    'Apple Calendrier…). L’agenda se met à jour tout seul\u00a0: les nouveaux événements, les changements ' +
    'et les annulations y apparaissent sans rien faire.',
  subscribeLink: 'Ouvrir dans mon agenda',
  feedUrlLabel: 'Ou copiez cette adresse dans votre agenda («\u00a0ajouter par URL\u00a0»)',
  copyUrl: 'Copier l’adresse',
  copied: 'Adresse copiée.',
  copyFailed: 'La copie n’a pas fonctionné\u00a0: l’adresse est sélectionnée, copiez-la avec Ctrl+C.',
  myFeed: 'Mes inscriptions dans mon agenda',
  myFeedPrivate:
    'Ce lien est personnel\u00a0: il montre les événements auxquels vous êtes inscrit·e. Ne le partagez pas.',
  resetFeed: 'Réinitialiser ce lien',
  resetWarning:
    'Un nouveau lien remplacera celui-ci, qui ne fonctionnera plus\u00a0: les agendas abonnés à l’ancien lien ne se mettront plus à jour.',
  resetConfirm: 'Oui, créer un nouveau lien',
  resetCancel: 'Annuler',
  feedReset: 'Nouveau lien créé. L’ancien lien ne fonctionne plus.',

  whenHeading: 'Quand',
  inZone: (range, zone) => `${range} (${zone})`,
  yourTime: (range, zone) => `Chez vous\u00a0: ${range} (${zone})`,
  whereHeading: 'Où',
  themesLabel: 'Thèmes',
  languagesLabel: 'Langues parlées',
  facilitatorLabel: 'Animation',
  referentsLabel: 'Administrateur·rices référent·es',
  secretaryLabel: 'Secrétariat de séance',
  accessibilityLabel: 'Accessibilité',
  stepFree: 'Accès de plain-pied',
  notStepFree: 'Lieu sans accès de plain-pied',
  signLanguage: 'Interprétation en langue des signes',
  audienceLabel: 'Qui peut s’inscrire',
  seatsLabel: 'Places',
  waiting: (count) => plural('fr', count, { one: '# personne en attente', other: '# personnes en attente' }),

  minutesHeading: 'Compte rendu',
  attendees: (count) => plural('fr', count, { one: '# participant·e', other: '# participant·es' }),
  byRoleLabel: 'Par partie prenante',
  byTerritoryLabel: 'Par territoire',

  calendarHeading: 'Ajouter à mon agenda',
  downloadIcs: 'Fichier agenda (.ics)',
  addToGoogle: 'Google Agenda',
  addToOutlook: 'Outlook',
  newTab: '(nouvel onglet)',

  registrationHeading: 'Inscription',
  register: 'M’inscrire',
  registerIn: (mode) => `M’inscrire ${mode}`,
  joinWaitlist: 'Rejoindre la liste d’attente',
  joinWaitlistIn: (mode) => `Rejoindre la liste d’attente ${mode}`,
  chooseMode: 'Comment participez-vous\u00a0?',
  myRegistration: {
    confirmed: (mode) => `Vous êtes inscrit·e (${mode}).`,
    waitlisted: (mode, position) =>
      position
        ? `Vous êtes sur la liste d’attente (${mode})\u00a0: position ${position}.`
        : `Vous êtes sur la liste d’attente (${mode}).`,
    pending_confirmation: (mode, until) =>
      `Votre place (${mode}) attend votre confirmation\u00a0: suivez le lien reçu par e-mail` +
      (until ? ` avant le ${until}.` : '.'),
  },
  cancelRegistration: 'Annuler mon inscription',
  confirmCancel: 'Annuler votre inscription\u00a0? Votre place sera libérée pour quelqu’un d’autre.',
  confirmCancelYes: 'Oui, annuler',
  keepSeat: 'Garder ma place',
  registrationCancelled: 'Votre inscription est annulée.',
  eventCancelled: 'Cet événement est annulé.',
  eventPast: 'Cet événement a eu lieu.',
  registered: {
    confirmed: 'C’est noté, vous êtes inscrit·e.',
    waitlisted: 'Vous êtes sur la liste d’attente.',
  },

  guestStart: 'M’inscrire sans compte',
  guestIntro:
    'Donnez votre nom et votre adresse e-mail\u00a0: vous recevrez un lien pour confirmer votre place.',
  nameLabel: 'Nom',
  emailLabel: 'Adresse e-mail',
  emailHint: 'Pour confirmer votre place, puis le rappel. Jamais publiée.',
  consentLabel: 'J’accepte que mon nom et mon adresse servent à organiser cet événement.',
  privacyLink: 'Vie privée',
  guestSubmit: 'Réserver ma place',
  guestErrors: {
    mode: 'Choisissez sur place ou en ligne.',
    name: 'Indiquez votre nom.',
    email: 'Indiquez une adresse e-mail valide, par exemple nom@exemple.be.',
    consent: 'Cochez la case pour accepter.',
  },
  checkEmail: (until) =>
    'Vérifiez votre boîte e-mail pour confirmer votre place' +
    (until ? ` (elle vous est réservée jusqu’au ${until}).` : '.'),

  previousMonth: 'Mois précédent',
  nextMonth: 'Mois suivant',
  eventsOnDay: (count) => events(count),
  dayHeading: (date) => `Le ${date}`,
  noEventsOnDay: 'Aucun événement ce jour-là.',

  problems: {
    event_not_found: 'Cet événement est introuvable. Il a peut-être été retiré.',
    event_cancelled: 'Cet événement est annulé\u00a0: on ne peut plus s’y inscrire.',
    event_past: 'Cet événement a déjà eu lieu.',
    mode_not_offered: 'Cet événement n’a pas lieu sous cette forme. Rechargez la page.',
    event_full: 'Il n’y a plus de place, et cet événement n’a pas de liste d’attente.',
    already_registered: 'Vous êtes déjà inscrit·e à cet événement.',
    guests_not_allowed:
      'Cet événement est réservé aux personnes connectées\u00a0: connectez-vous sur le site.',
    registration_not_found: 'Aucune inscription à annuler n’a été trouvée.',
    confirmation_expired: 'Le lien de confirmation a expiré. Inscrivez-vous à nouveau.',
    sign_in_required: 'Connectez-vous sur le site pour vous inscrire.',
    members_only: 'Cet événement est réservé aux sociétaires. Connectez-vous avec un compte de sociétaire.',
  },
};
