/**
 * The drain: claims due messages, renders each with its template and hands
 * it to a Mailer (Cloudflare's `send_email` binding in the Worker), then
 * marks it sent, or failed with a retry time that backs off. No message is
 * lost when sending fails: it stays `pending` until `maxAttempts`, then
 * `failed` for admins to see and retry. None is sent twice by two drains:
 * claiming is one statement (queries.ts `claimDue`). A drain that dies
 * between sending and marking leaves its claim to lapse, and the message is
 * sent once more then: the one duplicate possible, which the
 * `X-Sip-Message-Id` header (stable per cause) lets mail systems recognise.
 */
import type { Db } from '../lib/db.ts';
import { claimDue, markAttemptFailed, markSent } from './queries.ts';
import { type MessageTemplate, type RenderedMessage, renderMessage } from './render.ts';

/** Who messages come from: MAIL_FROM, parsed (see config.ts `mailSender`). */
export interface Sender {
  email: string;
  name?: string;
}

/** A message as the transport gets it. */
export interface OutgoingEmail extends RenderedMessage {
  from: Sender;
  to: string;
  /** Only `X-` headers: Cloudflare Email Service sets Message-ID, Date and the rest itself. */
  headers: Record<string, string>;
}

/** Sends one message; throws when it could not. */
export interface Mailer {
  send(message: OutgoingEmail): Promise<{ messageId: string | null }>;
}

/** Tries before a message is given up as `failed`. */
export const MAX_ATTEMPTS = 8;
/** How long a drain holds the messages it claimed; a claim still held then is given up as lost. */
export const CLAIM_MS = 10 * 60_000;
const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 12 * 3_600_000;

/**
 * How long after its `attempts`-th failed try a message is tried again:
 * 1 minute, then four times longer each time, at most 12 hours (1 min,
 * 4 min, 16 min, 64 min, ~4 h 16, then 12 h: eight tries span about 30 hours).
 *
 * @example
 * retryDelay(1); // 60_000
 */
export function retryDelay(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 4 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);
}

export interface DrainOptions {
  mailer: Mailer;
  from: Sender;
  /** Every feature's templates, by kind (see delivery.ts `messageTemplates`). */
  templates: ReadonlyMap<string, MessageTemplate>;
  /** The drain's instant: what is due then is claimed, and every time it writes is reckoned from it. */
  now: Date;
  /** Messages claimed at a time (default 10). */
  batchSize?: number;
  /** No new batch is claimed after this many milliseconds (default 20 s: a drain after a request has 30). */
  budgetMs?: number;
  maxAttempts?: number;
}

/** What a drain did. */
export interface DrainReport {
  sent: number;
  /** Tries that failed (the message is retried later, or given up). */
  failed: number;
  /** Messages given up on this time (now `failed`). */
  gaveUp: number;
}

/**
 * Sends what is due, a batch at a time, until nothing is due or the
 * budget is spent.
 *
 * @example
 * const report = await drainOutbox(env.DB, { mailer: bindingMailer(env.EMAIL), from, templates, now: new Date() });
 */
export async function drainOutbox(db: Db, options: DrainOptions): Promise<DrainReport> {
  const {
    mailer,
    from,
    templates,
    now,
    batchSize = 10,
    budgetMs = 20_000,
    maxAttempts = MAX_ATTEMPTS,
  } = options;
  const started = Date.now();
  const at = now.toISOString();
  const claim = crypto.randomUUID();
  const report: DrainReport = { sent: 0, failed: 0, gaveUp: 0 };
  for (;;) {
    const messages = await claimDue(db, {
      claim,
      now: at,
      until: new Date(now.getTime() + CLAIM_MS).toISOString(),
      limit: batchSize,
    });
    for (const message of messages) {
      let messageId: string | null;
      try {
        const template = templates.get(message.kind);
        if (!template) throw new Error(`no template renders ${message.kind} messages`);
        const rendered = renderMessage(template, message.data, message.language);
        ({ messageId } = await mailer.send({
          ...rendered,
          from,
          to: message.recipient,
          headers: {
            'X-Sip-Message-Id': stableMessageId(message.dedupeKey, from),
            // Out-of-office and auto-replies are of no use to anyone here (delivery reports still come).
            'X-Auto-Response-Suppress': 'OOF, AutoReply',
          },
        }));
      } catch (error) {
        report.failed++;
        if (message.attempts >= maxAttempts) report.gaveUp++;
        await markAttemptFailed(db, {
          id: message.id,
          claim,
          error: describeError(error, message.recipient),
          at,
          retryAt: new Date(now.getTime() + retryDelay(message.attempts)).toISOString(),
          maxAttempts,
        });
        continue;
      }
      // Outside the try: a failure to record the send must not count as a failed send (and be retried at once).
      await markSent(db, { id: message.id, messageId, at });
      report.sent++;
    }
    if (messages.length < batchSize || Date.now() - started > budgetMs) return report;
  }
}

/**
 * The id a message keeps across every try, from its cause (its dedupe
 * key), in the Message-ID form. Email Service sets Message-ID itself, so it
 * travels as an `X-` header.
 *
 * @example
 * stableMessageId('contribution-decision:42', { email: 'kit@smart.coop' }); // '<contribution-decision.42@smart.coop>'
 */
export function stableMessageId(dedupeKey: string, from: Sender): string {
  const domain = from.email.slice(from.email.lastIndexOf('@') + 1);
  return `<${dedupeKey.replace(/[^A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]/g, '.')}@${domain}>`;
}

/**
 * Why a try failed, for admins: the error's code and message, without the
 * recipient's address (a transport's message may quote it), 500 characters
 * at most.
 */
function describeError(error: unknown, recipient: string): string {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? `${String(error.code)}: ` : '';
  const message = error instanceof Error ? error.message : String(error);
  return `${code}${message}`.split(recipient).join('[recipient]').slice(0, 500);
}
