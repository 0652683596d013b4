/** The publication's admin view in French. */
import type { PublicationAdminTranslation } from './translation.ts';

const plural = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`;

export const fr: PublicationAdminTranslation = {
  $code: 'fr',
  heading: 'Publication annuelle',
  intro:
    'Choisissez les citations de chaque thème, vérifiez l’aperçu, puis publiez une édition : elle est figée, et les éditions précédentes restent disponibles.',
  yearLabel: 'Année',
  show: 'Afficher',
  loading: 'Chargement…',
  retry: 'Réessayer',
  cancel: 'Annuler',

  editions: (year) => `Éditions publiées de ${year}`,
  noEditions: 'Aucune édition publiée pour cette année.',
  edition: (edition, date, by) => `Édition ${edition}, publiée le ${date} par ${by}`,
  printable: 'page imprimable',
  json: 'JSON',
  csv: 'CSV',

  publish: (edition) => `Publier l’édition ${edition}`,
  confirmPublish: (year, edition) => `Publier l’édition ${edition} de ${year} ?`,
  confirmHint:
    'L’édition fige l’année telle qu’elle est maintenant, citations comprises. Elle ne pourra plus être modifiée ; une nouvelle édition pourra être publiée plus tard.',
  published: (edition) => `Édition ${edition} publiée.`,
  publishing: 'Publication…',

  previewHeading: (year) => `Aperçu de ${year} (données en direct)`,
  previewHint: 'Ce qu’une édition publiée maintenant contiendrait.',
  figures: (polls, received, published, recommendations) =>
    `${plural(polls, 'sondage', 'sondages')} · ${plural(received, 'contribution reçue', 'contributions reçues')}, ${published} publiée${published > 1 ? 's' : ''} · ${plural(recommendations, 'recommandation', 'recommandations')}`,
  quotesOf: (theme) => `Citations : ${theme}`,
  noQuotes: 'Aucune citation choisie.',
  wholeText: 'Texte entier',
  excerptLabel: 'Extrait (facultatif)',
  excerptHint: 'Les mots de l’auteur·rice, sans les changer ; « … » marque une coupure.',
  moveUp: 'Monter',
  moveDown: 'Descendre',
  remove: 'Retirer',
  quoteName: (reference) => `la citation ${reference}`,
  notQuotable: 'Cette contribution n’est plus publiée : elle ne sera pas citée.',
  anonymous: 'Anonyme',
  searchLabel: 'Chercher une contribution publiée',
  searchHint: 'Des mots du titre ou du texte ; vide : les plus récentes.',
  search: 'Chercher',
  results: (count) =>
    count === 0
      ? 'Aucune contribution trouvée.'
      : plural(count, 'contribution trouvée', 'contributions trouvées'),
  add: 'Citer',
  added: 'Citée',
  save: 'Enregistrer les citations',
  saving: 'Enregistrement…',
  saved: (count) => `Citations enregistrées (${count}).`,
  unsaved: 'Des changements ne sont pas encore enregistrés.',
  roles: {
    freelancer: 'Travailleur·euse autonome',
    member: 'Sociétaire',
    staff: 'Travailleur·euse permanent·e',
    client: 'Client·e',
    supplier: 'Fournisseur',
    partner: 'Partenaire',
  },
  errors: {
    quote_not_found: 'Une contribution citée n’est pas (ou plus) publiée sur ce thème. Retirez-la.',
    excerpt_not_in_text: 'Un extrait ne reprend pas les mots de la contribution. Corrigez-le.',
    theme_not_found: 'Ce thème n’existe plus. Rechargez la page.',
    validation_failed:
      'Certaines citations ne sont pas valides (une contribution citée deux fois, un extrait trop long…).',
    admin_forbidden: 'Votre rôle ne permet pas cette action.',
    admin_unauthorized: 'Votre session a expiré. Reconnectez-vous.',
    payload_too_large: 'Trop de citations d’un coup. Retirez-en quelques-unes.',
    rate_limited: 'Trop de demandes. Patientez un instant.',
    network_error: 'Impossible de joindre le service. Vérifiez votre connexion.',
    internal_error: 'Une erreur est survenue de notre côté. Réessayez dans un moment.',
  },
};
