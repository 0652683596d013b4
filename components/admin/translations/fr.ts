/**
 * French: the default and the fallback. A no-break space (U+00A0) before `:`
 * and `?`, and inclusive writing with the middle dot, as the cooperative does.
 */
import { plural } from '../../translations/format.ts';
import type { AdminTranslation } from './translation.ts';

export const fr: AdminTranslation = {
  $code: 'fr',
  $name: 'Français',

  appTitle: 'Modération — Smart in Progress',
  skipToContent: 'Aller au contenu',
  languageLabel: 'Langue',
  loading: 'Chargement…',
  retry: 'Réessayer',
  cancel: 'Annuler',
  close: 'Fermer',
  sending: 'Envoi en cours…',
  required: 'Remplissez ce champ.',
  labelled: (label, value) => `${label}\u00a0: ${value}`,
  loadMore: 'Afficher la suite',

  nav: { label: 'Sections', queue: 'File de modération', audit: 'Journal et exports', erasure: 'Effacement' },

  signIn: {
    heading: 'Connexion',
    intro: 'Collez le jeton d’administration nominatif que vous avez reçu. Il reste dans cet onglet.',
    tokenLabel: 'Jeton d’administration',
    tokenHint: 'Il est oublié à la fermeture de l’onglet ou quand vous vous déconnectez.',
    submit: 'Se connecter',
    accessHint: 'Vous vous connectez avec le compte de votre organisation\u00a0? Rechargez la page.',
    refused: 'Ce jeton n’a pas été accepté. Vérifiez-le puis réessayez.',
    expired: 'Votre session a pris fin. Connectez-vous à nouveau.',
    signedOut: 'Vous êtes déconnecté·e.',
  },
  signedInAs: (name, role) => `Connecté·e en tant que ${name} (${role})`,
  adminRoles: {
    moderator: 'modérateur·rice',
    organiser: 'organisateur·rice',
    editor: 'comité de pilotage',
    board: 'conseil d’administration',
    admin: 'administrateur·rice',
  },
  signOut: 'Se déconnecter',

  statuses: {
    pending: 'En attente',
    reported: 'Signalée',
    published: 'Publiée',
    hidden: 'Masquée',
    rejected: 'Refusée',
  },
  roles: {
    freelancer: 'Travailleur·euse autonome',
    member: 'Sociétaire',
    staff: 'Travailleur·euse permanent·e',
    client: 'Client·e',
    supplier: 'Fournisseur',
    partner: 'Partenaire',
  },
  reportReasons: { spam: 'Spam', offensive: 'Propos offensants', off_topic: 'Hors sujet' },
  rejectionReasons: {
    off_topic: 'Hors sujet',
    offensive: 'Propos offensants',
    spam: 'Spam',
    personal_data: 'Données personnelles',
    duplicate: 'Doublon',
    other: 'Autre raison',
  },
  decisions: { publish: 'Publier', reject: 'Refuser', hide: 'Masquer' },
  auditActions: {
    publish: 'Publication',
    reject: 'Refus',
    hide: 'Masquage',
    auto_hide: 'Masquage automatique (signalements)',
    erase: 'Effacement',
  },

  queue: {
    heading: 'File de modération',
    filters: 'Filtres',
    statusLabel: 'État',
    toReview: 'À traiter (en attente et signalées)',
    themeLabel: 'Thème',
    allThemes: 'Tous les thèmes',
    listLabel: 'Contributions',
    empty: 'Aucune contribution ne correspond à ces filtres.',
    loaded: (count) =>
      plural('fr', count, { one: '# contribution affichée', other: '# contributions affichées' }),
    reports: (count) => plural('fr', count, { one: '# signalement', other: '# signalements' }),
    submittedOn: (date) => `Envoyée le ${date}`,
  },

  detail: {
    heading: 'Contribution',
    noneSelected: 'Choisissez une contribution dans la liste (touches j et k).',
    facts: 'Informations',
    theme: 'Thème',
    status: 'État',
    author: 'Auteur·rice',
    anonymous: 'Anonyme',
    role: 'Partie prenante',
    territory: 'Territoire',
    selfDeclared: 'déclaré par l’auteur·rice',
    email: 'Adresse e-mail',
    emailGiven: 'Laissée pour le suivi (jamais affichée)',
    emailNone: 'Aucune',
    submitted: 'Envoyée le',
    published: 'Publiée le',
    text: 'Texte',
    reports: 'Signalements',
    noReports: 'Aucun signalement.',
    history: 'Historique des décisions',
    noHistory: 'Aucune décision pour l’instant.',
    actions: 'Décision',
    noActions: 'Aucune décision possible dans cet état.',
  },

  reject: {
    heading: 'Refuser la contribution',
    reasonLabel: 'Motif du refus',
    choose: 'Choisissez un motif…',
    noteLabel: 'Message à l’auteur·rice (facultatif)',
    noteHint: 'Envoyé par e-mail si une adresse a été laissée, et gardé dans le journal.',
    submit: 'Confirmer le refus',
    reasonRequired: 'Choisissez un motif pour refuser.',
  },
  decided: {
    publish: (title) => `«\u00a0${title}\u00a0» est publiée.`,
    reject: (title) => `«\u00a0${title}\u00a0» est refusée.`,
    hide: (title) => `«\u00a0${title}\u00a0» est masquée.`,
  },
  notAllowed: (decision, status) =>
    `«\u00a0${decision}\u00a0» n’est pas possible dans l’état «\u00a0${status}\u00a0».`,

  shortcuts: {
    heading: 'Raccourcis clavier',
    open: 'Raccourcis clavier',
    intro: 'Ils sont inactifs pendant la saisie dans un champ.',
    next: 'Contribution suivante',
    previous: 'Contribution précédente',
    publish: 'Publier',
    reject: 'Refuser (ouvre le choix du motif)',
    hide: 'Masquer',
    help: 'Afficher cette aide',
  },

  audit: {
    heading: 'Journal des décisions',
    recent: 'Décisions récentes, les plus récentes d’abord',
    empty: 'Le journal est vide.',
    at: 'Date',
    item: 'Élément',
    kinds: {
      contribution: 'Contribution',
      event: 'Événement',
      recommendation: 'Recommandation',
      publication: 'Publication annuelle',
    },
    actor: 'Par',
    action: 'Action',
    change: 'Changement d’état',
    reason: 'Motif',
    note: 'Message',
    transition: (from, to) => `${from} → ${to}`,
    event: {
      actions: {
        create: 'Création',
        edit: 'Modification',
        duplicate: 'Copie',
        cancel: 'Annulation',
        attendance: 'Présences',
        minutes: 'Compte rendu',
        erase: 'Effacement d’une inscription',
      },
      statuses: {
        scheduled: 'Programmé',
        cancelled: 'Annulé',
        pending_confirmation: 'En attente de confirmation',
        confirmed: 'Confirmée',
        waitlisted: 'En liste d’attente',
      },
    },
    publication: {
      actions: {
        publish: 'Publication d’une édition',
        quotes: 'Choix des citations',
        erase: 'Anonymisation d’une citation',
      },
    },
  },

  exports: {
    heading: 'Exports',
    audit: 'Exporter le journal (CSV)',
    published: 'Exporter les contributions publiées (CSV)',
    themeLabel: 'Thème à exporter',
    allThemes: 'Tous les thèmes',
    done: 'Le fichier est téléchargé.',
  },

  erasure: {
    heading: 'Effacement de données personnelles',
    intro:
      'À la demande d’une personne, effacez ses données de toutes ses contributions. ' +
      'Elle est identifiée par le site où elle s’est connectée et son identifiant sur ce site.',
    siteLabel: 'Site',
    siteHint: 'L’identifiant du site, par exemple smart-be\u00a0; anon pour un identifiant anonyme.',
    subjectLabel: 'Identifiant de la personne sur ce site',
    subjectHint: 'Tel que le site l’envoie (champ «\u00a0sub\u00a0» du jeton), ou l’identifiant anonyme.',
    next: 'Continuer',
    confirmHeading: 'Confirmer l’effacement',
    confirm: (subject, site) =>
      `Effacer les données de la personne «\u00a0${subject}\u00a0» du site «\u00a0${site}\u00a0»\u00a0?`,
    irreversible: 'Cette opération est définitive.',
    erase: 'Effacer définitivement',
    done: (count) =>
      plural('fr', count, {
        one: 'Effacement fait\u00a0: # contribution concernée.',
        other: 'Effacement fait\u00a0: # contributions concernées.',
      }),
  },

  errors: {
    admin_unauthorized: 'Connectez-vous pour continuer.',
    admin_forbidden: 'Votre rôle ne permet pas cette action.',
    illegal_transition:
      'Cette décision ne s’applique plus à la contribution dans son état actuel\u00a0: elle a peut-être été traitée entre-temps.',
    contribution_not_found: 'Cette contribution est introuvable. Elle a peut-être été effacée.',
    validation_failed: 'Certaines informations envoyées ne sont pas valides.',
    invalid_json: 'La demande n’a pas pu être lue. Rechargez la page et réessayez.',
    unsupported_media_type: 'Le format de la demande n’est pas accepté. Rechargez la page et réessayez.',
    csrf_failed: 'La demande a été refusée par sécurité. Rechargez la page et réessayez.',
    theme_not_found: 'Ce thème est introuvable.',
    not_found: 'Ce contenu est introuvable.',
    rate_limited: 'Trop de demandes en peu de temps. Patientez un instant puis réessayez.',
    payload_too_large: 'La demande est trop volumineuse. Raccourcissez le texte puis réessayez.',
    network_error: 'Impossible de joindre le service. Vérifiez votre connexion puis réessayez.',
    internal_error: 'Une erreur est survenue de notre côté. Réessayez dans un moment.',
  },
};
