/**
 * CSV downloads for admins (RFC 4180), streamed chunk by chunk from D1 so
 * that an export of any size never sits whole in memory.
 */

export type CsvRow = readonly (string | number | boolean | null)[];

/** Rows read from D1 per round trip while streaming an export. */
export const EXPORT_CHUNK = 500;

/**
 * One CSV cell: quoted when it holds a comma, a quote or a line break,
 * quotes doubled. Text that a spreadsheet would run as a formula (starting
 * with = + - @, a tab or a carriage return) gets a leading `'`.
 */
function csvCell(value: CsvRow[number]): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvLine(row: CsvRow): string {
  return `${row.map(csvCell).join(',')}\r\n`;
}

/**
 * Every row of a keyset-paginated read, chunk by chunk: `read(after)` gets
 * the chunk after a position (undefined for the first), `position(last)`
 * the position after a row.
 *
 * @example
 * const rows = chunks((after) => auditChunk(db, after ?? 0, EXPORT_CHUNK), (last) => last.id, toRow);
 */
export async function* chunks<T, P>(
  read: (after: P | undefined) => Promise<T[]>,
  position: (last: T) => P,
  toRow: (item: T) => CsvRow,
): AsyncGenerator<CsvRow[]> {
  let after: P | undefined;
  for (;;) {
    const chunk = await read(after);
    yield chunk.map(toRow);
    const last = chunk.at(-1);
    if (chunk.length < EXPORT_CHUNK || last === undefined) return;
    after = position(last);
  }
}

/**
 * A CSV download: UTF-8 with a byte-order mark (so that spreadsheets read
 * accents right), CRLF line ends, a header line, then the rows as `rows`
 * yields them.
 *
 * @example
 * return csvAttachment(`moderation-log-${today()}.csv`, ['id', 'actor'], chunks(read, position, toRow));
 */
export function csvAttachment(
  filename: string,
  header: readonly string[],
  rows: AsyncGenerator<CsvRow[]>,
): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${csvLine(header)}`));
    },
    async pull(controller) {
      // Enqueue something (or close) on every pull: a pull that enqueues nothing is not called again.
      for (;;) {
        const { done, value } = await rows.next();
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

/** Today's date (UTC), for export file names: `contributions-2026-11-28.csv`. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
