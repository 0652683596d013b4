/**
 * Test helpers for contributions: valid bodies, submission and report
 * shortcuts, direct inserts, table totals, and a stand-in for Turnstile's
 * siteverify so that tests never reach Cloudflare.
 */
import assert from 'node:assert/strict';
import type { Audience, Role } from '../../schema/common.ts';
import type { ContributionReceipt } from '../../schema/contributions.ts';
import type { ModerationPolicy } from '../../schema/themes.ts';
import { newReference } from '../identity/reference.ts';
import {
  expectProblem,
  type Kit,
  type KitResponse,
  mintToken,
  type RequestOptions,
  type TokenOptions,
  uniqueSlug,
} from './harness.ts';

/** A body every route accepts: 55 characters of text, consent given. */
export function contributionInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    theme: 'modele-economique',
    title: 'Une contribution modulée',
    text: 'La contribution devrait suivre le chiffre d’affaires réel.',
    role: 'freelancer',
    territory: 'wallonie',
    displayName: 'Camille',
    consent: true,
    ...overrides,
  };
}

/**
 * A host-site token for the author of contributionInput(): its name and role
 * are the body's, as a signed-in author's must be.
 *
 * @example
 * await submitted(kit, contributionInput(), { token: await authorToken({ member: true }) });
 */
export function authorToken(options: TokenOptions = {}): Promise<string> {
  return mintToken({ name: 'Camille', roles: ['freelancer'], ...options });
}

export interface SubmitOptions extends RequestOptions {
  /** The Idempotency-Key header: a fresh uuid by default, none when null. */
  key?: string | null;
}

/**
 * POSTs a contribution; returns the response.
 *
 * @example
 * const response = await submit(kit, contributionInput({ theme }), { token });
 * await submit(kit, contributionInput(), { anonymousId: crypto.randomUUID(), ip: uniqueIp(), key });
 */
export function submit(
  kit: Kit,
  body: unknown,
  { key = crypto.randomUUID(), headers = {}, ...options }: SubmitOptions = {},
): Promise<KitResponse> {
  return kit.request('/api/v1/contributions', {
    method: 'POST',
    json: body,
    headers: key === null ? headers : { 'Idempotency-Key': key, ...headers },
    ...options,
  });
}

/**
 * Submits and expects a 202 receipt.
 *
 * @example
 * const { id, status } = await submitted(kit, contributionInput(), { token });
 */
export async function submitted(
  kit: Kit,
  body: unknown,
  options: SubmitOptions = {},
): Promise<ContributionReceipt> {
  const response = await submit(kit, body, options);
  assert.equal(response.status, 202, await response.clone().text());
  return (await response.json()) as ContributionReceipt;
}

/**
 * POSTs a report on a contribution.
 *
 * @example
 * await report(kit, id, { reason: 'spam' }, { token });
 */
export function report(
  kit: Kit,
  id: string,
  body: unknown,
  options: RequestOptions = {},
): Promise<KitResponse> {
  return kit.request(`/api/v1/contributions/${id}/reports`, { method: 'POST', json: body, ...options });
}

/**
 * A new theme with the given rules, so that a test lists only its own
 * contributions; returns its slug and id.
 *
 * @example
 * const theme = await createTheme(kit.db, { audience: 'members', moderation: 'post_members' });
 */
export async function createTheme(
  db: D1Database,
  rules: { audience?: Audience; moderation?: ModerationPolicy } = {},
): Promise<{ slug: string; id: number }> {
  const slug = uniqueSlug('theme');
  const row = await db
    .prepare(
      `INSERT INTO themes (slug, position, title, summary, audience, moderation)
       VALUES (?1, (SELECT coalesce(max(position), 0) + 1 FROM themes), json_object('fr', ?1), json_object('fr', ?1), ?2, ?3)
       RETURNING id`,
    )
    .bind(slug, rules.audience ?? 'public', rules.moderation ?? 'pre')
    .first<{ id: number }>();
  assert.ok(row);
  return { slug, id: row.id };
}

export interface StoredContribution {
  id: string;
  themeId: number;
  status: string;
  publishedAt: string | null;
  role?: Role;
  participant?: string;
}

/**
 * Inserts contributions straight into D1 (published ones need `publishedAt`),
 * in one batch; returns their ids.
 *
 * @example
 * const ids = await insertContributions(kit.db, [{ themeId, status: 'published', publishedAt }]);
 */
export async function insertContributions(
  db: D1Database,
  rows: Omit<StoredContribution, 'id'>[],
): Promise<string[]> {
  const ids = rows.map(() => newReference());
  await db.batch(
    rows.map((row, index) =>
      db
        .prepare(
          `INSERT INTO contributions (id, theme_id, participant, idempotency_key, status, title, body, role,
             territory, display_name, anonymous, email, consent_at, submitted_at, published_at, updated_at)
           VALUES (?1, ?2, ?3, ?1, ?4, 'Titre ' || ?1, 'Texte ' || ?1, ?5, 'bruxelles', 'Test', 0, NULL,
             ?6, ?6, ?7, ?6)`,
        )
        .bind(
          ids[index],
          row.themeId,
          row.participant ?? 'test-participant',
          row.status,
          row.role ?? 'member',
          row.publishedAt ?? new Date().toISOString(),
          row.publishedAt,
        ),
    ),
  );
  return ids;
}

export interface ContributionTotals {
  contributions: number;
  reports: number;
  reportCount: number;
  log: number;
  statuses: Record<string, number>;
}

/**
 * Row counts of every table a public contribution route writes to: compare
 * them before and after a refused request to prove nothing changed.
 *
 * @example
 * const before = await contributionTotals(kit.db);
 */
export async function contributionTotals(db: D1Database): Promise<ContributionTotals> {
  const [totals, statuses] = await db.batch<Record<string, number | string>>([
    db.prepare(
      `SELECT (SELECT count(*) FROM contributions) AS contributions,
         (SELECT count(*) FROM contribution_reports) AS reports,
         (SELECT coalesce(sum(report_count), 0) FROM contributions) AS reportCount,
         (SELECT count(*) FROM audit_log) AS log`,
    ),
    db.prepare('SELECT status, count(*) AS n FROM contributions GROUP BY status ORDER BY status'),
  ]);
  const row = totals.results[0] as Omit<ContributionTotals, 'statuses'>;
  return {
    ...row,
    statuses: Object.fromEntries(statuses.results.map((status) => [status.status, Number(status.n)])),
  };
}

/**
 * Sends a request that must be refused with `status`/`code` and checks that
 * no contribution, report or audit line was written.
 *
 * @example
 * await expectUnchanged(kit, () => submit(kit, contributionInput({ title: '' }), { token }), 400, 'validation_failed');
 */
export async function expectUnchanged(
  kit: Kit,
  send: () => Promise<KitResponse>,
  status: number,
  code: string,
) {
  const before = await contributionTotals(kit.db);
  const problem = await expectProblem(await send(), status, code);
  assert.deepEqual(await contributionTotals(kit.db), before, 'nothing changed');
  return problem;
}

/** Where tests point TURNSTILE_VERIFY_URL: `.invalid` never resolves, so a miss cannot reach the network. */
export const SITEVERIFY_STUB_URL = 'https://siteverify.turnstile.invalid/turnstile/v0/siteverify';

/** One call the Worker made to siteverify, as the stub received it. */
export interface SiteverifyCall {
  secret: string | null;
  response: string | null;
  remoteip: string | null;
}

export interface SiteverifyStub {
  /** Every call so far. */
  calls: SiteverifyCall[];
  /** What the next calls get: a verdict, or an HTTP error status. */
  answer: { success: boolean } | { status: number };
  restore(): void;
}

/**
 * Answers the Worker's calls to SITEVERIFY_STUB_URL from node. The test
 * harness hands every outbound fetch of the Worker to node's global fetch
 * (its `outboundService`), which is where the stub sits; any other URL goes
 * through untouched. Call `restore()` in `after()`.
 *
 * @example
 * const siteverify = stubSiteverify();
 * siteverify.answer = { success: false };
 */
export function stubSiteverify(): SiteverifyStub {
  const original = globalThis.fetch;
  const stub: SiteverifyStub = {
    calls: [],
    answer: { success: true },
    restore: () => {
      globalThis.fetch = original;
    },
  };
  globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    if (request.url !== SITEVERIFY_STUB_URL) return original(input, init);
    const form = await request.formData();
    const field = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value : null;
    };
    stub.calls.push({ secret: field('secret'), response: field('response'), remoteip: field('remoteip') });
    const { answer } = stub;
    return 'status' in answer
      ? new Response('unavailable', { status: answer.status })
      : Response.json({
          success: answer.success,
          'error-codes': answer.success ? [] : ['invalid-input-response'],
        });
  };
  return stub;
}
