/**
 * `npm run bench`: size, load and scale, printed as tables and written to
 * bench/results/latest.json. Ratios compare scenarios measured side by side
 * in this one run; absolute numbers depend on the machine.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { startKit } from '../functions/test/harness.ts';
import { widgetFolders } from '../scripts/entries.ts';
import { measureListScale } from './contributions.ts';
import { measureD1Floor } from './d1-floor.ts';
import { measureEventListScale, measureFeed } from './events.ts';
import { measureLoad, type Run, type Scenario } from './load.ts';
import { measurePublication } from './publication.ts';
import { measureRecommendationLoad, measureRecommendationScale } from './recommendations.ts';
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
    target: '≤ 40 KB',
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

// Production settings where they matter to speed: lists kept a moment in memory; the anchors on.
const kit = await startKit({ vars: { BENCH_ROUTES: 'true', LIST_CACHE_MS: '2000' } });
try {
  const load = await measureLoad(kit, Number(process.env.BENCH_ROUNDS ?? 3));
  const rps = (name: Scenario) => mean(load.runs[name], 'requestsPerSecond');
  const row = (name: Scenario, floor: Scenario, target = '') => ({
    'req/s': Math.round(rps(name)),
    'p50 ms': mean(load.runs[name], 'p50').toFixed(1),
    'p99 ms': mean(load.runs[name], 'p99').toFixed(1),
    'ratio to bare': (rps(name) / rps('bare')).toFixed(2),
    [`ratio to its floor`]: floor === 'bare' ? '' : `${(rps(name) / rps(floor)).toFixed(2)} (${floor})`,
    target,
  });
  console.log('\nLoad on loopback (autocannon, same Worker and run; means of interleaved rounds)');
  console.table({
    'bare Hono route GET /api/v1/health': row('bare', 'bare'),
    'anchor: one D1 SELECT (GET /api/v1/bench/select)': row('select', 'bare'),
    'anchor: the plainest D1 INSERT (POST /api/v1/bench/insert)': row('insert', 'bare'),
    'read a poll with results (visitor, no identity)': row('read', 'select', '≥ 0.8 of select'),
    'read a poll with results (signed in: own ballot from D1)': row('readSignedIn', 'select'),
    'list published contributions, first page (visitor)': row('list', 'bare', '≥ 0.8 of bare'),
    'cast a ballot': row('ballot', 'insert', '≥ 0.8 of insert'),
    'submit a contribution (signed in, distinct writers)': row('submit', 'insert', '≥ 0.8 of insert'),
    'register for an event (signed in, distinct people)': row('register', 'insert', '≥ 0.8 of insert'),
  });

  const seated =
    load.confirmed + load.waitlisted === load.registered &&
    load.confirmed <= load.capacity &&
    load.seatCountersMatch;
  const consistent =
    load.accepted === load.ballotsInDb &&
    load.ballotsInDb === load.tallied &&
    load.submitted === load.stored &&
    seated;
  console.log(
    `After the load: ${load.accepted} ballots answered 2xx, ${load.ballotsInDb} in D1, ${load.tallied} tallied; ` +
      `${load.submitted} contributions answered 202, ${load.stored} stored; ` +
      `${load.registered} registrations answered 201: ${load.confirmed} confirmed (capacity ${load.capacity}) + ` +
      `${load.waitlisted} waitlisted, seat counters ${load.seatCountersMatch ? 'equal to the rows' : 'OFF'} — ` +
      `${consistent ? 'nothing lost, nothing doubled, no seat oversold' : 'MISMATCH'}`,
  );

  const scale = await measureScale(kit);
  console.log('\nScale: reading a poll with results');
  console.table(
    Object.fromEntries(
      scale.map((entry) => [
        `${entry.ballots.toLocaleString('en')} ballots`,
        {
          'D1 rows_read': entry.rowsRead,
          'p50 ms': entry.p50,
          'p99 ms': entry.p99,
          'req/s': Math.round(entry.requestsPerSecond),
        },
      ]),
    ),
  );

  const lists = await measureListScale(kit);
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  console.log('\nScale: a page of published contributions (the query, from node)');
  console.table({
    'first page, theme with 50 published': {
      'D1 rows_read': lists.fifty.rowsRead,
      'per call': ms(lists.fifty.ms),
    },
    'first page, theme with 50,000 published': {
      'D1 rows_read': lists.fiftyThousand.rowsRead,
      'per call': ms(lists.fiftyThousand.ms),
    },
    'page 200, theme with 50,000 published': {
      'D1 rows_read': lists.deepPage.rowsRead,
      'per call': ms(lists.deepPage.ms),
    },
  });

  const eventLists = await measureEventListScale(kit);
  console.log('\nScale: a page of events to come in a territory (the query, from node)');
  console.table({
    'first page, territory with 50 events': {
      'D1 rows_read': eventLists.fifty.rowsRead,
      'per call': ms(eventLists.fifty.ms),
    },
    'first page, territory with 50,000 events': {
      'D1 rows_read': eventLists.fiftyThousand.rowsRead,
      'per call': ms(eventLists.fiftyThousand.ms),
    },
    'page 100, territory with 50,000 events': {
      'D1 rows_read': eventLists.deepPage.rowsRead,
      'per call': ms(eventLists.deepPage.ms),
    },
  });

  const calendarFeed = await measureFeed(kit);
  console.log(
    `\nCalendar feed: GET /api/v1/events.ics with ${calendarFeed.events} events (${kb(calendarFeed.bytes)}): ${ms(calendarFeed.ms)} per call`,
  );

  const recs = await measureRecommendationLoad(kit, Number(process.env.BENCH_ROUNDS ?? 3));
  const recsRps = (name: keyof typeof recs.runs) => mean(recs.runs[name], 'requestsPerSecond');
  const recsRow = (name: keyof typeof recs.runs, floor: 'select' | 'insert' | null, target = '') => ({
    'req/s': Math.round(recsRps(name)),
    'p50 ms': mean(recs.runs[name], 'p50').toFixed(1),
    'p99 ms': mean(recs.runs[name], 'p99').toFixed(1),
    'ratio to its floor': floor ? `${(recsRps(name) / recsRps(floor)).toFixed(2)} (${floor})` : '',
    target,
  });
  console.log('\nRecommendations under load (autocannon, same Worker; means of interleaved rounds)');
  console.table({
    'anchor: one D1 SELECT': recsRow('select', null),
    'anchor: the plainest D1 INSERT': recsRow('insert', null),
    'the feed, first page (visitor)': recsRow('list', 'select'),
    'one recommendation in full (visitor)': recsRow('read', 'select'),
    'support one (distinct signed-in people)': recsRow('support', 'insert', '≥ 0.8 of insert'),
  });
  const supportsConsistent = recs.accepted === recs.supportsInDb && recs.supportsInDb === recs.counted;
  console.log(
    `After the load: ${recs.accepted} supports answered 201, ${recs.supportsInDb} in D1, ${recs.counted} counted — ` +
      `${supportsConsistent ? 'nothing lost, nothing doubled' : 'MISMATCH'}`,
  );
  const recFeed = await measureRecommendationScale(kit);
  console.log('\nScale: a page of the recommendations feed (the query, from node)');
  console.table({
    'first page, theme with 50 public': {
      'D1 rows_read': recFeed.fifty.rowsRead,
      'per call': ms(recFeed.fifty.ms),
    },
    'first page, theme with 50,000 public': {
      'D1 rows_read': recFeed.fiftyThousand.rowsRead,
      'per call': ms(recFeed.fiftyThousand.ms),
    },
    'page 200, theme with 50,000 public': {
      'D1 rows_read': recFeed.deepPage.rowsRead,
      'per call': ms(recFeed.deepPage.ms),
    },
    'first page, every theme (50,050 public)': {
      'D1 rows_read': recFeed.unfiltered.rowsRead,
      'per call': ms(recFeed.unfiltered.ms),
    },
  });

  const floor = await measureD1Floor(kit);
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

  const publication = await measurePublication(kit);
  console.log(`\nThe annual publication: a year with ${publication.recommendations} recommendations`);
  console.table({
    'publish an edition (gather every figure, freeze the snapshot)': {
      'once, ms': publication.publishMs.toFixed(0),
      size: kb(publication.snapshotBytes),
    },
    'render the stored snapshot as HTML (in node, median of 20)': {
      'once, ms': `${publication.render.medianMs.toFixed(1)} (slowest ${publication.render.maxMs.toFixed(1)})`,
      size: kb(publication.page.bytes),
    },
    'GET /publication/YEAR (the page, under load)': {
      'p50 ms': publication.page.p50,
      'p99 ms': publication.page.p99,
      'req/s': Math.round(publication.page.requestsPerSecond),
      size: kb(publication.page.bytes),
    },
    'GET /api/v1/publications/YEAR (the stored JSON)': {
      'p50 ms': publication.json.p50,
      'p99 ms': publication.json.p99,
      'req/s': Math.round(publication.json.requestsPerSecond),
    },
  });

  mkdirSync('bench/results', { recursive: true });
  writeFileSync(
    'bench/results/latest.json',
    `${JSON.stringify({ date: new Date().toISOString(), sizes, load, scale, lists, eventLists, calendarFeed, recommendations: { load: recs, feed: recFeed }, floor, publication }, null, 2)}\n`,
  );
  console.log('\nWritten to bench/results/latest.json');
  if (!consistent || !supportsConsistent) process.exitCode = 1;
} finally {
  await kit.close();
}
