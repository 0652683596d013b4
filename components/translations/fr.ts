/**
 * French: the default language and the fallback. French typography: a
 * no-break space (U+00A0) before `:` so the colon never starts a line, and
 * inclusive writing with the middle dot, as the cooperative does.
 */
import type { Translation } from './translation.ts';

export const fr: Translation = {
  $code: 'fr',
  $name: 'Français',

  loading: 'Chargement…',
  retry: 'Réessayer',
  sending: 'Envoi en cours…',
  cancel: 'Annuler',

  audiences: {
    public: 'Ouvert à toutes et à tous',
    participants: 'Participant·es connecté·es sur le site',
    members: 'Sociétaires uniquement',
  },

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

  errors: {
    invalid_json: 'La demande n’a pas pu être lue. Rechargez la page et réessayez.',
    unsupported_media_type: 'Le format de la demande n’est pas accepté. Rechargez la page et réessayez.',
    validation_failed: 'Certaines informations envoyées ne sont pas valides.',
    not_found: 'Ce contenu est introuvable.',
    theme_not_found: 'Ce thème est introuvable.',
    sign_in_required: 'Connectez-vous sur le site pour voter.',
    members_only:
      'Seuls les sociétaires peuvent participer ici. Connectez-vous avec un compte de sociétaire.',
    invalid_token: 'Votre session a expiré. Reconnectez-vous sur le site puis réessayez.',
    rate_limited: 'Trop de demandes en peu de temps. Patientez un instant puis réessayez.',
    territory_not_found: 'Ce territoire est inconnu. Choisissez-en un dans la liste.',
    turnstile_failed: 'La vérification anti-spam a échoué. Réessayez.',
    idempotency_key_required: 'La demande est incomplète. Rechargez la page et réessayez.',
    idempotency_key_reused:
      'Une version précédente de cette contribution a déjà été reçue et ne peut plus être modifiée. Vos modifications n’ont pas été envoyées.',
    payload_too_large: 'Votre envoi est trop volumineux. Raccourcissez-le puis réessayez.',
    internal_error: 'Une erreur est survenue de notre côté. Réessayez dans un moment.',
    network_error: 'Impossible de joindre le service. Vérifiez votre connexion puis réessayez.',
    origin_not_allowed:
      'Ce site n’est pas encore autorisé à utiliser Smart in Progress. L’équipe du site doit l’ajouter à la configuration (SITES).',
    token_refused:
      'Votre identité n’a pas pu être vérifiée à cause d’une erreur de configuration du site. Réessayez plus tard.',
  },
  originNotAllowed: (origin) =>
    `Ce site (${origin}) n’est pas encore autorisé à utiliser Smart in Progress. L’équipe du site doit l’ajouter à la configuration (SITES).`,
  selfDeclared: 'déclaré par l’auteur·rice',
};
