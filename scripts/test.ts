/**
 * `npm test`: every check and every suite, then one closing line
 * `N passed, N failed` summed over all of them (CI reads it).
 *
 * Lint, type check, build and manifest count as one check each; test suites
 * count their own tests. A suite that crashes before reporting counts as one
 * failure, so a broken runner can never look green. Without a Chromium, the
 * browser suites are not started: each counts as one failure, and one line
 * says how to get one.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { locateChromium } from '../test/chromium.ts';

type Counts = { passed: number; failed: number };
type Stage = {
  name: string;
  command: string[];
  counts?: (output: string) => Counts | undefined;
  needsChromium?: true;
};

/** Reads the closing `ℹ pass N` / `ℹ fail N` lines of node's spec reporter. */
function nodeTestCounts(output: string): Counts | undefined {
  const passed = output.match(/^ℹ pass (\d+)$/m);
  const failed = output.match(/^ℹ fail (\d+)$/m);
  if (!passed || !failed) return undefined;
  return { passed: Number(passed[1]), failed: Number(failed[1]) };
}

/** web-test-runner's counts, written by the reporter in web-test-runner.config.js. */
function componentCounts(): Counts | undefined {
  const file = 'test-results/components.json';
  if (!existsSync(file)) return undefined;
  const { passed, failed } = JSON.parse(readFileSync(file, 'utf8')) as Counts;
  return { passed, failed };
}

const nodeTest = ['--test-reporter=spec'];
const stages: Stage[] = [
  { name: 'lint and format (biome)', command: ['biome', 'check', '.'] },
  { name: 'type check, Worker side (tsc)', command: ['tsc', '-p', '.'] },
  { name: 'type check, browser side (tsc)', command: ['tsc', '-p', 'components'] },
  { name: 'type check, React example (tsc)', command: ['tsc', '-p', 'examples/react'] },
  { name: 'build (rollup)', command: ['node', 'scripts/build.ts'] },
  { name: 'custom-elements manifest', command: ['node', 'scripts/check-manifest.ts'] },
  {
    name: 'functions (workerd + D1)',
    command: ['node', '--test', '--test-concurrency=1', ...nodeTest, 'functions/**/*.test.ts'],
    counts: nodeTestCounts,
  },
  {
    name: 'components (Chromium)',
    command: ['web-test-runner'],
    counts: componentCounts,
    needsChromium: true,
  },
  {
    name: 'end to end (Chromium -> Worker -> D1)',
    command: ['node', '--test', '--test-concurrency=1', ...nodeTest, 'test/e2e/*.test.ts'],
    counts: nodeTestCounts,
    needsChromium: true,
  },
];

function run(command: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const forward = (chunk: Buffer, to: NodeJS.WriteStream) => {
      output += chunk.toString();
      to.write(chunk);
    };
    child.stdout.on('data', (chunk: Buffer) => forward(chunk, process.stdout));
    child.stderr.on('data', (chunk: Buffer) => forward(chunk, process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

process.env.WRANGLER_SEND_METRICS = 'false';
rmSync('test-results', { recursive: true, force: true });
const chromium = locateChromium();
if ('path' in chromium) process.env.CHROME_PATH = chromium.path;
else console.log(`test: ${chromium.problem}`);
const total: Counts = { passed: 0, failed: 0 };
const lines: string[] = [];
for (const stage of stages) {
  if (stage.needsChromium && 'problem' in chromium) {
    total.failed += 1;
    lines.push(`FAIL ${stage.name}: not run, ${chromium.problem}`);
    continue;
  }
  console.log(`\n=== ${stage.name}: ${stage.command.join(' ')}`);
  const { code, output } = await run(stage.command);
  let counts = stage.counts
    ? stage.counts(output)
    : code === 0
      ? { passed: 1, failed: 0 }
      : { passed: 0, failed: 1 };
  if (!counts) counts = { passed: 0, failed: 1 };
  else if (code !== 0 && counts.failed === 0) counts = { ...counts, failed: 1 };
  total.passed += counts.passed;
  total.failed += counts.failed;
  lines.push(
    `${code === 0 ? 'ok  ' : 'FAIL'} ${stage.name}: ${counts.passed} passed, ${counts.failed} failed`,
  );
}
console.log(`\n${lines.join('\n')}\n`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed === 0 ? 0 : 1);
