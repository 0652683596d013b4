/** What the feed's test files share: recommendations as the API answers them (parsed by the schemas), its API stub, mounting and reading. */
import { fixture } from '@open-wc/testing';
import * as v from 'valibot';
import {
  RecommendationList,
  type RecommendationSummary,
  RecommendationView,
  SupportReceipt,
} from '../../schema/recommendations.ts';
import { serveCatalog, THEME, themeEntries } from '../internal/catalog-fixtures.ts';
import {
  type FetchStub,
  jsonResponse,
  problemResponse,
  type Responder,
  stubFetch,
  whenSettled,
} from '../internal/test-helpers.ts';
import type { SipRecommendationFeed } from './recommendation-feed.ts';
import './recommendation-feed.ts';

export const API = 'https://api.test/api/v1/';

/** Noon UTC, `days` after 1 March 2026: the same calendar day in every time zone the tests run in. */
const at = (days: number) => new Date(Date.UTC(2026, 2, 1 + days, 12)).toISOString();

type ViewInput = v.InferInput<typeof RecommendationView>;

/**
 * A recommendation in full: submitted, under review since 12 March 2026, one
 * contribution, one workshop and one poll as sources, no answer yet. `n`
 * varies its slug and title.
 */
export function recommendationView(overrides: Partial<ViewInput> = {}, n = 1): RecommendationView {
  return v.parse(RecommendationView, {
    slug: `statut-unique-${n}`,
    theme: THEME,
    year: 2026,
    status: 'under_review',
    statusAt: at(11),
    changedAt: at(11 - n),
    title: {
      fr: `Un statut unique pour les travailleurs autonomes (${n})`,
      nl: `Eén statuut voor zelfstandige werkers (${n})`,
    },
    summary: {
      fr: 'Proposer un seul statut, quel que soit le pays.',
      nl: 'Eén statuut voorstellen, ongeacht het land.',
    },
    languages: ['fr', 'nl'],
    text: {
      fr: 'Premier paragraphe.\nAvec un retour à la ligne.\n\nSecond paragraphe.',
      nl: 'Eerste alinea.\n\nTweede alinea.',
    },
    audience: 'participants',
    supports: {
      total: 3,
      byRole: [
        { role: 'freelancer', count: 2 },
        { role: 'member', count: 1 },
      ],
    },
    mySupport: false,
    eligibility: { canSupport: true, reason: null },
    sources: [
      {
        kind: 'contribution',
        ref: 'K7M2-0001',
        title: 'Ouvrir la coopérative',
        author: 'Aïcha Diallo',
        role: 'freelancer',
        territory: 'bruxelles',
        publishedAt: at(1),
      },
      {
        kind: 'event',
        ref: 'atelier-liege',
        title: { fr: 'Atelier à Liège', nl: 'Workshop in Luik' },
        format: 'workshop',
        territory: 'wallonie',
        startsAt: at(3),
        cancelled: false,
        hasMinutes: true,
        attendees: 14,
      },
      {
        kind: 'poll',
        ref: 'outils-en-ligne',
        question: { fr: 'Quel outil en ligne ?', en: 'Which online tool?' },
        pollKind: 'single',
        state: 'closed',
        ballots: 120,
      },
    ],
    timeline: [
      { from: 'draft', to: 'submitted', at: at(5), by: 'steering_committee', reason: null },
      {
        from: 'submitted',
        to: 'under_review',
        at: at(11),
        by: 'board',
        reason: { fr: 'Inscrite à l’ordre du jour du CA d’avril.' },
      },
    ],
    answers: [],
    mergedInto: null,
    mergedFrom: [],
    ...overrides,
  });
}

/** The same recommendation as the list shows it. */
export function summaryOf(view: RecommendationView): RecommendationSummary {
  const { slug, theme, year, status, statusAt, changedAt, title, summary, languages, supports } = view;
  return {
    slug,
    theme,
    year,
    status,
    statusAt,
    changedAt,
    title,
    summary,
    languages,
    supports: { total: supports.total },
  };
}

/** One page of `GET /recommendations`: recommendations `from`..`to` (inclusive), newest change first. */
export function recommendationPage(
  from: number,
  to: number,
  nextCursor: string | null = null,
): RecommendationList {
  const recommendations = Array.from({ length: to - from + 1 }, (_, index) =>
    summaryOf(recommendationView({}, from + index)),
  );
  return v.parse(RecommendationList, { recommendations, nextCursor });
}

export function supportReceipt(slug: string, mySupport: boolean, total: number): SupportReceipt {
  return v.parse(SupportReceipt, {
    recommendation: slug,
    mySupport,
    supports: { total, byRole: [{ role: 'freelancer', count: total }] },
  });
}

/** How the stubbed API answers each route the feed calls; unset routes answer the defaults. */
export interface FeedApi {
  /** `GET /recommendations`; by default one page of two. */
  list?: Responder;
  /** `GET /recommendations/:slug`; by default `recommendationView()` under that slug. */
  read?: Responder;
  /** `POST` and `DELETE /recommendations/:slug/support`. */
  support?: Responder;
  /** Anything else (a companion element's reads); by default a 404. */
  other?: Responder;
}

/** Stubs the routes the feed calls: themes and territories, pages, one recommendation, supports. */
export function stubFeedApi(api: FeedApi = {}): FetchStub {
  return stubFetch((call) => {
    const catalog = serveCatalog(call, { themes: themeEntries() });
    if (catalog) return catalog;
    const path = call.url.pathname;
    if (path.endsWith('/support'))
      return api.support?.(call) ?? problemResponse(500, 'internal_error', 'no support stubbed');
    if (path.endsWith('/recommendations')) return api.list?.(call) ?? jsonResponse(recommendationPage(1, 2));
    const slug = path.match(/\/recommendations\/([^/]+)$/)?.[1];
    if (slug) {
      return (
        api.read?.(call) ??
        jsonResponse(
          recommendationView({ slug: decodeURIComponent(slug) }, Number(slug.split('-').pop()) || 1),
        )
      );
    }
    return api.other?.(call) ?? problemResponse(404, 'not_found');
  });
}

export function mountFeed(attributes = ''): Promise<SipRecommendationFeed> {
  return whenSettled(() =>
    fixture<SipRecommendationFeed>(
      `<sip-recommendation-feed api="${API}" ${attributes}></sip-recommendation-feed>`,
    ),
  );
}

export const $ = <E extends Element = HTMLElement>(el: SipRecommendationFeed, selector: string) =>
  el.shadowRoot?.querySelector<E>(selector) ?? null;

export const $$ = <E extends Element = HTMLElement>(el: SipRecommendationFeed, selector: string) => [
  ...(el.shadowRoot?.querySelectorAll<E>(selector) ?? []),
];

/** Waits for the next event of `type` from `el`, then for its render. */
export async function next(el: SipRecommendationFeed, type: string): Promise<CustomEvent> {
  const event = await new Promise<CustomEvent>((resolve) =>
    el.addEventListener(type, (fired) => resolve(fired as CustomEvent), { once: true }),
  );
  await el.updateComplete;
  return event;
}
