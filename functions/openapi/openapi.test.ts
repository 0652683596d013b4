/**
 * The OpenAPI document: served, valid OpenAPI 3.1, describing every route
 * of the app and nothing else, every problem code, every field; its
 * Markdown rendering and the JSDoc it is built from up to date; and the
 * response check that every function test runs (test/openapi-check.ts)
 * refusing what the document does not say.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { Hono } from 'hono';
import * as common from '../../schema/common.ts';
import * as problem from '../../schema/problem.ts';
import { PROBLEMS } from '../features.ts';
import { SlugParam } from '../lib/params.ts';
import { validate } from '../middleware/validate.ts';
import { type Kit, startKit } from '../test/harness.ts';
import { responseChecker } from '../test/openapi-check.ts';
import { buildDocument, type Json } from './document.ts';
import { extractSchemaDocs } from './jsdoc.ts';
import { renderMarkdown } from './markdown.ts';
import type { RouteDocs } from './operations.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SCHEMA_DOCS = join(ROOT, 'functions/openapi/schema-docs.json');
const API_DOCS = join(ROOT, 'docs/api.md');

type Operation = Json & { operationId: string; responses: Record<string, Json>; parameters?: Json[] };

let kit: Kit;
let document: Json;
before(async () => {
  kit = await startKit();
  const response = await kit.request('/api/v1/openapi.json');
  const text = await response.text();
  assert.equal(response.status, 200, text);
  document = JSON.parse(text);
});
after(() => kit.close());

function operations(): { method: string; path: string; operation: Operation }[] {
  return Object.entries(document.paths as Record<string, Record<string, Operation>>).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ method, path, operation })),
  );
}

/**
 * Regenerates a committed file from its source and fails when it was out of
 * date (it is rewritten, so that committing it is all there is to do).
 */
function upToDate(file: string, content: string): void {
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (previous === content) return;
  writeFileSync(file, content);
  assert.fail(`${file} was out of date: regenerated it, commit it`);
}

describe('GET /api/v1/openapi.json', () => {
  test('no text of the document is an object printed by mistake', () => {
    assert.doesNotMatch(JSON.stringify(document), /\[object Object\]/);
  });

  test('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(document);
    assert.deepEqual(result.errors, undefined);
    assert.equal(result.valid, true);
    assert.equal(document.openapi, '3.1.0');
  });

  test('every schema in it is valid JSON Schema 2020-12 (Ajv, strict)', () => {
    const ajv = new Ajv2020({ strict: true, strictRequired: false });
    addFormats.default(ajv);
    ajv.addVocabulary(['components']);
    ajv.addSchema({ components: document.components }, 'doc');
    const schemas = (document.components as { schemas: Record<string, Json> }).schemas;
    for (const name of Object.keys(schemas)) {
      assert.doesNotThrow(() => ajv.compile({ $ref: `doc#/components/schemas/${name}` }), name);
    }
  });

  test('describes the public, admin and development routes', () => {
    const routes = operations().map(({ method, path }) => `${method.toUpperCase()} ${path}`);
    for (const route of [
      'GET /api/v1/polls/{slug}',
      'POST /api/v1/polls/{slug}/ballot',
      'POST /api/v1/contributions',
      'GET /api/v1/admin/session',
      'PATCH /api/v1/admin/polls/{slug}',
      'GET /api/v1/admin/contributions/export.csv',
      'POST /api/v1/admin/erasures',
      'GET /api/v1/dev/people/{id}/token',
      'GET /api/v1/openapi.json',
    ]) {
      assert.ok(routes.includes(route), `${route} is documented`);
    }
    const dev = operations().filter(({ operation }) => operation['x-development-only']);
    assert.deepEqual(
      dev.map(({ path }) => path),
      ['/api/v1/dev/people', '/api/v1/dev/people/{id}/token', '/api/v1/bench/select', '/api/v1/bench/insert'],
    );
  });

  test('each operation takes its parameters and body from the schemas its routes validate with', () => {
    const find = (method: string, path: string) =>
      operations().find((entry) => entry.method === method && entry.path === path)?.operation;
    const ballot = find('post', '/api/v1/polls/{slug}/ballot');
    assert.ok(ballot);
    assert.deepEqual(
      (ballot.requestBody as { content: Record<string, Json> }).content['application/json'].schema,
      { $ref: '#/components/schemas/BallotInput' },
    );
    assert.deepEqual(
      ballot.parameters?.map((parameter) => [parameter.in, parameter.name, parameter.required]),
      [
        ['path', 'slug', true],
        ['header', 'Sip-Bookmark', false],
      ],
    );
    const list = find('get', '/api/v1/contributions');
    assert.deepEqual(
      list?.parameters?.map((parameter) => parameter.name),
      ['theme', 'cursor', 'limit', 'Sip-Bookmark'],
    );
    const submit = find('post', '/api/v1/contributions');
    assert.ok(
      submit?.parameters?.some(
        (parameter) => parameter.in === 'header' && parameter.name === 'Idempotency-Key',
      ),
    );
    assert.deepEqual(submit?.security, [{ hostToken: [] }, { participant: [] }, {}]);
    assert.deepEqual(find('get', '/api/v1/admin/me')?.security, [
      { adminToken: [] },
      { cloudflareAccess: [] },
    ]);
    const limited = ballot.responses['429'];
    assert.ok(limited, 'the rate limit is documented');
    assert.ok((limited.headers as Json)['Retry-After'], 'with Retry-After');
  });

  test('every problem code is in ProblemCode, and each is answered by some operation', () => {
    const schemas = (document.components as { schemas: Record<string, Json> }).schemas;
    const listed = (schemas.ProblemCode.oneOf as { const: string }[]).map((code) => code.const).sort();
    assert.deepEqual(listed, Object.keys(PROBLEMS).sort());
    const answered = new Set<string>();
    for (const { operation } of operations()) {
      for (const [status, response] of Object.entries(operation.responses)) {
        const schema = (response.content as Record<string, { schema: Json }> | undefined)?.[
          'application/problem+json'
        ]?.schema as { properties: { code: { enum: string[] } } } | undefined;
        for (const code of schema?.properties.code.enum ?? []) {
          answered.add(code);
          assert.equal(String(PROBLEMS[code].status), status, `${code} under its own status`);
        }
      }
    }
    assert.deepEqual(
      Object.keys(PROBLEMS).filter((code) => !answered.has(code)),
      [],
      'codes no operation answers',
    );
  });

  test('every schema, field and parameter is described', () => {
    const missing: string[] = [];
    const visit = (schema: Json, where: string) => {
      // Beside a $ref, properties narrow the named schema's (a problem's status and codes), described there.
      const fields = schema.$ref ? {} : ((schema.properties ?? {}) as Record<string, Json>);
      for (const [field, property] of Object.entries(fields)) {
        if (!property.description) missing.push(`${where}.${field}`);
        visit(property, `${where}.${field}`);
      }
      for (const key of ['items', 'anyOf', 'oneOf', 'allOf'] as const) {
        const inner = schema[key];
        for (const item of Array.isArray(inner) ? inner : inner ? [inner] : []) visit(item as Json, where);
      }
    };
    for (const [name, schema] of Object.entries(
      (document.components as { schemas: Record<string, Json> }).schemas,
    )) {
      if (!schema.description) missing.push(name);
      visit(schema, name);
    }
    for (const { method, path, operation } of operations()) {
      for (const parameter of operation.parameters ?? []) {
        if (!parameter.description) missing.push(`${method} ${path} ${parameter.name}`);
      }
      for (const [status, response] of Object.entries(operation.responses)) {
        for (const content of Object.values((response.content ?? {}) as Record<string, { schema: Json }>)) {
          visit(content.schema, `${method} ${path} ${status}`);
        }
      }
    }
    assert.deepEqual(missing, []);
  });

  test('schema-docs.json holds the JSDoc of schema/*.ts as it is now', () => {
    upToDate(SCHEMA_DOCS, `${JSON.stringify(extractSchemaDocs(join(ROOT, 'schema')), null, 2)}\n`);
  });

  test('docs/api.md renders the document as it is now', () => {
    upToDate(API_DOCS, renderMarkdown(document));
  });
});

describe('the document is built from the app', () => {
  const described = {
    prefix: '/api/v1/things',
    tag: 'things',
    docs: {
      'GET /:slug': { summary: 'Read a thing', answers: { 200: { description: 'The thing.' } } },
    },
  };
  const build = (app: Hono, docs: RouteDocs = described.docs) =>
    buildDocument({
      app,
      groups: [{ ...described, docs }],
      schemas: [common, problem],
      problems: PROBLEMS,
      version: 'test',
    });
  const things = () => new Hono().get('/:slug', validate('param', SlugParam), (c) => c.json({}));

  test('a described route gets its parameters from its validate(...)', () => {
    const app = new Hono().route('/api/v1/things', things());
    const operation = (build(app).paths as Record<string, Record<string, Operation>>)['/api/v1/things/{slug}']
      .get;
    assert.deepEqual(operation.parameters?.[0].schema, { $ref: '#/components/schemas/Slug' });
    assert.deepEqual(Object.keys(operation.responses), ['200', '400', '500']);
  });

  test('a route without a description is refused', () => {
    const app = new Hono().route(
      '/api/v1/things',
      things().post('/', (c) => c.json({})),
    );
    assert.throws(() => build(app), /POST \/api\/v1\/things has no description/);
  });

  test('a description without its route is refused', () => {
    const app = new Hono().route('/api/v1/things', things());
    const docs = { ...described.docs, 'DELETE /:slug': described.docs['GET /:slug'] };
    assert.throws(
      () => build(app, docs),
      /DELETE \/:slug is described for \/api\/v1\/things but the app has no such route/,
    );
  });

  test('an unknown problem code is refused', () => {
    const app = new Hono().route('/api/v1/things', things());
    const docs = { 'GET /:slug': { ...described.docs['GET /:slug'], problems: ['no_such_code'] } };
    assert.throws(() => build(app, docs), /unknown problem code no_such_code/);
  });
});

describe('the response check of the function tests', () => {
  let check: ReturnType<typeof responseChecker>;
  before(() => {
    check = responseChecker(document);
  });
  const answer = (status: number, body: unknown, type = 'application/json') => ({
    status,
    headers: new Headers({ 'Content-Type': type }),
    clone: () => ({ text: async () => (typeof body === 'string' ? body : JSON.stringify(body)) }),
  });
  const problemBody = (code: string, status: number) => ({
    type: `https://smart-in-progress.dev/problems/${code}`,
    title: 'x',
    status,
    code,
  });
  const theme = {
    slug: 'modele-economique',
    position: 1,
    title: { fr: 'Modèle' },
    summary: { fr: 'Résumé' },
    audience: 'public',
    moderation: 'pre',
  };

  test('lets a documented answer through', async () => {
    await check('GET', '/api/v1/themes', {}, answer(200, { themes: [theme] }));
  });

  test('refuses an undocumented status', async () => {
    await assert.rejects(
      check('GET', '/api/v1/themes', {}, answer(201, { themes: [] })),
      /getThemes .* status 201 is not documented/,
    );
  });

  test('refuses a field the document does not name', async () => {
    await assert.rejects(
      check('GET', '/api/v1/themes', {}, answer(200, { themes: [{ ...theme, secret: 1 }] })),
      /getThemes \(GET \/api\/v1\/themes\) answered 200 .*has secret, not in the document/,
    );
  });

  test('refuses a field of the wrong type, or missing', async () => {
    await assert.rejects(
      check('GET', '/api/v1/themes', {}, answer(200, { themes: [{ ...theme, position: '1' }] })),
      /position/,
    );
    const { audience: _, ...withoutAudience } = theme;
    await assert.rejects(
      check('GET', '/api/v1/themes', {}, answer(200, { themes: [withoutAudience] })),
      /audience/,
    );
  });

  test('refuses a problem code the operation does not list under that status', async () => {
    await check(
      'GET',
      '/api/v1/polls/x',
      {},
      answer(404, problemBody('poll_not_found', 404), 'application/problem+json'),
    );
    await assert.rejects(
      check(
        'GET',
        '/api/v1/polls/x',
        {},
        answer(404, problemBody('contribution_not_found', 404), 'application/problem+json'),
      ),
      /getPollsBySlug .* 404/,
    );
  });

  test('refuses an undocumented media type', async () => {
    await assert.rejects(
      check('GET', '/api/v1/themes', {}, answer(200, 'a,b', 'text/csv')),
      /media type text\/csv/,
    );
  });

  test('an unknown path must be its prefix’s problem or not_found', async () => {
    const notFound = answer(404, problemBody('not_found', 404), 'application/problem+json');
    await check('GET', '/api/v1/nothing', {}, notFound);
    await assert.rejects(
      check('GET', '/api/v1/nothing', {}, answer(200, {})),
      /no operation has this method and path/,
    );
    const unauthorized = answer(401, problemBody('admin_unauthorized', 401), 'application/problem+json');
    await check('GET', '/api/v1/admin/nothing', {}, unauthorized);
    await assert.rejects(
      check('GET', '/api/v1/nothing', {}, unauthorized),
      /admin_unauthorized is not among/,
    );
  });
});
