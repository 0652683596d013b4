/**
 * Test doubles for the recommendations' screens: recommendations, sources
 * and audit entries built to the contract's schemas (and parsed by them, so
 * they cannot drift from it), the moderation page's API stub answering as an
 * editor, a board member or an admin, and helpers to type and pick.
 */
import { fixture } from '@open-wc/testing';
import * as v from 'valibot';
import { AdminIdentity, AuditEntry } from '../../../schema/moderation.ts';
import {
  AdminRecommendation,
  BoardAnswer,
  RecommendationStatus,
  RecommendationView,
  SourceRef,
  SourceView,
} from '../../../schema/recommendations.ts';
import { jsonResponse } from '../../internal/test-helpers.ts';
import type { Named } from '../model.ts';
import { $, API, type ApiStub, forgetSession, type Routes, serveApi, THEMES } from '../test-utils.ts';
import { keptText } from './model.ts';
import type { AdminRecommendationView } from './recommendations.api.ts';
import type { SipModerationRecommendations } from './recommendations.ts';
import './recommendations.ts';

export { API };

/**
 * What the admin API answers for one recommendation
 * (`GET /api/v1/admin/recommendations/:slug`): the public view in any
 * status, with its Atom id and every source as linked.
 */
export const AdminRecommendationViewSchema = v.object({
  ...RecommendationView.entries,
  status: RecommendationStatus,
  atomId: v.string(),
  linkedSources: v.array(v.object({ ...SourceRef.entries, public: v.boolean() })),
});

export const EDITOR: AdminIdentity = v.parse(AdminIdentity, {
  name: 'Sofie Claes',
  role: 'editor',
  via: 'token',
});
export const BOARD: AdminIdentity = { ...EDITOR, name: 'Marc Dubois', role: 'board' };
export const ADMIN: AdminIdentity = { ...EDITOR, name: 'Luc Janssens', role: 'admin' };

const DAY = 24 * 60 * 60 * 1000;
export const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString();

export const CONTRIBUTION_SOURCE: SourceView = v.parse(SourceView, {
  kind: 'contribution',
  ref: 'K7M2-9QXA',
  title: 'Des outils libres pour la coopérative',
  author: 'Aïcha Diallo',
  role: 'freelancer',
  territory: 'be-bru',
  publishedAt: iso(-40),
});
export const EVENT_SOURCE: SourceView = v.parse(SourceView, {
  kind: 'event',
  ref: 'atelier-outils-bruxelles',
  title: { fr: 'Atelier : nos outils communs', nl: 'Workshop: onze gedeelde tools' },
  format: 'workshop',
  territory: 'be-bru',
  startsAt: iso(-30),
  cancelled: false,
  hasMinutes: true,
  attendees: 14,
});
export const POLL_SOURCE: SourceView = v.parse(SourceView, {
  kind: 'poll',
  ref: 'outils-prioritaires',
  question: { fr: 'Quels outils en priorité ?', en: 'Which tools first?' },
  pollKind: 'single',
  state: 'closed',
  ballots: 212,
});

type ViewInput = v.InferInput<typeof AdminRecommendationViewSchema>;

/** A draft on the shared tools, written in French, with one contribution linked, unless overridden. */
export function recommendationView(overrides: Partial<ViewInput> = {}): AdminRecommendationView {
  const sources = (overrides.sources ?? [CONTRIBUTION_SOURCE]) as SourceView[];
  return v.parse(AdminRecommendationViewSchema, {
    slug: 'outils-libres',
    theme: THEMES.themes[1],
    year: 2026,
    status: 'draft',
    statusAt: iso(-3),
    changedAt: iso(-3),
    title: { fr: 'Adopter des outils libres' },
    summary: { fr: 'Des outils libres pour nos échanges.' },
    text: { fr: 'Premier paragraphe.\n\nSecond paragraphe.' },
    languages: ['fr'],
    audience: 'participants',
    supports: { total: 0, byRole: [] },
    mySupport: false,
    eligibility: { canSupport: false, reason: 'support_closed' },
    sources,
    timeline: [],
    answers: [],
    mergedInto: null,
    mergedFrom: [],
    atomId: 'urn:uuid:0b6e4a52-8f0e-4bb4-9d0c-2d1b0e6f7a10',
    linkedSources: sources.map((source) => ({ kind: source.kind, ref: source.ref, public: true })),
    ...overrides,
  }) as AdminRecommendationView;
}

/** The recommendation as the admin list shows it. */
export function listItem(view: AdminRecommendationView): AdminRecommendation {
  return v.parse(AdminRecommendation, {
    ...view,
    supports: { total: view.supports.total },
    sourceCount: view.linkedSources.length,
    answerVersion: view.answers[0]?.version ?? null,
  });
}

export function boardAnswer(version: number, overrides: Partial<v.InferInput<typeof BoardAnswer>> = {}) {
  return v.parse(BoardAnswer, {
    version,
    text: { fr: `Réponse du conseil, version ${version}.` },
    answeredAt: iso(-10 + version),
    reviewOn: null,
    ...overrides,
  });
}

export function auditEntry(id: number, overrides: Partial<v.InferInput<typeof AuditEntry>> = {}): AuditEntry {
  return v.parse(AuditEntry, {
    id,
    kind: 'recommendation',
    item: 'outils-libres',
    actor: 'Sofie Claes',
    action: 'create',
    from: 'draft',
    to: 'draft',
    reasonCode: null,
    note: null,
    at: iso(-5 + id / 10),
    ...overrides,
  });
}

export const NAMED_THEMES: Named[] = THEMES.themes.map((theme) => ({ key: theme.slug, name: theme.title }));

/**
 * The moderation page's stub signed in as `identity`, with `views` listed
 * (the filters applied as the API does) and each answered by its slug.
 */
export function serveRecommendations(
  views: AdminRecommendationView[],
  routes: Routes = {},
  identity: AdminIdentity = EDITOR,
): ApiStub {
  const bySlug: Routes = Object.fromEntries(
    views.map((view) => [`GET admin/recommendations/${view.slug}`, () => jsonResponse(view)]),
  );
  return serveApi({
    'GET admin/me': () => jsonResponse(identity),
    'GET admin/recommendations': (call) => {
      const query = call.url.searchParams;
      const matching = views.filter(
        (view) =>
          (!query.get('status') || view.status === query.get('status')) &&
          (!query.get('theme') || view.theme.slug === query.get('theme')) &&
          (!query.get('year') || String(view.year) === query.get('year')),
      );
      return jsonResponse({ recommendations: matching.map(listItem), nextCursor: null });
    },
    'GET admin/audit': () => jsonResponse({ entries: [], nextCursor: null }),
    ...bySlug,
    ...routes,
  });
}

/** The view on its own, as the page renders it, once every answer is rendered. */
export async function mountRecommendations(
  api: ApiStub,
  role: AdminIdentity['role'] = 'editor',
): Promise<SipModerationRecommendations> {
  const el = await fixture<SipModerationRecommendations>(
    `<sip-moderation-recommendations api="${API}"></sip-moderation-recommendations>`,
  );
  el.themes = NAMED_THEMES;
  el.role = role;
  await api.idle();
  return el;
}

/** The first match of `selector` in the shadow root of the first `host` under `root`. */
export function within<E extends Element = HTMLElement>(root: ParentNode, host: string, selector: string): E {
  const shadow = $(root, host).shadowRoot;
  if (!shadow) throw new Error(`${host} has no shadow root`);
  return $<E>(shadow, selector);
}

/** Opens a recommendation from the list, as a click on its title does. */
export async function openRecommendation(el: HTMLElement, api: ApiStub, slug: string): Promise<void> {
  const button = el.shadowRoot?.querySelector<HTMLButtonElement>(`[data-slug="${slug}"]`);
  if (!button) throw new Error(`no button for ${slug}`);
  button.click();
  await api.idle();
}

/** Forgets the session, the address and every unsent text, after each test. */
export function forgetAll(): void {
  forgetSession();
  keptText.clear();
}

/** Types into a field as the browser would report it (`input`), or picks a choice (`change`). */
export function fill(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

/** Checks a radio button as a click would. */
export function choose(radio: HTMLInputElement): void {
  radio.checked = true;
  radio.dispatchEvent(new Event('change', { bubbles: true }));
}
