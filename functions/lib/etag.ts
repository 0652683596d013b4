/**
 * Conditional reads: an answer carries an ETag (a hash of its body); a
 * client asking again with `If-None-Match` gets a bodiless 304 when nothing
 * changed. The widgets refresh live results this way, at the cost of a
 * header when nothing moved.
 */
import type { Context } from 'hono';
import { base64url } from './base64url.ts';

/**
 * The JSON answer for `body`, or a 304 when the request's `If-None-Match`
 * names its ETag. `private, no-cache`: the browser keeps it, revalidates
 * every time, and no shared cache stores it (it may be one person's view).
 *
 * @example
 * return jsonWithETag(c, toPollView(poll, details, participant, now));
 */
export async function jsonWithETag(c: Context, body: unknown): Promise<Response> {
  const text = JSON.stringify(body);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  const etag = `"${base64url(new Uint8Array(digest).slice(0, 16))}"`;
  const headers = { ETag: etag, 'Cache-Control': 'private, no-cache' };
  if (matches(c.req.header('If-None-Match'), etag)) return c.body(null, 304, headers);
  return c.body(text, 200, { ...headers, 'Content-Type': 'application/json' });
}

/** Whether an If-None-Match header (`*`, or a list of tags, weak or strong) names `etag`. */
function matches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
