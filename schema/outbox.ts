/**
 * Outgoing e-mail, as admins see it: the messages waiting, sent or given up
 * on (never their text, and the address masked).
 */
import * as v from 'valibot';
import { Language } from './common.ts';

/** What the outbox routes answer besides the core problems (schema/problem.ts). */
export const OUTBOX_PROBLEMS = {
  outbox_message_not_found: { status: 404, title: 'Message not found', adminOnly: true },
  outbox_message_not_failed: { status: 409, title: 'Only a failed message can be retried', adminOnly: true },
} as const;

export const OUTBOX_STATUSES = ['pending', 'sent', 'failed'] as const;
/** `pending` (waiting or being sent), `sent`, or `failed` (given up after every attempt; an admin may retry it). */
export const OutboxStatus = v.picklist(OUTBOX_STATUSES);
export type OutboxStatus = v.InferOutput<typeof OutboxStatus>;

/** `GET /api/v1/admin/outbox?status=&cursor=`: the default status filter is pending + failed. */
export const OutboxQuery = v.object({
  /** Only the messages in this state (default: pending and failed). */
  status: v.optional(OutboxStatus),
  /** Opaque; from the previous page's `nextCursor`. */
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
});
export type OutboxQuery = v.InferOutput<typeof OutboxQuery>;

/** One outgoing message as admins see it: what, to whom (masked), how it went; never its text. */
export const OutboxMessage = v.object({
  /** Its number. */
  id: v.number(),
  /** What it says, e.g. `contribution_published` (the template that renders it). */
  kind: v.string(),
  /** Where it stands. */
  status: OutboxStatus,
  /** The address, masked (`c•••@example.org`); null once sent. */
  recipient: v.nullable(v.string()),
  /** The language it is written in. */
  language: Language,
  /** Its cause, e.g. `contribution-decision:42` (the audit log line of the decision). */
  cause: v.string(),
  /** How many times sending it was tried. */
  attempts: v.number(),
  /** Why the last try failed, or null. */
  lastError: v.nullable(v.string()),
  /** When it is tried next (pending); while it is being sent, when that try is given up as lost. */
  nextAttemptAt: v.string(),
  /** When it was written (ISO 8601, UTC). */
  createdAt: v.string(),
  /** When it was last changed. */
  updatedAt: v.string(),
  /** When it was sent, or null. */
  sentAt: v.nullable(v.string()),
});
export type OutboxMessage = v.InferOutput<typeof OutboxMessage>;

/** A page of the outbox, newest first. */
export const OutboxList = v.object({
  /** Messages, newest first. */
  messages: v.array(OutboxMessage),
  /** The `cursor` of the next page; null on the last one. */
  nextCursor: v.nullable(v.string()),
});
export type OutboxList = v.InferOutput<typeof OutboxList>;
