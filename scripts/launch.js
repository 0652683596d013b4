/**
 * How every package.json script that needs a recent Node.js starts, on
 * whatever Node the machine has (18 or later): plain JavaScript, no dependency.
 *
 *     node scripts/launch.js scripts/start.ts        (anything node takes)
 *     node scripts/launch.js wrangler d1 …           (a command: a name without slash or dot)
 *     node scripts/launch.js --path                  (prints the folder to put first on PATH)
 *
 * 1. The scripts are TypeScript run by Node's built-in type stripping (on by
 *    default from 22.18) and wrangler needs 22.12. On an older Node, Node 24 is
 *    installed once from the npm registry (package node-<os>-<cpu>, the official
 *    build) into SIP_NODE_DIR (default ~/.cache/sip-node24), and that is said in
 *    one line, never silently. Nothing downloads a binary of its own.
 * 2. Without node_modules, the dependencies are installed first (npm ci), under
 *    that Node.
 * 3. The script or command runs under that Node, with its folder and
 *    node_modules/.bin first on PATH, so everything it starts (wrangler,
 *    `node scripts/build.ts`, npx) runs under it too.
 *
 * .ci/provision.sh uses `--path`, so CI and `npm start` provision Node the same way.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NODE_MAJOR = 24;
const NEEDED = '22.18';

/** @param {string} message */
function say(message) {
  console.error(`sip: ${message}`);
}

/** @param {string} message */
function fail(message) {
  say(message);
  process.exit(1);
}

/**
 * Whether a Node version runs .ts files as they are and satisfies wrangler.
 * @param {string} version like "22.18.0"
 */
function runsTheKit(version) {
  const [major, minor] = version.split('.').map(Number);
  return major > 23 || (major === 23 && minor >= 6) || (major === 22 && minor >= 18);
}

/**
 * npm as the user started it (`npm start` sets npm_execpath), under the given node; else npm from PATH.
 * @param {string} node
 * @returns {[string, string[]]}
 */
function npm(node) {
  const cli = process.env.npm_execpath;
  return cli && basename(cli) === 'npm-cli.js' ? [node, [cli]] : ['npm', []];
}

/**
 * The folder holding a Node ≥ 22.18 from the npm registry, installed on first use.
 * @returns {string}
 */
function provisionedNodeFolder() {
  const os = process.platform;
  if (os !== 'linux' && os !== 'darwin')
    fail(`Node ${process.version} is too old for the kit: install Node.js ${NEEDED} or later.`);
  const pkg = `node-${os}-${process.arch}`;
  const dir =
    process.env.SIP_NODE_DIR || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'sip-node24');
  const installed = join(dir, 'node_modules', pkg);
  const shown = dir.startsWith(`${homedir()}/`) ? `~${dir.slice(homedir().length)}` : dir;
  const why = `Node ${process.version} is older than the kit needs (${NEEDED})`;
  if (existsSync(join(installed, 'bin', 'node'))) {
    const { version } = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    say(`${why}: using Node ${version} from the npm registry, cached in ${shown}`);
    return join(installed, 'bin');
  }
  say(`${why}: installing Node ${NODE_MAJOR} from the npm registry (${pkg}) into ${shown}, once`);
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  // Installed aside then moved in one rename, so two launches at once never see half a Node.
  const staging = mkdtempSync(join(dir, '.staging-'));
  const [command, prefix] = npm(process.execPath);
  const install = spawnSync(
    command,
    [
      ...prefix,
      'install',
      '--prefix',
      staging,
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      `${pkg}@${NODE_MAJOR}`,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (install.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    process.stderr.write(`${install.stdout ?? ''}${install.stderr ?? install.error ?? ''}\n`);
    fail(
      `could not install ${pkg}@${NODE_MAJOR} with npm (see above); or install Node.js ${NEEDED}+ yourself.`,
    );
  }
  try {
    renameSync(join(staging, 'node_modules', pkg), installed);
  } catch (error) {
    // Another launch moved its copy in first: use that one.
    if (!existsSync(join(installed, 'bin', 'node'))) throw error;
  }
  rmSync(staging, { recursive: true, force: true });
  return join(installed, 'bin');
}

const args = process.argv.slice(2);
const nodeFolder = runsTheKit(process.versions.node) ? undefined : provisionedNodeFolder();
if (args[0] === '--path') {
  process.stdout.write(`${nodeFolder ?? join(process.execPath, '..')}\n`);
  process.exit(0);
}

const node = nodeFolder ? join(nodeFolder, 'node') : process.execPath;
const env = { ...process.env };
env.PATH = [...(nodeFolder ? [nodeFolder] : []), join(ROOT, 'node_modules', '.bin'), env.PATH].join(
  delimiter,
);
if (nodeFolder) {
  // npm exports the node it ran under; tools that read these must see the new one.
  env.NODE = node;
  env.npm_node_execpath = node;
}

if (!existsSync(join(ROOT, 'node_modules', '.package-lock.json'))) {
  const ci = existsSync(join(ROOT, 'package-lock.json'));
  say(`no node_modules yet: installing the dependencies (npm ${ci ? 'ci' : 'install'})`);
  const [command, prefix] = npm(node);
  const install = spawnSync(command, [...prefix, ci ? 'ci' : 'install', '--no-audit', '--no-fund'], {
    cwd: ROOT,
    env,
    stdio: 'inherit',
  });
  if (install.status !== 0) fail(`installing the dependencies failed (npm exit ${install.status})`);
}

const isCommand = args.length > 0 && !args[0].startsWith('-') && !/[./\\]/.test(args[0]);
const child = isCommand
  ? spawn(args[0], args.slice(1), { stdio: 'inherit', env })
  : spawn(node, args, { stdio: 'inherit', env });
/** @type {NodeJS.Signals[]} */
const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
for (const signal of signals) process.on(signal, () => child.kill(signal));
child.on('error', (error) => fail(`could not start ${args[0]}: ${error.message}`));
child.on('exit', (code, signal) => {
  if (signal === null) process.exit(code ?? 1);
  // Die of the same signal, as a shell expects of a program it interrupted.
  process.removeAllListeners(signal);
  process.kill(process.pid, signal);
});
