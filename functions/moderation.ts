/**
 * The moderators' API under /api/v1/admin: the queue, decisions, the audit
 * log, exports and erasure.
 */
import { Hono } from 'hono';
import type { Env } from './env.ts';

export const moderation = new Hono<{ Bindings: Env }>();
