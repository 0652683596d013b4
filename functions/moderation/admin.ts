/**
 * The moderators' API under /api/v1/admin: the queue, decisions, the audit
 * log, exports and erasure. Moderators may read the queue and the log and
 * decide; exports and erasure are for admins.
 */
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import * as v from 'valibot';
import { AnonymousId, Slug } from '../../schema/common.ts';
import {
  type AdminIdentity,
  type AdminSession,
  ANONYMOUS_SITE,
  type AuditLog,
  DecisionInput,
  ErasureInput,
  type Queue,
  QueueQuery,
  TRANSITIONS,
} from '../../schema/moderation.ts';
import { participantId } from '../identity/participant.ts';
import { type AdminEnv, adminAuth, requireRole } from '../middleware/admin-auth.ts';
import { KB, validate } from '../middleware/validate.ts';
import { ProblemError } from '../problems.ts';
import {
  applyDecision,
  auditChunk,
  eraseParticipant,
  findQueueItem,
  listAudit,
  listQueue,
  publishedChunk,
  type QueuePosition,
} from './queries.ts';

const PAGE_SIZE = 50;
/** Rows read from D1 per round trip while streaming a CSV export. */
const EXPORT_CHUNK = 500;
const DEFAULT_QUEUE_STATUSES = ['pending', 'reported'] as const;

/** A contribution reference as typed in a URL: case-insensitive. */
const ContributionId = v.pipe(v.string(), v.trim(), v.toUpperCase(), v.regex(/^[0-9A-Z-]{1,32}$/));
const ContributionIdParam = v.object({ id: ContributionId });
const AuditQuery = v.object({
  contribution: v.optional(ContributionId),
  /** Opaque; from the previous page's `nextCursor` (the last entry's id). */
  cursor: v.optional(v.pipe(v.string(), v.regex(/^[1-9][0-9]{0,15}$/), v.transform(Number))),
});
const ExportQuery = v.object({ theme: v.optional(Slug) });

/**
 * Answers `{ signedIn: false }` to a request that presents no admin
 * credential at all (no `Authorization`, no Access assertion), so that the
 * moderation page can ask who is signed in before anyone has, without an
 * error. A credential that is presented goes on to adminAuth, which refuses
 * a wrong one with 401 as on every admin route.
 *
 * @example
 * moderation.get('/session', anonymousSession, adminAuth, (c) => c.json({ signedIn: true, admin: c.get('admin') }));
 */
const anonymousSession = createMiddleware<AdminEnv>(async (c, next) => {
  if (c.req.header('Authorization') !== undefined || c.req.header('Cf-Access-Jwt-Assertion') !== undefined) {
    return next();
  }
  c.header('Cache-Control', 'private, no-store');
  return c.json({ signedIn: false } satisfies AdminSession);
});

/** A note of at most 1,000 characters, even each one escaped as \uXXXX (6 bytes): under 8 KB. */
const decisionBody = { maxBytes: 8 * KB };
/** A site id and a subject, 320 characters at most: under 4 KB however escaped. */
const erasureBody = { maxBytes: 4 * KB };

export const moderation = new Hono<AdminEnv>()
  // Registered before the guard below, which it answers ahead of for the anonymous case only.
  .get('/session', anonymousSession, adminAuth, (c) =>
    c.json({ signedIn: true, admin: c.get('admin') } satisfies AdminSession),
  )
  .use(adminAuth)
  .get('/me', (c) => c.json(c.get('admin') satisfies AdminIdentity))
  .get('/contributions', validate('query', QueueQuery), async (c) => {
    const { status, theme, cursor } = c.req.valid('query');
    const page = await listQueue(c.env.DB, {
      statuses: status ? [status] : DEFAULT_QUEUE_STATUSES,
      theme,
      after: cursor === undefined ? undefined : decodeQueueCursor(cursor),
      limit: PAGE_SIZE + 1,
    });
    const items = page.slice(0, PAGE_SIZE);
    const last = items.at(-1);
    const nextCursor =
      page.length > PAGE_SIZE && last
        ? encodeQueueCursor({ submittedAt: last.submittedAt, id: last.id })
        : null;
    return c.json({ items, nextCursor } satisfies Queue);
  })
  .get('/contributions/export.csv', requireRole('admin'), validate('query', ExportQuery), (c) => {
    const { theme } = c.req.valid('query');
    const db = c.env.DB;
    async function* rows(): AsyncGenerator<CsvRow[]> {
      let after: { publishedAt: string; id: string } | undefined;
      for (;;) {
        const chunk = await publishedChunk(db, { theme, after, limit: EXPORT_CHUNK });
        yield chunk.map((row) => [
          row.id,
          row.theme,
          row.title,
          row.text,
          row.author ?? 'anonyme',
          row.role,
          row.territory,
          row.selfDeclared ? 'true' : 'false',
          row.publishedAt,
        ]);
        const last = chunk.at(-1);
        if (chunk.length < EXPORT_CHUNK || !last) return;
        after = { publishedAt: last.publishedAt, id: last.id };
      }
    }
    return csvAttachment(
      `contributions${theme ? `-${theme}` : ''}-${today()}.csv`,
      ['id', 'theme', 'title', 'text', 'author', 'role', 'territory', 'self_declared', 'published_at'],
      rows(),
    );
  })
  .get('/contributions/:id', validate('param', ContributionIdParam), async (c) => {
    const { id } = c.req.valid('param');
    const item = await findQueueItem(c.env.DB, id);
    if (!item) throw notFound(id);
    return c.json(item);
  })
  .post(
    '/contributions/:id/decisions',
    validate('param', ContributionIdParam),
    validate('json', DecisionInput, decisionBody),
    async (c) => {
      const { id } = c.req.valid('param');
      const { action, reasonCode, note } = c.req.valid('json');
      const current = await findQueueItem(c.env.DB, id);
      if (!current) throw notFound(id);
      const transition = TRANSITIONS[action];
      if (!transition.from.includes(current.status)) {
        throw new ProblemError(
          'illegal_transition',
          `A ${current.status} contribution cannot be ${pastTense(action)}.`,
        );
      }
      const { applied, item } = await applyDecision(c.env.DB, {
        id,
        action,
        from: transition.from,
        to: transition.to,
        actor: c.get('admin').name,
        reasonCode: reasonCode ?? null,
        note: note || null,
        at: new Date().toISOString(),
      });
      if (!applied || !item) {
        throw new ProblemError(
          'illegal_transition',
          `Another decision on ${id} came first; it is now ${item?.status ?? 'gone'}.`,
        );
      }
      return c.json(item);
    },
  )
  .get('/audit', validate('query', AuditQuery), async (c) => {
    const { contribution, cursor } = c.req.valid('query');
    const page = await listAudit(c.env.DB, { contribution, before: cursor, limit: PAGE_SIZE + 1 });
    const entries = page.slice(0, PAGE_SIZE);
    const last = entries.at(-1);
    const nextCursor = page.length > PAGE_SIZE && last ? String(last.id) : null;
    return c.json({ entries, nextCursor } satisfies AuditLog);
  })
  .get('/audit.csv', requireRole('admin'), (c) => {
    const db = c.env.DB;
    async function* rows(): AsyncGenerator<CsvRow[]> {
      let after = 0;
      for (;;) {
        const chunk = await auditChunk(db, after, EXPORT_CHUNK);
        yield chunk.map((entry) => [
          entry.id,
          entry.contribution,
          entry.actor,
          entry.action,
          entry.from,
          entry.to,
          entry.reasonCode,
          entry.note,
          entry.at,
        ]);
        const last = chunk.at(-1);
        if (chunk.length < EXPORT_CHUNK || !last) return;
        after = last.id;
      }
    }
    return csvAttachment(
      `moderation-log-${today()}.csv`,
      ['id', 'contribution', 'actor', 'action', 'from', 'to', 'reason_code', 'note', 'at'],
      rows(),
    );
  })
  .post('/erasures', requireRole('admin'), validate('json', ErasureInput, erasureBody), async (c) => {
    const { site, subject } = c.req.valid('json');
    // No anonymous visitor has any other id: erasing one would find nothing, and say so as a success.
    if (site === ANONYMOUS_SITE && !v.is(AnonymousId, subject)) {
      throw new ProblemError('validation_failed', 'The request body is not valid.', {
        issues: [{ path: 'subject', message: 'an anonymous id is a uuid' }],
      });
    }
    // The same keyed hash the public routes store: `anon` as the site erases an anonymous visitor's id.
    const participant = await participantId(c.env.PARTICIPANT_KEY, `${site}:${subject}`);
    const contributions = await eraseParticipant(
      c.env.DB,
      participant,
      c.get('admin').name,
      new Date().toISOString(),
    );
    return c.json({ contributions });
  });

function notFound(id: string): ProblemError {
  return new ProblemError('contribution_not_found', `There is no contribution ${id}.`);
}

function pastTense(action: keyof typeof TRANSITIONS): string {
  return { publish: 'published', reject: 'rejected', hide: 'hidden' }[action];
}

function encodeQueueCursor(position: QueuePosition): string {
  return btoa(JSON.stringify([position.submittedAt, position.id]))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

const QueueCursor = v.tuple([v.pipe(v.string(), v.maxLength(40)), v.pipe(v.string(), v.maxLength(32))]);

function decodeQueueCursor(cursor: string): QueuePosition {
  let decoded: unknown;
  try {
    decoded = JSON.parse(atob(cursor.replaceAll('-', '+').replaceAll('_', '/')));
  } catch {
    decoded = undefined;
  }
  const position = v.safeParse(QueueCursor, decoded);
  if (!position.success) {
    throw new ProblemError('validation_failed', 'The request query is not valid.', {
      issues: [{ path: 'cursor', message: 'not a cursor from a previous page' }],
    });
  }
  const [submittedAt, id] = position.output;
  return { submittedAt, id };
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

type CsvRow = readonly (string | number | null)[];

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line
 * break, quotes doubled. Text that a spreadsheet would run as a formula
 * (starting with = + - @, a tab or a carriage return) gets a leading `'`.
 */
function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvLine(row: CsvRow): string {
  return `${row.map(csvCell).join(',')}\r\n`;
}

/**
 * A CSV download streamed chunk by chunk: UTF-8 with a byte-order mark (so
 * that spreadsheets read accents right), CRLF line ends, a header line.
 */
function csvAttachment(
  filename: string,
  header: readonly string[],
  chunks: AsyncGenerator<CsvRow[]>,
): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${csvLine(header)}`));
    },
    async pull(controller) {
      // Enqueue something (or close) on every pull: a pull that enqueues nothing is not called again.
      for (;;) {
        const { done, value } = await chunks.next();
        if (done) return controller.close();
        if (value.length > 0) return controller.enqueue(encoder.encode(value.map(csvLine).join('')));
      }
    },
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
    },
  });
}
