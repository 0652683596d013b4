/**
 * Test helpers for e-mail: the settings that turn sending on, what the
 * simulated `send_email` binding received (as Miniflare's local explorer
 * lists it, the same list `wrangler dev` shows), the outbox rows, a Mailer
 * that records and fails on demand (for the drain's own tests: a stand-in
 * for the transport only), a wait, and walks over an HTML body parsed with
 * parse5 (as browsers parse it).
 */
import type { DefaultTreeAdapterTypes } from 'parse5';
import type { Kit } from '../test/harness.ts';
import type { Mailer, OutgoingEmail } from './drain.ts';

/** Vars that turn sending on in a test kit: `startKit({ vars: MAIL_VARS })`. */
export const MAIL_VARS = { MAIL_FROM: 'Smart in Progress <participation@smart.example>' } as const;

/** A fresh recipient, so that each test finds its own messages. */
export function uniqueAddress(prefix = 'camille'): string {
  return `${prefix}.${crypto.randomUUID().slice(0, 8)}@example.org`;
}

/** One message the simulated binding received, as the local explorer reports it. */
export interface SentEmail {
  messageId: string;
  from: string;
  to: string[];
  subject: string;
  headers: Record<string, string>;
  sentAt: string;
  text?: string;
  html?: string;
  attachments: { filename: string; contentType: string; disposition: string; size: number }[];
}

const EXPLORER = '/cdn-cgi/explorer/api/local/email/sending';

/**
 * Every message the Worker's `send_email` binding received for `to`, with
 * its text and HTML, oldest first.
 *
 * @example
 * const [message] = await sentEmails(kit, 'camille@example.org');
 */
export async function sentEmails(kit: Kit, to: string): Promise<SentEmail[]> {
  const listed: SentEmail[] = [];
  let cursor: string | undefined;
  do {
    const query = new URLSearchParams({ per_page: '100', ...(cursor ? { cursor } : {}) });
    const page = await explorer<{
      result: SentEmail[];
      result_info?: { cursor?: string; has_more?: boolean };
    }>(kit, `${EXPLORER}?${query}`);
    listed.push(...page.result.filter((email) => email.to.includes(to)));
    cursor = page.result_info?.has_more ? page.result_info.cursor : undefined;
  } while (cursor);
  const details = await Promise.all(
    listed.map(
      async (email) =>
        (
          await explorer<{ result: SentEmail }>(
            kit,
            `${EXPLORER}?${new URLSearchParams({ email_id: email.messageId })}`,
          )
        ).result,
    ),
  );
  return details.sort((a, b) => a.sentAt.localeCompare(b.sentAt));
}

async function explorer<T>(kit: Kit, path: string): Promise<T> {
  const response = await kit.server.fetch(path);
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** An outbox row, straight from D1. */
export interface OutboxRow {
  id: number;
  kind: string;
  recipient: string | null;
  language: string;
  data: string;
  dedupe_key: string;
  participant: string | null;
  status: string;
  attempts: number;
  next_attempt_at: string;
  claim: string | null;
  last_error: string | null;
  message_id: string | null;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
}

/**
 * The outbox rows whose dedupe key starts with `cause` (all when empty), oldest first.
 *
 * @example
 * const [row] = await outboxRows(kit.db, `contribution-decision:`);
 */
export async function outboxRows(db: D1Database, cause = ''): Promise<OutboxRow[]> {
  const { results } = await db
    .prepare("SELECT * FROM outbox WHERE dedupe_key LIKE ?1 || '%' ORDER BY id")
    .bind(cause)
    .all<OutboxRow>();
  return results;
}

/** A Mailer that keeps what it is given and fails for the recipients `failFor` says. */
export interface RecordingMailer extends Mailer {
  sent: OutgoingEmail[];
  /** Tries that failed, by recipient. */
  refused: string[];
  /** Recipients whose next tries fail: each entry is consumed by one try (Infinity: every try). */
  failFor: Map<string, number>;
}

/**
 * A Mailer in node, for the drain's tests: it records every message (after
 * `delayMs`, to let two drains overlap) and throws for the recipients in
 * `failFor` as a transport would (an error with a code, quoting the address).
 *
 * @example
 * const mailer = recordingMailer();
 * mailer.failFor.set('ana@example.org', 2); // the next two tries fail
 */
export function recordingMailer(delayMs = 0): RecordingMailer {
  const mailer: RecordingMailer = {
    sent: [],
    refused: [],
    failFor: new Map(),
    async send(message) {
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      const failures = mailer.failFor.get(message.to) ?? 0;
      if (failures > 0) {
        mailer.failFor.set(message.to, failures - 1);
        mailer.refused.push(message.to);
        throw Object.assign(new Error(`delivery to ${message.to} refused for now`), {
          code: 'E_TEST_REFUSED',
        });
      }
      mailer.sent.push(message);
      return { messageId: `<${crypto.randomUUID()}@test.example>` };
    },
  };
  return mailer;
}

/**
 * Polls `check` until it returns something other than undefined, or fails after `timeoutMs`.
 *
 * @example
 * const [email] = await eventually(async () => { const all = await sentEmails(kit, to); return all.length ? all : undefined; });
 */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`still not there after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/**
 * Every element of a document parsed with parse5, in document order.
 *
 * @example
 * const h1 = elements(parse(html)).find((element) => element.tagName === 'h1');
 */
export function elements(node: Node): Element[] {
  const found: Element[] = [];
  const visit = (current: Node) => {
    if ('tagName' in current) found.push(current);
    const template = 'content' in current ? current.content.childNodes : [];
    for (const child of [...('childNodes' in current ? current.childNodes : []), ...template]) visit(child);
  };
  visit(node);
  return found;
}

/**
 * The text of a parsed node, as a browser's `textContent`.
 *
 * @example
 * textOf(h1); // 'Votre contribution est publiée'
 */
export function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/**
 * An attribute of a parsed element, or undefined.
 *
 * @example
 * attribute(html, 'lang'); // 'nl'
 */
export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}
