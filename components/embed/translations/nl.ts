/** Dutch (Belgian usage, addressing the reader as "je", as the kit's other pages do). */
import type { EmbedTranslation } from './translation.ts';

export const nl: EmbedTranslation = {
  $code: 'nl',
  $name: 'Nederlands',

  title: 'Een widget insluiten — Smart in Progress',
  intro:
    'Kies een widget en de instellingen ervan, bekijk hem zoals je bezoekers hem zullen zien ' +
    'en kopieer de code om in je pagina te plakken.',
  languageLabel: 'Taal van deze pagina',
  loading: 'Laden…',
  retry: 'Opnieuw proberen',

  widgetLegend: 'Widget',
  widgets: {
    'sip-poll': {
      name: 'Peiling of stemming',
      summary: 'Een vraag, het stemformulier en de resultaten.',
      options: {
        poll: {
          label: 'Peiling',
          hint: 'De peilingen die de kit publiceert.',
          slugLabel: 'Id van de peiling',
        },
        'hide-breakdown': {
          label: 'Resultaten per belanghebbende verbergen',
          hint: 'Alleen de totale resultaten worden getoond.',
        },
      },
    },
    'sip-contribution-form': {
      name: 'Bijdrageformulier',
      summary: 'Een schriftelijke bijdrage over een thema van het debat.',
      options: {
        theme: {
          label: 'Thema',
          hint: 'Zonder thema laat het formulier er een kiezen.',
          slugLabel: 'Id van het thema',
          none: 'Naar keuze van wie schrijft',
        },
        'privacy-url': {
          label: 'Adres van je privacypagina',
          hint: 'Gelinkt bij het toestemmingsvakje. Een http- of https-adres, of een pad op je site.',
        },
      },
    },
    'sip-contribution-list': {
      name: 'Gepubliceerde bijdragen',
      summary: 'De gepubliceerde bijdragen, nieuwste eerst, pagina per pagina.',
      options: {
        theme: {
          label: 'Thema',
          hint: 'Zonder thema toont de lijst alle thema’s.',
          slugLabel: 'Id van het thema',
          none: 'Alle thema’s',
        },
        'page-size': { label: 'Bijdragen per pagina', hint: 'Van 1 tot 50.' },
      },
    },
    'sip-event-calendar': {
      name: 'Agenda van workshops en small talks',
      summary:
        'De komende activiteiten, te filteren, met inschrijving, wachtlijst en abonnement op de agenda.',
      options: {
        theme: {
          label: 'Thema',
          hint: 'Zonder thema toont de agenda alle thema’s; de bezoeker kan zelf filteren.',
          slugLabel: 'Id van het thema',
          none: 'Alle thema’s',
        },
        'privacy-url': {
          label: 'Adres van je privacypagina',
          hint: 'Gelinkt vanuit het inschrijfformulier zonder account. Een http- of https-adres, of een pad op je site.',
        },
      },
    },
    'sip-publication': {
      name: 'Jaarpublicatie',
      summary:
        'De gepubliceerde editie van een jaar: per thema wat werd gevraagd, wat de deelnemers zeiden, de aanbevelingen en de antwoorden van de raad van bestuur.',
      options: {
        year: { label: 'Jaar', hint: 'Leeg: het laatst gepubliceerde jaar.' },
      },
    },
    'sip-recommendation-feed': {
      name: 'Aanbevelingen',
      summary:
        'De aanbevelingen aan de raad van bestuur, waar ze vandaan komen en wat ermee gebeurde; aangemelde deelnemers steunen ze.',
      options: {
        theme: {
          label: 'Thema',
          hint: 'Zonder thema toont de feed alle thema’s en kan de bezoeker filteren.',
          slugLabel: 'Identificatie van het thema',
          none: 'Alle thema’s',
        },
        'contribution-url': {
          label: 'Pagina van een bijdrage op je site',
          hint: '{ref} wordt de referentie ervan. Zonder adres opent de bijdrage in de feed.',
        },
        'event-url': {
          label: 'Pagina van een workshop of small talk op je site',
          hint: '{ref} wordt de identificatie ervan. Zonder adres opent hij in de feed.',
        },
        'poll-url': {
          label: 'Pagina van een peiling op je site',
          hint: '{ref} wordt de identificatie ervan. Zonder adres opent ze in de feed.',
        },
      },
    },
  },
  otherItem: 'Andere (id intypen)',
  slugHint: 'Kleine letters, cijfers en koppeltekens, bijvoorbeeld outils-en-ligne.',
  settingsLegend: (widget) => `Instellingen: ${widget}`,
  listFailed: (reason) => `De lijst kon niet geladen worden: ${reason} Je kunt de id intypen.`,

  widgetLanguage: {
    label: 'Taal van de widget',
    hint: 'Zonder het attribuut lang volgt de widget de taal van je pagina (<html lang>).',
  },

  identity: {
    legend: 'Identiteit van de bezoekers',
    modes: {
      none: {
        label: 'Anonieme bezoekers',
        hint: 'Geen aanmelding: peilingen en thema’s voor vennoten zeggen dat ze voorbehouden zijn.',
      },
      attribute: {
        label: 'token-url op de widget',
        hint: 'Je site vertelt de widget wie aangemeld is, alleen voor deze widget.',
      },
      meta: {
        label: '<meta name="sip:token-url"> voor de hele pagina',
        hint: 'Eén tag voor alle widgets van de pagina.',
      },
    },
    url: {
      label: 'token-url-adres van je site',
      hint: 'Het antwoordt { "token": … } voor wie aangemeld is. Het voorbeeld blijft anoniem.',
    },
  },

  appearance: {
    legend: 'Kleuren en afronding',
    hint: 'Kleuren die je niet wijzigt volgen die van de kit, licht of donker volgens het systeem van de bezoeker.',
    colors: {
      '--sip-accent': 'Accent (knoppen, balken)',
      '--sip-on-accent': 'Tekst op het accent',
      '--sip-surface': 'Achtergrond',
      '--sip-text': 'Tekst',
      '--sip-muted': 'Secundaire tekst',
      '--sip-border': 'Randen',
    },
    radius: 'Afronding van de hoeken',
    pixels: (value) => `${value} px`,
    reset: 'Terug naar de kleuren van de kit',
    lowContrast: (foreground, background, ratio) =>
      `‘${foreground}’ op ‘${background}’ leest slecht (contrast ${ratio}:1, mik op minstens 4,5:1).`,
  },

  preview: {
    heading: 'Live voorbeeld',
    hint: 'De widget van de kit, met deze instellingen, zoals een anonieme bezoeker hem ziet.',
    tryIt: {
      label: 'De widget uitproberen',
      hint: 'Stemmen en bijdragen die je vanuit het voorbeeld verstuurt, tellen echt.',
    },
  },

  snippet: {
    heading: 'De code om te plakken',
    hint:
      'Plak hem in je pagina, waar de widget moet verschijnen. ' +
      'Met meerdere widgets zet je het script maar één keer per pagina.',
    sites:
      'Je site moet door de kit toegelaten zijn (de instelling SITES): vraag het aan het team dat hem beheert.',
    release: {
      legend: 'Versie van het script',
      moving: { label: 'Altijd de nieuwste', hint: 'sip.js volgt de nieuwe versies van de kit.' },
      pinned: (version) => ({
        label: `Vast: ${version}`,
        hint: 'Alleen deze versie, gecontroleerd met haar vingerafdruk (Subresource Integrity).',
      }),
    },
    copy: 'Code kopiëren',
    copied: 'Code gekopieerd.',
    copyFailed:
      'Automatisch kopiëren lukte niet: de code is geselecteerd, kopieer hem met Ctrl+C (⌘+C op een Mac).',
    code: 'HTML-code om te plakken',
  },

  problems: {
    required: 'Vul dit veld in.',
    slug: 'Een id bevat alleen kleine letters, cijfers en koppeltekens.',
    url: 'Typ een http- of https-adres, of een pad op je site zoals /sip-token.',
    range: (min, max) => `Een geheel getal van ${min} tot ${max}.`,
  },

  errors: {
    network_error: 'de dienst is onbereikbaar.',
    rate_limited: 'te veel aanvragen in korte tijd.',
    not_found: 'niet gevonden.',
    origin_not_allowed: 'deze pagina is niet toegelaten door de kit.',
    internal_error: 'er ging bij ons iets mis.',
  },
};
