/**
 * Test helpers for node:test: the Worker on the real runtime (workerd via
 * wrangler's createTestHarness) with a real local D1, test-only vars and
 * secrets, token minting and request shortcuts. Reusable by e2e and bench code.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sign } from 'hono/jwt';
import { createTestHarness, type TestHarness, unstable_splitSqlQuery } from 'wrangler';
import type { AdminRole } from '../../schema/moderation.ts';
import type { Problem } from '../../schema/problem.ts';
import { seedFiles } from '../../schema/seed/index.ts';
import { adminTokenHash, insertAdminToken } from '../admin/tokens.ts';
import { PROBLEM_TYPE_BASE } from '../problems.ts';
import { responseChecker } from './openapi-check.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** Two host sites; site-b is mid-rotation (current secret first, previous second). */
export const TEST_SITE_SECRETS: Record<string, string[]> = {
  'site-a': ['test-secret-site-a-0123456789abcdef0123'],
  'site-b': ['test-secret-site-b-current-0123456789ab', 'test-secret-site-b-previous-0123456789a'],
  demo: ['test-secret-demo-0123456789abcdef012345'],
};
export const TEST_ORIGINS = {
  'site-a': 'https://site-a.example',
  'site-b': 'https://site-b.example',
} as const;
/** The named admin tokens every kit starts with (see startKit): an admin and a moderator. */
export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789';
export const TEST_MODERATOR_TOKEN = 'test-moderator-token-0123456789';
export const TEST_ADMINS = {
  admin: { name: 'test-admin', role: 'admin', token: TEST_ADMIN_TOKEN },
  moderator: { name: 'test-moderator', role: 'moderator', token: TEST_MODERATOR_TOKEN },
} as const;
export const TEST_AUDIENCE = 'smart-in-progress';
export const TEST_MAX_TTL = 3600;

export const TEST_VARS: Record<string, string> = {
  TOKEN_AUDIENCE: TEST_AUDIENCE,
  TOKEN_MAX_TTL: String(TEST_MAX_TTL),
  SITES: JSON.stringify({
    'site-a': { origins: [TEST_ORIGINS['site-a']] },
    'site-b': { origins: [TEST_ORIGINS['site-b']] },
    demo: { origins: ['http://localhost:8787'] },
  }),
  DEV_TOKENS: 'true',
  // Tests write to D1 directly, then read lists: no list served from memory unless a test asks for it.
  LIST_CACHE_MS: '0',
  // The host page of the tests' site: the Atom feed's links and the e-mails point there.
  RECOMMENDATION_PAGE_URL: 'https://site-a.example/recommandations?sip-recommendation={slug}',
};
export const TEST_SECRETS: Record<string, string> = {
  SITE_SECRETS: JSON.stringify(TEST_SITE_SECRETS),
  PARTICIPANT_KEY: 'test-participant-key-0123456789abcdef',
};

/** The Worker's answers, as node (undici, via Miniflare) sees them. */
export type KitResponse = Awaited<ReturnType<TestHarness['fetch']>>;
type KitRequestInit = NonNullable<Parameters<TestHarness['fetch']>[1]>;

export interface Kit {
  server: TestHarness;
  url: URL;
  /** The Worker's real D1 binding, usable from node. */
  db: D1Database;
  /** Sends a request to the Worker; see RequestOptions for the shortcuts. */
  request(path: string, options?: RequestOptions): Promise<KitResponse>;
  close(): Promise<void>;
}

export interface RequestOptions extends Omit<KitRequestInit, 'body' | 'headers'> {
  headers?: Record<string, string>;
  /** Serialised as the body with `Content-Type: application/json` (unless a Content-Type is given). */
  json?: unknown;
  body?: string;
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** Sent as `Sip-Participant`. */
  anonymousId?: string;
  /** Sent as `CF-Connecting-IP` (the rate limiter's key). */
  ip?: string;
}

/**
 * Starts the Worker with the test configuration, applies the D1 migrations,
 * stores the named admin tokens of TEST_ADMINS (use `...ADMIN` or
 * `...MODERATOR` in a request) and returns the helpers. Call `close()` in `after()`.
 *
 * @example
 * const kit = await startKit();
 * const response = await kit.request('/api/v1/themes');
 * await kit.close();
 *
 * const production = await startKit({ vars: { DEV_TOKENS: 'false' } });
 */
export async function startKit(
  overrides: { vars?: Record<string, string>; secrets?: Record<string, string> } = {},
): Promise<Kit> {
  // Offline and quiet: no fetch of the Request.cf placeholder (and its warning), no telemetry.
  process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= 'false';
  process.env.WRANGLER_SEND_METRICS ??= 'false';
  // The [assets] directory must exist for wrangler to start; the widget build fills it.
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  const server = createTestHarness({
    root: ROOT,
    workers: [
      {
        configPath: './wrangler.toml',
        vars: { ...TEST_VARS, ...overrides.vars },
        secrets: { ...TEST_SECRETS, ...overrides.secrets },
      },
    ],
  });
  const { url } = await server.listen();
  const worker = server.getWorker<{ DB: D1Database }>();
  await worker.applyD1Migrations('DB');
  const { DB: db } = await worker.getEnv();
  for (const { name, role, token } of Object.values(TEST_ADMINS))
    await seedAdminToken(db, { name, role, token });
  const fetchChecked = checkedAgainstDocument(server);
  return {
    // Tests that send raw requests through the harness get the same check.
    server: new Proxy(server, {
      get: (target, property) => {
        if (property === 'fetch') return fetchChecked;
        const value = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    }),
    url,
    db,
    request: (path, options) => fetchChecked(path, toInit(options)),
    close: () => server.close(),
  };
}

/**
 * The harness's fetch, with every answer checked against the OpenAPI
 * document the Worker serves (see openapi-check.ts): an undocumented status
 * or a body that does not match fails the request, and so its test.
 */
function checkedAgainstDocument(server: TestHarness): TestHarness['fetch'] {
  let check: Promise<ReturnType<typeof responseChecker>> | undefined;
  return async (path, init) => {
    const response = await server.fetch(path, init);
    check ??= server.fetch('/api/v1/openapi.json').then(async (answer) => {
      if (answer.status !== 200)
        throw new Error(`GET /api/v1/openapi.json: ${answer.status} ${await answer.text()}`);
      return responseChecker((await answer.json()) as Record<string, unknown>);
    });
    const headers = Object.fromEntries(new Headers(init?.headers as HeadersInit | undefined));
    await (await check)(init?.method ?? 'GET', String(path), headers, response);
    return response;
  };
}

function toInit({
  headers = {},
  json,
  token,
  anonymousId,
  ip,
  body,
  ...init
}: RequestOptions = {}): KitRequestInit {
  const all: Record<string, string> = { ...headers };
  if (json !== undefined) {
    body = JSON.stringify(json);
    all['Content-Type'] ??= 'application/json';
  }
  if (token !== undefined) all.Authorization = `Bearer ${token}`;
  if (anonymousId !== undefined) all['Sip-Participant'] = anonymousId;
  if (ip !== undefined) all['CF-Connecting-IP'] = ip;
  return { ...init, headers: all, body };
}

export interface TokenOptions {
  sub?: string;
  name?: string;
  roles?: string[];
  member?: boolean;
  /** The issuing site (default `site-a`); picks the secret unless `secret` is given. */
  site?: string;
  secret?: string;
  aud?: string | string[];
  /** Seconds since the epoch (default now). */
  iat?: number;
  /** Lifetime in seconds (default 600); ignored when `exp` is given. */
  ttl?: number;
  exp?: number;
  /** Claims to drop, to test missing ones. */
  omit?: string[];
}

/**
 * Mints an HS256 host-site token, as a host site's token-url would.
 *
 * @example
 * const token = await mintToken({ sub: 'alice', roles: ['freelancer'], member: true });
 * const expired = await mintToken({ iat: now - 700, ttl: 600 });
 */
export async function mintToken(options: TokenOptions = {}): Promise<string> {
  return sign(
    tokenPayload(options),
    options.secret ?? TEST_SITE_SECRETS[options.site ?? 'site-a'][0],
    'HS256',
  );
}

/**
 * The claims mintToken signs, for hand-made tokens (see forgeToken).
 *
 * @example
 * const payload = tokenPayload({ sub: 'mallory' });
 */
export function tokenPayload(options: TokenOptions = {}): Record<string, unknown> {
  const iat = options.iat ?? Math.floor(Date.now() / 1000);
  const payload: Record<string, unknown> = {
    iss: options.site ?? 'site-a',
    aud: options.aud ?? TEST_AUDIENCE,
    sub: options.sub ?? `person-${crypto.randomUUID()}`,
    ...(options.name === undefined ? {} : { name: options.name }),
    roles: options.roles ?? [],
    member: options.member ?? false,
    iat,
    exp: options.exp ?? iat + (options.ttl ?? 600),
  };
  for (const claim of options.omit ?? []) delete payload[claim];
  return payload;
}

/**
 * Builds a token with any header and signature, e.g. `alg: none` or an
 * RS256 header signed with an HMAC: what an attacker would send.
 *
 * @example
 * const none = forgeToken({ alg: 'none', typ: 'JWT' }, tokenPayload(), '');
 */
export function forgeToken(
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
  signature: string,
): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part(header)}.${part(payload)}.${signature}`;
}

/** Request options of the admin API, as the seeded admin (every route). */
export const ADMIN = { token: TEST_ADMIN_TOKEN } as const;
/** Request options of the admin API, as the seeded moderator (contributions only). */
export const MODERATOR = { token: TEST_MODERATOR_TOKEN } as const;

/**
 * Stores a named admin token (by its hash, as `npm run admin:create` does);
 * returns the token. A fresh random token unless one is given.
 *
 * @example
 * const token = await seedAdminToken(kit.db, { name: 'ana', role: 'moderator' });
 * await kit.request('/api/v1/admin/me', { token });
 */
export async function seedAdminToken(
  db: D1Database,
  { name, role, token = `sipa_${crypto.randomUUID()}` }: { name: string; role: AdminRole; token?: string },
): Promise<string> {
  await insertAdminToken(db, {
    name,
    role,
    hash: await adminTokenHash(token),
    createdAt: new Date().toISOString(),
  });
  return token;
}

/**
 * Creates a poll through the admin API, open since a minute and with two
 * options unless overridden; returns its slug. Throws on any non-201.
 *
 * @example
 * const slug = await createPoll(kit, { audience: 'members', kind: 'motion', options: [] });
 */
export async function createPoll(kit: Kit, overrides: Record<string, unknown> = {}): Promise<string> {
  const slug = (overrides.slug as string | undefined) ?? uniqueSlug();
  const response = await kit.request('/api/v1/admin/polls', {
    method: 'POST',
    ...ADMIN,
    json: {
      slug,
      kind: 'single',
      question: { fr: `Question ${slug}`, en: `Question ${slug}` },
      audience: 'public',
      resultsVisibility: 'live',
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      options: [
        { key: 'yes', label: { fr: 'Oui', en: 'Yes' } },
        { key: 'no', label: { fr: 'Non', en: 'No' } },
      ],
      ...overrides,
    },
  });
  if (response.status !== 201)
    throw new Error(`createPoll ${slug}: ${response.status} ${await response.text()}`);
  return slug;
}

/** A fresh slug, so that tests sharing a database never collide. */
export function uniqueSlug(prefix = 'poll'): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}

/** A fresh client address, so that each test has its own anonymous rate limit. */
export function uniqueIp(): string {
  const byte = () => Math.floor(Math.random() * 254) + 1;
  return `10.${byte()}.${byte()}.${byte()}`;
}

/**
 * Casts a ballot; returns the response.
 *
 * @example
 * await vote(kit, slug, ['yes'], { token });
 * await vote(kit, slug, ['yes'], { anonymousId: crypto.randomUUID(), ip: uniqueIp() });
 */
export function vote(
  kit: Kit,
  slug: string,
  choices: unknown,
  options: RequestOptions = {},
): Promise<KitResponse> {
  return kit.request(`/api/v1/polls/${slug}/ballot`, { method: 'POST', json: { choices }, ...options });
}

export interface Counts {
  ballots: number;
  /** `${role}/${optionKey}` -> votes, from poll_tallies (zero rows left out). */
  tallies: Record<string, number>;
}

/**
 * The stored state of a poll, read straight from D1: ballots and tallies.
 * Compare before and after a failing request to prove nothing changed.
 *
 * @example
 * const before = await pollCounts(kit.db, slug);
 * assert.deepEqual(await pollCounts(kit.db, slug), before);
 */
export async function pollCounts(db: D1Database, slug: string): Promise<Counts> {
  const [ballots, tallies] = await db.batch<{ key: string; votes: number }>([
    db
      .prepare(
        "SELECT '' AS key, count(*) AS votes FROM ballots WHERE poll_id = (SELECT id FROM polls WHERE slug = ?1)",
      )
      .bind(slug),
    db
      .prepare(
        `SELECT role || '/' || option_key AS key, votes FROM poll_tallies
         WHERE poll_id = (SELECT id FROM polls WHERE slug = ?1) AND votes > 0 ORDER BY key`,
      )
      .bind(slug),
  ]);
  return {
    ballots: ballots.results[0].votes,
    tallies: Object.fromEntries(tallies.results.map((row) => [row.key, row.votes])),
  };
}

/**
 * Tallies recomputed from the ballots table, in the same shape as pollCounts'
 * `tallies`: the reference the trigger-maintained counters must equal.
 *
 * @example
 * assert.deepEqual((await pollCounts(kit.db, slug)).tallies, await talliesFromBallots(kit.db, slug));
 */
export async function talliesFromBallots(db: D1Database, slug: string): Promise<Record<string, number>> {
  const { results } = await db
    .prepare(
      `SELECT r.value || '/' || c.value AS bucket, count(*) AS votes
       FROM ballots b,
            json_each(json_insert(b.choices, '$[#]', '*')) AS c,
            json_each(json_insert(b.roles, '$[#]', '*')) AS r
       WHERE b.poll_id = (SELECT id FROM polls WHERE slug = ?1)
       GROUP BY bucket ORDER BY bucket`,
    )
    .bind(slug)
    .all<{ bucket: string; votes: number }>();
  return Object.fromEntries(results.map((row) => [row.bucket, row.votes]));
}

/**
 * Reads a problem+json answer, checking its media type and shape.
 *
 * @example
 * const problem = await readProblem(response);
 * assert.equal(problem.code, 'poll_not_found');
 */
export async function readProblem(response: KitResponse): Promise<Problem> {
  const contentType = response.headers.get('Content-Type');
  if (contentType !== 'application/problem+json') {
    throw new Error(`expected application/problem+json, got ${contentType}: ${await response.text()}`);
  }
  const problem = (await response.json()) as Problem;
  if (problem.status !== response.status)
    throw new Error(`problem.status ${problem.status} != ${response.status}`);
  return problem;
}

/**
 * Asserts that a response is the problem+json for `code` with `status`.
 *
 * @example
 * await expectProblem(await kit.request('/api/v1/polls/nope'), 404, 'poll_not_found');
 */
export async function expectProblem(response: KitResponse, status: number, code: string): Promise<Problem> {
  assert.equal(response.status, status, `expected ${status} ${code}, got ${response.status}`);
  const problem = await readProblem(response);
  assert.equal(problem.code, code);
  assert.equal(problem.type, `${PROBLEM_TYPE_BASE}${code}`);
  return problem;
}

/**
 * Ballots and votes over the whole database, to prove a refused request
 * wrote nothing anywhere.
 *
 * @example
 * const before = await dbTotals(kit.db);
 */
export async function dbTotals(db: D1Database): Promise<{ ballots: number; votes: number; polls: number }> {
  const row = await db
    .prepare(
      `SELECT (SELECT count(*) FROM ballots) AS ballots, (SELECT coalesce(sum(votes), 0) FROM poll_tallies) AS votes,
         (SELECT count(*) FROM polls) AS polls`,
    )
    .first<{ ballots: number; votes: number; polls: number }>();
  if (!row) throw new Error('no totals');
  return row;
}

/**
 * Sends a request that must be refused with `status`/`code`, and checks that
 * the poll's ballots and tallies, and the database totals, did not move.
 *
 * @example
 * await expectRefused(kit, slug, () => vote(kit, slug, ['maybe'], { token }), 422, 'option_not_in_poll');
 */
export async function expectRefused(
  kit: Kit,
  slug: string,
  send: () => Promise<KitResponse>,
  status: number,
  code: string,
): Promise<Problem> {
  const [poll, totals] = [await pollCounts(kit.db, slug), await dbTotals(kit.db)];
  const problem = await expectProblem(await send(), status, code);
  assert.deepEqual(await pollCounts(kit.db, slug), poll, 'the poll did not change');
  assert.deepEqual(await dbTotals(kit.db), totals, 'the database did not change');
  return problem;
}

/** Every table's rows, as sorted JSON lines: equal fingerprints, equal data (see databaseFingerprint). */
export type Fingerprint = Record<string, string[]>;

/**
 * Every row of every table (D1's own `_cf_` tables aside), to prove that a
 * request changed nothing anywhere. Rows are sorted as JSON lines, so the
 * order SQLite returns them in does not matter; changedRows says which moved.
 *
 * @example
 * const before = await databaseFingerprint(kit.db);
 * assert.deepEqual(changedRows(before, await databaseFingerprint(kit.db)), {});
 */
export async function databaseFingerprint(db: D1Database): Promise<Fingerprint> {
  const { results: tables } = await db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\' ORDER BY name",
    )
    .all<{ name: string }>();
  const dumps = await db.batch<Record<string, unknown>>(
    tables.map(({ name }) => db.prepare(`SELECT * FROM "${name}"`)),
  );
  return Object.fromEntries(
    tables.map(({ name }, index) => [name, dumps[index].results.map((row) => JSON.stringify(row)).sort()]),
  );
}

/**
 * The rows that differ between two fingerprints, per table: `{}` when none did.
 *
 * @example
 * assert.deepEqual(changedRows(before, after), {}, 'nothing changed');
 */
export function changedRows(
  before: Fingerprint,
  after: Fingerprint,
): Record<string, { added: string[]; removed: string[] }> {
  const changes: Record<string, { added: string[]; removed: string[] }> = {};
  for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const [was, is] = [new Set(before[table] ?? []), new Set(after[table] ?? [])];
    const added = [...is].filter((row) => !was.has(row));
    const removed = [...was].filter((row) => !is.has(row));
    if (added.length > 0 || removed.length > 0) changes[table] = { added, removed };
  }
  return changes;
}

/**
 * Sends a request that must be refused with `status`/`code`, and checks that
 * no row of any table changed.
 *
 * @example
 * await expectNothingChanged(kit, () => patch(slug, []), 400, 'validation_failed');
 */
export async function expectNothingChanged(
  kit: Kit,
  send: () => Promise<KitResponse>,
  status: number,
  code: string,
): Promise<Problem> {
  const before = await databaseFingerprint(kit.db);
  const problem = await expectProblem(await send(), status, code);
  assert.deepEqual(changedRows(before, await databaseFingerprint(kit.db)), {}, 'the database did not change');
  return problem;
}

/**
 * Runs the demo data (every file of schema/seed/, in order), each file in
 * one batch (one transaction), as `npm start` does.
 *
 * @example
 * await seedDemo(kit.db);
 */
export async function seedDemo(db: D1Database): Promise<void> {
  for (const file of seedFiles()) {
    const statements = unstable_splitSqlQuery(readFileSync(join(ROOT, file), 'utf8'));
    await db.batch(statements.map((statement) => db.prepare(statement)));
  }
}
