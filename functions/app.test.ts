/**
 * The app shell: health route, problem+json for unknown paths and internal
 * errors, static-asset fallback, CORS.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  createPoll,
  dbTotals,
  expectProblem,
  type Kit,
  mintToken,
  startKit,
  TEST_ORIGINS,
  uniqueIp,
  vote,
} from './test/harness.ts';

let kit: Kit;
before(async () => {
  kit = await startKit();
});
after(() => kit.close());

describe('app', () => {
  test('GET /api/v1/health answers { ok: true }', async () => {
    const response = await kit.request('/api/v1/health');
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { ok: true });
  });

  test('unknown /api paths and methods are a problem+json 404 not_found', async () => {
    await expectProblem(await kit.request('/api/v1/nothing-here'), 404, 'not_found');
    await expectProblem(await kit.request('/api'), 404, 'not_found');
    await expectProblem(await kit.request('/api/v1/themes', { method: 'DELETE' }), 404, 'not_found');
  });

  test('other paths are left to the static assets', async () => {
    const response = await kit.request('/no-such-page.html');
    assert.notEqual(response.headers.get('Content-Type'), 'application/problem+json');
    await response.arrayBuffer();
  });
});

describe('CORS', () => {
  const allowed = TEST_ORIGINS['site-a'];

  test('an allowed origin is echoed, with Vary: Origin and never credentials', async () => {
    const response = await kit.request('/api/v1/themes', { headers: { Origin: allowed } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), allowed);
    assert.match(response.headers.get('Vary') ?? '', /Origin/);
    assert.equal(response.headers.get('Access-Control-Allow-Credentials'), null);
    assert.equal(response.headers.get('Access-Control-Expose-Headers'), 'Retry-After, ETag, Sip-Bookmark');
    await response.arrayBuffer();
  });

  test('every site of SITES is allowed, and errors carry the headers too', async () => {
    const response = await kit.request('/api/v1/polls/no-such-poll', {
      headers: { Origin: TEST_ORIGINS['site-b'] },
    });
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), TEST_ORIGINS['site-b']);
    await expectProblem(response, 404, 'poll_not_found');
  });

  test('another origin is refused with a problem it can read, naming the origin and the setting', async () => {
    const before = await dbTotals(kit.db);
    for (const [path, init] of [
      ['/api/v1/themes', {}],
      [
        '/api/v1/polls/x/ballot',
        { method: 'POST', json: { choices: ['yes'] }, anonymousId: crypto.randomUUID() },
      ],
    ] as const) {
      const response = await kit.request(path, { ...init, headers: { Origin: 'https://elsewhere.example' } });
      assert.equal(response.headers.get('Access-Control-Allow-Origin'), 'https://elsewhere.example');
      assert.equal(response.headers.get('Access-Control-Allow-Credentials'), null);
      assert.match(response.headers.get('Vary') ?? '', /Origin/);
      const problem = await expectProblem(response, 403, 'origin_not_allowed');
      assert.match(problem.detail ?? '', /https:\/\/elsewhere\.example/);
      assert.match(problem.detail ?? '', /SITES/);
    }
    assert.deepEqual(await dbTotals(kit.db), before, 'nothing ran for that origin');
  });

  test('preflight from an allowed origin: 204 with methods, headers and no credentials', async () => {
    const response = await kit.request('/api/v1/polls/x/ballot', {
      method: 'OPTIONS',
      headers: {
        Origin: allowed,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type, sip-participant, idempotency-key',
      },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), allowed);
    assert.equal(response.headers.get('Access-Control-Allow-Methods'), 'GET, POST, PATCH, DELETE, OPTIONS');
    assert.equal(
      response.headers.get('Access-Control-Allow-Headers'),
      'Authorization, Content-Type, Sip-Participant, Idempotency-Key, If-None-Match, Sip-Bookmark',
    );
    assert.equal(response.headers.get('Access-Control-Allow-Credentials'), null);
    assert.match(response.headers.get('Vary') ?? '', /Origin/);
  });

  test('preflight from another origin succeeds, so that the refusal that follows can be read', async () => {
    const response = await kit.request('/api/v1/polls/x/ballot', {
      method: 'OPTIONS',
      headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), 'https://elsewhere.example');
    assert.equal(response.headers.get('Access-Control-Allow-Credentials'), null);
  });

  test('same-origin calls (Origin = the Worker, or none) just work', async () => {
    const slug = await createPoll(kit);
    const sameOrigin = await vote(kit, slug, ['yes'], {
      headers: { Origin: kit.url.origin },
      token: await mintToken(),
    });
    assert.equal(sameOrigin.status, 200);
    await sameOrigin.arrayBuffer();
    const noOrigin = await vote(kit, slug, ['no'], { anonymousId: crypto.randomUUID(), ip: uniqueIp() });
    assert.equal(noOrigin.status, 200);
    await noOrigin.arrayBuffer();
  });
});

describe('production-like configuration', () => {
  let production: Kit;
  before(async () => {
    // DEV_TOKENS off, and a SITE_SECRETS secret that is not JSON (a deployment mistake).
    production = await startKit({ vars: { DEV_TOKENS: 'false' }, secrets: { SITE_SECRETS: 'not json' } });
  });
  after(() => production.close());

  test('dev token routes are a plain 404 not_found', async () => {
    await expectProblem(await production.request('/api/v1/dev/people'), 404, 'not_found');
    await expectProblem(await production.request('/api/v1/dev/people/amelie/token'), 404, 'not_found');
  });

  test('an unexpected error is a generic 500 internal_error, logged without the token', async () => {
    const token = await mintToken();
    production.server.clearLogs();
    const problem = await expectProblem(
      await production.request('/api/v1/polls/any-poll', { token }),
      500,
      'internal_error',
    );
    assert.equal(problem.detail, 'Something went wrong on our side.');
    const logs = JSON.stringify(production.server.getLogs());
    assert.match(logs, /SITE_SECRETS is not valid JSON/);
    assert.ok(!logs.includes(token) && !logs.includes(token.split('.')[2]), 'the token is not logged');
  });
});
