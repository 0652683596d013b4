/**
 * The steering committee's and the board's side of recommendations, under
 * /api/v1/admin/recommendations: drafts, edits and sources (editors), status
 * moves by the lifecycle table (each body its own moves), versioned answers
 * (the board). Admins may do all of it. Authenticated by the admin sub-app
 * before these routes run.
 */
import { Hono } from 'hono';
import * as v from 'valibot';
import type { AdminRole } from '../../schema/moderation.ts';
import {
  BODY_ROLES,
  type Body,
  canMove,
  DECISION_STATUSES,
  RECOMMENDATION_TRANSITIONS,
  type RecommendationStatus,
} from '../../schema/recommendation-lifecycle.ts';
import {
  type AdminRecommendationList,
  AdminRecommendationQuery,
  AnswerInput,
  RECOMMENDATION_PROBLEMS,
  RecommendationInput,
  RecommendationUpdateInput,
  type SourceList,
  SourceRef,
  SourceSearchQuery,
  StatusChangeInput,
} from '../../schema/recommendations.ts';
import { recommendationPageUrl } from '../config.ts';
import { publishedPages } from '../contributions/published-pages.ts';
import { decodeCursor, page } from '../lib/cursor.ts';
import { isUniqueViolation } from '../lib/d1-errors.ts';
import { SlugParam } from '../lib/params.ts';
import { type AdminEnv, requireRole } from '../middleware/admin-auth.ts';
import { KB, validate } from '../middleware/validate.ts';
import { deliverSoon } from '../outbox/delivery.ts';
import { ProblemError, problemsOf } from '../problems.ts';
import { findThemeBySlug } from '../themes/queries.ts';
import { addAnswer, createDraft, editRecommendation, moveStatus } from './lifecycle.ts';
import {
  type Keyset,
  listAdminRecommendations,
  loadSnapshot,
  missingSources,
  type RecommendationSnapshot,
  searchSources,
} from './queries.ts';
import { publicPages } from './routes.ts';
import { toAdminView, toSourceView } from './view.ts';

const recommendationProblem = problemsOf(RECOMMENDATION_PROBLEMS);

const PAGE_SIZE = 50;

/** The keyset inside an admin cursor: the last row's `updated_at` and id. */
const AdminCursor = v.pipe(
  v.tuple([v.pipe(v.string(), v.isoTimestamp()), v.pipe(v.number(), v.integer(), v.minValue(1))]),
  v.transform(([at, id]): Keyset => ({ at, id })),
);

/** `PUT /:slug/sources`: the whole list, in order. */
const SourcesInput = v.object({ sources: v.pipe(v.array(SourceRef), v.maxLength(50)) });

/**
 * Body limits: every text at its maximum in three languages (a title, a
 * summary and 20,000 characters of text; an answer of 10,000 and a reason of
 * 2,000), even with each character escaped as \uXXXX (6 bytes).
 */
const recommendationBody = { maxBytes: 384 * KB };
const statusBody = { maxBytes: 224 * KB };
const answerBody = { maxBytes: 192 * KB };
/** 50 sources of at most 64 characters each, however escaped. */
const sourcesBody = { maxBytes: 32 * KB };

export const adminRecommendations = new Hono<AdminEnv>()
  .use(requireRole('editor', 'board'))
  .get('/', validate('query', AdminRecommendationQuery), async (c) => {
    const { status, theme, year, cursor } = c.req.valid('query');
    const themeId = theme === undefined ? undefined : (await requireTheme(c.get('db'), theme)).id;
    const rows = await listAdminRecommendations(c.get('db'), {
      status,
      themeId,
      year,
      after: cursor === undefined ? undefined : decodeCursor(cursor, AdminCursor),
      limit: PAGE_SIZE + 1,
    });
    const { items, nextCursor } = page(rows, PAGE_SIZE, (last) => [last.updatedAt, last.id]);
    const list: AdminRecommendationList = {
      recommendations: items.map(({ id: _, updatedAt: __, ...item }) => item),
      nextCursor,
    };
    return c.json(list);
  })
  // Before `/:slug`, which would take `sources` for a slug.
  .get('/sources', requireRole('editor'), validate('query', SourceSearchQuery), async (c) => {
    const { q, kind } = c.req.valid('query');
    const now = new Date();
    const found = await searchSources(c.get('db'), { words: q, kind });
    return c.json({ sources: found.map((raw) => toSourceView(raw, now)) } satisfies SourceList);
  })
  .get('/:slug', validate('param', SlugParam), async (c) => {
    const { slug } = c.req.valid('param');
    return c.json(toAdminView(await requireSnapshot(c.get('db'), slug), new Date()));
  })
  .post('/', requireRole('editor'), validate('json', RecommendationInput, recommendationBody), async (c) => {
    const input = c.req.valid('json');
    const db = c.get('db');
    if (input.slug === 'sources') {
      throw new ProblemError('validation_failed', 'The request body is not valid.', {
        issues: [{ path: 'slug', message: '"sources" names the source search' }],
      });
    }
    await requireTheme(db, input.theme);
    await requireSources(db, input.sources);
    let snapshot: RecommendationSnapshot | null;
    try {
      snapshot = await createDraft(db, {
        slug: input.slug,
        fields: {
          themeSlug: input.theme,
          year: input.year,
          title: input.title,
          summary: input.summary,
          text: input.text,
          audience: input.audience,
        },
        sources: input.sources,
        actor: c.get('admin').name,
        at: new Date().toISOString(),
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw recommendationProblem(
          'recommendation_exists',
          `A recommendation is already named "${input.slug}".`,
        );
      }
      throw error;
    }
    // The theme was there a moment ago: a theme is never deleted.
    if (!snapshot) throw new Error(`the draft "${input.slug}" was not written`);
    clearLists();
    return c.json(toAdminView(snapshot, new Date()), 201);
  })
  .patch(
    '/:slug',
    requireRole('editor'),
    validate('param', SlugParam),
    validate('json', RecommendationUpdateInput, recommendationBody),
    async (c) => {
      const { slug } = c.req.valid('param');
      const input = c.req.valid('json');
      const db = c.get('db');
      const current = await requireSnapshot(db, slug);
      if (Object.keys(input).length === 0) return c.json(toAdminView(current, new Date()));
      if (input.theme !== undefined) await requireTheme(db, input.theme);
      if (input.sources !== undefined) await requireSources(db, input.sources);
      const { theme, sources, ...fields } = input;
      const snapshot = await editRecommendation(db, {
        atomId: current.record.atomId,
        slug,
        fields: { ...fields, ...(theme === undefined ? {} : { themeSlug: theme }) },
        sources,
        actor: c.get('admin').name,
        at: new Date().toISOString(),
      });
      return c.json(toAdminView(changed(snapshot, slug), new Date()));
    },
  )
  .put(
    '/:slug/sources',
    requireRole('editor'),
    validate('param', SlugParam),
    validate('json', SourcesInput, sourcesBody),
    async (c) => {
      const { slug } = c.req.valid('param');
      const { sources } = c.req.valid('json');
      const db = c.get('db');
      const current = await requireSnapshot(db, slug);
      await requireSources(db, sources);
      const snapshot = await editRecommendation(db, {
        atomId: current.record.atomId,
        slug,
        fields: {},
        sources,
        actor: c.get('admin').name,
        at: new Date().toISOString(),
      });
      return c.json(toAdminView(changed(snapshot, slug), new Date()));
    },
  )
  .post(
    '/:slug/status',
    validate('param', SlugParam),
    validate('json', StatusChangeInput, statusBody),
    async (c) => {
      const { slug } = c.req.valid('param');
      const input = c.req.valid('json');
      const db = c.get('db');
      const admin = c.get('admin');
      const current = await requireSnapshot(db, slug);
      const from = current.record.status;
      const body = actingBody(admin.role, input.as, from, input.to);
      if (!canMove(from, input.to, body)) throw notAllowed(from, input.to, body);
      if (input.answer !== undefined && body !== 'board') {
        throw new ProblemError('validation_failed', 'The request body is not valid.', {
          issues: [{ path: 'answer', message: 'only the board answers' }],
        });
      }
      if ((DECISION_STATUSES as readonly string[]).includes(input.to)) {
        if (input.answer === undefined && current.details.answers.length === 0) {
          throw recommendationProblem('answer_required', `A move to ${input.to} needs the board's answer.`, {
            issues: [{ path: 'answer', message: "the board's answer, given with the decision or before it" }],
          });
        }
      }
      let into: number | null = null;
      if (input.to === 'merged') {
        into = await requireMergeTarget(db, slug, input.into);
      } else if (input.into !== undefined) {
        throw new ProblemError('validation_failed', 'The request body is not valid.', {
          issues: [{ path: 'into', message: 'only a merge names the recommendation it goes into' }],
        });
      }
      const at = new Date().toISOString();
      const { applied, queued, snapshot } = await moveStatus(db, {
        id: current.record.id,
        slug,
        from,
        to: input.to,
        body,
        reason: input.reason ?? null,
        answer: input.answer ? { text: input.answer.text, reviewOn: input.answer.reviewOn ?? null } : null,
        into,
        action: auditAction(from, input.to),
        actor: admin.name,
        pageUrl: recommendationPageUrl(c.env, c.req.url)(slug),
        at,
      });
      if (!applied) {
        const now = snapshot?.record.status;
        if (now === from && input.to === 'merged') {
          throw recommendationProblem(
            'merge_target_invalid',
            `"${input.into}" is no longer public and unmerged.`,
          );
        }
        throw recommendationProblem(
          'transition_not_allowed',
          `Another change on "${slug}" came first: it is now ${now ?? 'gone'}.`,
        );
      }
      if (queued) deliverSoon(c);
      return c.json(toAdminView(changed(snapshot, slug), new Date()));
    },
  )
  .post(
    '/:slug/answers',
    requireRole('board'),
    validate('param', SlugParam),
    validate('json', AnswerInput, answerBody),
    async (c) => {
      const { slug } = c.req.valid('param');
      const { text, reviewOn } = c.req.valid('json');
      const db = c.get('db');
      const current = await requireSnapshot(db, slug);
      if (current.record.status === 'draft') {
        throw recommendationProblem(
          'transition_not_allowed',
          'The board answers a recommendation once the steering committee has submitted it.',
        );
      }
      const written = await addAnswer(db, {
        id: current.record.id,
        text,
        reviewOn: reviewOn ?? null,
        actor: c.get('admin').name,
        pageUrl: recommendationPageUrl(c.env, c.req.url)(slug),
        at: new Date().toISOString(),
      });
      // Only a draft is refused, and a recommendation never goes back to draft.
      if (!written) throw new Error(`the answer to "${slug}" was not written`);
      clearLists();
      if (written.queued) deliverSoon(c);
      return c.json(written.answer, 201);
    },
  );

async function requireSnapshot(db: Parameters<typeof loadSnapshot>[0], slug: string) {
  return found(await loadSnapshot(db, slug, null), slug);
}

/** The snapshot, or 404 when there is no such recommendation. */
function found(snapshot: RecommendationSnapshot | null, slug: string): RecommendationSnapshot {
  if (!snapshot) {
    throw recommendationProblem('recommendation_not_found', `There is no recommendation "${slug}".`);
  }
  return snapshot;
}

/** The snapshot read back after a write: the public lists and the contributions' "taken up in" may show the change. */
function changed(snapshot: RecommendationSnapshot | null, slug: string): RecommendationSnapshot {
  clearLists();
  return found(snapshot, slug);
}

function clearLists(): void {
  publicPages.clear();
  publishedPages.clear();
}

async function requireTheme(db: Parameters<typeof findThemeBySlug>[0], slug: string) {
  const theme = await findThemeBySlug(db, slug);
  if (!theme) throw new ProblemError('theme_not_found', `There is no theme "${slug}".`);
  return theme;
}

/** Every source exists and readers see it, else 422 `source_not_found` naming the ones that do not. */
async function requireSources(
  db: Parameters<typeof missingSources>[0],
  sources: readonly { kind: 'contribution' | 'event' | 'poll'; ref: string }[],
): Promise<void> {
  const missing = await missingSources(db, sources);
  if (missing.length === 0) return;
  throw recommendationProblem(
    'source_not_found',
    `Not found, or not public: ${missing.map((source) => `${source.kind} ${source.ref}`).join(', ')}.`,
    {
      issues: missing.slice(0, 10).map((source) => ({
        path: `sources.${sources.findIndex((s) => s.kind === source.kind && s.ref === source.ref)}`,
        message: `no public ${source.kind} "${source.ref}"`,
      })),
    },
  );
}

/** The id of a public, unmerged recommendation other than `slug`, else 422 `merge_target_invalid`. */
async function requireMergeTarget(
  db: Parameters<typeof loadSnapshot>[0],
  slug: string,
  into: string | undefined,
): Promise<number> {
  if (into === undefined) {
    throw recommendationProblem('merge_target_invalid', 'Name the recommendation it goes into (`into`).', {
      issues: [{ path: 'into', message: 'required for a merge' }],
    });
  }
  const target = into === slug ? null : await loadSnapshot(db, into, null);
  const status = target?.record.status;
  if (!target || status === 'draft' || status === 'withdrawn' || status === 'merged') {
    throw recommendationProblem(
      'merge_target_invalid',
      into === slug
        ? 'A recommendation is not merged into itself.'
        : `"${into}" is not a public, unmerged recommendation.`,
      { issues: [{ path: 'into', message: 'a public recommendation, not withdrawn nor merged' }] },
    );
  }
  return target.record.id;
}

/**
 * The body the caller acts for: an editor's is the steering committee, the
 * board's the board; an admin acts for the one named in `as`, else for the
 * first body the table lets make this move (or the steering committee). An
 * editor or a board member naming the other body is refused.
 */
function actingBody(
  role: AdminRole,
  requested: Body | undefined,
  from: RecommendationStatus,
  to: RecommendationStatus,
): Body {
  if (role !== 'admin') {
    const own = (Object.keys(BODY_ROLES) as Body[]).find((body) => BODY_ROLES[body] === role);
    if (!own) throw new ProblemError('admin_forbidden', 'This needs the editor or board role.');
    if (requested !== undefined && requested !== own) {
      throw new ProblemError('admin_forbidden', `Your role acts for ${own.replace('_', ' ')} only.`);
    }
    return own;
  }
  if (requested !== undefined) return requested;
  if (to === 'draft') return 'steering_committee';
  return RECOMMENDATION_TRANSITIONS[to].by.find((body) => canMove(from, to, body)) ?? 'steering_committee';
}

/** 409 `transition_not_allowed`, saying what the table allows this body from here. */
function notAllowed(from: RecommendationStatus, to: RecommendationStatus, body: Body): ProblemError {
  const legal = Object.entries(RECOMMENDATION_TRANSITIONS)
    .filter(([, rule]) => rule.from.includes(from) && rule.by.includes(body))
    .map(([target]) => target);
  return recommendationProblem(
    'transition_not_allowed',
    `The ${body.replace('_', ' ')} cannot move a ${from} recommendation to ${to}; from ${from} it may move it to: ${legal.join(', ') || 'nothing'}.`,
  );
}

/** The audit log's name for a move. */
function auditAction(from: RecommendationStatus, to: RecommendationStatus): string {
  if (from === 'draft' && to === 'submitted') return 'submit';
  if (to === 'merged') return 'merge';
  if (to === 'withdrawn') return 'withdraw';
  return 'status';
}
