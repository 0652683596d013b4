/** What the form's test files share: its API stub, mounting, filling in fields, and reading them back. */
import { fixture } from '@open-wc/testing';
import type { TerritoryView } from '../../schema/territories.ts';
import type { ThemeEntry } from '../../schema/themes.ts';
import { serveCatalog, THEME } from '../internal/catalog-fixtures.ts';
import {
  type FetchStub,
  jsonResponse,
  problemResponse,
  type Responder,
  stubFetch,
  whenSettled,
} from '../internal/test-helpers.ts';
import type { SipContributionForm } from './contribution-form.ts';
import './contribution-form.ts';

export const API = 'https://api.test/api/v1/';

/** How the stubbed API answers each route the form calls; unset routes answer the defaults. */
export interface FormApi {
  themes?: ThemeEntry[];
  territories?: TerritoryView[];
  /** `POST /contributions`; by default a 202 pending receipt. */
  submit?: Responder;
}

export const RECEIPT = { id: 'K7M2-9QXA', status: 'pending', theme: THEME.slug } as const;

/** Stubs the routes the form calls: themes, territories, and sending. */
export function stubFormApi(api: FormApi = {}): FetchStub {
  return stubFetch((call) => {
    const catalog = serveCatalog(call, api);
    if (catalog) return catalog;
    if (call.method === 'POST' && call.url.pathname.endsWith('/contributions'))
      return api.submit?.(call) ?? jsonResponse(RECEIPT, 202);
    return problemResponse(404, 'not_found');
  });
}

export function mountForm(attributes = 'theme="pour-qui-avec-qui"'): Promise<SipContributionForm> {
  return whenSettled(() =>
    fixture<SipContributionForm>(
      `<sip-contribution-form api="${API}" ${attributes}></sip-contribution-form>`,
    ),
  );
}

export const $ = <E extends Element = HTMLElement>(el: SipContributionForm, selector: string) =>
  el.shadowRoot?.querySelector<E>(selector) ?? null;

/** The exact text of an element, no-break spaces kept (textOf collapses them). */
export const exact = (node: Element | null | undefined) => node?.textContent?.trim() ?? '';

/** Sets a field as a person would, as far as the widget can tell: its value, then its input or change event. */
export async function fill(el: SipContributionForm, id: string, value: string): Promise<void> {
  const control = $<HTMLInputElement>(el, `#${id}`);
  if (!control) throw new Error(`no #${id}`);
  control.value = value;
  control.dispatchEvent(
    new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
  );
  await el.updateComplete;
}

export const TEXT =
  'Smart devrait rester ouverte aux freelances de tous les secteurs.\n\nLe statut doit suivre, pas précéder.';

/** Every required field, valid; the consent ticked. */
export async function fillValid(el: SipContributionForm): Promise<void> {
  await fill(el, 'title', '  Ouvrir la coopérative  ');
  await fill(el, 'text', TEXT);
  await fill(el, 'role', 'freelancer');
  await fill(el, 'territory', 'wallonie');
  await fill(el, 'displayName', 'Aïcha Diallo');
  const consent = $<HTMLInputElement>(el, '#consent');
  if (consent && !consent.checked) consent.click();
  await el.updateComplete;
}

export async function submit(el: SipContributionForm): Promise<void> {
  $<HTMLButtonElement>(el, '[part="submit"]')?.click();
  await el.updateComplete;
}

/** The drafts in localStorage, by key. */
export function storedDrafts(): Record<
  string,
  { value: { values: Record<string, unknown>; idempotencyKey: string } }
> {
  return Object.fromEntries(
    Object.keys(localStorage)
      .filter((key) => key.startsWith('sip:draft:'))
      .map((key) => [key, JSON.parse(localStorage.getItem(key) ?? 'null')]),
  );
}
