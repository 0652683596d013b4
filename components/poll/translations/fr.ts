/** `<sip-poll>` in French. */
import { plural } from '../../translations/format.ts';
import type { PollStrings } from './translation.ts';

const votes = (count: number) => plural('fr', count, { one: '# vote', other: '# votes' });

export const fr: PollStrings = {
  signedInAs: (name) => `Connecté·e en tant que ${name}`,

  kinds: {
    single: 'Question à choix unique',
    multiple: 'Question à choix multiples',
    motion: 'Motion soumise au vote des sociétaires',
  },
  states: { upcoming: 'À venir', open: 'Vote ouvert', closed: 'Vote clos' },
  audienceLabel: 'Qui peut voter',
  opensLabel: 'Ouverture',
  closesLabel: 'Clôture',

  chooseOne: 'Choisissez une réponse',
  chooseUpTo: (max) => `Choisissez jusqu’à ${max} réponses`,
  chooseSeveral: 'Choisissez une ou plusieurs réponses',
  chooseAtLeastOne: 'Choisissez au moins une réponse avant de voter.',
  motionOptions: { for: 'Pour', against: 'Contre', abstain: 'Abstention' },
  vote: 'Voter',
  changeVote: 'Modifier mon vote',
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
  resultsUpdated: (count) => `Résultats mis à jour\u00a0: ${votes(count)}.`,
  share: (percent, count) => `${percent} (${votes(count)})`,
  breakdown: 'Résultats par partie prenante',
  roleCaption: (role, count) => `${role} — ${votes(count)}`,
  optionHeader: 'Réponse',
  votesHeader: 'Votes',
  shareHeader: 'Part',

  problems: {
    poll_not_found: 'Ce sondage est introuvable. Il a peut-être été retiré.',
    option_not_in_poll: 'Une des réponses choisies ne fait pas partie de ce sondage. Rechargez la page.',
    too_many_choices: 'Vous avez choisi trop de réponses.',
    poll_not_open: 'Ce vote n’est pas ouvert en ce moment.',
    ballot_already_cast: 'Vous avez déjà voté, et ce vote ne peut pas être modifié.',
  },
};
