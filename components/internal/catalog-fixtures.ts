/**
 * Fixtures of the catalog every item is filed under (see catalog.ts): the
 * themes and territories as the API lists them, built to the schemas (and
 * parsed by them, so they cannot drift from the contract).
 */
import * as v from 'valibot';
import { TerritoryList, type TerritoryView } from '../../schema/territories.ts';
import { ThemeEntry } from '../../schema/themes.ts';
import { jsonResponse, type RecordedCall } from './test-helpers.ts';

/** The first theme of the process, as polls and contributions refer to it. */
export const THEME = {
  slug: 'pour-qui-avec-qui',
  position: 1,
  title: {
    fr: 'Être une coopérative : pour qui et avec qui ?',
    nl: 'Een coöperatie zijn: voor wie en met wie?',
    en: 'Being a cooperative: for whom and with whom?',
  },
  summary: {
    fr: 'Les publics de Smart et le statut des travailleurs autonomes.',
    nl: 'De doelgroepen van Smart en het statuut van zelfstandige werkers.',
    en: 'Who Smart is for, and the status of autonomous workers.',
  },
};

type ThemeEntryInput = v.InferInput<typeof ThemeEntry>;

/** The four themes of the process as `GET /themes` lists them; `overrides` change a theme by slug. */
export function themeEntries(overrides: Record<string, Partial<ThemeEntryInput>> = {}): ThemeEntry[] {
  const themes: ThemeEntryInput[] = [
    { ...THEME, audience: 'public', moderation: 'pre' },
    {
      slug: 'modele-economique',
      position: 2,
      title: {
        fr: 'Mutualiste, redistributif, solidaire : un modèle économique viable ?',
        nl: 'Mutualistisch, herverdelend, solidair: een leefbaar economisch model?',
        en: 'Mutualist, redistributive, solidarity-based: a viable economic model?',
      },
      summary: { fr: 'La contribution de 8,5 % sur le chiffre d’affaires.' },
      audience: 'participants',
      moderation: 'pre',
    },
    {
      slug: 'outils',
      position: 3,
      title: {
        fr: 'Créer et développer son activité : comment ? Avec quels outils ?',
        nl: 'Je activiteit opstarten en uitbouwen: hoe? Met welke tools?',
        en: 'Creating and growing one’s activity: how, with which tools?',
      },
      summary: { fr: 'Les outils en ligne que Smart devrait développer.' },
      audience: 'public',
      moderation: 'pre',
    },
    {
      slug: 'entreprise-partagee',
      position: 4,
      title: {
        fr: 'Une entreprise partagée et participative, est-ce bien réaliste ?',
        nl: 'Een gedeelde en participatieve onderneming, is dat realistisch?',
        en: 'A shared, participatory enterprise: is it realistic?',
      },
      summary: { fr: 'La gouvernance et la démocratie participative.' },
      audience: 'members',
      moderation: 'post_members',
    },
  ];
  return themes.map((theme) => v.parse(ThemeEntry, { ...theme, ...overrides[theme.slug] }));
}

/** A few territories of each group, in the API's order. */
export function territoryList(): TerritoryView[] {
  return v.parse(TerritoryList, {
    territories: [
      {
        code: 'bruxelles',
        country: 'BE',
        name: { fr: 'Bruxelles-Capitale', nl: 'Brussels Hoofdstedelijk Gewest', en: 'Brussels-Capital' },
      },
      { code: 'wallonie', country: 'BE', name: { fr: 'Wallonie', nl: 'Wallonië', en: 'Wallonia' } },
      { code: 'flandre', country: 'BE', name: { fr: 'Flandre', nl: 'Vlaanderen', en: 'Flanders' } },
      { code: 'bretagne', country: 'FR', name: { fr: 'Bretagne', nl: 'Bretagne', en: 'Brittany' } },
      { code: 'occitanie', country: 'FR', name: { fr: 'Occitanie', nl: 'Occitanië', en: 'Occitania' } },
      { code: 'en-ligne', country: null, name: { fr: 'En ligne', nl: 'Online', en: 'Online' } },
      { code: 'autre', country: null, name: { fr: 'Autre', nl: 'Andere', en: 'Other' } },
    ],
  }).territories;
}

/** Answers `GET /themes` and `GET /territories` with these lists (the defaults above); undefined for other routes. */
export function serveCatalog(
  call: RecordedCall,
  catalog: { themes?: ThemeEntry[]; territories?: TerritoryView[] } = {},
): Response | undefined {
  const path = call.url.pathname;
  if (path.endsWith('/themes')) return jsonResponse({ themes: catalog.themes ?? themeEntries() });
  if (path.endsWith('/territories'))
    return jsonResponse({ territories: catalog.territories ?? territoryList() });
  return undefined;
}
