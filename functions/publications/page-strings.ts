/**
 * The printable publication's words in French (the default), Dutch and
 * English. The page is rendered by the Worker, so its words live here rather
 * than in the widgets' dictionaries (which the Worker does not bundle);
 * `<sip-publication>` has the same headings in its own.
 */
import type { BreakdownRole, Language } from '../../schema/common.ts';
import type { Body, RecommendationStatus } from '../../schema/recommendation-lifecycle.ts';

export interface PageStrings {
  /** The name of the language, in itself (the language links). */
  name: string;
  /** `fr-BE`-like locale for dates and numbers. */
  locale: string;
  kicker: string;
  title: (year: number) => string;
  edition: (edition: number, date: string) => string;
  languages: string;
  data: string;
  otherEditions: string;
  editionLink: (edition: number, date: string) => string;
  current: string;
  contents: string;
  recommendationCount: (count: number) => string;
  asked: string;
  said: string;
  recommended: string;
  answered: string;
  noPolls: string;
  motion: string;
  pollKinds: { single: string; multiple: string; motion: string };
  closedOn: (date: string) => string;
  closesOn: (date: string) => string;
  openEnded: string;
  option: string;
  votes: string;
  share: string;
  ballots: (count: number) => string;
  resultsHidden: string;
  eventsHeld: string;
  attendees: string;
  contributionsReceived: string;
  contributionsPublished: string;
  byTerritory: string;
  byRole: string;
  territory: string;
  role: string;
  people: string;
  quotes: string;
  noQuotes: string;
  anonymous: string;
  excerpt: string;
  noRecommendations: string;
  supports: (count: number) => string;
  statusSince: (status: string, date: string) => string;
  mergedInto: (title: string) => string;
  noAnswer: string;
  answerOf: (version: number, date: string) => string;
  reviewOn: (date: string) => string;
  timeline: string;
  change: (from: string, to: string, by: string, date: string) => string;
  reason: string;
  shownIn: (language: string) => string;
  languageNames: Record<Language, string>;
  statuses: Record<RecommendationStatus, string>;
  bodies: Record<Body, string>;
  roles: Record<BreakdownRole, string>;
  notFound: (year: number) => string;
  notFoundHint: string;
  footer: (year: number, edition: number) => string;
}

const fr: PageStrings = {
  name: 'Français',
  locale: 'fr-BE',
  kicker: 'Smart in Progress',
  title: (year) => `Publication annuelle ${year}`,
  edition: (edition, date) => `Édition ${edition}, publiée le ${date}.`,
  languages: 'Langue',
  data: 'Les mêmes données\u00a0:',
  otherEditions: 'Éditions de l’année\u00a0:',
  editionLink: (edition, date) => `édition ${edition} du ${date}`,
  current: '(celle-ci)',
  contents: 'Sommaire',
  recommendationCount: (count) =>
    count === 0 ? 'aucune recommandation' : `${count} recommandation${count > 1 ? 's' : ''}`,
  asked: 'Ce qui a été demandé',
  said: 'Ce que les participant·es ont dit',
  recommended: 'Ce qui est recommandé',
  answered: 'Ce que le conseil a répondu, et ce qu’il en est advenu',
  noPolls: 'Aucun sondage sur ce thème cette année.',
  motion: 'Motion des sociétaires',
  pollKinds: {
    single: 'Sondage à choix unique',
    multiple: 'Sondage à choix multiples',
    motion: 'Motion des sociétaires',
  },
  closedOn: (date) => `clos le ${date}`,
  closesOn: (date) => `ouvert jusqu’au ${date}`,
  openEnded: 'toujours ouvert',
  option: 'Réponse',
  votes: 'Voix',
  share: 'Part',
  ballots: (count) => `${count} bulletin${count > 1 ? 's' : ''}`,
  resultsHidden: 'Les résultats seront publiés à la clôture du vote.',
  eventsHeld: 'Ateliers et small talks tenus',
  attendees: 'Personnes présentes',
  contributionsReceived: 'Contributions reçues',
  contributionsPublished: 'Contributions publiées',
  byTerritory: 'Présences par territoire',
  byRole: 'Présences par catégorie',
  territory: 'Territoire',
  role: 'Catégorie',
  people: 'Personnes',
  quotes: 'Paroles de participant·es',
  noQuotes: 'Aucune citation retenue pour ce thème.',
  anonymous: 'Anonyme',
  excerpt: 'extrait',
  noRecommendations: 'Aucune recommandation sur ce thème cette année.',
  supports: (count) => `${count} soutien${count > 1 ? 's' : ''}`,
  statusSince: (status, date) => `${status} depuis le ${date}`,
  mergedInto: (title) => `Fusionnée dans «\u00a0${title}\u00a0».`,
  noAnswer: 'Le conseil n’a pas encore répondu.',
  answerOf: (version, date) => `Réponse du conseil du ${date}${version > 1 ? ` (version ${version})` : ''}`,
  reviewOn: (date) => `Le conseil y reviendra le ${date}.`,
  timeline: 'Historique',
  change: (from, to, by, date) => `${date}\u00a0: ${from} → ${to}, par ${by}`,
  reason: 'Motif',
  shownIn: (language) => `texte en ${language}`,
  languageNames: { fr: 'français', nl: 'néerlandais', en: 'anglais' },
  statuses: {
    draft: 'Brouillon',
    submitted: 'Soumise au conseil',
    under_review: 'À l’étude',
    adopted: 'Adoptée',
    partially_adopted: 'Adoptée en partie',
    not_adopted: 'Non retenue',
    in_progress: 'En cours de mise en œuvre',
    implemented: 'Mise en œuvre',
    withdrawn: 'Retirée',
    merged: 'Fusionnée',
  },
  bodies: { steering_committee: 'le comité de pilotage', board: 'le conseil d’administration' },
  roles: {
    freelancer: 'Travailleur·euse autonome',
    member: 'Sociétaire',
    staff: 'Travailleur·euse permanent·e',
    client: 'Client·e',
    supplier: 'Fournisseur',
    partner: 'Partenaire',
    unspecified: 'Sans catégorie',
    anonymous: 'Visiteur·euse anonyme',
  },
  notFound: (year) => `Aucune publication pour ${year}`,
  notFoundHint: 'Cette édition n’a pas (encore) été publiée.',
  footer: (year, edition) =>
    `Smart in Progress — publication annuelle ${year}, édition ${edition}. Figée à sa publication.`,
};

const nl: PageStrings = {
  name: 'Nederlands',
  locale: 'nl-BE',
  kicker: 'Smart in Progress',
  title: (year) => `Jaarpublicatie ${year}`,
  edition: (edition, date) => `Editie ${edition}, gepubliceerd op ${date}.`,
  languages: 'Taal',
  data: 'Dezelfde gegevens:',
  otherEditions: 'Edities van dit jaar:',
  editionLink: (edition, date) => `editie ${edition} van ${date}`,
  current: '(deze)',
  contents: 'Inhoud',
  recommendationCount: (count) =>
    count === 0 ? 'geen aanbevelingen' : `${count} aanbeveling${count > 1 ? 'en' : ''}`,
  asked: 'Wat werd gevraagd',
  said: 'Wat de deelnemers zeiden',
  recommended: 'Wat wordt aanbevolen',
  answered: 'Wat de raad van bestuur antwoordde, en wat ermee gebeurde',
  noPolls: 'Geen peilingen over dit thema dit jaar.',
  motion: 'Motie van de vennoten',
  pollKinds: {
    single: 'Peiling met één keuze',
    multiple: 'Peiling met meerdere keuzes',
    motion: 'Motie van de vennoten',
  },
  closedOn: (date) => `gesloten op ${date}`,
  closesOn: (date) => `open tot ${date}`,
  openEnded: 'nog open',
  option: 'Antwoord',
  votes: 'Stemmen',
  share: 'Aandeel',
  ballots: (count) => `${count} stem${count === 1 ? '' : 'men'}`,
  resultsHidden: 'De resultaten worden gepubliceerd wanneer de stemming sluit.',
  eventsHeld: 'Gehouden workshops en small talks',
  attendees: 'Aanwezigen',
  contributionsReceived: 'Ontvangen bijdragen',
  contributionsPublished: 'Gepubliceerde bijdragen',
  byTerritory: 'Aanwezigen per regio',
  byRole: 'Aanwezigen per categorie',
  territory: 'Regio',
  role: 'Categorie',
  people: 'Personen',
  quotes: 'Woorden van deelnemers',
  noQuotes: 'Geen citaten gekozen voor dit thema.',
  anonymous: 'Anoniem',
  excerpt: 'fragment',
  noRecommendations: 'Geen aanbevelingen over dit thema dit jaar.',
  supports: (count) => `${count} steunbetuiging${count === 1 ? '' : 'en'}`,
  statusSince: (status, date) => `${status} sinds ${date}`,
  mergedInto: (title) => `Samengevoegd met “${title}”.`,
  noAnswer: 'De raad van bestuur heeft nog niet geantwoord.',
  answerOf: (version, date) =>
    `Antwoord van de raad van bestuur van ${date}${version > 1 ? ` (versie ${version})` : ''}`,
  reviewOn: (date) => `De raad van bestuur komt erop terug op ${date}.`,
  timeline: 'Geschiedenis',
  change: (from, to, by, date) => `${date}: ${from} → ${to}, door ${by}`,
  reason: 'Reden',
  shownIn: (language) => `tekst in het ${language}`,
  languageNames: { fr: 'Frans', nl: 'Nederlands', en: 'Engels' },
  statuses: {
    draft: 'Ontwerp',
    submitted: 'Voorgelegd aan de raad',
    under_review: 'In behandeling',
    adopted: 'Aangenomen',
    partially_adopted: 'Gedeeltelijk aangenomen',
    not_adopted: 'Niet aangenomen',
    in_progress: 'In uitvoering',
    implemented: 'Uitgevoerd',
    withdrawn: 'Ingetrokken',
    merged: 'Samengevoegd',
  },
  bodies: { steering_committee: 'het stuurcomité', board: 'de raad van bestuur' },
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
  notFound: (year) => `Geen publicatie voor ${year}`,
  notFoundHint: 'Deze editie is (nog) niet gepubliceerd.',
  footer: (year, edition) =>
    `Smart in Progress — jaarpublicatie ${year}, editie ${edition}. Vastgelegd bij publicatie.`,
};

const en: PageStrings = {
  name: 'English',
  locale: 'en-GB',
  kicker: 'Smart in Progress',
  title: (year) => `Annual publication ${year}`,
  edition: (edition, date) => `Edition ${edition}, published on ${date}.`,
  languages: 'Language',
  data: 'The same data:',
  otherEditions: 'Editions of the year:',
  editionLink: (edition, date) => `edition ${edition} of ${date}`,
  current: '(this one)',
  contents: 'Contents',
  recommendationCount: (count) =>
    count === 0 ? 'no recommendations' : `${count} recommendation${count > 1 ? 's' : ''}`,
  asked: 'What was asked',
  said: 'What participants said',
  recommended: 'What is recommended',
  answered: 'What the board answered, and what became of it',
  noPolls: 'No polls on this theme this year.',
  motion: 'Members’ motion',
  pollKinds: { single: 'Single-choice poll', multiple: 'Multiple-choice poll', motion: 'Members’ motion' },
  closedOn: (date) => `closed on ${date}`,
  closesOn: (date) => `open until ${date}`,
  openEnded: 'still open',
  option: 'Answer',
  votes: 'Votes',
  share: 'Share',
  ballots: (count) => `${count} ballot${count === 1 ? '' : 's'}`,
  resultsHidden: 'The results will be published when voting closes.',
  eventsHeld: 'Workshops and small talks held',
  attendees: 'Attendees',
  contributionsReceived: 'Contributions received',
  contributionsPublished: 'Contributions published',
  byTerritory: 'Attendees by territory',
  byRole: 'Attendees by category',
  territory: 'Territory',
  role: 'Category',
  people: 'People',
  quotes: 'In participants’ words',
  noQuotes: 'No quotes picked for this theme.',
  anonymous: 'Anonymous',
  excerpt: 'excerpt',
  noRecommendations: 'No recommendations on this theme this year.',
  supports: (count) => `${count} supporter${count === 1 ? '' : 's'}`,
  statusSince: (status, date) => `${status} since ${date}`,
  mergedInto: (title) => `Merged into “${title}”.`,
  noAnswer: 'The board has not answered yet.',
  answerOf: (version, date) => `The board’s answer of ${date}${version > 1 ? ` (version ${version})` : ''}`,
  reviewOn: (date) => `The board will come back to it on ${date}.`,
  timeline: 'History',
  change: (from, to, by, date) => `${date}: ${from} → ${to}, by ${by}`,
  reason: 'Reason',
  shownIn: (language) => `text in ${language}`,
  languageNames: { fr: 'French', nl: 'Dutch', en: 'English' },
  statuses: {
    draft: 'Draft',
    submitted: 'Submitted to the board',
    under_review: 'Under review',
    adopted: 'Adopted',
    partially_adopted: 'Partly adopted',
    not_adopted: 'Not adopted',
    in_progress: 'In progress',
    implemented: 'Implemented',
    withdrawn: 'Withdrawn',
    merged: 'Merged',
  },
  bodies: { steering_committee: 'the steering committee', board: 'the board' },
  roles: {
    freelancer: 'Freelancer',
    member: 'Member',
    staff: 'Staff',
    client: 'Client',
    supplier: 'Supplier',
    partner: 'Partner',
    unspecified: 'No category',
    anonymous: 'Anonymous visitor',
  },
  notFound: (year) => `No publication for ${year}`,
  notFoundHint: 'This edition has not been published (yet).',
  footer: (year, edition) =>
    `Smart in Progress — annual publication ${year}, edition ${edition}. Frozen when published.`,
};

export const PAGE_STRINGS: Record<Language, PageStrings> = { fr, nl, en };
