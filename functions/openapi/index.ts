/**
 * `GET /api/v1/openapi.json`: the API described, built once per isolate
 * from the app's own routes (see document.ts).
 */
import type { Context, Hono } from 'hono';
import * as v from 'valibot';
import * as common from '../../schema/common.ts';
import type { ProblemDefinition } from '../../schema/problem.ts';
import * as problem from '../../schema/problem.ts';
import { adminDocs } from '../admin/openapi.ts';
import type { Feature } from '../lib/feature.ts';
import { ProblemError } from '../problems.ts';
import { buildDocument, type Json } from './document.ts';
import type { DocumentedRoutes, RouteDocs } from './operations.ts';

/** The version of the document (`info.version`): the API's, as its base path says. */
const API_VERSION = '1';

/** Any JSON object, described elsewhere (the OpenAPI specification). */
const Anything = v.record(v.string(), v.unknown());

const OpenApiDocument = v.pipe(
  v.object({
    openapi: v.pipe(v.literal('3.1.0'), v.description('The OpenAPI version.')),
    info: v.pipe(Anything, v.description('Title, version and the conventions of the API.')),
    jsonSchemaDialect: v.pipe(v.string(), v.description('JSON Schema 2020-12, the dialect of every schema.')),
    tags: v.pipe(v.array(Anything), v.description('The features, as tags of their operations.')),
    paths: v.pipe(Anything, v.description('Every route, by path and method.')),
    components: v.pipe(Anything, v.description('Named schemas, security schemes and headers.')),
    'x-not-found': v.pipe(
      v.array(
        v.object({
          paths: v.pipe(v.string(), v.description('A path prefix, e.g. `/api/v1/admin/*`.')),
          problems: v.pipe(
            v.array(v.string()),
            v.description('The codes a path there that no route declares may answer.'),
          ),
        }),
      ),
      v.description('What paths that no route declares answer, by prefix.'),
    ),
  }),
  v.description('An OpenAPI 3.1 document.'),
);

/** The routes of the app shell (functions/index.ts). */
const CORE_DOCS: RouteDocs = {
  'GET /health': {
    summary: 'Says the Worker is up',
    description: 'No database access: the benchmarks use it as the bare-route baseline.',
    answers: {
      200: {
        description: 'Up.',
        json: v.object({ ok: v.pipe(v.literal(true), v.description('Always true.')) }),
      },
    },
  },
  'GET /openapi.json': {
    summary: 'This document',
    description:
      'Generated from the routes and the schemas they validate with: it never drifts from the code.',
    answers: { 200: { description: 'The OpenAPI 3.1 document.', json: OpenApiDocument } },
  },
};

/**
 * The handler that serves the document of `app`, whose routes are those of
 * `features` plus the app shell's and the admin sub-app's.
 *
 * @example
 * app.get('/api/v1/openapi.json', openApiDocument(app, FEATURES, PROBLEMS));
 */
export function openApiDocument(
  // biome-ignore lint/suspicious/noExplicitAny: any app, whatever its bindings and variables.
  app: Hono<any>,
  features: readonly Feature[],
  problems: Readonly<Record<string, ProblemDefinition>>,
) {
  let document: Json | undefined;
  return (c: Context) => {
    document ??= build(app, features, problems);
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(document);
  };
}

function build(
  // biome-ignore lint/suspicious/noExplicitAny: any app, whatever its bindings and variables.
  app: Hono<any>,
  features: readonly Feature[],
  problems: Readonly<Record<string, ProblemDefinition>>,
): Json {
  const groups: DocumentedRoutes[] = [
    { prefix: '/api/v1', tag: 'meta', docs: CORE_DOCS },
    { prefix: '/api/v1/admin', tag: 'admin', docs: adminDocs },
    ...features.flatMap((feature) => [
      ...(feature.docs?.routes
        ? [{ prefix: `/api/v1/${feature.path}`, tag: feature.path, docs: feature.docs.routes }]
        : []),
      ...(feature.docs?.admin
        ? [{ prefix: `/api/v1/admin/${feature.path}`, tag: feature.path, docs: feature.docs.admin }]
        : []),
    ]),
  ];
  try {
    return buildDocument({
      app,
      groups,
      schemas: [common, problem, ...features.flatMap((feature) => feature.schemas ?? [])],
      problems,
      version: API_VERSION,
    });
  } catch (error) {
    // Only a build whose tests failed gets here: say what is missing rather than a bare 500.
    throw new ProblemError('internal_error', error instanceof Error ? error.message : String(error));
  }
}
