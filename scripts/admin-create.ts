/**
 * `npm run admin:create -- --name NAME --role moderator|organiser|editor|board|admin [--remote] [--env ENV]`:
 * creates a named admin token, stores its SHA-256 hash in D1 (table
 * admin_tokens) through `wrangler d1 execute`, and prints the token once.
 * A name that already has an active token is refused in one line: revoke
 * it first (a lost token), then create a new one under the same name.
 *
 * `npm run admin:revoke -- --name NAME [--remote] [--env ENV]`: revokes it.
 * `--env` picks a wrangler environment's database (e.g. staging).
 *
 * `wrangler d1 execute --command` takes no bound parameters, so every value
 * put into the SQL is checked first: the name against a strict pattern, the
 * role against ADMIN_ROLES; the hash and the date are made here.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ADMIN_NAME_PATTERN, adminTokenHash, newAdminToken } from '../functions/admin/tokens.ts';
import { ADMIN_ROLES, type AdminRole } from '../schema/moderation.ts';

/** The D1 binding: wrangler finds the database from it, in the chosen environment. */
const DATABASE = 'DB';
const WRANGLER = join(import.meta.dirname, '..', 'node_modules', '.bin', 'wrangler');

/**
 * The statement that stores a token's hash unless the name has an active
 * token: it answers the stored name, or no row (never a UNIQUE error).
 *
 * @example
 * insertTokenSql('ana', 'moderator', await adminTokenHash(token), new Date().toISOString());
 */
export function insertTokenSql(name: string, role: AdminRole, hash: string, createdAt: string): string {
  const values = [
    checkedName(name),
    checkedRole(role),
    checked(hash, /^[0-9a-f]{64}$/, 'hash'),
    checked(createdAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/, 'date'),
  ].map((value) => `'${value}'`);
  return `INSERT INTO admin_tokens (name, role, token_hash, created_at) SELECT ${values.join(', ')} WHERE NOT EXISTS (SELECT 1 FROM admin_tokens WHERE name = ${values[0]} AND revoked_at IS NULL) RETURNING name`;
}

/**
 * The statement that revokes a name's active token.
 *
 * @example
 * revokeTokenSql('ana', new Date().toISOString());
 */
export function revokeTokenSql(name: string, revokedAt: string): string {
  const at = checked(revokedAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/, 'date');
  return `UPDATE admin_tokens SET revoked_at = '${at}' WHERE name = '${checkedName(name)}' AND revoked_at IS NULL RETURNING name`;
}

function checkedName(name: string): string {
  return checked(
    name,
    ADMIN_NAME_PATTERN,
    'name (letters, digits and . _ @ -, starting with a letter or digit, at most 64)',
  );
}

function checkedRole(role: string): AdminRole {
  if (!(ADMIN_ROLES as readonly string[]).includes(role))
    throw new Error(`--role must be ${ADMIN_ROLES.join(' or ')}`);
  return role as AdminRole;
}

function checked(value: string, pattern: RegExp, what: string): string {
  if (!pattern.test(value)) throw new Error(`invalid ${what}: ${JSON.stringify(value)}`);
  return value;
}

/** Which database: the local one (wrangler's default state, or `persistTo`) or the deployed one, of an environment. */
export interface Target {
  remote: boolean;
  persistTo?: string;
  env?: string;
}

/** Runs one statement with wrangler; returns the rows it answered (local D1's meta has no change count). */
function execute(sql: string, target: Target): unknown[] {
  const args = ['d1', 'execute', DATABASE, target.remote ? '--remote' : '--local', '--json'];
  if (target.persistTo !== undefined) args.push('--persist-to', target.persistTo);
  if (target.env !== undefined) args.push('--env', target.env);
  // No shell: the SQL is one argument whatever it holds.
  const result = spawnSync(WRANGLER, [...args, '--command', sql], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(`wrangler d1 execute failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  const [answer] = JSON.parse(result.stdout) as { results?: unknown[] }[];
  return answer?.results ?? [];
}

/**
 * Creates a token for a name that has no active one; undefined when it has one.
 *
 * @example
 * const token = await createAdminToken('demo-admin', 'admin', { remote: false });
 */
export async function createAdminToken(
  name: string,
  role: AdminRole,
  target: Target,
): Promise<string | undefined> {
  const token = newAdminToken();
  const stored = execute(
    insertTokenSql(name, role, await adminTokenHash(token), new Date().toISOString()),
    target,
  );
  return stored.length > 0 ? token : undefined;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      name: { type: 'string' },
      role: { type: 'string' },
      remote: { type: 'boolean', default: false },
      /** A local database other than wrangler's default one (.wrangler/state). */
      'persist-to': { type: 'string' },
      /** A wrangler environment of wrangler.toml (e.g. staging). */
      env: { type: 'string' },
      revoke: { type: 'boolean', default: false },
    },
  });
  if (values.name === undefined) throw new Error('--name is required');
  const target = { remote: values.remote, persistTo: values['persist-to'], env: values.env };
  const where = `${values.remote ? 'remote' : 'local'}${values.env ? ` ${values.env}` : ''}`;
  const flags = `${values.remote ? ' --remote' : ''}${values.env ? ` --env ${values.env}` : ''}`;
  const now = new Date().toISOString();
  if (values.revoke) {
    const revoked = execute(revokeTokenSql(values.name, now), target);
    console.log(
      revoked.length > 0
        ? `Revoked the admin token of "${values.name}" (${where} database).`
        : `"${values.name}" has no active admin token (${where} database).`,
    );
    return;
  }
  const role = checkedRole(values.role ?? '');
  const token = await createAdminToken(values.name, role, target);
  if (token === undefined)
    throw new Error(
      `"${values.name}" already has an active admin token (${where} database): revoke it first with npm run admin:revoke -- --name ${values.name}${flags}`,
    );
  console.log(`Admin token for "${values.name}" (${role}, ${where} database), shown only this once:\n`);
  console.log(token);
  console.log(
    `\nSend it as "Authorization: Bearer <token>". Revoke it with npm run admin:revoke -- --name ${values.name}${flags}.`,
  );
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
