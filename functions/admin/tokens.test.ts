/**
 * Admin token names after migration 0004: one active token per name, a new
 * one once the old is revoked; and the migration itself keeps every row.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { unstable_splitSqlQuery } from 'wrangler';
import { isUniqueViolation } from '../lib/d1-errors.ts';
import { ADMIN, type Kit, startKit } from '../test/harness.ts';
import {
  adminTokenHash,
  findAdminByTokenHash,
  insertAdminToken,
  newAdminToken,
  revokeAdminToken,
} from './tokens.ts';

const MIGRATIONS = join(import.meta.dirname, '..', '..', 'schema', 'migrations');
const AT = '2026-03-01T12:00:00.000Z';

let kit: Kit;
before(async () => {
  kit = await startKit();
});
after(() => kit.close());

async function store(name: string, role: 'moderator' | 'admin' = 'admin') {
  const token = newAdminToken();
  await insertAdminToken(kit.db, { name, role, hash: await adminTokenHash(token), createdAt: AT });
  return token;
}

const me = (token: string) => kit.request('/api/v1/admin/me', { token });

describe('admin token names', () => {
  test('a lost token: revoke it, then the same name gets a new one; only the new one works', async () => {
    const name = `lost-${crypto.randomUUID().slice(0, 8)}`;
    const lost = await store(name);
    assert.equal((await me(lost)).status, 200);
    await assert.rejects(store(name), isUniqueViolation, 'one active token per name');

    assert.equal(await revokeAdminToken(kit.db, name, AT), true);
    const fresh = await store(name, 'moderator');
    assert.equal((await me(lost)).status, 401);
    const response = await me(fresh);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { name, role: 'moderator', via: 'token' });
    assert.equal(await findAdminByTokenHash(kit.db, await adminTokenHash(lost)), null);

    // The revoked row stays, for the record.
    const { results } = await kit.db
      .prepare('SELECT role, revoked_at FROM admin_tokens WHERE name = ?1 ORDER BY id')
      .bind(name)
      .all();
    assert.deepEqual(results, [
      { role: 'admin', revoked_at: AT },
      { role: 'moderator', revoked_at: null },
    ]);
  });

  test('migration 0004 keeps every row of the 0003 table and lifts the name rule for revoked rows only', async () => {
    const createdIn0003 = unstable_splitSqlQuery(
      readFileSync(join(MIGRATIONS, '0003_contributions.sql'), 'utf8'),
    ).find((statement) => statement.includes('CREATE TABLE admin_tokens'));
    assert.ok(createdIn0003, '0003 creates admin_tokens');
    await kit.db.batch([kit.db.prepare('DROP TABLE admin_tokens'), kit.db.prepare(createdIn0003)]);
    const rows = [
      { id: 3, name: 'ana', role: 'admin', token_hash: 'a'.repeat(64), created_at: AT, revoked_at: AT },
      { id: 7, name: 'bob', role: 'moderator', token_hash: 'b'.repeat(64), created_at: AT, revoked_at: null },
      {
        id: 8,
        name: 'test-admin',
        role: 'admin',
        token_hash: await adminTokenHash(ADMIN.token),
        created_at: AT,
        revoked_at: null,
      },
    ];
    await kit.db.batch(
      rows.map((row) =>
        kit.db
          .prepare(
            'INSERT INTO admin_tokens (id, name, role, token_hash, created_at, revoked_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)',
          )
          .bind(row.id, row.name, row.role, row.token_hash, row.created_at, row.revoked_at),
      ),
    );
    // Before 0004 a revoked name is still taken.
    await assert.rejects(store('ana'), isUniqueViolation);

    const migration = unstable_splitSqlQuery(
      readFileSync(join(MIGRATIONS, '0004_admin_token_names.sql'), 'utf8'),
    );
    await kit.db.batch(migration.map((statement) => kit.db.prepare(statement)));

    const { results } = await kit.db.prepare('SELECT * FROM admin_tokens ORDER BY id').all();
    assert.deepEqual(results, rows);
    assert.equal((await me(ADMIN.token)).status, 200, 'a token stored before the migration still works');
    await store('ana');
    await assert.rejects(store('bob'), isUniqueViolation);
    await assert.rejects(
      insertAdminToken(kit.db, { name: 'carl', role: 'admin', hash: rows[1].token_hash, createdAt: AT }),
      isUniqueViolation,
      'hashes stay unique',
    );
  });
});
