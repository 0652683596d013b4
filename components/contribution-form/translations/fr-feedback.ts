/**
 * What `<sip-contribution-form>` says in French once the person sends. Part of
 * the submission's code (see ../feedback.ts), not of the French dictionary:
 * the first render never needs it. Dutch and English keep theirs in their
 * dictionaries (`feedback`), which are fetched on demand already.
 */
import { formatNumber, plural } from '../../translations/format.ts';
import type { FeedbackStrings } from './translation.ts';

export const frFeedback: FeedbackStrings = {
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
    notYours: 'Cette valeur doit être celle de votre compte sur le site. Rechargez la page.',
  },
  received: 'Merci\u202f! Votre contribution a bien été reçue.',
  pendingNote: 'Elle sera publiée après relecture par l’équipe de modération.',
  publishedNote: 'Elle est publiée.',
  reference: (id) => `Référence\u00a0: ${id}`,
  writeAnother: 'Écrire une autre contribution',
  sentAsNew:
    'Une version précédente de ce texte a déjà été reçue. «\u00a0Réessayer\u00a0» envoie cette version-ci comme une nouvelle contribution.',
  problems: {
    author_mismatch: 'Le nom ou le rôle indiqué ne correspond pas à votre compte sur le site.',
  },
};
