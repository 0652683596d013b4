/**
 * Every answer a function test gets, checked against the OpenAPI document
 * the Worker serves: its status must be documented for its operation, its
 * media type too, and a JSON body must match the documented schema (JSON
 * Schema 2020-12, Ajv). Stricter than the document on one point: an object
 * may carry no field the document does not name, so that every field of
 * every answer is documented. A mismatch fails the test that made the
 * request, naming the operation, the status and what differs.
 */
import { AssertionError } from 'node:assert';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

type Json = Record<string, unknown>;

/** What the check needs of an answer (undici's Response, as the harness gets it). */
export interface CheckedResponse {
  status: number;
  headers: { get(name: string): string | null };
  clone(): { text(): Promise<string> };
}

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  /** Literal segments first: `/export.csv` wins over `/{id}`. */
  literals: number;
  operation: Json;
}

const DOCUMENT_ID = 'openapi.json';
const JSON_MEDIA = /^application\/(?:[a-z.+-]+\+)?json$/;

/**
 * A checker for one document.
 *
 * @example
 * const check = responseChecker(await (await server.fetch('/api/v1/openapi.json')).json());
 * await check('GET', '/api/v1/polls/x', {}, response);
 */
export function responseChecker(
  document: Json,
): (
  method: string,
  path: string,
  headers: Record<string, string>,
  response: CheckedResponse,
) => Promise<void> {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats.default(ajv);
  ajv.addSchema(closeObjects(document) as Json, DOCUMENT_ID);
  const compiled = new Map<string, ValidateFunction>();
  const validator = (pointer: string[]) => {
    const ref = `${DOCUMENT_ID}#/${pointer.map((key) => encodeURIComponent(key.replaceAll('~', '~0').replaceAll('/', '~1'))).join('/')}`;
    let validate = compiled.get(ref);
    if (!validate) {
      validate = ajv.compile({ $ref: ref });
      compiled.set(ref, validate);
    }
    return validate;
  };
  const operations = operationsOf(document);
  const notFound = document['x-not-found'] as { paths: string; problems: string[] }[];

  return async (method, path, headers, response) => {
    const { pathname } = new URL(path, 'http://kit.test');
    if (pathname !== '/api' && !pathname.startsWith('/api/')) return;
    const upper = method.toUpperCase();
    // CORS preflights are answered by the CORS middleware, described in the document's introduction.
    const preflight = Object.keys(headers).some(
      (name) => name.toLowerCase() === 'access-control-request-method',
    );
    if (upper === 'OPTIONS' && preflight) return;
    const found = operations
      .filter((operation) => operation.method === (upper === 'HEAD' ? 'GET' : upper))
      .filter((operation) => operation.pattern.test(pathname))
      .sort((a, b) => b.literals - a.literals)[0];
    const media = response.headers.get('Content-Type')?.split(';')[0].trim() ?? '';
    const fail = (what: string): never => {
      const name = found
        ? `${found.operation.operationId} (${upper} ${found.template})`
        : `${upper} ${pathname}`;
      throw new AssertionError({ message: `OpenAPI: ${name} answered ${response.status} ${media}: ${what}` });
    };

    if (!found) {
      // Any other path or method under /api: its prefix's checks, then the app's notFound.
      const allowed = notFound
        .filter(({ paths }) => pathname === paths.slice(0, -2) || pathname.startsWith(paths.slice(0, -1)))
        .flatMap(({ problems }) => problems);
      const body = await readJson(response, fail);
      const problem = validator(['components', 'schemas', 'Problem']);
      if (!problem(body)) fail(`no operation has this method and path: ${describeErrors(problem.errors)}`);
      const { code, status } = body as { code: string; status: number };
      if (!allowed.includes(code) || status !== response.status) {
        fail(`no operation has this method and path, and ${code} is not among ${allowed.join(', ')}`);
      }
      return;
    }
    const responses = found.operation.responses as Record<string, Json>;
    const status = String(response.status);
    const documented = responses[status];
    if (!documented)
      fail(`status ${status} is not documented (documented: ${Object.keys(responses).join(', ')})`);
    const content = documented.content as Record<string, Json> | undefined;
    if (!content) {
      if ((await response.clone().text()) !== '') fail('a body where none is documented');
      return;
    }
    const key = Object.keys(content).find((candidate) => candidate.split(';')[0].trim() === media);
    if (key === undefined)
      fail(`media type ${media || '(none)'} is not documented (${Object.keys(content).join(', ')})`);
    if (!JSON_MEDIA.test(media) || upper === 'HEAD') return;
    const body = await readJson(response, fail);
    const pointer = [
      'paths',
      found.template,
      found.method.toLowerCase(),
      'responses',
      status,
      'content',
      key as string,
      'schema',
    ];
    const validate = validator(pointer);
    if (!validate(body)) fail(describeErrors(validate.errors));
  };
}

/** Ajv's errors, each once, naming the field at fault (`body/themes/0 has secret, not in the document`). */
function describeErrors(errors: ErrorObject[] | null | undefined): string {
  const lines = (errors ?? []).map((error) => {
    const where = `body${error.instancePath}`;
    const extra = (error.params as { unevaluatedProperty?: string }).unevaluatedProperty;
    return extra === undefined ? `${where} ${error.message}` : `${where} has ${extra}, not in the document`;
  });
  return [...new Set(lines)].slice(0, 8).join('; ');
}

async function readJson(response: CheckedResponse, fail: (what: string) => never): Promise<unknown> {
  const text = await response.clone().text();
  try {
    return JSON.parse(text);
  } catch {
    return fail(`the body is not JSON: ${text.slice(0, 80)}`);
  }
}

function operationsOf(document: Json): Operation[] {
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries(document.paths as Record<string, Record<string, Json>>)) {
    const segments = template.split('/');
    const pattern = new RegExp(
      `^${segments.map((segment) => (/^\{.+\}$/.test(segment) ? '[^/]+' : escapeRegExp(segment))).join('/')}$`,
    );
    const literals = segments.filter((segment) => !segment.startsWith('{')).length;
    for (const [method, operation] of Object.entries(item)) {
      operations.push({ method: method.toUpperCase(), template, pattern, literals, operation });
    }
  }
  return operations;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A copy of the document where every object schema that names its fields
 * (and says nothing of others) refuses any other: `unevaluatedProperties:
 * false`, which sees through `$ref` and unions.
 */
function closeObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closeObjects);
  if (typeof node !== 'object' || node === null) return node;
  const copy: Json = {};
  for (const [key, value] of Object.entries(node)) copy[key] = closeObjects(value);
  const isSchemaObject =
    typeof copy.properties === 'object' &&
    copy.properties !== null &&
    !('additionalProperties' in copy) &&
    !('unevaluatedProperties' in copy);
  return isSchemaObject ? { ...copy, unevaluatedProperties: false } : copy;
}
