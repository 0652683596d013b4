/** What the publication's test files share: its fixtures and API stub, mounting and reading. */
import { fixture } from '@open-wc/testing';
import * as v from 'valibot';
import { PublicationEdition, PublicationIndex } from '../../schema/publications.ts';
import { serveCatalog, themeEntries } from '../internal/catalog-fixtures.ts';
import {
  type FetchStub,
  jsonResponse,
  problemResponse,
  type Responder,
  stubFetch,
  whenSettled,
} from '../internal/test-helpers.ts';
import type { SipPublication } from './publication.ts';
import './publication.ts';

export const API = 'https://api.test/api/v1/';

type EditionInput = v.InferInput<typeof PublicationEdition>;
type ThemeInput = EditionInput['themes'][number];

/** A theme with nothing said nor recommended, from the catalog fixtures (`index` 0 to 3). */
function emptyTheme(index: number): ThemeInput {
  const { slug, position, title, summary } = themeEntries()[index];
  return {
    theme: { slug, position, title, summary },
    asked: [],
    said: {
      events: { held: 0, attendees: 0, byTerritory: [], byRole: [] },
      contributions: { received: 0, published: 0 },
      quotes: [],
    },
    recommended: [],
  };
}

/**
 * Edition 2 of 2026: its first theme has everything (a closed poll with
 * results, a motion whose results are still hidden, figures, two quotes,
 * two recommendations — one written in Dutch only, one answered twice with
 * a "review on"); the others are empty.
 */
export function editionFixture(overrides: Partial<EditionInput> = {}): PublicationEdition {
  const [first, ...others] = [0, 1, 2, 3].map(emptyTheme);
  first.asked = [
    {
      slug: 'outils-en-ligne',
      kind: 'single',
      question: { fr: 'Quel outil en priorité ?', nl: 'Welke tool eerst?', en: 'Which tool first?' },
      options: [
        { key: 'facturation', label: { fr: 'Facturation', nl: 'Facturatie', en: 'Invoicing' } },
        { key: 'annuaire', label: { fr: 'Annuaire', en: 'Directory' } },
      ],
      opensAt: '2026-01-01T00:00:00.000Z',
      closesAt: '2026-06-30T10:00:00.000Z',
      closed: true,
      results: {
        ballots: 4,
        options: [
          { key: 'facturation', votes: 3 },
          { key: 'annuaire', votes: 1 },
        ],
        byRole: [],
      },
    },
    {
      slug: 'deploiement-france',
      kind: 'motion',
      question: { fr: 'Déployer en France ?' },
      options: [],
      opensAt: '2026-01-01T00:00:00.000Z',
      closesAt: '2027-06-30T10:00:00.000Z',
      closed: false,
      results: null,
    },
  ];
  first.said = {
    events: {
      held: 3,
      attendees: 42,
      byTerritory: [
        { territory: 'bruxelles', count: 30 },
        { territory: 'occitanie', count: 12 },
      ],
      byRole: [{ role: 'freelancer', count: 25 }],
    },
    contributions: { received: 12, published: 9 },
    quotes: [
      {
        contribution: 'D3M0-K7M2',
        text: 'Garder les freelances <b>qui décollent</b>.',
        excerpt: true,
        author: 'Sophie L.',
        role: 'freelancer',
        territory: 'bruxelles',
      },
      {
        contribution: 'D3M0-H4ZT',
        text: 'Rendre la contribution lisible.',
        excerpt: false,
        author: null,
        role: 'staff',
        territory: 'wallonie',
      },
    ],
  };
  first.recommended = [
    {
      slug: 'buffer',
      title: { nl: 'Een buffer voor magere maanden' },
      summary: { nl: 'Het waarborgfonds uitbreiden.' },
      status: 'submitted',
      statusAt: '2026-05-02T10:00:00.000Z',
      supports: 1,
      answer: null,
      timeline: [
        {
          from: 'draft',
          to: 'submitted',
          at: '2026-05-02T10:00:00.000Z',
          by: 'steering_committee',
          reason: null,
        },
      ],
      mergedInto: null,
    },
    {
      slug: 'offre-claire',
      title: { fr: 'Une offre claire', en: 'A clear offer' },
      summary: { fr: 'Pour garder les freelances.' },
      status: 'adopted',
      statusAt: '2026-09-15T10:00:00.000Z',
      supports: 12,
      answer: {
        version: 2,
        text: { fr: 'Le conseil adopte la recommandation.' },
        answeredAt: '2026-10-01T10:00:00.000Z',
        reviewOn: '2027-03-31',
      },
      timeline: [
        {
          from: 'draft',
          to: 'submitted',
          at: '2026-05-02T10:00:00.000Z',
          by: 'steering_committee',
          reason: null,
        },
        {
          from: 'submitted',
          to: 'adopted',
          at: '2026-09-15T10:00:00.000Z',
          by: 'board',
          reason: { fr: 'Budget voté.' },
        },
      ],
      mergedInto: null,
    },
  ];
  return v.parse(PublicationEdition, {
    year: 2026,
    edition: 2,
    publishedAt: '2026-11-20T10:00:00.000Z',
    themes: [first, ...others],
    ...overrides,
  });
}

export function indexFixture(editions: { year: number; edition: number }[]): PublicationIndex {
  return v.parse(PublicationIndex, {
    editions: editions.map((entry) => ({ ...entry, publishedAt: '2026-11-20T10:00:00.000Z' })),
  });
}

export interface PublicationApi {
  /** `GET /publications`; by default edition 2 of 2026 only. */
  index?: Responder;
  /** `GET /publications/:year`; by default editionFixture(). */
  edition?: Responder;
}

/** Stubs the routes the element calls: territories, the index and an edition. */
export function stubPublicationApi(api: PublicationApi = {}): FetchStub {
  return stubFetch((call) => {
    const catalog = serveCatalog(call);
    if (catalog) return catalog;
    const path = call.url.pathname;
    if (path.endsWith('/publications'))
      return api.index?.(call) ?? jsonResponse(indexFixture([{ year: 2026, edition: 2 }]));
    if (/\/publications\/\d{4}$/.test(path)) return api.edition?.(call) ?? jsonResponse(editionFixture());
    return problemResponse(404, 'not_found');
  });
}

export function mountPublication(attributes = 'year="2026"'): Promise<SipPublication> {
  return whenSettled(() =>
    fixture<SipPublication>(`<sip-publication api="${API}" ${attributes}></sip-publication>`),
  );
}

export const $ = <E extends Element = HTMLElement>(el: SipPublication, selector: string) =>
  el.shadowRoot?.querySelector<E>(selector) ?? null;

export const $$ = <E extends Element = HTMLElement>(el: SipPublication, selector: string) => [
  ...(el.shadowRoot?.querySelectorAll<E>(selector) ?? []),
];
