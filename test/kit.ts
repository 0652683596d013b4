/**
 * Runs the whole kit the way `npm start` does, for the end-to-end tests and
 * the benchmarks: the real Worker on workerd (wrangler's test harness) with
 * the development configuration of `.dev.vars.example`, a local D1 with the
 * real migrations and the demo data, and the built bundle from dist/.
 *
 * @example
 * const kit = await startKit();
 * const response = await fetch(new URL('/api/v1/themes', kit.url));
 * await kit.close();
 */
import { existsSync, readFileSync } from 'node:fs';
import { createTestHarness, unstable_splitSqlQuery } from 'wrangler';

export type Kit = {
  url: URL;
  db: D1Database;
  /** Secrets and vars the Worker runs with, from .dev.vars.example. */
  config: Record<string, string>;
  close: () => Promise<void>;
};

/** Reads a dotenv-style file: KEY=VALUE lines, `#` comments. */
export function readDevVars(file = '.dev.vars.example'): Record<string, string> {
  const entries = readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const);
  return Object.fromEntries(entries);
}

/** Runs every statement of a SQL file (the demo seed) against D1 in one batch. */
export async function executeSqlFile(db: D1Database, file: string): Promise<void> {
  const statements = unstable_splitSqlQuery(readFileSync(file, 'utf8'));
  await db.batch(statements.map((statement) => db.prepare(statement)));
}

export async function startKit(options: { seed?: boolean } = {}): Promise<Kit> {
  if (!existsSync('dist/sip.js')) throw new Error('dist/sip.js is missing: run `npm run build` first');
  process.env.WRANGLER_SEND_METRICS = 'false';
  const config = readDevVars();
  const server = createTestHarness({
    workers: [{ configPath: './wrangler.toml', vars: config, secrets: config }],
  });
  const { url } = await server.listen();
  const worker = server.getWorker<{ DB: D1Database }>();
  await worker.applyD1Migrations('DB');
  const { DB: db } = await worker.getEnv();
  if (options.seed !== false) await executeSqlFile(db, 'schema/seed/demo.sql');
  return { url, db, config, close: () => server.close() };
}
