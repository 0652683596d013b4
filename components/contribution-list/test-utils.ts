/** What the list's test files share: its fixtures and API stub, mounting and reading. */
import { fixture } from '@open-wc/testing';
import * as v from 'valibot';
import { ContributionList, ContributionView } from '../../schema/contributions.ts';
import type { TerritoryView } from '../../schema/territories.ts';
import { serveCatalog, THEME } from '../internal/catalog-fixtures.ts';
import {
  type FetchStub,
  jsonResponse,
  problemResponse,
  type Responder,
  stubFetch,
  whenSettled,
} from '../internal/test-helpers.ts';
import type { SipContributionList } from './contribution-list.ts';
import './contribution-list.ts';

export const API = 'https://api.test/api/v1/';

/** A published contribution; `n` varies its id, title and date (newer for smaller n). */
export function contributionView(n = 1, overrides: Partial<ContributionView> = {}): ContributionView {
  return v.parse(ContributionView, {
    id: `K7M2-${String(n).padStart(4, '0')}`,
    theme: THEME.slug,
    title: `Contribution ${n} : ouvrir la coopérative`,
    text: 'Premier paragraphe sur les publics de Smart.\nAvec un retour à la ligne.\n\nSecond paragraphe.',
    author: 'Aïcha Diallo',
    role: 'freelancer',
    territory: 'bruxelles',
    selfDeclared: false,
    publishedAt: new Date(Date.UTC(2026, 2, 20 - n, 10)).toISOString(),
    ...overrides,
  });
}

/** One page of `GET /contributions`: items `from`..`to` (inclusive), with a next cursor or none. */
export function contributionPage(
  from: number,
  to: number,
  nextCursor: string | null = null,
): ContributionList {
  const contributions = Array.from({ length: to - from + 1 }, (_, index) => contributionView(from + index));
  return v.parse(ContributionList, { contributions, nextCursor });
}

/** How the stubbed API answers each route the list calls; unset routes answer the defaults. */
export interface ListApi {
  territories?: TerritoryView[];
  /** `GET /contributions`; by default an empty page. */
  list?: Responder;
  /** `POST /contributions/:id/reports`; by default a 201 without body. */
  report?: Responder;
  /** `GET /contributions/:id`; by default a 404 `contribution_not_found`. */
  one?: Responder;
}

/** Stubs the routes the list calls: territories, pages, one contribution, and reports. */
export function stubListApi(api: ListApi = {}): FetchStub {
  return stubFetch((call) => {
    const catalog = serveCatalog(call, api);
    if (catalog) return catalog;
    const path = call.url.pathname;
    if (call.method === 'POST' && path.endsWith('/reports'))
      return api.report?.(call) ?? new Response(null, { status: 201 });
    if (path.endsWith('/contributions'))
      return api.list?.(call) ?? jsonResponse({ contributions: [], nextCursor: null });
    if (/\/contributions\/[^/]+$/.test(path))
      return api.one?.(call) ?? problemResponse(404, 'contribution_not_found');
    return problemResponse(404, 'not_found');
  });
}

export function mountList(attributes = ''): Promise<SipContributionList> {
  return whenSettled(() =>
    fixture<SipContributionList>(
      `<sip-contribution-list api="${API}" ${attributes}></sip-contribution-list>`,
    ),
  );
}

export const $ = <E extends Element = HTMLElement>(el: SipContributionList, selector: string) =>
  el.shadowRoot?.querySelector<E>(selector) ?? null;

export const $$ = <E extends Element = HTMLElement>(el: SipContributionList, selector: string) => [
  ...(el.shadowRoot?.querySelectorAll<E>(selector) ?? []),
];
