/**
 * Scale benchmark: reading a poll with its results must cost the same with
 * 100 or 100,000 ballots. Reports HTTP latency (autocannon) and the D1
 * `rows_read` of the very query functions the route uses.
 */
import autocannon from 'autocannon';
import { loadPollSnapshot } from '../functions/polls/queries.ts';
import { createPoll, type Kit, mintToken } from '../functions/test/harness.ts';

const SECONDS = Number(process.env.BENCH_SCALE_SECONDS ?? 3);
const CHUNK = 10_000;

/** Wraps a D1 binding so that the `meta.rows_read` of every `all()` is summed. */
export function meteredDb(db: D1Database): { db: D1Database; rowsRead: () => number } {
  let rows = 0;
  const wrap = (statement: D1PreparedStatement): D1PreparedStatement =>
    ({
      bind: (...values: unknown[]) => wrap(statement.bind(...values)),
      all: async () => {
        const result = await statement.all();
        rows += result.meta.rows_read;
        return result;
      },
    }) as unknown as D1PreparedStatement;
  const metered = { prepare: (sql: string) => wrap(db.prepare(sql)) } as unknown as D1Database;
  return { db: metered, rowsRead: () => rows };
}

/** Inserts `count` ballots in chunks; the triggers keep the tallies, as for real ballots. */
async function seedBallots(db: D1Database, slug: string, count: number): Promise<void> {
  const now = new Date().toISOString();
  for (let start = 1; start <= count; start += CHUNK) {
    const end = Math.min(count, start + CHUNK - 1);
    await db
      .prepare(
        `INSERT INTO ballots (poll_id, participant, choices, roles, cast_at, updated_at)
         WITH RECURSIVE seq(n) AS (SELECT CAST(?2 AS INTEGER) UNION ALL SELECT n + 1 FROM seq WHERE n < ?3)
         SELECT (SELECT id FROM polls WHERE slug = ?1), 'scale-' || n,
                json_array(CASE n % 3 WHEN 0 THEN 'yes' ELSE 'no' END),
                json_array(CASE n % 2 WHEN 0 THEN 'freelancer' ELSE 'member' END), ?4, ?4
         FROM seq`,
      )
      .bind(slug, start, end, now)
      .run();
  }
}

export async function measureScale(kit: Kit, sizes = [100, 10_000, 100_000]) {
  const rows = [];
  for (const size of sizes) {
    const slug = await createPoll(kit, { slug: `scale-${size}` });
    const started = performance.now();
    await seedBallots(kit.db, slug, size);
    const seedSeconds = (performance.now() - started) / 1000;

    // The route's own read: the same query function, against a metered binding.
    const metered = meteredDb(kit.db);
    const snapshot = await loadPollSnapshot(metered.db, slug, 'a-reader-who-did-not-vote');
    const counted = snapshot?.details.tallies.find((t) => t.optionKey === '*' && t.role === '*')?.votes;
    if (counted !== size) throw new Error(`${slug}: ${counted} ballots tallied, ${size} inserted`);

    // A signed-in reader: every request reads D1 (no shared view from memory).
    const result = await autocannon({
      url: `${kit.url.origin}/api/v1/polls/${slug}`,
      headers: { authorization: `Bearer ${await mintToken({ sub: 'scale-reader' })}` },
      connections: 4,
      duration: SECONDS,
    });
    rows.push({
      ballots: size,
      rowsRead: metered.rowsRead(),
      p50: result.latency.p50,
      p99: result.latency.p99,
      requestsPerSecond: result.requests.average,
      seedSeconds,
    });
  }
  return rows;
}
