/**
 * What a D1 round trip costs on this runtime, measured from node one call at
 * a time: the floor under every route that touches the database. A ballot is
 * compared with the plainest durable write (an insert into a scratch table of
 * this throwaway database, without triggers or checks).
 */
import { castBallot } from '../functions/polls/ballots.ts';
import { createPoll, type Kit } from '../functions/test/harness.ts';

const CALLS = Number(process.env.BENCH_D1_CALLS ?? 500);

async function perCall(run: (index: number) => Promise<unknown>): Promise<number> {
  const started = performance.now();
  for (let index = 0; index < CALLS; index++) await run(index);
  return (performance.now() - started) / CALLS;
}

export async function measureD1Floor(kit: Kit) {
  const slug = await createPoll(kit, { slug: 'bench-d1-floor' });
  await kit.db.exec('CREATE TABLE IF NOT EXISTS bench_scratch (id TEXT PRIMARY KEY, value TEXT NOT NULL)');
  const now = new Date().toISOString();
  const select = await perCall(() => kit.db.prepare('SELECT 1').all());
  const insert = await perCall((index) =>
    kit.db.prepare('INSERT INTO bench_scratch (id, value) VALUES (?1, ?2)').bind(`floor-${index}`, now).run(),
  );
  const ballot = await perCall((index) =>
    castBallot(kit.db, {
      slug,
      participant: `floor-${index}`,
      choices: ['yes'],
      roles: ['freelancer'],
      audiences: ['public'],
      now,
    }),
  );
  return { select, insert, ballot };
}
