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
    poll_not_found: 'Deze peiling werd niet gevonden. Misschien werd ze verwijderd.',
    theme_not_found: 'Dit thema werd niet gevonden.',
    option_not_in_poll: 'Een van de gekozen antwoorden hoort niet bij deze peiling. Herlaad de pagina.',
    too_many_choices: 'Je hebt te veel antwoorden gekozen.',
    poll_not_open: 'Deze stemming is momenteel niet open.',
    ballot_already_cast: 'Je hebt al gestemd, en deze stem kan niet gewijzigd worden.',
    sign_in_required: 'Meld je aan op de site om te stemmen.',
    members_only: 'Alleen vennoten mogen hier deelnemen. Meld je aan met een vennotenaccount.',
    invalid_token: 'Je sessie is verlopen. Meld je opnieuw aan op de site en probeer opnieuw.',
    rate_limited: 'Te veel verzoeken in korte tijd. Wacht even en probeer opnieuw.',
    territory_not_found: 'Dit gebied is onbekend. Kies er een uit de lijst.',
    contribution_not_found: 'Deze bijdrage werd niet gevonden. Misschien werd ze verwijderd.',
    turnstile_failed: 'De antispamcontrole is mislukt. Probeer opnieuw.',
    already_reported: 'Je hebt deze bijdrage al gemeld.',
    idempotency_key_required: 'Het verzoek is onvolledig. Herlaad de pagina en probeer opnieuw.',
    idempotency_key_reused:
      'Een eerdere versie van deze bijdrage werd al ontvangen en kan niet meer gewijzigd worden. Je wijzigingen werden niet verstuurd.',
    payload_too_large: 'Wat je verstuurt is te groot. Maak het korter en probeer opnieuw.',
    internal_error: 'Er ging aan onze kant iets mis. Probeer het over een moment opnieuw.',
    network_error: 'De dienst is niet bereikbaar. Controleer je verbinding en probeer opnieuw.',
    origin_not_allowed:
      'Deze site mag Smart in Progress nog niet gebruiken. Het team van de site moet ze aan de configuratie toevoegen (SITES).',
    author_mismatch: 'De opgegeven naam of rol komt niet overeen met je account op de site.',
    token_refused:
      'Je identiteit kon niet worden gecontroleerd door een configuratiefout van de site. Probeer het later opnieuw.',
  },
  originNotAllowed: (origin) =>
    `Deze site (${origin}) mag Smart in Progress nog niet gebruiken. Het team van de site moet ze aan de configuratie toevoegen (SITES).`,
  selfDeclared: 'opgegeven door de auteur',
};
