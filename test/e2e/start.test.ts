/**
 * `npm start` as a newcomer meets it, in a scratch copy of the kit (its own
 * dist/, .dev.vars and local D1; node_modules linked): a short summary with
 * the URLs and a new admin token, PORT's own origins allowed, and a saved
 * .dev.vars applied without a manual restart.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

const ROOT = join(import.meta.dirname, '..', '..');
/** What a clone has that the kit does not make itself. */
const LEFT_OUT = new Set(['.git', 'node_modules', 'dist', '.wrangler', '.dev.vars', 'test-results', 'bench']);
/** `npm start` prints 4 lines of its own (its header, the launcher's line on an old Node). */
const MAX_LINES = 25 - 4;

let scratch: string;
let port: number;
let start: ChildProcess | undefined;
let output = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/** Resolves once the output so far matches, or rejects when start exits or the time is up. */
function outputMatching(pattern: RegExp, timeoutMs = 120_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const match = output.match(pattern);
      if (!match) return false;
      clearInterval(timer);
      resolve(match[0]);
      return true;
    };
    const deadline = Date.now() + timeoutMs;
    const timer = setInterval(() => {
      if (check()) return;
      if (start?.exitCode !== null || Date.now() > deadline) {
        clearInterval(timer);
        reject(new Error(`npm start never printed ${pattern}; it printed:\n${output}`));
      }
    }, 200);
  });
}

/**
 * Whether a page on `origin` may call the API: an allowed one gets its answer
 * with its CORS header, any other a 403 origin_not_allowed. `via` is the host
 * the request goes to, so that a same-origin call (never checked) is not mistaken for an allowed one.
 */
async function allows(origin: string, via = `http://localhost:${port}`): Promise<boolean> {
  const response = await fetch(`${via}/api/v1/themes`, { headers: { Origin: origin } });
  assert.ok(response.status === 200 || response.status === 403, `${origin}: ${response.status}`);
  return response.status === 200 && response.headers.get('Access-Control-Allow-Origin') === origin;
}

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'sip-start-'));
  for (const entry of readdirSync(ROOT))
    if (!LEFT_OUT.has(entry)) cpSync(join(ROOT, entry), join(scratch, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(scratch, 'node_modules'), 'dir');
  port = await freePort();
  start = spawn(process.execPath, ['scripts/start.ts'], {
    cwd: scratch,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  start.stdout?.on('data', (chunk: Buffer) => {
    output += chunk;
  });
  start.stderr?.on('data', (chunk: Buffer) => {
    output += chunk;
  });
});

after(async () => {
  if (start && start.exitCode === null) {
    const exited = new Promise((resolve) => start?.once('exit', resolve));
    start.kill('SIGTERM');
    await exited;
  }
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

test('a short summary: the URLs, the new admin token, and this port allowed', async () => {
  const token = await outputMatching(/sipa_[\w-]{43}/);
  await outputMatching(/paste it on .*\/admin\n/);
  const lines = output.trimEnd().split('\n');
  assert.ok(lines.length <= MAX_LINES, `${lines.length} lines:\n${output}`);
  const base = `http://localhost:${port}`;
  for (const url of [`${base}/\n`, `${base}/admin`, `${base}/api/v1/`, `${base}/api/v1/dev/people`])
    assert.ok(output.includes(url), `the summary shows ${url}`);
  assert.ok(!output.includes('{'), 'no JSON dump');

  // Each of this port's two origins calling the other's (same-origin calls are never checked).
  assert.ok(await allows(base, `http://127.0.0.1:${port}`));
  assert.ok(await allows(`http://127.0.0.1:${port}`, base));
  const me = await fetch(`${base}/api/v1/admin/me`, { headers: { Authorization: `Bearer ${token}` } });
  assert.deepEqual(await me.json(), { name: 'demo-admin', role: 'admin', via: 'token' });
});

test('an origin added to SITES in .dev.vars is allowed once the file is saved', async () => {
  const hostPage = 'http://localhost:3999';
  assert.equal(await allows(hostPage), false);
  const file = join(scratch, '.dev.vars');
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace('"smart-be":{"origins":["https://smartbe.be"', `$&,"${hostPage}"`),
  );
  await outputMatching(/\.dev\.vars changed: the Worker restarted.*\n/);
  assert.ok(await allows(hostPage));
  assert.ok(await allows(`http://127.0.0.1:${port}`), "this port's origins are still allowed");
});
