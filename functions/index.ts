/**
 * The Worker: the JSON API under /api/v1, everything else from the static
 * assets (the widget bundle and the example page).
 */
import { Hono } from 'hono';
import { purgeExpiredEmails } from './contributions/retention.ts';
import { contributions } from './contributions/routes.ts';
import { devTokens } from './dev/routes.ts';
import type { Env } from './env.ts';
import { cors } from './middleware/cors.ts';
import { moderation } from './moderation/admin.ts';
import { adminPolls } from './polls/admin.ts';
import { polls } from './polls/routes.ts';
import { ProblemError, problemResponse } from './problems.ts';
import { territories } from './territories/routes.ts';
import { themes } from './themes/routes.ts';

const app = new Hono<{ Bindings: Env }>();

app.use('/api/*', cors);
// Mounted before any other middleware: the benchmarks use it as the bare-route baseline.
app.get('/api/v1/health', (c) => c.json({ ok: true }));

app.route('/api/v1/themes', themes);
app.route('/api/v1/territories', territories);
app.route('/api/v1/contributions', contributions);
app.route('/api/v1/polls', polls);
app.route('/api/v1/admin/polls', adminPolls);
app.route('/api/v1/admin', moderation);
app.route('/api/v1/dev', devTokens);

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
    const purged = await purgeExpiredEmails(
      env.DB,
      Number(env.EMAIL_RETENTION_DAYS),
      new Date(controller.scheduledTime),
    );
    console.log(`retention: purged ${purged} e-mail address(es)`);
  },
} satisfies ExportedHandler<Env>;
