/**
 * Keyset cursors: a page's last row (its sort keys), opaque to clients as
 * base64url JSON. A cursor is read back through a schema, so a forged or
 * stale one is a 400, never a query on garbage.
 */
import * as v from 'valibot';
import { ProblemError } from '../problems.ts';
import { base64url, fromBase64url } from './base64url.ts';

/**
 * The cursor after a row, from its sort keys in order.
 *
 * @example
 * encodeCursor([last.publishedAt, last.id]); // 'WyIyMDI2LTAz…'
 */
export function encodeCursor(keys: readonly (string | number)[]): string {
  return base64url(new TextEncoder().encode(JSON.stringify(keys)));
}

/**
 * The sort keys a cursor holds, checked by `schema` (a tuple, usually with a
 * transform to the query's keyset); anything else is a 400
 * `validation_failed` on `cursor`.
 *
 * @example
 * const after = decodeCursor(cursor, v.pipe(v.tuple([Instant, Reference]), v.transform(([publishedAt, id]) => ({ publishedAt, id }))));
 */
export function decodeCursor<S extends v.GenericSchema>(cursor: string, schema: S): v.InferOutput<S> {
  let keys: unknown;
  try {
    keys = JSON.parse(
      new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(fromBase64url(cursor)),
    );
  } catch {
    keys = undefined;
  }
  const result = v.safeParse(schema, keys);
  if (!result.success) {
    throw new ProblemError('validation_failed', 'The request query is not valid.', {
      issues: [{ path: 'cursor', message: 'not a cursor from a previous page' }],
    });
  }
  return result.output;
}

/**
 * One page from a query asked for `limit + 1` rows: the rows to show, and
 * the cursor after the last one when there is more.
 *
 * @example
 * const { items, nextCursor } = page(rows, 10, (last) => [last.publishedAt, last.id]);
 */
export function page<T>(
  rows: readonly T[],
  limit: number,
  keysOf: (last: T) => readonly (string | number)[],
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keysOf(last)) : null };
}
