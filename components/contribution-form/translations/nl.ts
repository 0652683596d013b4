/** `<sip-contribution-form>` in Dutch. */
import { formatNumber, plural } from '../../translations/format.ts';
import type { ContributionFormStringsWithFeedback } from './translation.ts';

export const nl: ContributionFormStringsWithFeedback = {
  theme: 'Thema',
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
  displayNameFromSite: 'De naam van je account op de site, gepubliceerd met je bijdrage.',
  anonymousOnly: 'De site geeft je naam niet door: je bijdrage wordt anoniem gepubliceerd.',
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
  draftRestored: (savedOn) => `We hebben je concept van ${savedOn} teruggezet.`,
  discardDraft: 'Concept verwijderen',
  draftDiscarded: 'Concept verwijderd.',
  ineligible: {
    sign_in_required: 'Meld je aan op de site om bij te dragen aan dit thema.',
    members_only:
      'Alleen vennoten kunnen bijdragen aan dit thema. Meld je aan op de site met een vennotenaccount.',
  },
  noThemes: 'Er staat momenteel geen enkel thema open voor bijdragen.',
  feedback: {
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
      notYours: 'Deze waarde moet die van je account op de site zijn. Herlaad de pagina.',
    },
    received: 'Bedankt! Je bijdrage is goed ontvangen.',
    pendingNote: 'Ze wordt gepubliceerd nadat het moderatieteam ze nagelezen heeft.',
    publishedNote: 'Ze is gepubliceerd.',
    reference: (id) => `Referentie: ${id}`,
    writeAnother: 'Nog een bijdrage schrijven',
    sentAsNew:
      'Een eerdere versie van deze tekst werd al ontvangen. “Opnieuw proberen” verstuurt deze versie als een nieuwe bijdrage.',
    problems: {
      author_mismatch: 'De opgegeven naam of rol komt niet overeen met je account op de site.',
    },
  },
};
