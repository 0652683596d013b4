/** What the list's test files share: mounting and reading. */
import { fixture } from '@open-wc/testing';
import { whenSettled } from '../internal/test-helpers.ts';
import type { SipContributionList } from './contribution-list.ts';
import './contribution-list.ts';

export const API = 'https://api.test/api/v1/';

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
