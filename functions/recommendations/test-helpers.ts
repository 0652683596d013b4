/**
 * Test helpers for recommendations: admin tokens for the steering committee
 * and the board, drafts and public recommendations made through the API,
 * supports, and the stored state read straight from D1 (to prove that a
 * refusal changed nothing, and that counters equal the rows).
 */
import assert from 'node:assert/strict';
import type { RecommendationStatus } from '../../schema/recommendation-lifecycle.ts';
import type { AdminRecommendationView } from '../../schema/recommendations.ts';
import {
  ADMIN,
  type Kit,
  type KitResponse,
  type RequestOptions,
  seedAdminToken,
  uniqueSlug,
} from '../test/harness.ts';

/** Request options of the admin API as an editor (the steering committee) and as the board. */
export interface Bodies {
  editor: { token: string };
  board: { token: string };
}

/**
 * Stores a fresh editor token and a fresh board token.
 *
 * @example
 * const { editor, board } = await bodies(kit);
 * await kit.request('/api/v1/admin/recommendations', { method: 'POST', ...editor, json });
 */
export async function bodies(kit: Kit): Promise<Bodies> {
  const suffix = crypto.randomUUID().slice(0, 8);
  return {
    editor: { token: await seedAdminToken(kit.db, { name: `editor-${suffix}`, role: 'editor' }) },
    board: { token: await seedAdminToken(kit.db, { name: `board-${suffix}`, role: 'board' }) },
  };
}

/** A valid RecommendationInput, with a fresh slug unless overridden. */
export function recommendationInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const slug = (overrides.slug as string | undefined) ?? uniqueSlug('reco');
  return {
    slug,
    theme: 'modele-economique',
    year: 2026,
    title: { fr: `Titre ${slug}`, nl: `Titel ${slug}` },
    summary: { fr: `Résumé de ${slug}.` },
    text: { fr: `Le texte complet de ${slug}.\n\nDeuxième paragraphe.` },
    ...overrides,
  };
}

/**
 * Creates a draft through the admin API (as an admin unless `as` is given);
 * returns its slug. Throws on any non-201.
 *
 * @example
 * const slug = await createDraft(kit, { audience: 'members' });
 */
export async function createDraft(
  kit: Kit,
  overrides: Record<string, unknown> = {},
  as: RequestOptions = ADMIN,
): Promise<string> {
  const input = recommendationInput(overrides);
  const response = await kit.request('/api/v1/admin/recommendations', { method: 'POST', ...as, json: input });
  if (response.status !== 201) throw new Error(`createDraft: ${response.status} ${await response.text()}`);
  return input.slug as string;
}

/**
 * Sends a status change (as an admin unless `as` is given).
 *
 * @example
 * await move(kit, slug, { to: 'submitted' });
 */
export function move(
  kit: Kit,
  slug: string,
  body: Record<string, unknown>,
  as: RequestOptions = ADMIN,
): Promise<KitResponse> {
  return kit.request(`/api/v1/admin/recommendations/${slug}/status`, { method: 'POST', ...as, json: body });
}

/** The board's answer, for moves that need one. */
export const ANSWER = { text: { fr: 'Le conseil d’administration adopte cette recommandation.' } };

/** From a draft, the moves that lead to each status (by an admin, who may act for either body). */
const PATHS: Record<RecommendationStatus, Record<string, unknown>[]> = {
  draft: [],
  submitted: [{ to: 'submitted' }],
  under_review: [{ to: 'submitted' }, { to: 'under_review' }],
  adopted: [{ to: 'submitted' }, { to: 'adopted', answer: ANSWER }],
  partially_adopted: [{ to: 'submitted' }, { to: 'partially_adopted', answer: ANSWER }],
  not_adopted: [{ to: 'submitted' }, { to: 'not_adopted', answer: ANSWER }],
  in_progress: [{ to: 'submitted' }, { to: 'adopted', answer: ANSWER }, { to: 'in_progress' }],
  implemented: [{ to: 'submitted' }, { to: 'adopted', answer: ANSWER }, { to: 'implemented' }],
  withdrawn: [{ to: 'submitted' }, { to: 'withdrawn' }],
  merged: [{ to: 'submitted' }, { to: 'merged' }],
};

/**
 * A recommendation in `status`, made through the API; a merged one goes
 * into a fresh submitted one (`into`, returned too).
 *
 * @example
 * const { slug } = await recommendationIn(kit, 'under_review', { audience: 'public' });
 */
export async function recommendationIn(
  kit: Kit,
  status: RecommendationStatus,
  overrides: Record<string, unknown> = {},
): Promise<{ slug: string; into?: string }> {
  const slug = await createDraft(kit, overrides);
  const into = status === 'merged' ? (await recommendationIn(kit, 'submitted')).slug : undefined;
  for (const step of PATHS[status]) {
    const response = await move(kit, slug, step.to === 'merged' ? { ...step, into } : step);
    if (response.status !== 200)
      throw new Error(`to ${step.to}: ${response.status} ${await response.text()}`);
  }
  return { slug, into };
}

/**
 * Reads a recommendation as the admin API shows it.
 *
 * @example
 * const view = await adminView(kit, slug);
 */
export async function adminView(kit: Kit, slug: string): Promise<AdminRecommendationView> {
  const response = await kit.request(`/api/v1/admin/recommendations/${slug}`, ADMIN);
  assert.equal(response.status, 200);
  return (await response.json()) as AdminRecommendationView;
}

/**
 * Supports a recommendation; returns the response.
 *
 * @example
 * await support(kit, slug, { token: await mintToken({ roles: ['member'] }) });
 */
export function support(
  kit: Kit,
  slug: string,
  options: RequestOptions = {},
  body: Record<string, unknown> = {},
): Promise<KitResponse> {
  return kit.request(`/api/v1/recommendations/${slug}/support`, { method: 'POST', json: body, ...options });
}

/** Withdraws a support; returns the response. */
export function withdraw(kit: Kit, slug: string, options: RequestOptions = {}): Promise<KitResponse> {
  return kit.request(`/api/v1/recommendations/${slug}/support`, { method: 'DELETE', ...options });
}

export interface SupportCounts {
  supports: number;
  /** role -> supports, from the trigger-kept counters (zero rows left out). */
  counters: Record<string, number>;
}

/**
 * A recommendation's supports and counters, read straight from D1.
 *
 * @example
 * assert.deepEqual((await supportCounts(kit.db, slug)).counters, await countersFromSupports(kit.db, slug));
 */
export async function supportCounts(db: D1Database, slug: string): Promise<SupportCounts> {
  const [rows, counters] = await db.batch<{ key: string; n: number }>([
    db
      .prepare(
        `SELECT '' AS key, count(*) AS n FROM recommendation_supports
         WHERE recommendation_id = (SELECT id FROM recommendations WHERE slug = ?1)`,
      )
      .bind(slug),
    db
      .prepare(
        `SELECT role AS key, supports AS n FROM recommendation_support_counts
         WHERE recommendation_id = (SELECT id FROM recommendations WHERE slug = ?1) AND supports > 0 ORDER BY role`,
      )
      .bind(slug),
  ]);
  return {
    supports: rows.results[0].n,
    counters: Object.fromEntries(counters.results.map((row) => [row.key, row.n])),
  };
}

/**
 * Counters recomputed from the supports themselves: what the trigger-kept
 * ones must equal.
 *
 * @example
 * assert.deepEqual((await supportCounts(kit.db, slug)).counters, await countersFromSupports(kit.db, slug));
 */
export async function countersFromSupports(db: D1Database, slug: string): Promise<Record<string, number>> {
  const { results } = await db
    .prepare(
      `SELECT r.value AS role, count(*) AS n
       FROM recommendation_supports s, json_each(json_insert(s.roles, '$[#]', '*')) AS r
       WHERE s.recommendation_id = (SELECT id FROM recommendations WHERE slug = ?1)
       GROUP BY r.value ORDER BY r.value`,
    )
    .bind(slug)
    .all<{ role: string; n: number }>();
  return Object.fromEntries(results.map((row) => [row.role, row.n]));
}

/**
 * The audit rows of a recommendation, oldest first.
 *
 * @example
 * const log = await auditOf(kit.db, slug);
 */
export async function auditOf(
  db: D1Database,
  slug: string,
): Promise<{ actor: string; action: string; from_status: string; to_status: string; note: string | null }[]> {
  const { results } = await db
    .prepare(
      `SELECT actor, action, from_status, to_status, note FROM audit_log
       WHERE item_kind = 'recommendation' AND item_id = ?1 ORDER BY id`,
    )
    .bind(slug)
    .all<{ actor: string; action: string; from_status: string; to_status: string; note: string | null }>();
  return results;
}
