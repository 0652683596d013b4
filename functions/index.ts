/**
 * The Worker: the JSON API under /api/v1, everything else from the static
 * assets (the widget bundle and the example page). Each feature of the route
 * table (features.ts) brings its public routes, mounted at /api/v1/<path>,
 * and its admin routes, mounted behind the admin sub-app's one
 * authentication at /api/v1/admin/<path>.
 */
import { Hono } from 'hono';
import { adminApp } from './admin/index.ts';
import type { Env } from './env.ts';
import { FEATURES, PROBLEMS } from './features.ts';
import { DAILY_CRON } from './lib/feature.ts';
import { cors } from './middleware/cors.ts';
import { d1Session } from './middleware/session.ts';
import { openApiDocument } from './openapi/index.ts';
import { outboxDelivery } from './outbox/delivery.ts';
import { ProblemError, problemResponse } from './problems.ts';

const app = new Hono<{ Bindings: Env }>();

app.use('/api/*', cors);
// Mounted before any other middleware: the benchmarks use it as the bare-route baseline.
app.get('/api/v1/health', (c) => c.json({ ok: true }));
// Built from the routes below (and their schemas) on its first request.
app.get('/api/v1/openapi.json', openApiDocument(app, FEATURES, PROBLEMS));
app.use('/api/*', d1Session);
// Sends the e-mail a request enqueued once it is answered (outbox/delivery.ts).
app.use(
  '/api/*',
  outboxDelivery(() => FEATURES),
);

const admin = adminApp();
for (const feature of FEATURES) {
  if (feature.routes) app.route(`/api/v1/${feature.path}`, feature.routes);
  if (feature.admin) admin.route(`/${feature.path}`, feature.admin);
}
app.route('/api/v1/admin', admin);

app.notFound((c) => {
  if (c.req.path === '/api' || c.req.path.startsWith('/api/')) {
    return problemResponse(new ProblemError('not_found', `Nothing at ${c.req.method} ${c.req.path}.`));
  }
  // With run_worker_first = ["/api/*"] the asset server answers other paths first; this is the fallback.
  return c.env.ASSETS.fetch(c.req.raw);
});

app.onError((error, c) => {
  if (error instanceof ProblemError) return problemResponse(error);
  // Method, path and error only: headers and bodies may carry tokens.
  console.error(
    `${c.req.method} ${c.req.path} failed:`,
    error instanceof Error ? (error.stack ?? error.message) : error,
  );
  return problemResponse(new ProblemError('internal_error', 'Something went wrong on our side.'));
});

export default {
  fetch: app.fetch,
  async scheduled(controller, env) {
    const now = new Date(controller.scheduledTime);
    const daily = controller.cron === DAILY_CRON;
    for (const feature of FEATURES) await (daily ? feature.daily : feature.frequent)?.(env, now);
  },
} satisfies ExportedHandler<Env>;
