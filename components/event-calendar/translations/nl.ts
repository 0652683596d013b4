/** `<sip-event-calendar>` in Dutch: the list's words, and the details' (fetched on demand as a whole). */
import { plural } from '../../translations/format.ts';
import type { EventCalendarStringsWithDetails } from './translation.ts';

const events = (count: number) => plural('nl', count, { one: '# activiteit', other: '# activiteiten' });

export const nl: EventCalendarStringsWithDetails = {
  listLabel: 'Activiteiten',

  filtersLabel: 'Activiteiten filteren',
  themeLabel: 'Thema',
  territoryLabel: 'Regio',
  formatLabel: 'Soort',
  modeLabel: 'Deelname',
  whenLabel: 'Periode',
  anyTheme: 'Alle thema’s',
  anyTerritory: 'Alle regio’s',
  anyFormat: 'Alle soorten',
  anyMode: 'Ter plaatse of online',
  periods: { upcoming: 'Komende', past: 'Voorbije' },
  viewLabel: 'Weergave',
  views: { list: 'Lijst', month: 'Maand' },

  formats: { workshop: 'Workshop', small_talk: 'Small talk' },
  modes: { in_person: 'Ter plaatse', online: 'Online', hybrid: 'Ter plaatse en online' },
  online: 'Online',
  labelled: (label, value) => `${label}: ${value}`,
  cancelledBadge: 'Geannuleerd',

  empty: 'Geen activiteiten voor deze filters.',
  found: (count, more) => (more ? `${events(count)} getoond, er volgen er meer.` : `${events(count)}.`),
  loadMore: 'Meer activiteiten tonen',
  seatsLeft: (left, capacity) =>
    `${plural('nl', left, { one: 'nog # plaats', other: 'nog # plaatsen' })} van ${capacity}`,
  full: 'Volzet',

  subscribe: 'Abonneren op deze activiteiten',

  back: 'Terug naar de activiteiten',

  details: {
    seatModes: { in_person: 'ter plaatse', online: 'online' },

    fullWaitlist: 'Volzet — schrijf je in op de wachtlijst',

    subscribeHelp:
      'Met een abonnement komen de activiteiten van deze filters in je agenda (Google Agenda, Outlook, ' +
      'Apple Agenda…). Je agenda werkt zichzelf bij: nieuwe activiteiten, wijzigingen en annuleringen ' +
      'verschijnen vanzelf.',
    subscribeLink: 'Openen in mijn agenda',
    feedUrlLabel: 'Of kopieer dit adres in je agenda („toevoegen via URL”)',
    copyUrl: 'Adres kopiëren',
    copied: 'Adres gekopieerd.',
    copyFailed: 'Kopiëren is niet gelukt: het adres is geselecteerd, kopieer het met Ctrl+C.',
    myFeed: 'Mijn inschrijvingen in mijn agenda',
    myFeedPrivate:
      'Deze link is persoonlijk: hij toont de activiteiten waarvoor je bent ingeschreven. Deel hem niet.',
    resetFeed: 'Deze link vernieuwen',
    resetWarning:
      'Een nieuwe link vervangt deze, die dan niet meer werkt: agenda’s met een abonnement op de oude link worden niet meer bijgewerkt.',
    resetConfirm: 'Ja, maak een nieuwe link',
    resetCancel: 'Annuleren',
    feedReset: 'Nieuwe link gemaakt. De oude link werkt niet meer.',

    whenHeading: 'Wanneer',
    inZone: (range, zone) => `${range} (${zone})`,
    yourTime: (range, zone) => `Bij jou: ${range} (${zone})`,
    whereHeading: 'Waar',
    themesLabel: 'Thema’s',
    languagesLabel: 'Gesproken talen',
    facilitatorLabel: 'Begeleiding',
    referentsLabel: 'Bestuurders als aanspreekpunt',
    secretaryLabel: 'Verslag',
    accessibilityLabel: 'Toegankelijkheid',
    stepFree: 'Drempelvrij toegankelijk',
    notStepFree: 'Niet drempelvrij toegankelijk',
    signLanguage: 'Tolk gebarentaal',
    audienceLabel: 'Wie mag zich inschrijven',
    seatsLabel: 'Plaatsen',
    waiting: (count) => plural('nl', count, { one: '# persoon wacht', other: '# personen wachten' }),

    minutesHeading: 'Verslag',
    attendees: (count) => plural('nl', count, { one: '# deelnemer', other: '# deelnemers' }),
    byRoleLabel: 'Per belanghebbende',
    byTerritoryLabel: 'Per regio',

    calendarHeading: 'Toevoegen aan mijn agenda',
    downloadIcs: 'Agendabestand (.ics)',
    addToGoogle: 'Google Agenda',
    addToOutlook: 'Outlook',
    newTab: '(nieuw tabblad)',

    registrationHeading: 'Inschrijving',
    register: 'Inschrijven',
    registerIn: (mode) => `Inschrijven ${mode}`,
    joinWaitlist: 'Op de wachtlijst',
    joinWaitlistIn: (mode) => `Op de wachtlijst ${mode}`,
    chooseMode: 'Hoe neem je deel?',
    myRegistration: {
      confirmed: (mode) => `Je bent ingeschreven (${mode}).`,
      waitlisted: (mode, position) =>
        position
          ? `Je staat op de wachtlijst (${mode}): plaats ${position}.`
          : `Je staat op de wachtlijst (${mode}).`,
      pending_confirmation: (mode, until) =>
        `Je plaats (${mode}) wacht op je bevestiging: volg de link in je e-mail` +
        (until ? ` vóór ${until}.` : '.'),
    },
    cancelRegistration: 'Mijn inschrijving annuleren',
    confirmCancel: 'Je inschrijving annuleren? Je plaats komt vrij voor iemand anders.',
    confirmCancelYes: 'Ja, annuleren',
    keepSeat: 'Mijn plaats houden',
    registrationCancelled: 'Je inschrijving is geannuleerd.',
    eventCancelled: 'Deze activiteit is geannuleerd.',
    eventPast: 'Deze activiteit heeft plaatsgevonden.',
    registered: {
      confirmed: 'Genoteerd, je bent ingeschreven.',
      waitlisted: 'Je staat op de wachtlijst.',
    },

    guestStart: 'Inschrijven zonder account',
    guestIntro: 'Geef je naam en e-mailadres: je krijgt een link om je plaats te bevestigen.',
    nameLabel: 'Naam',
    emailLabel: 'E-mailadres',
    emailHint: 'Om je plaats te bevestigen, en voor de herinnering. Nooit gepubliceerd.',
    consentLabel: 'Ik ga akkoord dat mijn naam en adres gebruikt worden om deze activiteit te organiseren.',
    privacyLink: 'Privacy',
    guestSubmit: 'Mijn plaats reserveren',
    guestErrors: {
      mode: 'Kies ter plaatse of online.',
      name: 'Vul je naam in.',
      email: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.be.',
      consent: 'Vink het vakje aan om akkoord te gaan.',
    },
    checkEmail: (until) =>
      'Kijk in je mailbox om je plaats te bevestigen' +
      (until ? ` (we houden ze voor je vrij tot ${until}).` : '.'),

    previousMonth: 'Vorige maand',
    nextMonth: 'Volgende maand',
    eventsOnDay: (count) => events(count),
    dayHeading: (date) => `Op ${date}`,
    noEventsOnDay: 'Geen activiteiten op die dag.',

    problems: {
      event_not_found: 'Deze activiteit werd niet gevonden. Misschien werd ze verwijderd.',
      event_cancelled: 'Deze activiteit is geannuleerd: inschrijven kan niet meer.',
      event_past: 'Deze activiteit heeft al plaatsgevonden.',
      mode_not_offered: 'Deze activiteit vindt niet zo plaats. Herlaad de pagina.',
      event_full: 'Er is geen plaats meer, en deze activiteit heeft geen wachtlijst.',
      already_registered: 'Je bent al ingeschreven voor deze activiteit.',
      guests_not_allowed: 'Deze activiteit is voor aangemelde personen: meld je aan op de site.',
      registration_not_found: 'Er werd geen inschrijving gevonden om te annuleren.',
      confirmation_expired: 'De bevestigingslink is verlopen. Schrijf je opnieuw in.',
      sign_in_required: 'Meld je aan op de site om je in te schrijven.',
      members_only: 'Deze activiteit is voor vennoten. Meld je aan met een vennotenaccount.',
    },
  },
};
