/** The publication's admin view in Dutch. */
import type { PublicationAdminTranslation } from './translation.ts';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const nl: PublicationAdminTranslation = {
  $code: 'nl',
  heading: 'Jaarpublicatie',
  intro:
    'Kies de citaten van elk thema, controleer het voorbeeld en publiceer dan een editie: ze wordt vastgelegd, en eerdere edities blijven beschikbaar.',
  yearLabel: 'Jaar',
  show: 'Tonen',
  loading: 'Laden…',
  retry: 'Opnieuw proberen',
  cancel: 'Annuleren',

  editions: (year) => `Gepubliceerde edities van ${year}`,
  noEditions: 'Nog geen editie gepubliceerd voor dit jaar.',
  edition: (edition, date, by) => `Editie ${edition}, gepubliceerd op ${date} door ${by}`,
  printable: 'afdrukbare pagina',
  json: 'JSON',
  csv: 'CSV',

  publish: (edition) => `Editie ${edition} publiceren`,
  confirmPublish: (year, edition) => `Editie ${edition} van ${year} publiceren?`,
  confirmHint:
    'De editie legt het jaar vast zoals het nu is, citaten inbegrepen. Ze kan niet meer worden gewijzigd; later kan een nieuwe editie volgen.',
  published: (edition) => `Editie ${edition} gepubliceerd.`,
  publishing: 'Publiceren…',

  previewHeading: (year) => `Voorbeeld van ${year} (actuele gegevens)`,
  previewHint: 'Wat een editie die nu wordt gepubliceerd, zou bevatten.',
  figures: (polls, received, published, recommendations) =>
    `${plural(polls, 'peiling', 'peilingen')} · ${plural(received, 'ontvangen bijdrage', 'ontvangen bijdragen')}, ${published} gepubliceerd · ${plural(recommendations, 'aanbeveling', 'aanbevelingen')}`,
  quotesOf: (theme) => `Citaten: ${theme}`,
  noQuotes: 'Geen citaten gekozen.',
  wholeText: 'Volledige tekst',
  excerptLabel: 'Fragment (optioneel)',
  excerptHint: 'De woorden van de auteur, ongewijzigd; “…” markeert een weglating.',
  moveUp: 'Omhoog',
  moveDown: 'Omlaag',
  remove: 'Verwijderen',
  quoteName: (reference) => `citaat ${reference}`,
  notQuotable: 'Deze bijdrage is niet meer gepubliceerd: ze wordt niet geciteerd.',
  anonymous: 'Anoniem',
  searchLabel: 'Een gepubliceerde bijdrage zoeken',
  searchHint: 'Woorden uit de titel of de tekst; leeg: de recentste.',
  search: 'Zoeken',
  results: (count) =>
    count === 0 ? 'Geen bijdragen gevonden.' : plural(count, 'bijdrage gevonden', 'bijdragen gevonden'),
  add: 'Citeren',
  added: 'Geciteerd',
  save: 'Citaten opslaan',
  saving: 'Opslaan…',
  saved: (count) => `Citaten opgeslagen (${count}).`,
  unsaved: 'Sommige wijzigingen zijn nog niet opgeslagen.',
  roles: {
    freelancer: 'Freelancer',
    member: 'Vennoot',
    staff: 'Vaste medewerker',
    client: 'Klant',
    supplier: 'Leverancier',
    partner: 'Partner',
  },
  errors: {
    quote_not_found: 'Een geciteerde bijdrage is niet (meer) gepubliceerd bij dit thema. Verwijder ze.',
    excerpt_not_in_text: 'Een fragment neemt de woorden van de bijdrage niet over. Verbeter het.',
    theme_not_found: 'Dit thema bestaat niet meer. Herlaad de pagina.',
    validation_failed:
      'Sommige citaten zijn ongeldig (een bijdrage twee keer geciteerd, een te lang fragment…).',
    admin_forbidden: 'Uw rol laat deze actie niet toe.',
    admin_unauthorized: 'Uw sessie is verlopen. Meld u opnieuw aan.',
    payload_too_large: 'Te veel citaten tegelijk. Verwijder er enkele.',
    rate_limited: 'Te veel verzoeken. Wacht even.',
    network_error: 'De dienst is niet bereikbaar. Controleer uw verbinding.',
    internal_error: 'Er ging bij ons iets mis. Probeer het zo dadelijk opnieuw.',
  },
};
