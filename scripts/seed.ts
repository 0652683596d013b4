/**
 * `npm run db:seed [-- --remote] [-- --env NAME]`: runs the demo data
 * (schema/seed/*.sql, in order) on the local D1, or on a remote one.
 * Idempotent: a second run adds nothing.
 */
import { execFileSync } from 'node:child_process';
import { seedFiles } from '../schema/seed/index.ts';

const where = process.argv.includes('--remote') ? '--remote' : '--local';
const env = process.argv.indexOf('--env');
const target = env > 0 ? ['--env', process.argv[env + 1]] : [];
for (const file of seedFiles()) {
  execFileSync('wrangler', ['d1', 'execute', 'DB', where, ...target, '--file', file], { stdio: 'inherit' });
}
