/**
 * D1 read replication through the Sessions API. Every API request runs its
 * queries on one session: reads may go to the nearest replica
 * (`first-unconstrained`), writes, and whatever reads back what they wrote,
 * start on the primary (`first-primary`). A session's bookmark travels back
 * in the `Sip-Bookmark` response header; a client that sends it again gets a
 * replica at least as recent, so a visitor reads their own writes from
 * anywhere. Query functions receive `c.get('db')`, never `c.env.DB`.
 */
import { createMiddleware } from 'hono/factory';
import type { Env } from '../env.ts';
import type { Db } from '../lib/db.ts';
import { documented } from '../openapi/meta.ts';
import { ProblemError } from '../problems.ts';

declare module 'hono' {
  interface ContextVariableMap {
    /** The request's D1 session: pass it to query functions. */
    db: Db;
  }
}

/** The request and response header carrying a session's bookmark (allowed and exposed by CORS). */
export const BOOKMARK_HEADER = 'Sip-Bookmark';

/** What D1 bookmarks are made of; anything else is refused before it reaches D1. */
const BOOKMARK = /^[0-9A-Za-z-]{1,200}$/;
const READS = new Set(['GET', 'HEAD']);

/**
 * Sets `c.get('db')` and answers the session's bookmark in `Sip-Bookmark`.
 * A malformed bookmark is a 400 `validation_failed` (a stale one is fine:
 * D1 waits for, or picks, a replica that has caught up).
 *
 * @example
 * app.use('/api/*', d1Session);
 * polls.get('/:slug', (c) => loadPoll(c.get('db'), slug));
 */
const session = createMiddleware<{ Bindings: Env }>(async (c, next) => {
  const bookmark = c.req.header(BOOKMARK_HEADER);
  if (bookmark !== undefined && !BOOKMARK.test(bookmark)) {
    throw new ProblemError('validation_failed', 'The request headers are not valid.', {
      issues: [{ path: BOOKMARK_HEADER, message: 'not a bookmark from a previous answer' }],
    });
  }
  const session = READS.has(c.req.method)
    ? c.env.DB.withSession(bookmark ?? 'first-unconstrained')
    : c.env.DB.withSession('first-primary');
  c.set('db', session);
  await next();
  const latest = session.getBookmark();
  if (latest) c.res.headers.set(BOOKMARK_HEADER, latest);
});

export const d1Session = documented(
  {
    problems: ['validation_failed'],
    headers: [
      {
        name: BOOKMARK_HEADER,
        description:
          'The D1 bookmark an earlier answer carried (after a write): this request reads a replica at least that recent.',
        required: false,
        schema: { type: 'string', pattern: BOOKMARK.source },
      },
    ],
  },
  session,
);
