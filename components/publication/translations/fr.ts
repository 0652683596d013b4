/** `<sip-publication>` in French. */
import type { PublicationStrings } from './translation.ts';

const plural = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`;

export const fr: PublicationStrings = {
  title: (year) => `Publication annuelle ${year}`,
  edition: (edition, date) => `Édition ${edition}, publiée le ${date}`,
  linksLabel: 'Cette édition ailleurs',
  printable: 'Version imprimable',
  json: 'Données JSON',
  csv: 'Données CSV',
  contents: 'Sommaire',
  recommendationCount: (count) =>
    count === 0 ? 'aucune recommandation' : plural(count, 'recommandation', 'recommandations'),

  asked: 'Ce qui a été demandé',
  said: 'Ce que les participant·es ont dit',
  recommended: 'Ce qui est recommandé',
  answered: 'Ce que le conseil a répondu, et ce qu’il en est advenu',

  noPolls: 'Aucun sondage sur ce thème cette année.',
  pollKinds: {
    single: 'Sondage à choix unique',
    multiple: 'Sondage à choix multiples',
    motion: 'Motion des sociétaires',
  },
  closedOn: (date) => `clos le ${date}`,
  closesOn: (date) => `ouvert jusqu’au ${date}`,
  openEnded: 'toujours ouvert',
  ballots: (count) => plural(count, 'bulletin', 'bulletins'),
  option: 'Réponse',
  votes: 'Voix',
  share: 'Part',
  resultsHidden: 'Les résultats seront publiés à la clôture du vote.',

  figures: 'En chiffres',
  eventsHeld: 'Ateliers et small talks tenus',
  attendees: 'Personnes présentes',
  contributionsReceived: 'Contributions reçues',
  contributionsPublished: 'Contributions publiées',
  byTerritory: 'Présences par territoire',
  byRole: 'Présences par catégorie',
  territory: 'Territoire',
  category: 'Catégorie',
  people: 'Personnes',
  quotes: 'Paroles de participant·es',
  noQuotes: 'Aucune citation retenue pour ce thème.',
  anonymous: 'Anonyme',
  excerpt: 'extrait',

  noRecommendations: 'Aucune recommandation sur ce thème cette année.',
  supports: (count) => plural(count, 'soutien', 'soutiens'),
  since: (date) => `depuis le ${date}`,
  mergedInto: (title) => `Fusionnée dans «\u00a0${title}\u00a0».`,
  noAnswer: 'Le conseil n’a pas encore répondu.',
  answerOf: (version, date) => `Réponse du conseil du ${date}${version > 1 ? ` (version ${version})` : ''}`,
  reviewOn: (date) => `Le conseil y reviendra le ${date}.`,
  timeline: (count) => `Historique (${plural(count, 'étape', 'étapes')})`,
  change: (from, to, by, date) => `${date}\u00a0: ${from} → ${to}, par ${by}`,
  reason: (text) => `Motif\u00a0: ${text}`,
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
  nothingPublished: 'Aucune publication annuelle n’a encore été publiée.',

  problems: {
    edition_not_found: 'Cette édition de la publication annuelle n’a pas (encore) été publiée.',
  },
};
