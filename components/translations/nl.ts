/** Dutch (Belgian usage: "vennoot" for a sociétaire). */
import { plural } from './format.ts';
import type { Translation } from './translation.ts';

const votes = (count: number) => plural('nl', count, { one: '# stem', other: '# stemmen' });

export const nl: Translation = {
  $code: 'nl',
  $name: 'Nederlands',

  loading: 'Laden…',
  retry: 'Opnieuw proberen',
  signedInAs: (name) => `Aangemeld als ${name}`,

  theme: 'Thema',
  kinds: {
    single: 'Vraag met één antwoord',
    multiple: 'Vraag met meerdere antwoorden',
    motion: 'Motie ter stemming voorgelegd aan de vennoten',
  },
  states: { upcoming: 'Binnenkort', open: 'Stemming open', closed: 'Stemming gesloten' },
  audienceLabel: 'Wie mag stemmen',
  audiences: {
    public: 'Open voor iedereen',
    participants: 'Deelnemers die aangemeld zijn op de site',
    members: 'Alleen vennoten',
  },
  opensLabel: 'Opening',
  closesLabel: 'Sluiting',

  chooseOne: 'Kies één antwoord',
  chooseUpTo: (max) => `Kies maximaal ${max} antwoorden`,
  chooseSeveral: 'Kies een of meer antwoorden',
  chooseAtLeastOne: 'Kies minstens één antwoord voor je stemt.',
  motionOptions: { for: 'Voor', against: 'Tegen', abstain: 'Onthouding' },
  vote: 'Stemmen',
  sending: 'Bezig met verzenden…',
  changeVote: 'Mijn stem wijzigen',
  cancel: 'Annuleren',
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
  share: (percent, count) => `${percent} (${votes(count)})`,
  breakdown: 'Resultaten per belanghebbende',
  roles: {
    freelancer: 'Freelancer',
    member: 'Vennoot',
    staff: 'Vaste medewerker',
    client: 'Klant',
    supplier: 'Leverancier',
    partner: 'Partner',
    unspecified: 'Geen categorie',
    anonymous: 'Anonieme bezoeker',
  },
  roleCaption: (role, count) => `${role} — ${votes(count)}`,
  optionHeader: 'Antwoord',
  votesHeader: 'Stemmen',
  shareHeader: 'Aandeel',

  errors: {
    invalid_json: 'Het verzoek kon niet gelezen worden. Herlaad de pagina en probeer opnieuw.',
    unsupported_media_type:
      'Het formaat van het verzoek wordt niet aanvaard. Herlaad de pagina en probeer opnieuw.',
    validation_failed: 'Sommige verzonden gegevens zijn ongeldig.',
    not_found: 'Deze inhoud werd niet gevonden.',
    poll_not_found: 'Deze peiling werd niet gevonden. Misschien werd ze verwijderd.',
    theme_not_found: 'Dit thema werd niet gevonden.',
    option_not_in_poll: 'Een van de gekozen antwoorden hoort niet bij deze peiling. Herlaad de pagina.',
    too_many_choices: 'Je hebt te veel antwoorden gekozen.',
    poll_not_open: 'Deze stemming is momenteel niet open.',
    ballot_already_cast: 'Je hebt al gestemd, en deze stem kan niet gewijzigd worden.',
    sign_in_required: 'Meld je aan op de site om te stemmen.',
    members_only: 'Alleen vennoten mogen hier stemmen. Meld je aan met een vennotenaccount.',
    invalid_token: 'Je sessie is verlopen. Meld je opnieuw aan op de site en probeer opnieuw.',
    admin_unauthorized: 'Deze actie is voorbehouden aan beheerders.',
    slug_taken: 'Deze identificatie is al in gebruik.',
    poll_has_ballots: 'Er werd al gestemd in deze peiling: ze kan niet meer zo gewijzigd worden.',
    rate_limited: 'Te veel verzoeken in korte tijd. Wacht even en probeer opnieuw.',
    territory_not_found: 'Dit gebied is onbekend. Kies er een uit de lijst.',
    contribution_not_found: 'Deze bijdrage werd niet gevonden. Misschien werd ze verwijderd.',
    theme_closed_to_you: 'Dit thema staat niet open voor jouw bijdragen.',
    illegal_transition:
      'Deze beslissing is niet van toepassing op de bijdrage in haar huidige staat. Herlaad de pagina.',
    admin_forbidden: 'Je rol laat deze actie niet toe.',
    csrf_failed: 'Het verzoek werd om veiligheidsredenen geweigerd. Herlaad de pagina en probeer opnieuw.',
    turnstile_failed: 'De antispamcontrole is mislukt. Probeer opnieuw.',
    already_reported: 'Je hebt deze bijdrage al gemeld.',
    idempotency_key_required: 'Het verzoek is onvolledig. Herlaad de pagina en probeer opnieuw.',
    internal_error: 'Er ging aan onze kant iets mis. Probeer het over een moment opnieuw.',
    network_error: 'De dienst is niet bereikbaar. Controleer je verbinding en probeer opnieuw.',
  },
};
