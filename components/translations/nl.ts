/** Dutch (Belgian usage: "vennoot" for a sociétaire). */
import type { Translation } from './translation.ts';

export const nl: Translation = {
  $code: 'nl',
  $name: 'Nederlands',

  loading: 'Laden…',
  retry: 'Opnieuw proberen',
  sending: 'Bezig met verzenden…',
  cancel: 'Annuleren',

  audiences: {
    public: 'Open voor iedereen',
    participants: 'Deelnemers die aangemeld zijn op de site',
    members: 'Alleen vennoten',
  },

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

  errors: {
    invalid_json: 'Het verzoek kon niet gelezen worden. Herlaad de pagina en probeer opnieuw.',
    unsupported_media_type:
      'Het formaat van het verzoek wordt niet aanvaard. Herlaad de pagina en probeer opnieuw.',
    validation_failed: 'Sommige verzonden gegevens zijn ongeldig.',
    not_found: 'Deze inhoud werd niet gevonden.',
    theme_not_found: 'Dit thema werd niet gevonden.',
    sign_in_required: 'Meld je aan op de site om te stemmen.',
    members_only: 'Alleen vennoten mogen hier deelnemen. Meld je aan met een vennotenaccount.',
    invalid_token: 'Je sessie is verlopen. Meld je opnieuw aan op de site en probeer opnieuw.',
    rate_limited: 'Te veel verzoeken in korte tijd. Wacht even en probeer opnieuw.',
    territory_not_found: 'Dit gebied is onbekend. Kies er een uit de lijst.',
    turnstile_failed: 'De antispamcontrole is mislukt. Probeer opnieuw.',
    idempotency_key_required: 'Het verzoek is onvolledig. Herlaad de pagina en probeer opnieuw.',
    idempotency_key_reused:
      'Een eerdere versie van deze bijdrage werd al ontvangen en kan niet meer gewijzigd worden. Je wijzigingen werden niet verstuurd.',
    payload_too_large: 'Wat je verstuurt is te groot. Maak het korter en probeer opnieuw.',
    internal_error: 'Er ging aan onze kant iets mis. Probeer het over een moment opnieuw.',
    network_error: 'De dienst is niet bereikbaar. Controleer je verbinding en probeer opnieuw.',
    origin_not_allowed:
      'Deze site mag Smart in Progress nog niet gebruiken. Het team van de site moet ze aan de configuratie toevoegen (SITES).',
    token_refused:
      'Je identiteit kon niet worden gecontroleerd door een configuratiefout van de site. Probeer het later opnieuw.',
  },
  originNotAllowed: (origin) =>
    `Deze site (${origin}) mag Smart in Progress nog niet gebruiken. Het team van de site moet ze aan de configuratie toevoegen (SITES).`,
  selfDeclared: 'opgegeven door de auteur',
};
