/**
 * What a feature says of its routes in the OpenAPI document, beside them
 * (`functions/<feature>/openapi.ts`): a summary, the answers it gives on
 * success and the problems its handlers throw. Everything else (path,
 * method, parameters, body, credentials, the problems of its middleware)
 * is read from the routes themselves.
 */
import type * as v from 'valibot';
import type { HeaderDoc } from './meta.ts';

/** `GET /:slug`: a method and a path as the feature's Hono app declares them. */
export type RouteKey = `${'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'} /${string}`;

/** A success answer of a route. */
export interface AnswerDoc {
  description: string;
  /** The JSON body, as a valibot schema (schema/*.ts where the handler's type comes from). */
  json?: v.GenericSchema;
  /** A CSV download (`text/csv`, streamed), with its columns. */
  csv?: { columns: readonly string[] };
  /** Another body, not JSON (an Atom feed…): its media type and what it holds. */
  document?: { media: string; description: string };
  /** Response headers it carries, by name (described once in the document's components). */
  headers?: readonly ('ETag' | 'Retry-After' | 'WWW-Authenticate' | 'Content-Disposition')[];
}

/** One route's description; `Code` narrows the problem codes it may list. */
export interface OperationDoc<Code extends string = string> {
  /** One line: what the route does. */
  summary: string;
  /** Who may call it and anything a client must know, in Markdown. */
  description?: string;
  /** Success answers by status. */
  answers: { readonly [status: number]: AnswerDoc };
  /** The problems its handler throws, besides those of its middleware (validation, identity, admin guard…). */
  problems?: readonly Code[];
  /** What each path or query parameter means, by name. */
  parameters?: Readonly<Record<string, string>>;
  /** Request headers the handler itself reads (a middleware's are read from the middleware). */
  headers?: readonly HeaderDoc[];
  /** Only served when the `DEV_TOKENS` var is "true" (else 404 `not_found`). */
  developmentOnly?: boolean;
}

/** A feature's routes, keyed like the route declarations: `'GET /'`, `'POST /:slug/ballot'`. */
export type RouteDocs<Code extends string = string> = Readonly<Partial<Record<RouteKey, OperationDoc<Code>>>>;

/** The routes one Hono app mounts at `prefix` (e.g. `/api/v1/polls`), described. */
export interface DocumentedRoutes {
  prefix: string;
  /** The document's tag for them: the feature's path. */
  tag: string;
  docs: RouteDocs;
}
