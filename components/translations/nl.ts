/** Dutch (Belgian usage: "vennoot" for a sociétaire). */
import { formatNumber, plural } from './format.ts';
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

  contributionForm: {
    choose: 'Kies…',
    requiredNote: 'Alle velden zijn verplicht, tenzij anders vermeld.',
    draftNote: 'Je tekst wordt tijdens het typen op dit toestel bewaard.',
    titleLabel: 'Titel',
    titleHint: (min, max) => `Tussen ${min} en ${max} tekens.`,
    textLabel: 'Je bijdrage',
    textHint: 'Gewone tekst, zonder opmaak. Laat een lege regel tussen twee alinea’s.',
    counter: (count, min, max) => {
      const base = `${formatNumber('nl', count)} / ${formatNumber('nl', max)} tekens`;
      if (count < min) return `${base} (minimaal ${formatNumber('nl', min)})`;
      if (count > max) return `${base} (${formatNumber('nl', count - max)} te veel)`;
      return base;
    },
    roleLabel: 'Je neemt deel als',
    territoryLabel: 'Regio',
    territoryGroups: { BE: 'België', FR: 'Frankrijk', other: 'Online en elders' },
    displayNameLabel: 'Getoonde naam',
    displayNameHint: 'Wordt samen met je bijdrage gepubliceerd.',
    anonymousLabel: 'Anoniem publiceren',
    emailLabel: 'E-mailadres (optioneel)',
    emailHint: 'Zodat het stuurcomité contact met je kan opnemen. Het wordt nooit publiek getoond.',
    consentLabel:
      'Ik ga ermee akkoord dat mijn bijdrage gepubliceerd wordt en dat deze gegevens verwerkt worden voor het Smart in Progress-traject.',
    privacyLink: 'Privacyverklaring',
    newTab: '(opent in een nieuw tabblad)',
    honeypotLabel: 'Website',
    moderationNote: 'Bijdragen worden door het moderatieteam nagelezen voor ze gepubliceerd worden.',
    moderationNoteMember:
      'Als vennoot wordt je bijdrage meteen gepubliceerd en daarna door het moderatieteam nagelezen.',
    submit: 'Mijn bijdrage versturen',
    errorSummary: (count) =>
      plural('nl', count, {
        one: 'Eén veld moet verbeterd worden:',
        other: '# velden moeten verbeterd worden:',
      }),
    fieldErrors: {
      themeRequired: 'Kies een thema.',
      titleTooShort: (min) => `De titel moet minstens ${min} tekens lang zijn.`,
      titleTooLong: (max) => `De titel mag niet langer zijn dan ${max} tekens.`,
      textTooShort: (min) => `Je tekst moet minstens ${formatNumber('nl', min)} tekens lang zijn.`,
      textTooLong: (max) => `Je tekst mag niet langer zijn dan ${formatNumber('nl', max)} tekens.`,
      roleRequired: 'Geef aan in welke hoedanigheid je deelneemt.',
      territoryRequired: 'Kies je regio.',
      displayNameRequired: 'Vul de naam in die getoond mag worden, of vink ‘Anoniem publiceren’ aan.',
      displayNameTooLong: (max) => `De getoonde naam mag niet langer zijn dan ${max} tekens.`,
      emailInvalid: 'Dit e-mailadres is ongeldig (bijvoorbeeld: naam@voorbeeld.be).',
      consentRequired: 'Vink dit vakje aan om je bijdrage te kunnen versturen.',
      invalid: 'Deze waarde wordt niet aanvaard.',
    },
    draftRestored: (savedOn) => `We hebben je concept van ${savedOn} teruggezet.`,
    discardDraft: 'Concept verwijderen',
    draftDiscarded: 'Concept verwijderd.',
    received: 'Bedankt! Je bijdrage is goed ontvangen.',
    pendingNote: 'Ze wordt gepubliceerd nadat het moderatieteam ze nagelezen heeft.',
    publishedNote: 'Ze is gepubliceerd.',
    reference: (id) => `Referentie: ${id}`,
    writeAnother: 'Nog een bijdrage schrijven',
    ineligible: {
      sign_in_required: 'Meld je aan op de site om bij te dragen aan dit thema.',
      members_only:
        'Alleen vennoten kunnen bijdragen aan dit thema. Meld je aan op de site met een vennotenaccount.',
    },
    noThemes: 'Er staat momenteel geen enkel thema open voor bijdragen.',
  },

  contributionList: {
    label: 'Gepubliceerde bijdragen',
    anonymousAuthor: 'Anoniem',
    publishedOn: (date) => `Gepubliceerd op ${date}`,
    empty: 'Er is nog geen enkele bijdrage gepubliceerd.',
    loadMore: 'Meer bijdragen tonen',
    report: 'Melden',
    reportLegend: 'Waarom meld je deze bijdrage?',
    reasons: {
      spam: 'Spam of reclame',
      offensive: 'Beledigende of kwetsende taal',
      off_topic: 'Niet relevant',
    },
    reportNoteLabel: 'Toelichting (optioneel)',
    sendReport: 'Melding versturen',
    chooseReason: 'Kies een reden.',
    reportThanks: 'Bedankt! Je melding is doorgegeven aan het moderatieteam.',
    alreadyReported: 'Je hebt deze bijdrage al gemeld: het moderatieteam is op de hoogte.',
  },
};
