/**
 * `npm start`: build, prepare the local D1 (migrations + idempotent demo
 * data), make sure the admin token `demo-admin` is active, run the Worker with
 * `wrangler dev` on PORT (8787) and print a short summary once it answers.
 * Each step's own output is kept and shown only when the step fails.
 *
 * Allowed origins, locally, are SITES in .dev.vars (it overrides the
 * production value in wrangler.toml) plus this port's own two origins, added
 * to the example page's `demo` site and passed with `--var` (which wins over
 * .dev.vars). wrangler dev does not reload .dev.vars by itself, so a change to
 * the file restarts it.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseEnv } from 'node:util';
import * as v from 'valibot';
import { seedFiles } from '../schema/seed/index.ts';
import { createAdminToken } from './admin-create.ts';

const ROOT = join(import.meta.dirname, '..');
const WRANGLER = join(ROOT, 'node_modules', '.bin', 'wrangler');
const DEV_VARS = '.dev.vars';
const DEMO_ADMIN = 'demo-admin';
/** The example page's host site (functions/dev/routes.ts). */
const DEMO_SITE = 'demo';
const READY_TIMEOUT_MS = 60_000;

const port = process.env.PORT ?? '8787';
const base = `http://localhost:${port}`;

/** The shape the Worker reads (functions/config.ts). */
const SitesSchema = v.record(v.string(), v.object({ origins: v.array(v.string()) }));
type Sites = v.InferOutput<typeof SitesSchema>;

function exitWith(message: string): never {
  console.error(`start: ${message}`);
  process.exit(1);
}

/** Runs one preparation step, quietly unless it fails. */
function step(what: string, command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status === 0) return;
  process.stderr.write(`${result.stdout}${result.stderr}`);
  exitWith(
    `${what} failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`}); output above`,
  );
}

/**
 * SITES as this run gives it to the Worker: .dev.vars's value, the demo site
 * also allowing this port's origins. Throws a one-line reason when it is unusable.
 */
function localSites(devVars: Record<string, string | undefined>): Sites {
  if (devVars.SITES === undefined) throw new Error('.dev.vars has no SITES (see .dev.vars.example)');
  let json: unknown;
  try {
    json = JSON.parse(devVars.SITES);
  } catch {
    throw new Error('SITES in .dev.vars is not valid JSON');
  }
  const parsed = v.safeParse(SitesSchema, json);
  if (!parsed.success)
    throw new Error('SITES in .dev.vars must look like {"site": {"origins": ["https://…"]}}');
  const sites = parsed.output;
  const own = [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
  const demo = sites[DEMO_SITE]?.origins ?? [];
  return { ...sites, [DEMO_SITE]: { origins: [...new Set([...own, ...demo])] } };
}

function startWorker(sites: Sites): ChildProcess {
  const args = ['dev', '--local', '--port', port, '--show-interactive-dev-session=false'];
  // The cron's local trigger, /__scheduled, instead of a warning that it has none.
  args.push('--test-scheduled', '--var', `SITES:${JSON.stringify(sites)}`);
  // Warnings and errors only (the Worker's console.error included); WRANGLER_LOG=info shows each request.
  if (!process.env.WRANGLER_LOG) args.push('--log-level', 'warn');
  return spawn(WRANGLER, args, { stdio: 'inherit' });
}

/** Waits until the Worker answers; false when it exited or never answered. */
async function answers(worker: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline && worker.exitCode === null && worker.signalCode === null) {
    try {
      if ((await fetch(`${base}/api/v1/health`)).ok) return worker.exitCode === null;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  return false;
}

function originLines(sites: Sites): string[] {
  const origins = [...new Set(Object.values(sites).flatMap((site) => site.origins))];
  const lines = [''];
  for (const origin of origins) {
    if (lines[lines.length - 1].length + origin.length > 84) lines.push('');
    lines[lines.length - 1] += `${lines[lines.length - 1] ? ' ' : ''}${origin}`;
  }
  return lines;
}

function summary(sites: Sites, devVars: Record<string, string | undefined>, adminToken?: string): string {
  const [firstOrigins, ...moreOrigins] = originLines(sites);
  const lines = [
    '',
    `Smart in Progress kit on ${base} (local D1 in .wrangler/state; Ctrl-C stops it)`,
    `  example page  ${base}/`,
    `  moderation    ${base}/admin`,
    `  API           ${base}/api/v1/ (try ${base}/api/v1/themes)`,
    devVars.DEV_TOKENS === 'true'
      ? `  demo people   ${base}/api/v1/dev/people: the example page's "signed in as" list,\n` +
        `                signed for the "${DEMO_SITE}" site; on because DEV_TOKENS=true in .dev.vars`
      : '  demo people   off: DEV_TOKENS is not "true" in .dev.vars',
    `  origins       ${firstOrigins}`,
    ...moreOrigins.map((line) => `                ${line}`),
    "                (SITES in .dev.vars, plus this port's; saving .dev.vars restarts the Worker)",
    adminToken
      ? `  admin token   ${adminToken}\n` +
        `                new, for "${DEMO_ADMIN}", shown only this once: paste it on ${base}/admin`
      : `  admin token   "${DEMO_ADMIN}" has one from an earlier start. Lost it? Run\n` +
        `                npm run admin:revoke -- --name ${DEMO_ADMIN}, then npm start again`,
    '',
  ];
  return lines.join('\n');
}

process.chdir(ROOT);
process.env.WRANGLER_SEND_METRICS = 'false';
// Offline: no fetch of the Request.cf placeholder (it fails here and only warns).
process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= 'false';

if (!existsSync(DEV_VARS)) {
  copyFileSync('.dev.vars.example', DEV_VARS);
  console.log('start: created .dev.vars from .dev.vars.example (development settings, never committed)');
}
let devVarsText = readFileSync(DEV_VARS, 'utf8');
let devVars = parseEnv(devVarsText);
let sites: Sites;
try {
  sites = localSites(devVars);
} catch (error) {
  exitWith((error as Error).message);
}

console.log('start: building, migrating and seeding the local database…');
step('the build', process.execPath, ['scripts/build.ts']);
step('the D1 migrations', WRANGLER, ['d1', 'migrations', 'apply', 'smart-in-progress', '--local']);
for (const file of seedFiles()) {
  step(`the demo data (${file})`, WRANGLER, [
    'd1',
    'execute',
    'smart-in-progress',
    '--local',
    '--file',
    file,
  ]);
}
// /admin needs a credential: a local admin token whenever demo-admin has no active one.
let adminToken: string | undefined;
try {
  adminToken = await createAdminToken(DEMO_ADMIN, 'admin', { remote: false });
} catch (error) {
  console.error((error as Error).message);
  exitWith(`creating the ${DEMO_ADMIN} token failed`);
}

let worker = startWorker(sites);
let restarting = false;
const exitWithWorker = (child: ChildProcess) =>
  child.on('exit', (code, signal) => {
    if (child === worker && !restarting) process.exit(code ?? (signal ? 1 : 0));
  });
exitWithWorker(worker);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => worker.kill(signal));

if (!(await answers(worker))) {
  worker.kill();
  exitWith(`wrangler dev did not answer on ${base} (its output is above)`);
}
console.log(summary(sites, devVars, adminToken));

// Checked every second: cheap for a small file, and unlike fs.watch it
// survives editors that save by replacing the file.
setInterval(async () => {
  if (restarting || !existsSync(DEV_VARS)) return;
  const text = readFileSync(DEV_VARS, 'utf8');
  if (text === devVarsText) return;
  devVarsText = text;
  try {
    devVars = parseEnv(text);
    sites = localSites(devVars);
  } catch (error) {
    console.log(`start: .dev.vars changed, but ${(error as Error).message}: the Worker keeps its settings`);
    return;
  }
  restarting = true;
  const stopped = new Promise((resolve) => worker.once('exit', resolve));
  worker.kill('SIGTERM');
  await stopped;
  worker = startWorker(sites);
  exitWithWorker(worker);
  const ready = await answers(worker);
  restarting = false;
  if (!ready) {
    worker.kill();
    exitWith(`wrangler dev did not answer on ${base} after .dev.vars changed (its output is above)`);
  }
  console.log(
    `start: .dev.vars changed: the Worker restarted with it (origins ${originLines(sites).join(' ')})`,
  );
}, 1000);
