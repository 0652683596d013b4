/**
 * `npm run bench`: size, load and scale, printed as tables and written to
 * bench/results/latest.json. Ratios compare scenarios measured side by side
 * in this one run; absolute numbers depend on the machine.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { startKit } from '../functions/test/harness.ts';
import { widgetFolders } from '../scripts/entries.ts';
import { measureContributions } from './contributions.ts';
import { measureD1Floor } from './d1-floor.ts';
import { measureLoad, type Run, type Scenario } from './load.ts';
import { measureScale } from './scale.ts';
import { measureSizes } from './size.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mean = (runs: Run[], key: keyof Run) => runs.reduce((sum, run) => sum + run[key], 0) / runs.length;

execFileSync('node', ['scripts/build.ts'], { stdio: 'inherit' });

const sizes = await measureSizes(widgetFolders());
console.log('\nSize (gzip -9, each file as served)');
console.table({
  'dist/sip.js + imports (whole kit, Lit included)': {
    gzip: kb(sizes.kit.gzip),
    raw: kb(sizes.kit.raw),
    files: sizes.kit.files,
    target: '≤ 30 KB',
  },
  ...Object.fromEntries(
    sizes.perWidget.flatMap((w) => [
      [
        `dist/${w.widget}.js + imports`,
        {
          gzip: kb(w.withDependencies.gzip),
          raw: kb(w.withDependencies.raw),
          files: w.withDependencies.files,
          target: '',
        },
      ],
      [
        `${w.widget}: own code beyond Lit`,
        { gzip: kb(w.ownBeyondLit.gzip), raw: '', files: '', target: '≤ 12 KB' },
      ],
      ...w.ownBeyondLit.onDemand.map((chunk) => [
        `  + on demand: ${chunk.name}`,
        { gzip: kb(chunk.gzip), raw: '', files: '', target: '' },
      ]),
    ]),
  ),
});

const kit = await startKit();
try {
  const load = await measureLoad(kit, Number(process.env.BENCH_ROUNDS ?? 3));
  const bareRps = mean(load.runs.bare, 'requestsPerSecond');
  const scenario = (name: Scenario, target: string) => {
    const rps = mean(load.runs[name], 'requestsPerSecond');
    return {
      'req/s': Math.round(rps),
      'p50 ms': mean(load.runs[name], 'p50').toFixed(1),
      'p99 ms': mean(load.runs[name], 'p99').toFixed(1),
      'ratio to bare (req/s)': (rps / bareRps).toFixed(2),
      target,
    };
  };
  console.log('\nLoad on loopback (autocannon, same Worker and run; means of interleaved rounds)');
  console.table({
    'bare Hono route GET /api/v1/health': scenario('bare', ''),
    'read a poll with results (visitor, no identity)': scenario('read', '≥ 0.8'),
    'read a poll with results (signed in: own ballot from D1)': scenario('readSignedIn', ''),
    'cast a ballot': scenario('ballot', '≥ 0.5'),
  });
  const contributions = await measureContributions(kit);
  const ratio = (run: Run, target = '') => ({
    'req/s': Math.round(run.requestsPerSecond),
    'p50 ms': run.p50.toFixed(1),
    'p99 ms': run.p99.toFixed(1),
    'ratio to bare (req/s)': (run.requestsPerSecond / bareRps).toFixed(2),
    target,
  });
  console.log('\nContributions (same Worker and run; ratios against the bare route above)');
  console.table({
    'submit a contribution (signed in, distinct writers)': ratio(contributions.submit),
    'list, first page (50,000 published)': ratio(contributions.list.firstPage),
    'list, page 200 by cursor (50,000 published)': ratio(contributions.list.deepPage),
    'list, first page of a theme with 50 published': ratio(contributions.list.fifty),
    'list, first page of a theme with 50,000 published': ratio(contributions.list.fiftyThousand),
  });
  console.log(
    `Submissions: ${contributions.submitted} answered 2xx, ${contributions.stored} stored — ` +
      `${contributions.submitted === contributions.stored ? 'nothing lost, nothing doubled' : 'MISMATCH'}`,
  );

  const consistent =
    load.accepted === load.ballotsInDb &&
    load.ballotsInDb === load.tallied &&
    contributions.submitted === contributions.stored;
  console.log(
    `After the load: ${load.accepted} ballots answered 2xx, ${load.ballotsInDb} ballots in D1, ` +
      `${load.tallied} tallied — ${consistent ? 'nothing lost, nothing doubled' : 'MISMATCH'}`,
  );

  const scale = await measureScale(kit);
  console.log('\nScale: reading a poll with results');
  console.table(
    Object.fromEntries(
      scale.map((row) => [
        `${row.ballots.toLocaleString('en')} ballots`,
        {
          'D1 rows_read': row.rowsRead,
          'p50 ms': row.p50,
          'p99 ms': row.p99,
          'req/s': Math.round(row.requestsPerSecond),
        },
      ]),
    ),
  );

  const floor = await measureD1Floor(kit);
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  console.log('\nD1 round trips from node, one at a time (the floor under the routes)');
  console.table({
    'SELECT 1': {
      'per call': ms(floor.select),
      'ratio to plain insert': (floor.select / floor.insert).toFixed(2),
    },
    'plain INSERT (no trigger, no check)': { 'per call': ms(floor.insert), 'ratio to plain insert': '1.00' },
    'castBallot (checks, triggers, read-back)': {
      'per call': ms(floor.ballot),
      'ratio to plain insert': (floor.ballot / floor.insert).toFixed(2),
    },
  });

  mkdirSync('bench/results', { recursive: true });
  writeFileSync(
    'bench/results/latest.json',
    `${JSON.stringify({ date: new Date().toISOString(), sizes, load, contributions, scale, floor }, null, 2)}\n`,
  );
  console.log('\nWritten to bench/results/latest.json');
  if (!consistent) process.exitCode = 1;
} finally {
  await kit.close();
}
