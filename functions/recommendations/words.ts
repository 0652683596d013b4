/**
 * The few words the Worker itself writes about recommendations (the Atom
 * feed, the e-mails), in the kit's three languages. The widgets have their
 * own dictionaries.
 */
import type { Language } from '../../schema/common.ts';
import type { Body, RecommendationStatus } from '../../schema/recommendation-lifecycle.ts';
import type { WrittenText } from '../../schema/recommendations.ts';

export interface RecommendationWords {
  status: Record<RecommendationStatus, string>;
  body: Record<Body, string>;
  /** "Status: Adopted (since 12 March 2027)". */
  statusLine: (status: string, since: string) => string;
  answerHeading: (version: number, date: string) => string;
  reviewOn: (day: string) => string;
  feedTitle: (theme: string | null) => string;
  withdrawn: (title: string) => string;
  mergedInto: (title: string, into: string) => string;
}

export const WORDS: Record<Language, RecommendationWords> = {
  fr: {
    status: {
      draft: 'Brouillon',
      submitted: 'Soumise au conseil d’administration',
      under_review: 'À l’étude',
      adopted: 'Adoptée',
      partially_adopted: 'Adoptée en partie',
      not_adopted: 'Non adoptée',
      in_progress: 'En cours de mise en œuvre',
      implemented: 'Mise en œuvre',
      withdrawn: 'Retirée',
      merged: 'Fusionnée',
    },
    body: { steering_committee: 'le comité de pilotage', board: 'le conseil d’administration' },
    statusLine: (status, since) => `Statut : ${status} (depuis le ${since})`,
    answerHeading: (version, date) =>
      `Réponse du conseil d’administration${version > 1 ? ` (version ${version})` : ''}, le ${date}`,
    reviewOn: (day) => `Réexamen prévu le ${day}`,
    feedTitle: (theme) => `Smart in Progress — recommandations${theme ? ` : ${theme}` : ''}`,
    withdrawn: (title) => `La recommandation « ${title} » a été retirée.`,
    mergedInto: (title, into) => `La recommandation « ${title} » a été fusionnée dans « ${into} ».`,
  },
  nl: {
    status: {
      draft: 'Ontwerp',
      submitted: 'Voorgelegd aan de raad van bestuur',
      under_review: 'In behandeling',
      adopted: 'Aangenomen',
      partially_adopted: 'Gedeeltelijk aangenomen',
      not_adopted: 'Niet aangenomen',
      in_progress: 'In uitvoering',
      implemented: 'Uitgevoerd',
      withdrawn: 'Ingetrokken',
      merged: 'Samengevoegd',
    },
    body: { steering_committee: 'het stuurcomité', board: 'de raad van bestuur' },
    statusLine: (status, since) => `Status: ${status} (sinds ${since})`,
    answerHeading: (version, date) =>
      `Antwoord van de raad van bestuur${version > 1 ? ` (versie ${version})` : ''}, ${date}`,
    reviewOn: (day) => `Herbekeken op ${day}`,
    feedTitle: (theme) => `Smart in Progress — aanbevelingen${theme ? `: ${theme}` : ''}`,
    withdrawn: (title) => `De aanbeveling ‘${title}’ is ingetrokken.`,
    mergedInto: (title, into) => `De aanbeveling ‘${title}’ is samengevoegd met ‘${into}’.`,
  },
  en: {
    status: {
      draft: 'Draft',
      submitted: 'Submitted to the board',
      under_review: 'Under review',
      adopted: 'Adopted',
      partially_adopted: 'Partially adopted',
      not_adopted: 'Not adopted',
      in_progress: 'In progress',
      implemented: 'Implemented',
      withdrawn: 'Withdrawn',
      merged: 'Merged',
    },
    body: { steering_committee: 'the steering committee', board: 'the board' },
    statusLine: (status, since) => `Status: ${status} (since ${since})`,
    answerHeading: (version, date) =>
      `The board’s answer${version > 1 ? ` (version ${version})` : ''}, ${date}`,
    reviewOn: (day) => `To be reviewed on ${day}`,
    feedTitle: (theme) => `Smart in Progress — recommendations${theme ? `: ${theme}` : ''}`,
    withdrawn: (title) => `The recommendation “${title}” was withdrawn.`,
    mergedInto: (title, into) => `The recommendation “${title}” was merged into “${into}”.`,
  },
};

/**
 * The text in `language` when written in it, else in the first language it
 * is written in (French, Dutch, English), with the language actually used.
 *
 * @example
 * pick({ nl: 'Tekst' }, 'fr'); // { text: 'Tekst', language: 'nl' }
 */
export function pick(text: WrittenText, language: Language): { text: string; language: Language } {
  for (const candidate of [language, 'fr', 'nl', 'en'] as const) {
    const value = text[candidate];
    if (value) return { text: value, language: candidate };
  }
  return { text: '', language };
}

/**
 * A day in `language`, written out (`12 mars 2027`), in Brussels time.
 *
 * @example
 * formatDay('2027-03-12T09:00:00.000Z', 'fr'); // '12 mars 2027'
 */
export function formatDay(instant: string, language: Language): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(instant) ? new Date(`${instant}T12:00:00Z`) : new Date(instant);
  return new Intl.DateTimeFormat(`${language}-BE`, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Brussels',
  }).format(date);
}
