/**
 * French: the default and the fallback. A no-break space (U+00A0) before `:`
 * and `?`, and inclusive writing with the middle dot, as the cooperative does.
 */
import { formatNumber, plural } from '../../../translations/format.ts';
import type { EventsTranslation } from './translation.ts';

const n = (value: number) => formatNumber('fr', value);

export const fr: EventsTranslation = {
  $code: 'fr',

  heading: 'Événements',
  create: 'Nouvel événement',
  backToList: 'Retour à la liste des événements',

  formats: { workshop: 'Atelier', small_talk: 'Petite causerie' },
  modes: { in_person: 'En présentiel', online: 'En ligne', hybrid: 'Hybride (présentiel et en ligne)' },
  seatModes: { in_person: 'En présentiel', online: 'En ligne' },
  statuses: { scheduled: 'Programmé', cancelled: 'Annulé' },
  audiences: {
    public: 'Ouvert à toutes et à tous',
    participants: 'Participant·es connecté·es sur le site',
    members: 'Sociétaires uniquement',
  },
  languages: { fr: 'Français', nl: 'Néerlandais', en: 'Anglais' },

  list: {
    periodLabel: 'Période',
    periods: { upcoming: 'À venir', past: 'Passés' },
    caption: {
      upcoming: 'Événements à venir, les plus proches d’abord',
      past: 'Événements passés, les plus récents d’abord',
    },
    empty: { upcoming: 'Aucun événement à venir.', past: 'Aucun événement passé.' },
    event: 'Événement',
    when: 'Date',
    where: 'Lieu',
    seats: 'Places',
    seatCount: (mode, taken, capacity, left) =>
      `${mode}\u00a0: ${n(taken)} / ${n(capacity)} prises, ${plural('fr', left, { one: '# libre', other: '# libres' })}`,
    waitlist: (count) => plural('fr', count, { one: '# en liste d’attente', other: '# en liste d’attente' }),
    loaded: (count) => plural('fr', count, { one: '# événement affiché', other: '# événements affichés' }),
  },

  event: {
    facts: 'L’événement en bref',
    format: 'Format',
    mode: 'Modalité',
    themes: 'Thèmes',
    noTheme: 'Aucun thème',
    territory: 'Territoire',
    place: 'Lieu',
    online: 'En ligne',
    onlineUrl: 'Lien de la réunion en ligne',
    none: 'Non précisé',
    when: 'Date',
    audience: 'Qui peut s’inscrire',
    languages: 'Langues parlées',
    facilitator: 'Animation',
    referents: 'Administrateur·rices référent·es',
    secretary: 'Secrétariat de séance',
    accessibility: 'Accessibilité',
    stepFree: 'Accès de plain-pied',
    signLanguage: 'Interprétation en langue des signes',
    guests: 'Inscription sans compte',
    guestsAllowed: 'Permise (confirmée par e-mail)',
    guestsRefused: 'Non (participant·es connecté·es seulement)',
    waitlist: 'Liste d’attente',
    waitlistOn: 'Oui, quand une modalité est complète',
    waitlistOff: 'Non, une modalité complète refuse les inscriptions',
    reminderLabel: 'Rappel aux personnes inscrites',
    reminder: (hours) =>
      hours === 0
        ? 'Pas de rappel'
        : plural('fr', hours, { one: '# heure avant le début', other: '# heures avant le début' }),
    actions: 'Actions',
    edit: 'Modifier',
    duplicate: 'Dupliquer',
    cancel: 'Annuler l’événement',
    cancelledNotice:
      'Cet événement est annulé. Il reste visible, marqué comme annulé, dans les listes et les agendas.',
    cancelReason: (reason) => `Motif communiqué aux personnes inscrites\u00a0: ${reason}`,
  },

  form: {
    createHeading: 'Nouvel événement',
    editHeading: (title) => `Modifier «\u00a0${title}\u00a0»`,
    editNotice:
      'Les personnes inscrites sont prévenues de tout changement d’horaire, de lieu ou de modalité.',
    about: 'L’événement',
    when: 'Quand',
    where: 'Où et comment',
    who: 'Qui anime',
    accessibility: 'Accessibilité',
    slug: 'Identifiant',
    slugHint: 'Dans l’adresse de l’événement, par exemple atelier-liege-2026-03. Il ne change plus ensuite.',
    format: 'Format',
    title: 'Titre',
    description: 'Description',
    inLanguage: (label, language, optional) =>
      `${label} (${language.toLowerCase()}${optional ? ', facultatif' : ''})`,
    themes: 'Thèmes',
    themesHint: 'Un atelier porte sur un seul thème\u00a0; une petite causerie sur quatre au plus, ou aucun.',
    languages: 'Langues parlées',
    timeZone: 'Fuseau horaire',
    usualZones: 'Les plus courants',
    otherZones: 'Tous les fuseaux',
    startsAt: 'Début',
    endsAt: 'Fin',
    timesHint: (timeZone) => `Heures locales du lieu de l’événement (${timeZone}).`,
    reminderHours: 'Rappel (heures avant le début)',
    reminderHint: '24\u00a0: la veille. 0\u00a0: pas de rappel.',
    mode: 'Modalité',
    territory: 'Territoire',
    chooseTerritory: 'Choisissez un territoire',
    placeName: 'Nom du lieu',
    placeAddress: 'Adresse (rue, code postal, ville)',
    capacityInPerson: 'Places en présentiel',
    capacityOnline: 'Places en ligne',
    onlineUrl: 'Lien de la réunion en ligne',
    onlineUrlHint: 'Envoyé aux seules personnes inscrites et confirmées, jamais affiché publiquement.',
    waitlist: 'Liste d’attente quand une modalité est complète',
    allowGuests: 'Permettre l’inscription sans compte (nom et e-mail, confirmée par un lien)',
    audience: 'Qui peut s’inscrire',
    facilitator: 'Animation',
    referent: (index) => `Administrateur·rice référent·e ${index}`,
    secretary: 'Secrétariat de séance',
    stepFree: 'Accès de plain-pied',
    signLanguage: 'Interprétation en langue des signes',
    accessibilityNote: 'Autres informations d’accessibilité',
    submitCreate: 'Créer l’événement',
    submitEdit: 'Enregistrer les modifications',
    invalid: (count) =>
      plural('fr', count, {
        one: '# champ est à corriger, signalé ci-dessous.',
        other: '# champs sont à corriger, signalés ci-dessous.',
      }),
    unchanged: 'Rien n’a changé\u00a0: aucune modification envoyée.',
    created: (title) => `Événement «\u00a0${title}\u00a0» créé.`,
    saved: (title) => `Modifications de «\u00a0${title}\u00a0» enregistrées.`,
  },

  fieldErrors: {
    slug: 'De 3 à 64 lettres minuscules, chiffres et tirets simples.',
    choice: 'Choisissez une des options proposées.',
    french: 'Écrivez ce texte en français (2\u00a0000 caractères au plus).',
    translation: '2\u00a0000 caractères au plus.',
    themes: 'Un atelier porte sur un seul thème\u00a0; une petite causerie sur quatre au plus.',
    territory: 'Choisissez un territoire.',
    placeName: 'Donnez le nom du lieu (200 caractères au plus).',
    placeAddress: 'Donnez l’adresse sur une ligne (300 caractères au plus).',
    place: 'Donnez le lieu, sauf pour un événement en ligne.',
    startsAt: 'Donnez la date et l’heure du début.',
    endsAt: 'Donnez une fin postérieure au début.',
    capacity: 'Un nombre entier de places, de 1 à 10\u00a0000, pour chaque modalité proposée.',
    onlineUrl: 'Une adresse web complète, commençant par https://.',
    languages: 'Choisissez au moins une langue.',
    person: '120 caractères au plus.',
    referents: 'Deux administrateur·rices référent·es au plus.',
    reminderHours: 'Un nombre entier d’heures, de 0 (pas de rappel) à 336 (deux semaines).',
    slugTaken: 'Cet identifiant est déjà utilisé. Choisissez-en un autre.',
    unknownTerritory: 'Ce territoire est inconnu. Choisissez-en un dans la liste.',
    unknownTheme: 'Un de ces thèmes est introuvable. Rechargez la page puis choisissez à nouveau.',
    seatsTaken:
      'Des personnes inscrites n’auraient plus de place\u00a0: gardez au moins autant de places que d’inscrit·es dans chaque modalité.',
  },

  duplicate: {
    heading: 'Dupliquer l’événement',
    intro: 'La copie reprend tout l’événement, avec la même durée, sans ses inscriptions.',
    slug: 'Identifiant de la copie',
    startsAt: 'Début de la copie',
    submit: 'Créer la copie',
    done: (title) => `Copie de «\u00a0${title}\u00a0» créée.`,
  },

  cancel: {
    heading: 'Annuler l’événement\u00a0?',
    warning: (count) =>
      count === 0
        ? 'Personne n’est encore inscrit. L’événement restera visible, marqué comme annulé.'
        : plural('fr', count, {
            one: 'La personne inscrite (liste d’attente comprise) sera prévenue. L’événement restera visible, marqué comme annulé.',
            other:
              'Les # personnes inscrites (listes d’attente comprises) seront prévenues. L’événement restera visible, marqué comme annulé.',
          }),
    reason: 'Raison (facultative)',
    reasonHint: 'Transmise aux personnes inscrites.',
    confirm: 'Annuler l’événement et prévenir',
    keep: 'Garder l’événement',
    done: (title) => `Événement «\u00a0${title}\u00a0» annulé. Les personnes inscrites seront prévenues.`,
  },

  registrations: {
    heading: 'Inscriptions',
    export: 'Exporter les inscrit·es (CSV)',
    exported: 'Le fichier est téléchargé.',
    empty: 'Personne n’est encore inscrit.',
    caption: (mode, taken, capacity, waiting) =>
      `${mode} — ${n(taken)} / ${n(capacity)} places prises, ${plural('fr', waiting, {
        one: '# en liste d’attente',
        other: '# en liste d’attente',
      })}`,
    none: 'Aucune inscription dans cette modalité.',
    name: 'Nom',
    status: 'État',
    role: 'Catégorie',
    territory: 'Territoire',
    email: 'E-mail',
    registeredAt: 'Inscription',
    attended: 'Présent·e',
    attendedBy: (name) => `${name} était présent·e`,
    unnamed: (index) => `Inscription ${index} (sans nom)`,
    guest: 'sans compte',
    statuses: {
      pending_confirmation: 'En attente de confirmation',
      confirmed: 'Confirmée',
      waitlisted: 'En liste d’attente',
      cancelled: 'Annulée',
    },
    position: (position) => `position ${n(position)}`,
    emailGiven: 'Donné',
    emailNone: 'Aucun',
    attendanceHint: 'Cochez les personnes venues, puis enregistrez une fois pour toutes.',
    attendanceLater: 'Les présences se notent à partir du début de l’événement.',
    saveAttendance: 'Enregistrer les présences',
    attendanceSaved: (present, total) => `Présences enregistrées\u00a0: ${n(present)} sur ${n(total)}.`,
  },

  minutes: {
    heading: 'Compte rendu',
    intro:
      'Le compte rendu écrit par le secrétariat de séance, publié avec le nombre de présent·es par catégorie et par territoire.',
    later: 'Le compte rendu se publie une fois l’événement terminé.',
    cancelled: 'Un événement annulé n’a pas de compte rendu.',
    text: 'Compte rendu',
    required: 'Écrivez le compte rendu en français (20\u00a0000 caractères au plus).',
    tooLong: '20\u00a0000 caractères au plus.',
    publish: 'Publier le compte rendu',
    republish: 'Publier la nouvelle version',
    published: (date) => `Publié le ${date}.`,
    done: 'Compte rendu publié.',
    attendees: 'Présent·es',
    total: (count) => plural('fr', count, { one: '# personne présente', other: '# personnes présentes' }),
    byRole: 'Par catégorie',
    byTerritory: 'Par territoire',
    count: 'Nombre',
    otherRoles: { unspecified: 'Sans catégorie', anonymous: 'Sans compte' },
  },

  problems: {
    event_not_found: 'Cet événement est introuvable. Il a peut-être été supprimé.',
    event_cancelled: 'Cet événement est annulé.',
    event_past: 'Cet événement a déjà eu lieu.',
    mode_not_offered: 'Cet événement ne propose pas cette modalité.',
    event_full: 'Il ne reste plus de place dans cette modalité.',
    already_registered: 'Cette personne est déjà inscrite.',
    guests_not_allowed: 'Cet événement est réservé aux participant·es connecté·es.',
    registration_not_found: 'Cette inscription est introuvable.',
    confirmation_expired: 'Le lien de confirmation a expiré.',
    event_has_registrations:
      'Ce changement laisserait des personnes inscrites sans place. Gardez assez de places dans chaque modalité.',
    event_not_ended:
      'Cet événement n’est pas encore terminé. Le compte rendu se publie une fois l’événement passé.',
    event_edit_conflict:
      'Quelqu’un d’autre a modifié cet événement pendant l’enregistrement. Rechargez-le pour voir ses changements, puis refaites les vôtres.',
    slug_taken: 'Cet identifiant est déjà utilisé. Choisissez-en un autre.',
    territory_not_found: 'Ce territoire est inconnu. Choisissez-en un dans la liste.',
  },
};
