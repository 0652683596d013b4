/**
 * The admin guard with named tokens: who gets in, with which role, on every
 * admin route; and the SQL the admin:create script runs.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { AdminIdentity } from '../../schema/moderation.ts';
import { insertTokenSql, revokeTokenSql } from '../../scripts/admin-create.ts';
import {
  ADMIN,
  createPoll,
  expectProblem,
  type Kit,
  type KitResponse,
  MODERATOR,
  mintToken,
  type RequestOptions,
  seedAdminToken,
  startKit,
  TEST_ADMINS,
  uniqueSlug,
} from '../test/harness.ts';
import { moderationState, seedContribution, uniqueReference } from '../test/moderation.ts';
import { adminTokenHash, newAdminToken } from './tokens.ts';

let kit: Kit;
before(async () => {
  kit = await startKit();
});
after(() => kit.close());

const me = (options: RequestOptions) => kit.request('/api/v1/admin/me', options);

async function identity(response: KitResponse): Promise<AdminIdentity> {
  assert.equal(response.status, 200, await response.clone().text());
  return (await response.json()) as AdminIdentity;
}

describe('named admin tokens', () => {
  test('GET /admin/me says who is acting, with which role, and is never cached', async () => {
    const response = await me(ADMIN);
    assert.equal(response.headers.get('Cache-Control'), 'private, no-store');
    assert.deepEqual(await identity(response), { name: 'test-admin', role: 'admin', via: 'token' });
    assert.deepEqual(await identity(await me(MODERATOR)), {
      name: 'test-moderator',
      role: 'moderator',
      via: 'token',
    });
  });

  test('no credentials, a wrong or malformed one, a host-site token: 401 admin_unauthorized', async () => {
    const attempts: RequestOptions[] = [
      {},
      { token: 'wrong' },
      { token: `${ADMIN.token}x` },
      { token: ADMIN.token.toUpperCase() },
      { token: await mintToken() },
      { headers: { Authorization: ADMIN.token } },
      { headers: { Authorization: `Basic ${btoa(`admin:${ADMIN.token}`)}` } },
      { headers: { Authorization: `Bearer ${ADMIN.token} extra` } },
      // Without Access configured, an assertion header is not even looked at.
      { headers: { 'Cf-Access-Jwt-Assertion': 'a.b.c' } },
    ];
    for (const options of attempts) {
      const problem = await expectProblem(await me(options), 401, 'admin_unauthorized');
      assert.ok(!problem.detail?.includes(ADMIN.token), 'the token is never echoed');
    }
    const response = await me({});
    assert.equal(response.headers.get('WWW-Authenticate'), 'Bearer realm="admin"');
  });

  test('a wrong Authorization header never falls back to another credential', async () => {
    await expectProblem(
      await me({ token: 'wrong', headers: { 'Cf-Access-Jwt-Assertion': 'a.b.c' } }),
      401,
      'admin_unauthorized',
    );
  });

  test('only the hash is stored', async () => {
    const { results } = await kit.db
      .prepare('SELECT name, role, token_hash FROM admin_tokens WHERE name = ?1')
      .bind(TEST_ADMINS.admin.name)
      .all();
    assert.deepEqual(results, [
      { name: 'test-admin', role: 'admin', token_hash: await adminTokenHash(ADMIN.token) },
    ]);
    assert.match(String(results[0].token_hash), /^[0-9a-f]{64}$/);
  });

  test('a revoked token is refused at once; other tokens keep working', async () => {
    const token = await seedAdminToken(kit.db, { name: `ana-${uniqueSlug('m')}`, role: 'moderator' });
    assert.equal((await identity(await me({ token }))).role, 'moderator');
    await kit.db
      .prepare('UPDATE admin_tokens SET revoked_at = ?2 WHERE token_hash = ?1')
      .bind(await adminTokenHash(token), new Date().toISOString())
      .run();
    await expectProblem(await me({ token }), 401, 'admin_unauthorized');
    assert.equal((await identity(await me(MODERATOR))).name, 'test-moderator');
  });
});

describe('admin:create script', () => {
  test('newAdminToken: sipa_ and 32 random bytes in base64url', () => {
    const tokens = new Set(Array.from({ length: 20 }, newAdminToken));
    assert.equal(tokens.size, 20);
    for (const token of tokens) assert.match(token, /^sipa_[A-Za-z0-9_-]{43}$/);
  });

  test('its INSERT stores a working token, and its UPDATE revokes it', async () => {
    const token = newAdminToken();
    const name = `script.user-${crypto.randomUUID().slice(0, 8)}@smart.coop`;
    const now = new Date().toISOString();
    await kit.db.prepare(insertTokenSql(name, 'admin', await adminTokenHash(token), now)).run();
    assert.deepEqual(await identity(await me({ token })), { name, role: 'admin', via: 'token' });
    const { results } = await kit.db.prepare(revokeTokenSql(name, new Date().toISOString())).all();
    assert.deepEqual(results, [{ name }]);
    await expectProblem(await me({ token }), 401, 'admin_unauthorized');
  });

  test('its INSERT stores nothing for a name with an active token, and again once it is revoked', async () => {
    const name = `again-${crypto.randomUUID().slice(0, 8)}`;
    const [first, second, third] = [newAdminToken(), newAdminToken(), newAdminToken()];
    const insert = async (token: string) =>
      (
        await kit.db
          .prepare(insertTokenSql(name, 'admin', await adminTokenHash(token), new Date().toISOString()))
          .all()
      ).results;
    assert.deepEqual(await insert(first), [{ name }]);
    assert.deepEqual(await insert(second), [], 'no row, no UNIQUE error');
    await expectProblem(await me({ token: second }), 401, 'admin_unauthorized');
    await kit.db.prepare(revokeTokenSql(name, new Date().toISOString())).run();
    assert.deepEqual(await insert(third), [{ name }]);
    await expectProblem(await me({ token: first }), 401, 'admin_unauthorized');
    assert.deepEqual(await identity(await me({ token: third })), { name, role: 'admin', via: 'token' });
  });

  test('lost token, as a person does it: create, create again (one-line refusal), revoke, create', async () => {
    const persistTo = mkdtempSync(join(tmpdir(), 'sip-admin-tokens-'));
    try {
      const wrangler = (...args: string[]) =>
        spawnSync(
          join('node_modules', '.bin', 'wrangler'),
          ['d1', ...args, 'smart-in-progress', '--local', '--persist-to', persistTo],
          { encoding: 'utf8' },
        );
      assert.equal(wrangler('migrations', 'apply').status, 0);
      const script = (...args: string[]) =>
        spawnSync(
          process.execPath,
          ['scripts/admin-create.ts', '--name', 'demo-admin', '--persist-to', persistTo, ...args],
          { encoding: 'utf8' },
        );
      const created = script('--role', 'admin');
      assert.equal(created.status, 0, created.stderr);
      const [lost] = created.stdout.match(/sipa_[\w-]{43}/) ?? [];
      assert.ok(lost);

      const refused = script('--role', 'admin');
      assert.equal(refused.status, 1);
      assert.equal(refused.stdout, '');
      assert.equal(
        refused.stderr,
        '"demo-admin" already has an active admin token (local database): revoke it first with npm run admin:revoke -- --name demo-admin\n',
      );

      const revoked = script('--revoke');
      assert.equal(revoked.status, 0, revoked.stderr);
      assert.match(revoked.stdout, /^Revoked the admin token of "demo-admin"/);
      const recreated = script('--role', 'admin');
      assert.equal(recreated.status, 0, recreated.stderr);
      const [fresh] = recreated.stdout.match(/sipa_[\w-]{43}/) ?? [];
      assert.ok(fresh && fresh !== lost);

      const query = wrangler(
        'execute',
        '--json',
        '--command',
        'SELECT name, token_hash, revoked_at IS NOT NULL AS revoked FROM admin_tokens ORDER BY id',
      );
      assert.equal(query.status, 0, query.stderr);
      const [{ results }] = JSON.parse(query.stdout) as { results: unknown[] }[];
      assert.deepEqual(results, [
        { name: 'demo-admin', token_hash: await adminTokenHash(lost), revoked: 1 },
        { name: 'demo-admin', token_hash: await adminTokenHash(fresh), revoked: 0 },
      ]);
    } finally {
      rmSync(persistTo, { recursive: true, force: true });
    }
  });

  test('names and roles that could break out of the SQL are refused before any SQL is built', async () => {
    const hash = await adminTokenHash('x');
    const now = new Date().toISOString();
    for (const name of ["o'brien", 'a b', '', '-dash-first', 'x'.repeat(65), 'ana;DROP TABLE admin_tokens']) {
      assert.throws(() => insertTokenSql(name, 'moderator', hash, now), /invalid name/);
      assert.throws(() => revokeTokenSql(name, now), /invalid name/);
    }
    assert.throws(() => insertTokenSql('ana', "admin'--" as 'admin', hash, now), /--role/);
    assert.throws(() => insertTokenSql('ana', 'admin', "x'", now), /invalid hash/);
  });
});

interface Route {
  name: string;
  /** Who may use it: 'moderator' means moderators and admins. */
  role: 'moderator' | 'admin';
  /** Statuses of a successful answer. */
  ok: number;
  send: (options: RequestOptions) => Promise<KitResponse>;
}

async function pending(): Promise<string> {
  return seedContribution(kit.db, { status: 'pending' });
}

/** Every admin route, with a request that succeeds for a role that may use it. */
const ROUTES: Route[] = [
  { name: 'GET /admin/me', role: 'moderator', ok: 200, send: (o) => kit.request('/api/v1/admin/me', o) },
  {
    name: 'GET /admin/contributions',
    role: 'moderator',
    ok: 200,
    send: (o) => kit.request('/api/v1/admin/contributions', o),
  },
  {
    name: 'GET /admin/contributions/:id',
    role: 'moderator',
    ok: 200,
    send: async (o) => kit.request(`/api/v1/admin/contributions/${await pending()}`, o),
  },
  {
    name: 'POST /admin/contributions/:id/decisions',
    role: 'moderator',
    ok: 200,
    send: async (o) =>
      kit.request(`/api/v1/admin/contributions/${await pending()}/decisions`, {
        method: 'POST',
        json: { action: 'publish' },
        ...o,
      }),
  },
  {
    name: 'GET /admin/audit',
    role: 'moderator',
    ok: 200,
    send: (o) => kit.request('/api/v1/admin/audit', o),
  },
  {
    name: 'GET /admin/audit/export.csv',
    role: 'admin',
    ok: 200,
    send: (o) => kit.request('/api/v1/admin/audit/export.csv', o),
  },
  {
    name: 'GET /admin/contributions/export.csv',
    role: 'admin',
    ok: 200,
    send: (o) => kit.request('/api/v1/admin/contributions/export.csv', o),
  },
  {
    name: 'POST /admin/erasures',
    role: 'admin',
    ok: 200,
    send: (o) =>
      kit.request('/api/v1/admin/erasures', {
        method: 'POST',
        json: { site: 'site-a', subject: `nobody-${crypto.randomUUID()}` },
        ...o,
      }),
  },
  { name: 'GET /admin/polls', role: 'admin', ok: 200, send: (o) => kit.request('/api/v1/admin/polls', o) },
  {
    name: 'POST /admin/polls',
    role: 'admin',
    ok: 201,
    send: (o) =>
      kit.request('/api/v1/admin/polls', {
        method: 'POST',
        json: { slug: uniqueSlug(), kind: 'motion', question: { fr: 'Q ?' } },
        ...o,
      }),
  },
  {
    name: 'PATCH /admin/polls/:slug',
    role: 'admin',
    ok: 200,
    send: async (o) =>
      kit.request(`/api/v1/admin/polls/${await createPoll(kit)}`, {
        method: 'PATCH',
        json: { action: 'close' },
        ...o,
      }),
  },
];

describe('role matrix: every admin route, for nobody, a moderator and an admin', () => {
  for (const route of ROUTES) {
    test(`${route.name}: ${route.role === 'admin' ? 'admins only' : 'moderators and admins'}`, async () => {
      const before = await moderationState(kit.db);
      await expectProblem(await route.send({}), 401, 'admin_unauthorized');
      if (route.role === 'admin') {
        await expectProblem(await route.send(MODERATOR), 403, 'admin_forbidden');
      } else {
        const response = await route.send(MODERATOR);
        assert.equal(response.status, route.ok, await response.text());
      }
      // The refusals wrote nothing (the moderator routes' sends seed contributions, so only admin routes compare).
      if (route.role === 'admin') assert.deepEqual(await moderationState(kit.db), before);
      const response = await route.send(ADMIN);
      assert.equal(response.status, route.ok, await response.text());
    });
  }

  test('organisers, editors and the board: who they are and the audit log, never contributions’ moderation nor admins’ routes', async () => {
    for (const role of ['organiser', 'editor', 'board'] as const) {
      const token = await seedAdminToken(kit.db, { name: `${role}-${uniqueSlug('r')}`, role });
      for (const route of ROUTES) {
        const response = await route.send({ token });
        if (['GET /admin/me', 'GET /admin/audit'].includes(route.name)) {
          assert.equal(response.status, 200, `${role}: ${route.name}`);
          await response.arrayBuffer();
        } else await expectProblem(response, 403, 'admin_forbidden');
      }
    }
  });

  test('unknown admin paths need credentials too, then are 404', async () => {
    await expectProblem(await kit.request('/api/v1/admin/nothing-here'), 401, 'admin_unauthorized');
    await expectProblem(await kit.request('/api/v1/admin/nothing-here', MODERATOR), 404, 'not_found');
    await expectProblem(
      await kit.request(`/api/v1/admin/contributions/${uniqueReference()}`, MODERATOR),
      404,
      'contribution_not_found',
    );
  });
});
