/**
 * What a middleware tells the OpenAPI document about the routes it runs on:
 * the request part it validates, the problems it may answer, the
 * credentials it reads, the headers it needs or sends. The document
 * (openapi/document.ts) reads it from the app's own handlers (`app.routes`),
 * so a route is described by what actually runs on it, never by a second
 * declaration.
 */
import type { RouterRoute } from 'hono/types';
import { findTargetHandler } from 'hono/utils/handler';
import type * as v from 'valibot';
import type { CoreProblemCode } from '../../schema/problem.ts';

const DOCS = Symbol('openapi');

/** The security schemes of the document (see document.ts `SECURITY_SCHEMES`). */
export type SecuritySchemeName = 'hostToken' | 'participant' | 'adminToken' | 'cloudflareAccess';

/** A request header a middleware reads. */
export interface HeaderDoc {
  name: string;
  description: string;
  required: boolean;
  schema: Record<string, unknown>;
}

export interface MiddlewareDocs {
  /** The request part it parses with a valibot schema (see middleware/validate.ts). */
  input?: {
    target: 'json' | 'query' | 'param';
    schema: v.GenericSchema;
    /** For a JSON body: the largest accepted, in bytes. */
    maxBytes?: number;
  };
  /** The core problems it may answer; a feature's own codes are listed by its routes' docs. */
  problems?: readonly CoreProblemCode[];
  /**
   * The credentials it accepts, any one of them. `optional`: a request
   * without any is served too (as nobody in particular).
   */
  security?: { schemes: readonly SecuritySchemeName[]; optional?: boolean };
  /** Request headers it reads (besides credentials). */
  headers?: readonly HeaderDoc[];
}

/**
 * Attaches its OpenAPI description to a middleware and returns it,
 * unchanged otherwise.
 *
 * @example
 * const limited = createMiddleware(async (c, next) => { … });
 * export const limitAnonymousWrites = documented({ problems: ['rate_limited'] }, limited);
 */
export function documented<H extends object>(docs: MiddlewareDocs, handler: H): H {
  return Object.assign(handler, { [DOCS]: docs });
}

/**
 * The description a handler carries, if any.
 *
 * @example
 * for (const route of app.routes) docsOf(route.handler)?.problems;
 */
export function docsOf(handler: RouterRoute['handler']): MiddlewareDocs | undefined {
  // A sub-app with its own onError wraps its handlers when mounted: look inside.
  return (findTargetHandler(handler) as { [DOCS]?: MiddlewareDocs })[DOCS];
}
