/** `<sip-poll>` in Dutch. */
import { plural } from '../../translations/format.ts';
import type { PollStrings } from './translation.ts';

const votes = (count: number) => plural('nl', count, { one: '# stem', other: '# stemmen' });

export const nl: PollStrings = {
  signedInAs: (name) => `Aangemeld als ${name}`,

  kinds: {
    single: 'Vraag met één antwoord',
    multiple: 'Vraag met meerdere antwoorden',
    motion: 'Motie ter stemming voorgelegd aan de vennoten',
  },
  states: { upcoming: 'Binnenkort', open: 'Stemming open', closed: 'Stemming gesloten' },
  audienceLabel: 'Wie mag stemmen',
  opensLabel: 'Opening',
  closesLabel: 'Sluiting',

  chooseOne: 'Kies één antwoord',
  chooseUpTo: (max) => `Kies maximaal ${max} antwoorden`,
  chooseSeveral: 'Kies een of meer antwoorden',
  chooseAtLeastOne: 'Kies minstens één antwoord voor je stemt.',
  motionOptions: { for: 'Voor', against: 'Tegen', abstain: 'Onthouding' },
  vote: 'Stemmen',
  changeVote: 'Mijn stem wijzigen',
  yourVote: 'Jouw stem',
  votedOn: (date) => `Geregistreerd op ${date}`,
  voteRecorded: 'Bedankt, je stem is geregistreerd.',

  ineligible: {
    sign_in_required: () => 'Meld je aan op de site om te stemmen.',
    members_only: (kind) =>
      `Alleen vennoten mogen stemmen over ${kind === 'motion' ? 'deze motie' : 'deze peiling'}. ` +
      'Meld je aan op de site met een vennotenaccount.',
  },
  notOpenYet: (opensOn) => (opensOn ? `De stemming opent op ${opensOn}.` : 'De stemming is nog niet open.'),
  closed: 'De stemming is gesloten.',
  alreadyVoted: 'Je hebt al gestemd.',

  results: 'Resultaten',
  resultsAfterVote: 'De resultaten worden getoond nadat je gestemd hebt.',
  resultsAfterClose: 'De resultaten worden getoond wanneer de stemming gesloten is.',
  votes,
  turnout: (count) => `Opkomst: ${votes(count)}`,
  resultsUpdated: (count) => `Resultaten bijgewerkt: ${votes(count)}.`,
  share: (percent, count) => `${percent} (${votes(count)})`,
  breakdown: 'Resultaten per belanghebbende',
  roleCaption: (role, count) => `${role} — ${votes(count)}`,
  optionHeader: 'Antwoord',
  votesHeader: 'Stemmen',
  shareHeader: 'Aandeel',

  problems: {
    poll_not_found: 'Deze peiling werd niet gevonden. Misschien werd ze verwijderd.',
    option_not_in_poll: 'Een van de gekozen antwoorden hoort niet bij deze peiling. Herlaad de pagina.',
    too_many_choices: 'Je hebt te veel antwoorden gekozen.',
    poll_not_open: 'Deze stemming is momenteel niet open.',
    ballot_already_cast: 'Je hebt al gestemd, en deze stem kan niet gewijzigd worden.',
  },
};
