/**
 * Public recommendation routes: the feed's pages, one recommendation as the
 * caller sees it, supporting it and withdrawing the support; and the Atom
 * feed (`/api/v1/recommendations.atom`, its own mount: see index.ts).
 */
import { Hono } from 'hono';
import * as v from 'valibot';
import { Instant } from '../../schema/common.ts';
import {
  RECOMMENDATION_PROBLEMS,
  RecommendationFeedQuery,
  type RecommendationList,
  RecommendationListQuery,
  SupportInput,
  type SupportReceipt,
} from '../../schema/recommendations.ts';
import { listCacheMs, recommendationPageUrl } from '../config.ts';
import type { Env } from '../env.ts';
import { audiencesOf, requireAudience } from '../identity/audience.ts';
import { ballotRoles, type Participant } from '../identity/participant.ts';
import { decodeCursor, page } from '../lib/cursor.ts';
import { jsonWithETag } from '../lib/etag.ts';
import { MemoryCache } from '../lib/memory-cache.ts';
import { SlugParam } from '../lib/params.ts';
import { type IdentityVariables, identity } from '../middleware/identity.ts';
import { limitAnonymousWrites } from '../middleware/rate-limit.ts';
import { KB, validate } from '../middleware/validate.ts';
import { ProblemError, problemsOf } from '../problems.ts';
import { findThemeBySlug } from '../themes/queries.ts';
import { ATOM_MEDIA, atomFeed } from './feed.ts';
import {
  type Keyset,
  listFeedRecords,
  listPublicRecommendations,
  loadSnapshot,
  toSummary,
} from './queries.ts';
import { addSupport, loadSupportState, removeSupport, type SupportState } from './supports.ts';
import { supportOpen, toRecommendationView, toSupportCount } from './view.ts';

const recommendationProblem = problemsOf(RECOMMENDATION_PROBLEMS);

/**
 * Pages of public recommendations, as every visitor reads them, kept in the
 * isolate's memory for LIST_CACHE_MS. The editors' and the board's changes
 * in this isolate clear them; supports move the totals they show within
 * LIST_CACHE_MS (a support does not clear them: under load it would empty
 * the cache many times a second).
 */
export const publicPages = new MemoryCache<RecommendationList>();

/** The keyset inside a cursor: the last row's `changed_at` and id. */
const CursorKeyset = v.pipe(
  v.tuple([Instant, v.pipe(v.number(), v.integer(), v.minValue(1))]),
  v.transform(([at, id]): Keyset => ({ at, id })),
);

/** An e-mail address and a language, under 2 KB however escaped. */
const supportBody = validate('json', SupportInput, { maxBytes: 2 * KB });

export const recommendationRoutes = new Hono<{ Bindings: Env; Variables: IdentityVariables }>()
  .use(identity)
  .get('/', validate('query', RecommendationListQuery), async (c) => {
    const { theme: themeSlug, status, year, cursor, limit } = c.req.valid('query');
    const key = JSON.stringify([themeSlug ?? null, status ?? null, year ?? null, cursor ?? null, limit]);
    const now = Date.now();
    const cached = publicPages.get(key, now);
    if (cached) return c.json(cached);
    let themeId: number | undefined;
    if (themeSlug !== undefined) {
      const theme = await findThemeBySlug(c.get('db'), themeSlug);
      if (!theme) throw new ProblemError('theme_not_found', `There is no theme "${themeSlug}".`);
      themeId = theme.id;
    }
    // One row more than asked tells whether there is a next page.
    const rows = await listPublicRecommendations(c.get('db'), {
      themeId,
      status,
      year,
      after: cursor === undefined ? undefined : decodeCursor(cursor, CursorKeyset),
      limit: limit + 1,
    });
    const { items, nextCursor } = page(rows, limit, (last) => [last.changedAt, last.id]);
    const list: RecommendationList = { recommendations: items.map(toSummary), nextCursor };
    publicPages.set(key, list, now, listCacheMs(c.env));
    return c.json(list);
  })
  .get('/:slug', validate('param', SlugParam), async (c) => {
    const { slug } = c.req.valid('param');
    const participant = c.get('participant');
    // One round trip: the recommendation, its counters, sources, timeline, answers and the caller's support.
    const snapshot = await loadSnapshot(c.get('db'), slug, participant?.id ?? null);
    if (!snapshot || snapshot.record.status === 'draft') throw notFound(slug);
    // The widget refreshes the counts with If-None-Match: a 304 while nothing moved.
    return jsonWithETag(c, toRecommendationView(snapshot, participant, new Date()));
  })
  .post('/:slug/support', limitAnonymousWrites, validate('param', SlugParam), supportBody, async (c) => {
    const { slug } = c.req.valid('param');
    const { email, language } = c.req.valid('json');
    // Without a participant there is nobody to count: requireSupporter throws why (after a 404 if need be).
    const supporter =
      c.get('participant') ??
      requireSupporter(requireRecommendation(await loadSupportState(c.get('db'), slug, ''), slug), null);
    // Happy path: one round trip that writes and reads back. The database
    // enforces every rule; the state read with it explains a refusal.
    const { written, state } = await addSupport(c.get('db'), {
      slug,
      participant: supporter.id,
      roles: ballotRoles(supporter),
      audiences: audiencesOf(supporter),
      email: email || null,
      language,
      now: new Date().toISOString(),
    });
    const current = requireRecommendation(state, slug);
    if (!written) throw supportRefusal(current, supporter);
    return c.json(receipt(slug, current), 201);
  })
  .delete('/:slug/support', limitAnonymousWrites, validate('param', SlugParam), async (c) => {
    const { slug } = c.req.valid('param');
    const participant =
      c.get('participant') ??
      requireSupporter(requireRecommendation(await loadSupportState(c.get('db'), slug, ''), slug), null);
    const { removed, state } = await removeSupport(c.get('db'), slug, participant.id);
    const current = requireRecommendation(state, slug);
    if (!removed) {
      if (!current.mine) {
        throw recommendationProblem('support_not_found', 'You do not support this recommendation.');
      }
      if (!supportOpen(current.status)) throw supportClosed();
      throw new Error(`support withdrawal on "${slug}" refused by the database for no known reason`);
    }
    return c.json(receipt(slug, current));
  });

/**
 * `GET /api/v1/recommendations.atom`: the feed readers subscribe to, one
 * theme's or all, in one language (each entry falls back to a language it
 * is written in). Public and the same for everyone: shared caches may keep
 * it five minutes, and a reader asking again with `If-None-Match` gets a 304.
 */
export const recommendationFeedRoutes = new Hono<{ Bindings: Env }>().get(
  '/',
  validate('query', RecommendationFeedQuery),
  async (c) => {
    const { theme: themeSlug, lang } = c.req.valid('query');
    let theme: Awaited<ReturnType<typeof findThemeBySlug>> = null;
    if (themeSlug !== undefined) {
      theme = await findThemeBySlug(c.get('db'), themeSlug);
      if (!theme) throw new ProblemError('theme_not_found', `There is no theme "${themeSlug}".`);
    }
    const records = await listFeedRecords(c.get('db'), { themeId: theme?.id });
    const self = new URL(c.req.url);
    self.search = new URLSearchParams({ ...(themeSlug ? { theme: themeSlug } : {}), lang }).toString();
    const xml = atomFeed(records, {
      selfUrl: self.toString(),
      language: lang,
      themeTitle: theme ? theme.title[lang] || theme.title.fr : null,
      pageUrl: recommendationPageUrl(c.env, c.req.url),
    });
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(xml));
    const etag = `"${[...new Uint8Array(digest).slice(0, 16)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}"`;
    const headers = { ETag: etag, 'Cache-Control': 'public, max-age=300' };
    const asked = c.req.header('If-None-Match');
    if (asked?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag))
      return c.body(null, 304, headers);
    return c.body(xml, 200, { ...headers, 'Content-Type': ATOM_MEDIA });
  },
);

function notFound(slug: string): ProblemError {
  return recommendationProblem('recommendation_not_found', `There is no recommendation "${slug}".`);
}

/** The state of a public recommendation, else 404 (a draft is not public). */
function requireRecommendation(state: SupportState | null, slug: string): SupportState {
  if (!state || state.status === 'draft') throw notFound(slug);
  return state;
}

/** Who may support this recommendation (see requireAudience). */
function requireSupporter(state: SupportState, participant: Participant | null): Participant {
  return requireAudience(state.audience, participant, {
    item: 'this recommendation',
    action: 'An anonymous support',
  });
}

/**
 * Why the database refused a support, from the state it saw: the same rules
 * as the write, in the order a visitor should hear them.
 */
function supportRefusal(state: SupportState, supporter: Participant): ProblemError {
  requireSupporter(state, supporter);
  if (!supportOpen(state.status)) return supportClosed();
  if (state.mine)
    return recommendationProblem('already_supported', 'You already support this recommendation.');
  // The write and these checks disagree: a bug, not the visitor's fault.
  throw new Error('support refused by the database for no known reason');
}

function supportClosed(): ProblemError {
  return recommendationProblem(
    'support_closed',
    'This recommendation no longer takes supports: the board has decided, or it was withdrawn or merged (the counts stay visible).',
  );
}

function receipt(slug: string, state: SupportState): SupportReceipt {
  return { recommendation: slug, mySupport: state.mine, supports: toSupportCount(state.counts) };
}
