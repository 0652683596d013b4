/**
 * What a feature brings to the Worker: its public routes, its admin routes,
 * what it erases of a person, what it does every day. The route table
 * (functions/features.ts) lists the features; the app mounts them.
 */
import type { Hono } from 'hono';
import type { ProblemDefinition } from '../../schema/problem.ts';
import type { Env } from '../env.ts';
import type { AdminEnv } from '../middleware/admin-auth.ts';
import type { RouteDocs } from '../openapi/operations.ts';
import type { MessageTemplate } from '../outbox/render.ts';
import type { Db } from './db.ts';

/** wrangler.toml's daily cron (`[triggers]`); its other cron is the frequent one. */
export const DAILY_CRON = '17 3 * * *';

/** A person's data in one feature, erased (or anonymised) in the same transaction as every other feature's. */
export interface Erasure {
  /** The statements, run in one `db.batch` with every other feature's. */
  statements: D1PreparedStatement[];
  /** Index (in `statements`) of the one whose `changes` count the items erased. */
  counted: number;
}

export interface Feature {
  /** Its resources' path segment: public routes at /api/v1/<path>, admin routes at /api/v1/admin/<path>. */
  readonly path: string;
  /**
   * Public routes. Each feature's Hono app has its own variables (identity,
   * idempotency keys…); only the bindings are common.
   */
  // biome-ignore lint/suspicious/noExplicitAny: sub-apps differ in their Variables; app.route takes any of them.
  readonly routes?: Hono<any>;
  /** The problems its routes answer besides the core ones (declared in its schema module). */
  readonly problems?: Readonly<Record<string, ProblemDefinition>>;
  /** Admin routes, behind the admin sub-app's authentication (`c.get('admin')` is set). */
  readonly admin?: Hono<AdminEnv>;
  /** Erases one participant's data, keyed by the name the erasure's answer gives the count. */
  readonly erase?: {
    name: string;
    statements(db: Db, participant: string, actor: string, at: string): Erasure;
  };
  /** Runs on the daily cron (DAILY_CRON). */
  readonly daily?: (env: Env, now: Date) => Promise<void>;
  /** Runs on wrangler.toml's other cron, every few minutes: what cannot wait a day, such as sending e-mail. */
  readonly frequent?: (env: Env, now: Date) => Promise<void>;
  /**
   * The kinds of e-mail it sends through the outbox (see outbox/render.ts):
   * the outbox renders each message with the template of its kind.
   */
  readonly messages?: readonly MessageTemplate[];
  /**
   * Its routes described for the OpenAPI document, beside them in
   * `<feature>/openapi.ts`: summaries, success answers, the problems the
   * handlers throw. A route without its description fails the tests.
   */
  readonly docs?: { readonly routes?: RouteDocs; readonly admin?: RouteDocs };
  /** Its schema modules (`import * as`): their exported schemas are the document's named components. */
  readonly schemas?: readonly SchemaModule[];
}

/** A schema/*.ts module's exports (`import * as polls from '../../schema/polls.ts'`). */
export type SchemaModule = Readonly<Record<string, unknown>>;
