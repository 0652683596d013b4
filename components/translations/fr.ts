/**
 * French: the default language and the fallback. French typography: a
 * no-break space (U+00A0) before `:` so the colon never starts a line, and
 * inclusive writing with the middle dot, as the cooperative does.
 */
import { formatNumber, plural } from './format.ts';
import type { Translation } from './translation.ts';

const votes = (count: number) => plural('fr', count, { one: '# vote', other: '# votes' });

export const fr: Translation = {
  $code: 'fr',
  $name: 'Français',

  loading: 'Chargement…',
  retry: 'Réessayer',
  signedInAs: (name) => `Connecté·e en tant que ${name}`,

  theme: 'Thème',
  kinds: {
    single: 'Question à choix unique',
    multiple: 'Question à choix multiples',
    motion: 'Motion soumise au vote des sociétaires',
  },
  states: { upcoming: 'À venir', open: 'Vote ouvert', closed: 'Vote clos' },
  audienceLabel: 'Qui peut voter',
  audiences: {
    public: 'Ouvert à toutes et à tous',
    participants: 'Participant·es connecté·es sur le site',
    members: 'Sociétaires uniquement',
  },
  opensLabel: 'Ouverture',
  closesLabel: 'Clôture',

  chooseOne: 'Choisissez une réponse',
  chooseUpTo: (max) => `Choisissez jusqu’à ${max} réponses`,
  chooseSeveral: 'Choisissez une ou plusieurs réponses',
  chooseAtLeastOne: 'Choisissez au moins une réponse avant de voter.',
  motionOptions: { for: 'Pour', against: 'Contre', abstain: 'Abstention' },
  vote: 'Voter',
  sending: 'Envoi en cours…',
  changeVote: 'Modifier mon vote',
  cancel: 'Annuler',
  yourVote: 'Votre vote',
  votedOn: (date) => `Enregistré le ${date}`,
  voteRecorded: 'Merci, votre vote a été enregistré.',

  ineligible: {
    sign_in_required: () => 'Connectez-vous sur le site pour voter.',
    members_only: (kind) =>
      `Seuls les sociétaires peuvent voter sur ${kind === 'motion' ? 'cette motion' : 'ce sondage'}. ` +
      'Connectez-vous sur le site avec un compte de sociétaire.',
  },
  notOpenYet: (opensOn) => (opensOn ? `Le vote ouvrira le ${opensOn}.` : 'Le vote n’est pas encore ouvert.'),
  closed: 'Le vote est clos.',
  alreadyVoted: 'Vous avez déjà voté.',

  results: 'Résultats',
  resultsAfterVote: 'Les résultats seront affichés après votre vote.',
  resultsAfterClose: 'Les résultats seront affichés à la clôture du vote.',
  votes,
  turnout: (count) => `Participation\u00a0: ${votes(count)}`,
  share: (percent, count) => `${percent} (${votes(count)})`,
  breakdown: 'Résultats par partie prenante',
  roles: {
    freelancer: 'Travailleur·euse autonome',
    member: 'Sociétaire',
    staff: 'Travailleur·euse permanent·e',
    client: 'Client·e',
    supplier: 'Fournisseur',
    partner: 'Partenaire',
    unspecified: 'Sans catégorie',
    anonymous: 'Visiteur·euse anonyme',
  },
  roleCaption: (role, count) => `${role} — ${votes(count)}`,
  optionHeader: 'Réponse',
  votesHeader: 'Votes',
  shareHeader: 'Part',

  errors: {
    invalid_json: 'La demande n’a pas pu être lue. Rechargez la page et réessayez.',
    unsupported_media_type: 'Le format de la demande n’est pas accepté. Rechargez la page et réessayez.',
    validation_failed: 'Certaines informations envoyées ne sont pas valides.',
    not_found: 'Ce contenu est introuvable.',
    poll_not_found: 'Ce sondage est introuvable. Il a peut-être été retiré.',
    theme_not_found: 'Ce thème est introuvable.',
    option_not_in_poll: 'Une des réponses choisies ne fait pas partie de ce sondage. Rechargez la page.',
    too_many_choices: 'Vous avez choisi trop de réponses.',
    poll_not_open: 'Ce vote n’est pas ouvert en ce moment.',
    ballot_already_cast: 'Vous avez déjà voté, et ce vote ne peut pas être modifié.',
    sign_in_required: 'Connectez-vous sur le site pour voter.',
    members_only: 'Seuls les sociétaires peuvent voter ici. Connectez-vous avec un compte de sociétaire.',
    invalid_token: 'Votre session a expiré. Reconnectez-vous sur le site puis réessayez.',
    admin_unauthorized: 'Cette action est réservée aux administrateurs et administratrices.',
    slug_taken: 'Cet identifiant est déjà utilisé.',
    poll_has_ballots: 'Ce sondage a déjà reçu des votes\u00a0: il ne peut plus être modifié ainsi.',
    rate_limited: 'Trop de demandes en peu de temps. Patientez un instant puis réessayez.',
    territory_not_found: 'Ce territoire est inconnu. Choisissez-en un dans la liste.',
    contribution_not_found: 'Cette contribution est introuvable. Elle a peut-être été retirée.',
    theme_closed_to_you: 'Ce thème n’est pas ouvert à vos contributions.',
    illegal_transition:
      'Cette décision ne s’applique pas à la contribution dans son état actuel. Rechargez la page.',
    admin_forbidden: 'Votre rôle ne permet pas cette action.',
    csrf_failed: 'La demande a été refusée par sécurité. Rechargez la page et réessayez.',
    turnstile_failed: 'La vérification anti-spam a échoué. Réessayez.',
    already_reported: 'Vous avez déjà signalé cette contribution.',
    idempotency_key_required: 'La demande est incomplète. Rechargez la page et réessayez.',
    internal_error: 'Une erreur est survenue de notre côté. Réessayez dans un moment.',
    network_error: 'Impossible de joindre le service. Vérifiez votre connexion puis réessayez.',
  },

  contributionForm: {
    choose: 'Choisissez…',
    requiredNote: 'Tous les champs sont obligatoires, sauf mention contraire.',
    draftNote: 'Votre texte est enregistré sur cet appareil au fil de la saisie.',
    titleLabel: 'Titre',
    titleHint: (min, max) => `Entre ${min} et ${max} caractères.`,
    textLabel: 'Votre contribution',
    textHint: 'Texte simple, sans mise en forme. Laissez une ligne vide entre deux paragraphes.',
    counter: (count, min, max) => {
      const base = `${formatNumber('fr', count)} / ${formatNumber('fr', max)} caractères`;
      if (count < min) return `${base} (minimum ${formatNumber('fr', min)})`;
      if (count > max) return `${base} (${formatNumber('fr', count - max)} de trop)`;
      return base;
    },
    roleLabel: 'Vous participez en tant que',
    territoryLabel: 'Territoire',
    territoryGroups: { BE: 'Belgique', FR: 'France', other: 'En ligne et ailleurs' },
    displayNameLabel: 'Nom affiché',
    displayNameHint: 'Publié avec votre contribution.',
    anonymousLabel: 'Publier anonymement',
    emailLabel: 'Adresse e-mail (facultatif)',
    emailHint:
      'Pour que le comité de pilotage puisse vous recontacter. Elle n’est jamais affichée publiquement.',
    consentLabel:
      'J’accepte que ma contribution soit publiée et que ces données soient traitées pour le processus Smart in Progress.',
    privacyLink: 'Politique de confidentialité',
    newTab: '(s’ouvre dans un nouvel onglet)',
    honeypotLabel: 'Site web',
    moderationNote: 'Les contributions sont relues par l’équipe de modération avant publication.',
    moderationNoteMember:
      'En tant que sociétaire, votre contribution sera publiée tout de suite, puis relue par l’équipe de modération.',
    submit: 'Envoyer ma contribution',
    errorSummary: (count) =>
      plural('fr', count, {
        one: 'Un champ est à corriger\u00a0:',
        other: '# champs sont à corriger\u00a0:',
      }),
    fieldErrors: {
      themeRequired: 'Choisissez un thème.',
      titleTooShort: (min) => `Le titre doit compter au moins ${min} caractères.`,
      titleTooLong: (max) => `Le titre ne peut pas dépasser ${max} caractères.`,
      textTooShort: (min) => `Votre texte doit compter au moins ${formatNumber('fr', min)} caractères.`,
      textTooLong: (max) => `Votre texte ne peut pas dépasser ${formatNumber('fr', max)} caractères.`,
      roleRequired: 'Indiquez à quel titre vous participez.',
      territoryRequired: 'Choisissez votre territoire.',
      displayNameRequired: 'Indiquez le nom à afficher, ou cochez «\u00a0Publier anonymement\u00a0».',
      displayNameTooLong: (max) => `Le nom affiché ne peut pas dépasser ${max} caractères.`,
      emailInvalid: 'Cette adresse e-mail n’est pas valide (par exemple\u00a0: nom@exemple.be).',
      consentRequired: 'Cochez cette case pour pouvoir envoyer votre contribution.',
      invalid: 'Cette valeur n’est pas acceptée.',
    },
    draftRestored: (savedOn) => `Nous avons restauré votre brouillon du ${savedOn}.`,
    discardDraft: 'Supprimer le brouillon',
    draftDiscarded: 'Brouillon supprimé.',
    received: 'Merci\u202f! Votre contribution a bien été reçue.',
    pendingNote: 'Elle sera publiée après relecture par l’équipe de modération.',
    publishedNote: 'Elle est publiée.',
    reference: (id) => `Référence\u00a0: ${id}`,
    writeAnother: 'Écrire une autre contribution',
    ineligible: {
      sign_in_required: 'Connectez-vous sur le site pour contribuer à ce thème.',
      members_only:
        'Seuls les sociétaires peuvent contribuer à ce thème. Connectez-vous sur le site avec un compte de sociétaire.',
    },
    noThemes: 'Aucun thème n’est ouvert aux contributions pour le moment.',
  },

  contributionList: {
    label: 'Contributions publiées',
    anonymousAuthor: 'Anonyme',
    publishedOn: (date) => `Publiée le ${date}`,
    empty: 'Aucune contribution n’a encore été publiée.',
    loadMore: 'Afficher plus de contributions',
    report: 'Signaler',
    reportLegend: 'Pourquoi signalez-vous cette contribution\u202f?',
    reasons: {
      spam: 'Spam ou publicité',
      offensive: 'Propos injurieux ou offensants',
      off_topic: 'Hors sujet',
    },
    reportNoteLabel: 'Précisions (facultatif)',
    sendReport: 'Envoyer le signalement',
    chooseReason: 'Choisissez une raison.',
    reportThanks: 'Merci\u202f! Votre signalement a été transmis à l’équipe de modération.',
    alreadyReported:
      'Vous avez déjà signalé cette contribution\u00a0: l’équipe de modération en est informée.',
  },
};
