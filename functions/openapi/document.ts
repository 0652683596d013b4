/**
 * The OpenAPI 3.1 document of the Worker, built from the app itself: every
 * route of `app.routes`, its parameters and body from the schemas its
 * `validate(...)` middleware runs, its credentials and problems from what
 * its middleware declare (openapi/meta.ts), its summary, answers and own
 * problems from its feature's description (`<feature>/openapi.ts`), and the
 * named schemas of schema/*.ts with their JSDoc (schema-docs.json).
 */
import {
  type ConversionConfig,
  type JsonSchema,
  toJsonSchema,
  toJsonSchemaDefs,
} from '@valibot/to-json-schema';
import type { Hono } from 'hono';
import type { RouterRoute } from 'hono/types';
import type * as v from 'valibot';
import type { ProblemDefinition } from '../../schema/problem.ts';
import type { SchemaModule } from '../lib/feature.ts';
import { PROBLEM_TYPE_BASE } from '../problems.ts';
import { docsOf, type MiddlewareDocs, type SecuritySchemeName } from './meta.ts';
import type { DocumentedRoutes, OperationDoc } from './operations.ts';
import SCHEMA_DOCS from './schema-docs.json' with { type: 'json' };

/** A JSON value of the document, loosely typed: it is built and then only serialised. */
export type Json = Record<string, unknown>;

export interface DocumentSources {
  // biome-ignore lint/suspicious/noExplicitAny: any app, whatever its bindings and variables.
  app: Hono<any>;
  /** The routes described, each group by the Hono app that declares them. */
  groups: readonly DocumentedRoutes[];
  /** The modules whose exported schemas become named components. */
  schemas: readonly SchemaModule[];
  /** Every problem code the API answers. */
  problems: Readonly<Record<string, ProblemDefinition>>;
  /** The API's version, `info.version`. */
  version: string;
}

/** Problems any operation may answer: the onError fallback. */
const ALWAYS: readonly string[] = ['internal_error'];
/** Headers some problems carry. */
const PROBLEM_HEADERS: Readonly<Record<string, string>> = {
  rate_limited: 'Retry-After',
  admin_unauthorized: 'WWW-Authenticate',
};
const SUCCESS_MEDIA = {
  json: 'application/json',
  csv: 'text/csv; charset=utf-8',
} as const;
export const PROBLEM_MEDIA = 'application/problem+json';

const SECURITY_SCHEMES: Record<SecuritySchemeName, Json> = {
  hostToken: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description:
      'A short-lived HS256 token from the host site (its `token-url`), vouching for a signed-in person: `iss` (the site), `aud`, `sub`, `name`, `roles`, `member`, `iat`, `exp`. A token that is present but not valid is a 401 `invalid_token`, never a fallback to anonymous.',
  },
  participant: {
    type: 'apiKey',
    in: 'header',
    name: 'Sip-Participant',
    description:
      'An anonymous visitor: a uuid (v4) the browser keeps in localStorage. Sent on writes, and on reads of polls this browser voted on; other reads go without identity and get the shared view.',
  },
  adminToken: {
    type: 'http',
    scheme: 'bearer',
    description:
      'A named admin token (`npm run admin:create -- --name NAME --role moderator|admin`), one per person, stored only as a hash. When `Authorization` is present it alone decides.',
  },
  cloudflareAccess: {
    type: 'apiKey',
    in: 'header',
    name: 'Cf-Access-Jwt-Assertion',
    description:
      'Cloudflare Access in front of `/admin` adds its signed assertion; writes let in this way must come from the same origin (else 403 `csrf_failed`).',
  },
};

const HEADERS: Record<string, Json> = {
  'Retry-After': {
    description: 'Seconds to wait before trying again.',
    schema: { type: 'integer', minimum: 0 },
  },
  'WWW-Authenticate': {
    description: 'How to authenticate: `Bearer realm="admin"`.',
    schema: { type: 'string' },
  },
  'Content-Disposition': {
    description: '`attachment; filename="…-YYYY-MM-DD.csv"`.',
    schema: { type: 'string' },
  },
  ETag: {
    description:
      'The answer’s version: send it back as `If-None-Match` to get a bodiless 304 while it is current.',
    schema: { type: 'string' },
  },
};

const DESCRIPTION = `The participation kit's JSON API: polls, written contributions, their moderation.

- **Errors** are \`application/problem+json\` (RFC 9457): \`type\`, \`title\`, \`status\`, a stable \`code\` (see \`ProblemCode\`), \`detail\`, and \`issues: [{ path, message }]\` (10 at most) for invalid input. Each operation lists the codes it may answer under their status. A refused request changes nothing.
- **Any other path** under \`/api\` (or another method) is a 404 \`not_found\` problem, after the checks of its prefix (\`x-not-found\` lists them: under \`/api/v1/admin\`, authentication comes first).
- **Identity**: a host-site token as \`Authorization: Bearer <jwt>\` (\`hostToken\`), or, for anonymous visitors, a browser-kept uuid as \`Sip-Participant\` (\`participant\`). Admin routes take a named admin token (\`adminToken\`) or Cloudflare Access (\`cloudflareAccess\`).
- **CORS**: pages on the origins of the sites in the \`SITES\` setting may call every route; their preflights are answered (methods GET, POST, PATCH, DELETE; headers Authorization, Content-Type, Sip-Participant, Idempotency-Key, If-None-Match, Sip-Bookmark; \`Retry-After\`, \`ETag\` and \`Sip-Bookmark\` exposed), never with credentials. Calls from any other page get a 403 \`origin_not_allowed\` that the page can read. Same-origin calls and calls without an \`Origin\` (servers, curl) are not concerned.
- **Request bodies** are \`application/json\` objects (else 415 \`unsupported_media_type\`), within each route's limit (else 413 \`payload_too_large\`), UTF-8 (else 400 \`invalid_json\`).
- **Read replication**: every answer may carry a \`Sip-Bookmark\` header, the D1 session's bookmark. Send the one of your last write back as \`Sip-Bookmark\` and your reads see that write, whichever replica answers.
- **Rate limit**: anonymous writes are limited per address: 429 \`rate_limited\` with \`Retry-After\`.
- Operations marked \`x-development-only\` are served only when the \`DEV_TOKENS\` var is "true" (local development and the example page); elsewhere they are 404 \`not_found\`.`;

/**
 * The JSON Schema conversion of every schema of the document: JSON Schema
 * 2020-12 (OpenAPI 3.1's dialect), request types (`input`: what a client
 * sends, before the server's transforms), the trimming and case folding that
 * the server applies left out, and rules across fields (`v.check`) kept as
 * text (`x-rules`, then appended to the description).
 */
function conversion(definitions: Record<string, v.GenericSchema>): ConversionConfig {
  return {
    target: 'draft-2020-12',
    typeMode: 'input',
    errorMode: 'throw',
    definitions,
    ignoreActions: ['trim', 'to_lower_case', 'to_upper_case'],
    overrideAction: ({ valibotAction, jsonSchema }) => {
      if (valibotAction.type !== 'check') return undefined;
      const { message } = valibotAction as { message?: unknown };
      const rules = (jsonSchema as Json)['x-rules'] as string[] | undefined;
      return { ...jsonSchema, 'x-rules': [...(rules ?? []), typeof message === 'string' ? message : ''] };
    },
  };
}

/**
 * Builds the document. Throws an Error listing every gap (a route with no
 * description, a description with no route, an unknown problem code…): the
 * document is whole or not served.
 *
 * @example
 * const document = buildDocument({ app, groups, schemas: [polls, themes], problems: PROBLEMS, version: '1' });
 */
export function buildDocument(sources: DocumentSources): Json {
  const gaps: string[] = [];
  const definitions = namedSchemas(sources.schemas, gaps);
  const config = conversion(definitions);
  const toSchema = (schema: v.GenericSchema): Json => {
    const { $defs: _, ...json } = toJsonSchema(schema, config) as Json;
    return finish(json);
  };

  const schemas: Record<string, Json> = {};
  const converted = toJsonSchemaDefs(definitions, config) as Record<string, JsonSchema>;
  for (const [name, schema] of Object.entries(converted)) {
    schemas[name] = finish(describe(schema as Json, SCHEMA_DOCS[name as keyof typeof SCHEMA_DOCS]));
  }
  schemas.ProblemCode = problemCodeSchema(sources.problems);
  if (schemas.Problem) {
    const problem = schemas.Problem as { properties: Record<string, Json> };
    const { type: _, ...code } = problem.properties.code;
    problem.properties.code = { ...code, $ref: '#/components/schemas/ProblemCode' };
    problem.properties.type = {
      ...problem.properties.type,
      format: 'uri',
      description: `\`${PROBLEM_TYPE_BASE}<code>\`: where the code is documented.`,
    };
  } else {
    gaps.push('no Problem schema among the named schemas');
  }

  const used = new Set<string>();
  const paths: Record<string, Record<string, Json>> = {};
  for (const operation of operationsOf(sources.app)) {
    // The Worker's pages outside /api (a feature's `pages`) are not API operations.
    if (!operation.path.startsWith('/api/')) continue;
    const found = findDoc(sources.groups, operation, gaps);
    if (!found) continue;
    used.add(`${found.group.prefix} ${found.key}`);
    const openApiPath = operation.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    paths[openApiPath] ??= {};
    paths[openApiPath][operation.method.toLowerCase()] = buildOperation(
      operation,
      found,
      sources.problems,
      { toSchema, components: schemas },
      gaps,
    );
  }
  for (const group of sources.groups) {
    for (const key of Object.keys(group.docs)) {
      if (!used.has(`${group.prefix} ${key}`)) {
        gaps.push(`${key} is described for ${group.prefix} but the app has no such route`);
      }
    }
  }
  if (gaps.length > 0) throw new Error(`The OpenAPI document is incomplete:\n- ${gaps.join('\n- ')}`);

  return {
    openapi: '3.1.0',
    info: {
      title: 'Smart in Progress participation API',
      version: sources.version,
      description: DESCRIPTION,
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    'x-not-found': notFoundAnswers(sources.app, sources.problems),
    tags: tagsOf(paths),
    paths,
    components: { schemas, securitySchemes: SECURITY_SCHEMES, headers: HEADERS },
  };
}

/** One method and path of the app, with every handler that runs for it, in order. */
interface Operation {
  method: string;
  path: string;
  handlers: RouterRoute['handler'][];
}

/**
 * The app's operations: each method and path a route declares (not the
 * middleware-only `ALL` and wildcard entries), with the middleware that
 * runs before it (wildcards registered earlier on a prefix of its path) and
 * its own handlers.
 */
export function operationsOf(
  // biome-ignore lint/suspicious/noExplicitAny: any app, whatever its bindings and variables.
  app: Hono<any>,
): Operation[] {
  const operations = new Map<string, Operation>();
  app.routes.forEach((route, index) => {
    if (route.method === 'ALL' || route.path.endsWith('*')) return;
    // Features' HTML pages (the printable publication) are not the API.
    if (route.path !== '/api' && !route.path.startsWith('/api/')) return;
    const key = `${route.method} ${route.path}`;
    let operation = operations.get(key);
    if (!operation) {
      const before = app.routes
        .slice(0, index)
        .filter((earlier) => earlier.method === 'ALL' || earlier.method === route.method)
        .filter((earlier) => coversPath(earlier.path, route.path));
      operation = {
        method: route.method,
        path: route.path,
        handlers: before.map((earlier) => earlier.handler),
      };
      operations.set(key, operation);
    }
    operation.handlers.push(route.handler);
  });
  return [...operations.values()];
}

/**
 * What a path no route declares answers, by prefix: the problems of the
 * middleware that run there first (`/api/v1/admin/*` authenticates before
 * anything is found), then 404 `not_found`.
 */
function notFoundAnswers(
  // biome-ignore lint/suspicious/noExplicitAny: any app, whatever its bindings and variables.
  app: Hono<any>,
  problems: Readonly<Record<string, ProblemDefinition>>,
): Json[] {
  const wildcards = app.routes.filter((route) => route.path.endsWith('/*') && route.path.startsWith('/api'));
  const prefixes = [...new Set(wildcards.map((route) => route.path))].sort();
  return prefixes.map((prefix) => {
    const codes = new Set(['not_found', ...ALWAYS]);
    for (const route of wildcards) {
      if (!coversPath(route.path, prefix.slice(0, -2))) continue;
      for (const code of docsOf(route.handler)?.problems ?? []) codes.add(code);
    }
    const sorted = [...codes].filter((code) => problems[code]).sort();
    return { paths: prefix, problems: sorted };
  });
}

/** Whether a middleware's path (`/api/*`) runs for a route's path. */
function coversPath(pattern: string, path: string): boolean {
  if (pattern === '*' || pattern === '/*') return true;
  if (!pattern.endsWith('/*')) return false;
  const prefix = pattern.slice(0, -2);
  return path === prefix || path.startsWith(`${prefix}/`);
}

interface FoundDoc {
  group: DocumentedRoutes;
  key: string;
  doc: OperationDoc;
}

/** The description of an operation: in the one group whose prefix and key spell its method and path. */
function findDoc(groups: readonly DocumentedRoutes[], operation: Operation, gaps: string[]): FoundDoc | null {
  const found: FoundDoc[] = [];
  for (const group of groups) {
    if (operation.path !== group.prefix && !operation.path.startsWith(`${group.prefix}/`)) continue;
    const key = `${operation.method} ${operation.path.slice(group.prefix.length) || '/'}`;
    const doc = group.docs[key as keyof typeof group.docs];
    if (doc) found.push({ group, key, doc });
  }
  if (found.length === 1) return found[0];
  gaps.push(
    found.length === 0
      ? `${operation.method} ${operation.path} has no description: add it to its feature's openapi.ts`
      : `${operation.method} ${operation.path} is described twice`,
  );
  return null;
}

function buildOperation(
  operation: Operation,
  { group, key, doc }: FoundDoc,
  problems: Readonly<Record<string, ProblemDefinition>>,
  { toSchema, components }: { toSchema: (schema: v.GenericSchema) => Json; components: Record<string, Json> },
  gaps: string[],
): Json {
  const where = `${operation.method} ${operation.path}`;
  const middleware = operation.handlers.flatMap((handler) => docsOf(handler) ?? []);
  const parameters: Json[] = [];
  let requestBody: Json | undefined;
  for (const { input } of middleware) {
    if (!input) continue;
    const schema = toSchema(input.schema);
    if (input.target === 'json') {
      requestBody = {
        required: true,
        description: `A JSON object of at most ${input.maxBytes} bytes.`,
        content: { [SUCCESS_MEDIA.json]: { schema } },
      };
      continue;
    }
    // Parameters are the fields of a query or path object, named or not.
    const object = typeof schema.$ref === 'string' ? components[schema.$ref.split('/').at(-1) ?? ''] : schema;
    const properties = (object?.properties ?? {}) as Record<string, Json>;
    const required = new Set((object?.required ?? []) as string[]);
    for (const [name, property] of Object.entries(properties)) {
      const { description, ...rest } = property;
      parameters.push({
        name,
        in: input.target === 'param' ? 'path' : 'query',
        required: input.target === 'param' || required.has(name),
        description: doc.parameters?.[name] ?? description,
        schema: rest,
      });
    }
  }
  for (const name of operation.path.matchAll(/:([A-Za-z0-9_]+)/g)) {
    if (!parameters.some((parameter) => parameter.in === 'path' && parameter.name === name[1])) {
      gaps.push(`${where}: path parameter ${name[1]} is not validated`);
    }
  }
  for (const [name, described] of Object.entries(doc.parameters ?? {})) {
    if (!parameters.some((parameter) => parameter.name === name)) {
      gaps.push(`${where}: describes a parameter "${name}" it does not take (${described})`);
    }
  }
  for (const header of [...middleware.flatMap((docs) => docs.headers ?? []), ...(doc.headers ?? [])]) {
    parameters.push({ ...header, in: 'header' });
  }

  const responses: Record<string, Json> = {};
  for (const [status, answer] of Object.entries(doc.answers)) {
    const content: Record<string, Json> = {};
    if (answer.json) content[SUCCESS_MEDIA.json] = { schema: toSchema(answer.json) };
    if (answer.document) {
      content[answer.document.media] = {
        schema: { type: 'string', description: answer.document.description },
      };
    }
    if (answer.csv) {
      content[SUCCESS_MEDIA.csv] = {
        schema: { type: 'string', description: `Columns: ${answer.csv.columns.join(', ')}.` },
      };
    }
    const headers = [...(answer.csv ? ['Content-Disposition'] : []), ...(answer.headers ?? [])];
    responses[status] = {
      description: answer.description,
      ...(headers.length > 0
        ? { headers: Object.fromEntries(headers.map((name) => [name, ref('headers', name)])) }
        : {}),
      ...(Object.keys(content).length > 0 ? { content } : {}),
    };
  }
  const codes = new Set([
    ...middleware.flatMap((docs) => docs.problems ?? []),
    ...(doc.problems ?? []),
    ...(doc.developmentOnly ? ['not_found'] : []),
    ...ALWAYS,
  ]);
  for (const [status, answer] of Object.entries(problemResponses([...codes], problems, where, gaps))) {
    if (responses[status]) gaps.push(`${where}: status ${status} is both a success and a problem`);
    responses[status] = answer;
  }

  const summary = doc.developmentOnly ? `${doc.summary} (development only)` : doc.summary;
  return {
    operationId: operationId(operation),
    summary,
    ...(doc.description ? { description: doc.description } : {}),
    tags:
      group.prefix.startsWith('/api/v1/admin') && group.tag !== 'admin' ? ['admin', group.tag] : [group.tag],
    security: securityOf(middleware),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses: Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b))),
    ...(doc.developmentOnly ? { 'x-development-only': true } : {}),
    'x-route': `${group.prefix} ${key}`,
  };
}

/** The problem answers of an operation, one per status, each naming its codes. */
function problemResponses(
  codes: readonly string[],
  problems: Readonly<Record<string, ProblemDefinition>>,
  where: string,
  gaps: string[],
): Record<string, Json> {
  const byStatus = new Map<number, string[]>();
  for (const code of codes) {
    const definition = problems[code];
    if (!definition) {
      gaps.push(`${where}: unknown problem code ${code}`);
      continue;
    }
    byStatus.set(definition.status, [...(byStatus.get(definition.status) ?? []), code]);
  }
  const responses: Record<string, Json> = {};
  for (const [status, list] of byStatus) {
    const sorted = [...list].sort();
    const headers = sorted.flatMap((code) => (PROBLEM_HEADERS[code] ? [PROBLEM_HEADERS[code]] : []));
    responses[String(status)] = {
      description: sorted.map((code) => `\`${code}\`: ${problems[code].title}.`).join(' '),
      ...(headers.length > 0
        ? { headers: Object.fromEntries(headers.map((name) => [name, ref('headers', name)])) }
        : {}),
      content: {
        [PROBLEM_MEDIA]: {
          schema: {
            $ref: '#/components/schemas/Problem',
            properties: { status: { const: status }, code: { enum: sorted } },
          },
        },
      },
    };
  }
  return responses;
}

/** Any one of the schemes the middleware accept; `{}` too when a request without credentials is served. */
function securityOf(middleware: readonly MiddlewareDocs[]): Json[] {
  const schemes = new Set<SecuritySchemeName>();
  let optional = false;
  for (const { security } of middleware) {
    if (!security) continue;
    for (const scheme of security.schemes) schemes.add(scheme);
    optional ||= security.optional === true;
  }
  return [...[...schemes].map((scheme) => ({ [scheme]: [] })), ...(optional && schemes.size > 0 ? [{}] : [])];
}

/** `GET /api/v1/polls/:slug/ballot` → `getPollsBySlugBallot`. */
function operationId({ method, path }: Operation): string {
  const words = path
    .replace(/^\/api\/v1/, '')
    .split('/')
    .filter(Boolean)
    .flatMap((segment) =>
      segment.startsWith(':') ? ['by', segment.slice(1)] : segment.split(/[^A-Za-z0-9]+/),
    );
  return [method.toLowerCase(), ...words.map((word) => word.charAt(0).toUpperCase() + word.slice(1))].join(
    '',
  );
}

function tagsOf(paths: Record<string, Record<string, Json>>): Json[] {
  const tags = new Set<string>();
  for (const item of Object.values(paths)) {
    for (const operation of Object.values(item)) for (const tag of operation.tags as string[]) tags.add(tag);
  }
  return [...tags].map((name) => ({ name }));
}

/** Every code, with its status and title. */
function problemCodeSchema(problems: Readonly<Record<string, ProblemDefinition>>): Json {
  return {
    type: 'string',
    description: 'A stable error code: widgets translate it, programs switch on it.',
    oneOf: Object.entries(problems)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, { status, title }]) => ({ const: code, title, description: `HTTP ${status}.` })),
  };
}

/** The exported valibot schemas of the modules, by export name. */
function namedSchemas(modules: readonly SchemaModule[], gaps: string[]): Record<string, v.GenericSchema> {
  const named: Record<string, v.GenericSchema> = {};
  for (const module of modules) {
    for (const [name, value] of Object.entries(module)) {
      if (!isSchema(value)) continue;
      if (named[name] && named[name] !== value) gaps.push(`two schemas are named ${name}`);
      named[name] = value;
    }
  }
  return Object.fromEntries(Object.entries(named).sort(([a], [b]) => a.localeCompare(b)));
}

function isSchema(value: unknown): value is v.GenericSchema {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'schema';
}

function ref(kind: 'headers' | 'schemas', name: string): Json {
  return { $ref: `#/components/${kind}/${name}` };
}

/**
 * A converted schema made fit for the document: `#/$defs/X` references
 * point at the components, rules across fields join the description.
 */
function finish(schema: Json): Json {
  return walk(schema, (node) => {
    const { $schema: _, 'x-rules': rules, ...copy } = node;
    if (typeof copy.$ref === 'string') copy.$ref = copy.$ref.replace('#/$defs/', '#/components/schemas/');
    if (Array.isArray(rules)) {
      const text = `Rules: ${rules.filter(Boolean).join('; ')}.`;
      copy.description = typeof copy.description === 'string' ? `${copy.description} ${text}` : text;
    }
    return copy;
  });
}

/** The JSDoc of a named schema and of its fields, as descriptions. */
function describe(
  schema: Json,
  doc: { description?: string; properties?: Record<string, string> } | undefined,
): Json {
  if (doc?.description) schema.description = doc.description;
  for (const [path, text] of Object.entries(doc?.properties ?? {})) {
    for (const property of propertiesAt(schema, path.split('.'))) property.description = text;
  }
  return schema;
}

/** The schemas of the property at `path` below `schema`, through unions and arrays (not references). */
function propertiesAt(schema: Json, path: readonly string[]): Json[] {
  const [head, ...rest] = path;
  const found: Json[] = [];
  for (const object of objectsIn(schema)) {
    const property = (object.properties as Record<string, Json> | undefined)?.[head];
    if (!property) continue;
    if (rest.length === 0) found.push(property);
    else found.push(...propertiesAt(property, rest));
  }
  return found;
}

/** The schema itself and what its unions and arrays hold. */
function objectsIn(schema: Json): Json[] {
  const inner = [schema.anyOf, schema.oneOf, schema.allOf]
    .flatMap((list) => (Array.isArray(list) ? (list as Json[]) : []))
    .concat(schema.items && typeof schema.items === 'object' ? [schema.items as Json] : []);
  return [schema, ...inner.flatMap(objectsIn)];
}

/** Maps every schema node bottom-up (plain objects only; arrays are walked through). */
function walk(node: Json, map: (node: Json) => Json): Json {
  const mapped: Json = {};
  for (const [key, value] of Object.entries(node)) mapped[key] = walkValue(value, map);
  return map(mapped);
}

function walkValue(value: unknown, map: (node: Json) => Json): unknown {
  if (Array.isArray(value)) return value.map((item) => walkValue(item, map));
  if (typeof value === 'object' && value !== null) return walk(value as Json, map);
  return value;
}
