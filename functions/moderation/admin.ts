/**
 * The moderation log under /api/v1/admin/audit: every decision, newest
 * first (moderators and admins), and its CSV export at /audit/export.csv (admins).
 */
import { Hono } from 'hono';
import * as v from 'valibot';
import { AuditKind, type AuditLog } from '../../schema/moderation.ts';
import { chunks, csvAttachment, EXPORT_CHUNK, today } from '../lib/csv.ts';
import { decodeCursor, page } from '../lib/cursor.ts';
import { type AdminEnv, requireRole } from '../middleware/admin-auth.ts';
import { validate } from '../middleware/validate.ts';
import { auditChunk, listAudit } from './queries.ts';

const PAGE_SIZE = 50;

const AuditQuery = v.object({
  kind: v.optional(AuditKind),
  /** An item's id: a contribution's reference (any case), an event's or a recommendation's slug. */
  item: v.optional(v.pipe(v.string(), v.trim(), v.regex(/^[0-9A-Za-z-]{1,64}$/))),
  /** Opaque; from the previous page's `nextCursor`. */
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
});
/** The keyset inside a log cursor: the last entry's id. */
const AuditCursor = v.pipe(
  v.tuple([v.pipe(v.number(), v.integer(), v.minValue(1))]),
  v.transform(([id]) => id),
);

export const auditRoutes = new Hono<AdminEnv>()
  .get('/', validate('query', AuditQuery), async (c) => {
    const { kind, item, cursor } = c.req.valid('query');
    const rows = await listAudit(c.get('db'), {
      kind,
      // References are stored in capitals, slugs in lower case: a reference may be typed either way.
      item: item && kind === 'contribution' ? item.toUpperCase() : item,
      before: cursor === undefined ? undefined : decodeCursor(cursor, AuditCursor),
      limit: PAGE_SIZE + 1,
    });
    const { items, nextCursor } = page(rows, PAGE_SIZE, (last) => [last.id]);
    return c.json({ entries: items, nextCursor } satisfies AuditLog);
  })
  .get('/export.csv', requireRole('admin'), (c) =>
    csvAttachment(
      `moderation-log-${today()}.csv`,
      ['id', 'kind', 'item', 'actor', 'action', 'from', 'to', 'reason_code', 'note', 'at'],
      chunks(
        (after: number | undefined) => auditChunk(c.get('db'), after ?? 0, EXPORT_CHUNK),
        (last) => last.id,
        (entry) => [
          entry.id,
          entry.kind,
          entry.item,
          entry.actor,
          entry.action,
          entry.from,
          entry.to,
          entry.reasonCode,
          entry.note,
          entry.at,
        ],
      ),
    ),
  );
