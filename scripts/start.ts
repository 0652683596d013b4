/**
 * `npm start`: build, prepare the local D1 (migrations + idempotent demo
 * data) and run the Worker on http://localhost:8787.
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';

process.env.WRANGLER_SEND_METRICS = 'false';
// Offline: no fetch of the Request.cf placeholder (it fails here and only warns).
process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= 'false';
const run = (command: string, args: string[]) => execFileSync(command, args, { stdio: 'inherit' });

if (!existsSync('.dev.vars')) {
  copyFileSync('.dev.vars.example', '.dev.vars');
  console.log('start: created .dev.vars from .dev.vars.example (development secrets)');
}
run('node', ['scripts/build.ts']);
run('wrangler', ['d1', 'migrations', 'apply', 'smart-in-progress', '--local']);
run('wrangler', ['d1', 'execute', 'smart-in-progress', '--local', '--file', 'schema/seed/demo.sql']);

// A moderator needs a credential for /admin: the first start creates a local
// admin token and prints it once (revoke it with `npm run admin:revoke -- --name demo-admin`).
const demoAdmin = execFileSync(
  'wrangler',
  [
    'd1',
    'execute',
    'smart-in-progress',
    '--local',
    '--json',
    '--command',
    "SELECT name FROM admin_tokens WHERE name = 'demo-admin'",
  ],
  { encoding: 'utf8' },
);
if (!demoAdmin.includes('demo-admin')) {
  run('node', ['scripts/admin-create.ts', '--name', 'demo-admin', '--role', 'admin']);
  console.log('start: keep the token above to sign in at http://localhost:8787/admin');
}

const port = process.env.PORT ?? '8787';
const dev = spawn('wrangler', ['dev', '--local', '--port', port, '--show-interactive-dev-session=false'], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => dev.kill(signal));
dev.on('exit', (code) => process.exit(code ?? 0));
