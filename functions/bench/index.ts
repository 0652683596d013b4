/**
 * The benchmarks' anchors (`npm run bench`): two routes as bare as a route
 * over D1 can be, measured side by side with the real ones. They exist only
 * when BENCH_ROUTES is "true" (never in wrangler.toml); the benchmark
 * creates their scratch table in its own throwaway database.
 */
import { Hono } from 'hono';
import type { Env } from '../env.ts';
import type { Feature } from '../lib/feature.ts';
import { ProblemError } from '../problems.ts';
import { benchDocs } from './openapi.ts';

const routes = new Hono<{ Bindings: Env & { BENCH_ROUTES?: string } }>()
  .use(async (c, next) => {
    if (c.env.BENCH_ROUTES !== 'true') throw new ProblemError('not_found', `Nothing at ${c.req.path}.`);
    await next();
  })
  // The floor under every read: one D1 round trip with one statement.
  .get('/select', async (c) => c.json(await c.get('db').prepare('SELECT 1 AS one').first()))
  // The floor under every write: the plainest insert, no trigger, no check, no read-back.
  .post('/insert', async (c) => {
    await c
      .get('db')
      .prepare('INSERT INTO bench_scratch (id, value) VALUES (?1, ?2)')
      .bind(crypto.randomUUID(), new Date().toISOString())
      .run();
    return c.body(null, 204);
  });

export const bench: Feature = { path: 'bench', routes, docs: { routes: benchDocs } };
