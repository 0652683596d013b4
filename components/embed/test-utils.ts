/**
 * Test doubles for the configurator: the API its lists and its live preview
 * read (polls, themes, territories, contributions, recommendations, built to the schemas by
 * the widgets' own fixtures), a stub that knows when every answer has been
 * rendered, and helpers that look through shadow roots. The kit's widgets
 * are defined here, as `sip.js` defines them beside the configurator's page.
 */
import { fixture } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { PollView } from '../../schema/polls.ts';
import { contributionPage } from '../contribution-list/test-utils.ts';
import { serveCatalog } from '../internal/catalog-fixtures.ts';
import { jsonResponse, problemResponse, type RecordedCall, stubFetch } from '../internal/test-helpers.ts';
import { motionPoll, singlePoll } from '../poll/test-utils.ts';
import { recommendationPage } from '../recommendation-feed/test-utils.ts';
import type { SipEmbedConfigurator } from './embed.ts';
import '../sip.ts';
import './embed.ts';

/** The polls `GET /polls` lists: a members' motion first, then a poll open to all. */
export const POLLS: PollView[] = [motionPoll(), singlePoll()];

export type Handler = (call: RecordedCall) => Response | Promise<Response>;

/** Overrides by `METHOD path`, the path relative to the API base: `GET polls`, `GET themes`. */
export type Routes = Record<string, Handler>;

export interface ApiStub {
  calls: RecordedCall[];
  callsTo(route: string): RecordedCall[];
  /** Resolves once every request so far has been answered and every element has rendered the answer. */
  idle(): Promise<void>;
  restore(): void;
}

const routeOf = (call: RecordedCall) => `${call.method} ${call.url.pathname.replace(/^\/api\/v1\//, '')}`;

/** The kit's public reads, as the demo has them; `routes` override them. */
export function serveApi(routes: Routes = {}): ApiStub {
  let inFlight = 0;
  const stub = stubFetch(async (call) => {
    inFlight += 1;
    try {
      const override = routes[routeOf(call)];
      if (override) return await override(call);
      const route = routeOf(call);
      if (route === 'GET polls') return jsonResponse({ polls: POLLS });
      const poll = POLLS.find((view) => route === `GET polls/${view.slug}`);
      if (poll) return jsonResponse(poll);
      if (route === 'GET contributions') return jsonResponse(contributionPage(1, 3));
      if (route === 'GET recommendations') return jsonResponse(recommendationPage(1, 2));
      return serveCatalog(call) ?? problemResponse(404, 'not_found');
    } finally {
      // Counted down after the caller's own continuation has had a turn.
      setTimeout(() => {
        inFlight -= 1;
      });
    }
  });
  return {
    calls: stub.calls,
    callsTo: (route) => stub.calls.filter((call) => routeOf(call) === route),
    async idle() {
      for (let turn = 0; turn < 100; turn++) {
        await new Promise((resolve) => setTimeout(resolve));
        const elements = all$(document, '*').filter((el): el is LitElement => 'updateComplete' in el);
        const updated = await Promise.all(elements.map((el) => el.updateComplete));
        if (inFlight === 0 && updated.every(Boolean) && turn > 1) return;
      }
      throw new Error('the API stub never went idle');
    },
    restore: stub.restore,
  };
}

/** Every element matching `selector` in `root` and in every shadow root below it. */
export function all$<E extends Element = HTMLElement>(root: ParentNode, selector: string): E[] {
  const found: E[] = [...root.querySelectorAll<E>(selector)];
  if (root instanceof Element && root.shadowRoot) found.push(...all$<E>(root.shadowRoot, selector));
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...all$<E>(element.shadowRoot, selector));
  }
  return found;
}

/** The first element matching `selector` in the configurator's own shadow root. */
export function $<E extends Element = HTMLElement>(el: SipEmbedConfigurator, selector: string): E {
  const found = el.shadowRoot?.querySelector<E>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** Mounts the configurator against the stub and waits until it has rendered every answer. */
export async function mountConfigurator(api: ApiStub, attributes = ''): Promise<SipEmbedConfigurator> {
  const el = await fixture<SipEmbedConfigurator>(
    `<sip-embed-configurator ${attributes}></sip-embed-configurator>`,
  );
  await api.idle();
  return el;
}

/** The snippet as shown. */
export const snippetOf = (el: SipEmbedConfigurator) => $(el, '[part~="code"]').textContent ?? '';

/** The live widget in the preview. */
export const previewOf = (el: SipEmbedConfigurator) => $(el, '.stage > *');

/** Sets a control's value as a person would, firing what the browser fires. */
export async function setControl(
  el: SipEmbedConfigurator,
  api: ApiStub,
  selector: string,
  value: string,
): Promise<void> {
  const control = $<HTMLInputElement | HTMLSelectElement>(el, selector);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await api.idle();
}

/** Clicks a radio button or checkbox, and waits for what follows. */
export async function click(el: SipEmbedConfigurator, api: ApiStub, selector: string): Promise<void> {
  $(el, selector).click();
  await api.idle();
}
