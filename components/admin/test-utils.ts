/**
 * Test doubles for the moderation page: fixtures built to the schemas (and
 * parsed by them, so they cannot drift from the contract), an API stub that
 * answers by route and knows when every answer has been rendered, and a
 * query helper that looks through shadow roots.
 */
import { fixture } from '@open-wc/testing';
import type { LitElement } from 'lit';
import * as v from 'valibot';
import { AdminIdentity, AuditEntry, QueueItem } from '../../schema/moderation.ts';
import { TerritoryList } from '../../schema/territories.ts';
import { ThemeList } from '../../schema/themes.ts';
import { jsonResponse, problemResponse, type RecordedCall, stubFetch } from '../internal/test-helpers.ts';
import type { SipModerationApp } from './admin.ts';
import './admin.ts';

export const API = 'https://api.test/api/v1/';
export const TOKEN = 'adm_camille_0123456789abcdef';

const DAY = 24 * 60 * 60 * 1000;
const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString();

export const MODERATOR: AdminIdentity = v.parse(AdminIdentity, {
  name: 'Camille Dupont',
  role: 'moderator',
  via: 'token',
});

/** Exports and erasure are for admins. */
export const ADMIN: AdminIdentity = { ...MODERATOR, name: 'Luc Janssens', role: 'admin' };

export const THEMES: ThemeList = v.parse(ThemeList, {
  themes: [
    {
      slug: 'pour-qui-avec-qui',
      position: 1,
      title: {
        fr: 'Être une coopérative : pour qui et avec qui ?',
        nl: 'Een coöperatie zijn: voor wie en met wie?',
        en: 'Being a cooperative: for whom and with whom?',
      },
      summary: { fr: 'Les publics de Smart.' },
      audience: 'public',
      moderation: 'pre',
    },
    {
      slug: 'outils-communs',
      position: 2,
      title: { fr: 'Nos outils communs', nl: 'Onze gedeelde tools', en: 'Our shared tools' },
      summary: { fr: 'Les outils en ligne.' },
      audience: 'participants',
      moderation: 'post_members',
    },
  ],
});

export const TERRITORIES: TerritoryList = v.parse(TerritoryList, {
  territories: [
    { code: 'be-bru', country: 'BE', name: { fr: 'Bruxelles', nl: 'Brussel', en: 'Brussels' } },
    { code: 'fr-ara', country: 'FR', name: { fr: 'Auvergne-Rhône-Alpes' } },
  ],
});

type QueueItemInput = v.InferInput<typeof QueueItem>;

/** A pending contribution; `n` makes id, title and date distinct (older first). */
export function queueItem(n: number, overrides: Partial<QueueItemInput> = {}): QueueItem {
  return v.parse(QueueItem, {
    id: `c${n}`,
    theme: 'pour-qui-avec-qui',
    status: 'pending',
    title: `Contribution numéro ${n}`,
    text: `Premier paragraphe de la contribution ${n}.\nAvec une seconde ligne.\n\nSecond paragraphe, <b>pas du HTML</b>.`,
    author: 'Aïcha Diallo',
    anonymous: false,
    role: 'freelancer',
    territory: 'be-bru',
    selfDeclared: false,
    hasEmail: true,
    submittedAt: iso(-10 + n),
    publishedAt: null,
    reports: [],
    ...overrides,
  });
}

export function auditEntry(id: number, overrides: Partial<v.InferInput<typeof AuditEntry>> = {}): AuditEntry {
  return v.parse(AuditEntry, {
    id,
    kind: 'contribution',
    item: 'c1',
    actor: 'Camille Dupont',
    action: 'publish',
    from: 'pending',
    to: 'published',
    reasonCode: null,
    note: null,
    at: iso(-5 + id / 10),
    ...overrides,
  });
}

export type Handler = (call: RecordedCall) => Response | Promise<Response>;

/** Routes by `METHOD path`, the path relative to the API base: `GET admin/session`, `POST admin/erasures`. */
export type Routes = Record<string, Handler>;

export interface ApiStub {
  calls: RecordedCall[];
  /** The calls to one route, e.g. `POST admin/contributions/c1/decisions`. */
  callsTo(route: string): RecordedCall[];
  /** Resolves once every request so far has been answered and every element has rendered the answer. */
  idle(): Promise<void>;
  restore(): void;
}

const routeOf = (call: RecordedCall) => `${call.method} ${call.url.pathname.replace(/^\/api\/v1\//, '')}`;

/**
 * The signed-in basics: `me`, themes, territories and an empty log; `routes`
 * add to or override them. `session` answers as the server does, from `me`:
 * signed in as whoever `me` names, and nobody (not a 401) when `me` refuses a
 * request that sent no credential.
 */
export function serveApi(routes: Routes = {}): ApiStub {
  const all: Routes = {
    'GET admin/session': async (call) => {
      const me = await all['GET admin/me'](call);
      if (me.ok) return jsonResponse({ signedIn: true, admin: await me.json() });
      if (me.status === 401 && !call.headers.has('Authorization')) return jsonResponse({ signedIn: false });
      return me;
    },
    'GET admin/me': () => jsonResponse(MODERATOR),
    'GET themes': () => jsonResponse(THEMES),
    'GET territories': () => jsonResponse(TERRITORIES),
    'GET admin/contributions': () => jsonResponse({ items: [], nextCursor: null }),
    'GET admin/audit': () => jsonResponse({ entries: [], nextCursor: null }),
    ...routes,
  };
  let inFlight = 0;
  const stub = stubFetch(async (call) => {
    inFlight += 1;
    try {
      const handler = all[routeOf(call)];
      return handler ? await handler(call) : problemResponse(404, 'not_found');
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
      for (let turn = 0; turn < 50; turn++) {
        await new Promise((resolve) => setTimeout(resolve));
        const pending = all$(document, '*').filter((el): el is LitElement => 'updateComplete' in el);
        const updated = await Promise.all(pending.map((el) => el.updateComplete));
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

/** The first element matching `selector`, looking through shadow roots. */
export function $<E extends Element = HTMLElement>(root: ParentNode, selector: string): E {
  const [found] = all$<E>(root, selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** The element that has focus, looking through shadow roots. */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Mounts the page's app against the stub and waits until it has rendered every answer. */
export async function mountApp(api: ApiStub, attributes = ''): Promise<SipModerationApp> {
  const el = await fixture<SipModerationApp>(
    `<sip-moderation-app api="${API}" ${attributes}></sip-moderation-app>`,
  );
  await api.idle();
  return el;
}

/** Signs in with a stored token, as after a first sign-in in this tab. */
export function rememberToken(token = TOKEN): void {
  sessionStorage.setItem('sip-admin-token', token);
}

export function forgetSession(): void {
  sessionStorage.clear();
  localStorage.removeItem('sip-admin-language');
  history.replaceState(null, '', location.pathname + location.search);
}
