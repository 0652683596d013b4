/** `<sip-contribution-form>` in French. */
import { formatNumber } from '../../translations/format.ts';
import type { ContributionFormStrings } from './translation.ts';

export const fr: ContributionFormStrings = {
  theme: 'Thème',
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
  displayNameFromSite: 'Le nom de votre compte sur le site, publié avec votre contribution.',
  anonymousOnly: 'Le site ne transmet pas votre nom\u00a0: votre contribution sera publiée anonymement.',
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
  draftRestored: (savedOn) => `Nous avons restauré votre brouillon du ${savedOn}.`,
  discardDraft: 'Supprimer le brouillon',
  draftDiscarded: 'Brouillon supprimé.',
  ineligible: {
    sign_in_required: 'Connectez-vous sur le site pour contribuer à ce thème.',
    members_only:
      'Seuls les sociétaires peuvent contribuer à ce thème. Connectez-vous sur le site avec un compte de sociétaire.',
  },
  noThemes: 'Aucun thème n’est ouvert aux contributions pour le moment.',
};
