/**
 * Load benchmark on loopback: the Worker on workerd with a local D1, under
 * autocannon. Each scenario is reported as a ratio against the bare Hono
 * route (`GET /api/v1/health`) measured in the same run, rounds interleaved
 * so that the machine's noise falls on every scenario alike.
 */
import autocannon from 'autocannon';
import { createEvent } from '../functions/events/test-helpers.ts';
import { createPoll, type Kit, mintToken, pollCounts, vote } from '../functions/test/harness.ts';

export type Scenario =
  | 'bare'
  | 'select'
  | 'insert'
  | 'read'
  | 'readSignedIn'
  | 'ballot'
  | 'submit'
  | 'list'
  | 'register';
export type Run = { requestsPerSecond: number; p50: number; p99: number; ok: number; failed: number };

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const BALLOTS_PER_ROUND = Number(process.env.BENCH_BALLOTS ?? 2000);

/**
 * `amount` instead of a duration where every answer must be counted: a
 * duration run abandons the requests in flight when it ends, and the Worker
 * still processes them.
 */
async function load(kit: Kit, request: autocannon.Request, amount?: number): Promise<Run> {
  const result = await autocannon({
    url: kit.url.origin,
    connections: CONNECTIONS,
    ...(amount ? { amount } : { duration: SECONDS }),
    requests: [request],
  });
  return toRun(result);
}

/** The figures kept from an autocannon result. */
export function toRun(result: autocannon.Result): Run {
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

/** A contribution by a distinct signed-in writer, as the form sends it (the name is the token's). */
async function writers(count: number) {
  const tokens = await Promise.all(
    Array.from({ length: count }, (_, index) =>
      mintToken({ sub: `writer-${index}`, name: `Writer ${index}`, roles: ['freelancer'], ttl: 3000 }),
    ),
  );
  const text = 'Une contribution écrite pour le banc d’essai : '.padEnd(400, 'texte ');
  let next = 0;
  return (request: autocannon.Request) => {
    const index = next++;
    return {
      ...request,
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${tokens[index]}`,
        'idempotency-key': crypto.randomUUID(),
      },
      body: JSON.stringify({
        theme: 'cooperative-pour-qui',
        title: `Contribution ${index}`,
        text,
        role: 'freelancer',
        territory: 'wallonie',
        displayName: `Writer ${index}`,
        consent: true,
      }),
    };
  };
}

/**
 * Every scenario side by side, rounds interleaved, against the floors each
 * stands on: the bare route (no D1), one D1 SELECT (BENCH_ROUTES' anchor)
 * under the reads, the plainest D1 INSERT (its other anchor) under the writes.
 */
export async function measureLoad(kit: Kit, rounds = 2) {
  const pollOptions = { audience: 'participants', resultsVisibility: 'live' };
  const readSlug = await createPoll(kit, { slug: 'bench-read', ...pollOptions });
  const ballotSlug = await createPoll(kit, { slug: 'bench-ballot', ...pollOptions });
  await kit.db.exec('CREATE TABLE IF NOT EXISTS bench_scratch (id TEXT PRIMARY KEY, value TEXT NOT NULL)');
  // Distinct people, so that every ballot is a first ballot and must be counted.
  const tokens = await Promise.all(
    Array.from({ length: Number(process.env.BENCH_TOKENS ?? 30_000) }, (_, index) =>
      mintToken({ sub: `bench-${index}`, roles: ['freelancer'], ttl: 3000 }),
    ),
  );
  // Three readers vote on the read poll first, so that it returns real results.
  const readers = tokens.splice(-3);
  for (const [index, token] of readers.entries())
    await vote(kit, readSlug, [index ? 'no' : 'yes'], { token });
  let next = 0;
  const contribution = await writers(rounds * BALLOTS_PER_ROUND + CONNECTIONS);
  // Registrations by distinct signed-in people; half of them find a seat, the rest the waitlist.
  const capacity = Math.floor((rounds * BALLOTS_PER_ROUND) / 2);
  const eventSlug = await createEvent(kit, { slug: 'bench-register', capacity: { in_person: capacity } });
  let nextRegistrant = 0;

  const runs: Record<Scenario, Run[]> = {
    bare: [],
    select: [],
    insert: [],
    read: [],
    readSignedIn: [],
    ballot: [],
    submit: [],
    list: [],
    register: [],
  };
  for (let round = 0; round < rounds; round++) {
    runs.bare.push(await load(kit, { method: 'GET', path: '/api/v1/health' }));
    runs.select.push(await load(kit, { method: 'GET', path: '/api/v1/bench/select' }));
    // A page view by a visitor who has not voted: the widget sends no identity.
    runs.read.push(await load(kit, { method: 'GET', path: `/api/v1/polls/${readSlug}` }));
    // A signed-in member: their own ballot is read from D1 every time.
    runs.readSignedIn.push(
      await load(kit, {
        method: 'GET',
        path: `/api/v1/polls/${readSlug}`,
        headers: { authorization: `Bearer ${readers[0]}` },
      }),
    );
    // Published contributions as every visitor reads them.
    runs.list.push(await load(kit, { method: 'GET', path: '/api/v1/contributions?limit=10' }));
    runs.insert.push(await load(kit, { method: 'POST', path: '/api/v1/bench/insert' }, BALLOTS_PER_ROUND));
    runs.ballot.push(
      await load(
        kit,
        {
          method: 'POST',
          path: `/api/v1/polls/${ballotSlug}/ballot`,
          body: JSON.stringify({ choices: ['yes'] }),
          setupRequest: (request) => ({
            ...request,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[next++]}` },
          }),
        },
        BALLOTS_PER_ROUND,
      ),
    );
    runs.submit.push(
      await load(
        kit,
        { method: 'POST', path: '/api/v1/contributions', setupRequest: contribution },
        BALLOTS_PER_ROUND,
      ),
    );
    runs.register.push(
      await load(
        kit,
        {
          method: 'POST',
          path: `/api/v1/events/${eventSlug}/registrations`,
          body: JSON.stringify({ mode: 'in_person' }),
          setupRequest: (request) => ({
            ...request,
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${tokens[nextRegistrant++]}`,
            },
          }),
        },
        BALLOTS_PER_ROUND,
      ),
    );
  }
  const sum = (scenario: Scenario) => runs[scenario].reduce((total, run) => total + run.ok, 0);
  const counts = await pollCounts(kit.db, ballotSlug);
  const stored = await kit.db
    .prepare("SELECT COUNT(*) AS n FROM contributions WHERE participant NOT LIKE 'bench-%'")
    .first<{ n: number }>();
  const seats = await kit.db
    .prepare(
      `SELECT sum(r.status = 'confirmed') AS confirmed, sum(r.status = 'waitlisted') AS waitlisted,
         (SELECT taken FROM event_seats WHERE event_id = e.id AND mode = 'in_person') AS taken,
         (SELECT waitlisted FROM event_seats WHERE event_id = e.id AND mode = 'in_person') AS counted
       FROM registrations r JOIN events e ON e.id = r.event_id WHERE e.slug = ?1`,
    )
    .bind(eventSlug)
    .first<{ confirmed: number; waitlisted: number; taken: number; counted: number }>();
  return {
    runs,
    registered: sum('register'),
    capacity,
    confirmed: seats?.confirmed ?? 0,
    waitlisted: seats?.waitlisted ?? 0,
    seatCountersMatch: seats?.taken === seats?.confirmed && seats?.counted === seats?.waitlisted,
    accepted: sum('ballot'),
    ballotsInDb: counts.ballots,
    tallied: counts.tallies['*/*'] ?? 0,
    submitted: sum('submit'),
    stored: stored?.n ?? 0,
  };
}
