/** `<sip-contribution-list>` in French. */
import type { ContributionListStrings } from './translation.ts';

export const fr: ContributionListStrings = {
  label: 'Contributions publiées',
  anonymousAuthor: 'Anonyme',
  publishedOn: (date) => `Publiée le ${date}`,
  takenUpIn: 'Reprise dans\u00a0:',
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
  alreadyReported: 'Vous avez déjà signalé cette contribution\u00a0: l’équipe de modération en est informée.',

  problems: {
    contribution_not_found: 'Cette contribution est introuvable. Elle a peut-être été retirée.',
    already_reported: 'Vous avez déjà signalé cette contribution.',
  },
};
