/**
 * Bounded input, exact answers, on every route with a JSON body: size limits
 * (declared or streamed), bodies that are not objects, bounded validation
 * answers, text that is not valid Unicode or not UTF-8. Each refusal is
 * checked to leave every table as it was.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DISPLAY_NAME_MAX, TEXT_MAX, TITLE_MAX } from '../schema/contributions.ts';
import { MAX_PROBLEM_ISSUES } from '../schema/problem.ts';
import { contributionInput } from './test/contributions.ts';
import {
  ADMIN,
  changedRows,
  createPoll,
  databaseFingerprint,
  expectNothingChanged,
  expectProblem,
  type Kit,
  type KitResponse,
  MODERATOR,
  mintToken,
  type RequestOptions,
  readProblem,
  startKit,
  uniqueIp,
  uniqueSlug,
} from './test/harness.ts';
import { seedContribution } from './test/moderation.ts';

let kit: Kit;
before(async () => {
  kit = await startKit();
});
after(() => kit.close());

/** A route with a JSON body: where it is, who may call it, and the limit it declares. */
interface BodyRoute {
  name: string;
  method: 'POST' | 'PATCH';
  path: () => Promise<string>;
  /** Who calls it, so that the request gets as far as the body. */
  options: () => Promise<RequestOptions>;
  maxBytes: number;
  /** A body the route accepts in shape, to wrap in an array or to corrupt. */
  body: () => Record<string, unknown>;
}

const KB = 1024;
const ROUTES: BodyRoute[] = [
  {
    name: 'POST /polls/:slug/ballot',
    method: 'POST',
    path: async () => `/api/v1/polls/${await createPoll(kit)}/ballot`,
    options: async () => ({ anonymousId: crypto.randomUUID(), ip: uniqueIp() }),
    maxBytes: 4 * KB,
    body: () => ({ choices: ['yes'] }),
  },
  {
    name: 'POST /contributions',
    method: 'POST',
    path: async () => '/api/v1/contributions',
    options: async () => ({
      token: await mintToken({ name: 'Camille', roles: ['freelancer'] }),
      headers: { 'Idempotency-Key': crypto.randomUUID() },
    }),
    maxBytes: 64 * KB,
    body: () => contributionInput(),
  },
  {
    name: 'POST /contributions/:id/reports',
    method: 'POST',
    path: async () =>
      `/api/v1/contributions/${await seedContribution(kit.db, { status: 'published' })}/reports`,
    options: async () => ({ token: await mintToken() }),
    maxBytes: 4 * KB,
    body: () => ({ reason: 'spam' }),
  },
  {
    name: 'POST /admin/polls',
    method: 'POST',
    path: async () => '/api/v1/admin/polls',
    options: async () => ADMIN,
    maxBytes: 1024 * KB,
    body: () => ({ slug: uniqueSlug(), kind: 'motion', question: { fr: 'Question ?' } }),
  },
  {
    name: 'PATCH /admin/polls/:slug',
    method: 'PATCH',
    path: async () => `/api/v1/admin/polls/${await createPoll(kit)}`,
    options: async () => ADMIN,
    maxBytes: 1024 * KB,
    body: () => ({ question: { fr: 'Changée ?' } }),
  },
  {
    name: 'POST /admin/contributions/:id/decisions',
    method: 'POST',
    path: async () => `/api/v1/admin/contributions/${await seedContribution(kit.db)}/decisions`,
    options: async () => MODERATOR,
    maxBytes: 8 * KB,
    body: () => ({ action: 'publish' }),
  },
  {
    name: 'POST /admin/erasures',
    method: 'POST',
    path: async () => '/api/v1/admin/erasures',
    options: async () => ADMIN,
    maxBytes: 4 * KB,
    body: () => ({ site: 'site-a', subject: `person-${crypto.randomUUID()}` }),
  },
];

/** A JSON object of exactly `bytes` bytes in UTF-8, with the route's fields and a padding one. */
function bodyOfSize(fields: Record<string, unknown>, bytes: number): string {
  const shell = Buffer.byteLength(JSON.stringify({ ...fields, padding: '' }));
  assert.ok(shell <= bytes);
  return JSON.stringify({ ...fields, padding: 'x'.repeat(bytes - shell) });
}

/**
 * Sends a body as a stream, without Content-Length: `bytes` bytes, in chunks
 * of 1 KB, then (unless `end`) keeps the stream open, as a slow or hostile
 * client would. Aborted once answered. Bodies just over a limit go over it in
 * their last chunk: with chunks still to come after the refusal, the local
 * proxy in front of the Worker sometimes drops the connection (see
 * bad-input.test.ts).
 */
async function sendStreamed(
  route: BodyRoute,
  path: string,
  bytes: number,
  { end }: { end: boolean },
): Promise<{ response: KitResponse; text: string }> {
  const { token, headers = {}, anonymousId, ip } = await route.options();
  const all: Record<string, string> = { 'Content-Type': 'application/json', ...headers };
  if (token) all.Authorization = `Bearer ${token}`;
  if (anonymousId) all['Sip-Participant'] = anonymousId;
  if (ip) all['CF-Connecting-IP'] = ip;
  const payload = new TextEncoder().encode(bodyOfSize(route.body(), bytes));
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent < payload.length) {
        controller.enqueue(payload.subarray(sent, sent + KB));
        sent += KB;
      } else if (end) controller.close();
      // Otherwise: enqueue nothing more and never close.
    },
  });
  const abort = new AbortController();
  const response = await kit.server.fetch(path, {
    method: route.method,
    headers: all,
    body: stream,
    duplex: 'half',
    signal: abort.signal,
  });
  const text = await response.text();
  abort.abort();
  return { response, text };
}

describe('request bodies have a size limit per route: 413 payload_too_large before parsing', () => {
  for (const route of ROUTES) {
    test(`${route.name}: ${route.maxBytes} bytes at most, declared or streamed`, async () => {
      const path = await route.path();
      const send = async (bytes: number) =>
        kit.request(path, {
          method: route.method,
          ...(await route.options()),
          headers: { 'Content-Type': 'application/json', ...(await route.options()).headers },
          body: bodyOfSize(route.body(), bytes),
        });
      const problem = await expectNothingChanged(
        kit,
        () => send(route.maxBytes + 1),
        413,
        'payload_too_large',
      );
      assert.equal(problem.detail, `The request body may not exceed ${route.maxBytes} bytes.`);

      // At the limit the body is read, and answered on its merits (here: the padding field is unknown or ignored).
      const before = await databaseFingerprint(kit.db);
      const atLimit = await send(route.maxBytes);
      assert.notEqual(atLimit.status, 413, await atLimit.clone().text());
      await atLimit.body?.cancel();
      if (atLimit.status >= 400) assert.deepEqual(changedRows(before, await databaseFingerprint(kit.db)), {});

      const streamed = await sendStreamed(route, path, route.maxBytes + 1, { end: true });
      assert.equal(streamed.response.status, 413, streamed.text);
      assert.equal(JSON.parse(streamed.text).code, 'payload_too_large');
    });
  }

  test('a streamed body is refused as soon as it passes the limit, without waiting for its end', async () => {
    const route = ROUTES[0];
    const path = await route.path();
    const before = await databaseFingerprint(kit.db);
    const { response, text } = await sendStreamed(route, path, route.maxBytes + 1, { end: false });
    assert.equal(response.status, 413, text);
    assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
    assert.deepEqual(changedRows(before, await databaseFingerprint(kit.db)), {});
  });

  test('the 400 KB ballot of the report: a short 413, not a 5.9 MB list of 100,001 issues', async () => {
    const slug = await createPoll(kit);
    const choices = Array.from({ length: 100_001 }, () => 1);
    const response = await kit.request(`/api/v1/polls/${slug}/ballot`, {
      method: 'POST',
      json: { choices },
      anonymousId: crypto.randomUUID(),
      ip: uniqueIp(),
    });
    const text = await response.clone().text();
    await expectProblem(response, 413, 'payload_too_large');
    assert.ok(text.length < 1000, `${text.length} characters`);
  });
});

/**
 * JSON with every character of every string escaped as \\uXXXX (6 bytes), keys
 * included: the largest a valid body can be written, as some encoders do.
 */
function escapedJson(value: unknown): string {
  if (typeof value === 'string') {
    const units = Array.from({ length: value.length }, (_, index) => value.charCodeAt(index));
    return `"${units.map((unit) => `\\u${unit.toString(16).padStart(4, '0')}`).join('')}"`;
  }
  if (Array.isArray(value)) return `[${value.map(escapedJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.entries(value)
      .map(([key, item]) => `${escapedJson(key)}:${escapedJson(item)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

describe('every valid body fits its route’s limit, each field at its maximum and every character escaped', () => {
  const send = async (path: string, method: string, body: unknown, options: RequestOptions) => {
    const json = escapedJson(body);
    const response = await kit.request(path, {
      method,
      ...options,
      headers: { 'Content-Type': 'application/json', ...options.headers },
      body: json,
    });
    return { response, bytes: Buffer.byteLength(json), text: await response.clone().text() };
  };
  /** 1,997 characters after a language tag: 2,000, the most a localized text may hold. */
  const localized = () =>
    Object.fromEntries(['fr', 'nl', 'en'].map((lang) => [lang, `${lang}:${'€'.repeat(1997)}`]));
  const keys = Array.from(
    { length: 20 },
    (_, index) => `option-${String(index).padStart(2, '0')}-${'k'.repeat(22)}`,
  );

  test('a poll: 20 options, every text 2,000 characters in three languages (about 800 KB)', async () => {
    const body = {
      slug: `${'s'.repeat(55)}-${crypto.randomUUID().slice(0, 8)}`,
      theme: 'modele-economique',
      kind: 'multiple',
      question: localized(),
      description: localized(),
      audience: 'participants',
      resultsVisibility: 'after_close',
      maxChoices: 20,
      allowChange: true,
      opensAt: new Date(Date.now() + 3_600_000).toISOString(),
      closesAt: new Date(Date.now() + 7_200_000).toISOString(),
      options: keys.map((key) => ({ key, label: localized() })),
    };
    const { response, bytes, text } = await send('/api/v1/admin/polls', 'POST', body, ADMIN);
    assert.equal(response.status, 201, text);
    assert.ok(bytes > 780_000, `${bytes} bytes`);
    // And as an edit of that poll.
    const { slug: _, ...edit } = body;
    const patched = await send(`/api/v1/admin/polls/${body.slug}`, 'PATCH', edit, ADMIN);
    assert.equal(patched.response.status, 200, patched.text);
  });

  test('a ballot: 20 choices of 32 characters (about 4 KB)', async () => {
    const slug = await createPoll(kit, {
      kind: 'multiple',
      options: keys.map((key) => ({ key, label: { fr: key } })),
    });
    const { response, bytes, text } = await send(
      `/api/v1/polls/${slug}/ballot`,
      'POST',
      { choices: keys },
      {
        anonymousId: crypto.randomUUID(),
        ip: uniqueIp(),
      },
    );
    assert.equal(response.status, 200, text);
    assert.ok(bytes > 3_900, `${bytes} bytes`);
  });

  test('a contribution: title, text, name, e-mail and Turnstile token at their maxima (about 58 KB)', async () => {
    const displayName = 'é'.repeat(DISPLAY_NAME_MAX);
    const body = contributionInput({
      title: '€'.repeat(TITLE_MAX),
      text: '€'.repeat(TEXT_MAX),
      displayName,
      email: `${'a'.repeat(64)}@${'b'.repeat(185)}.org`,
      turnstileToken: 't'.repeat(4096),
    });
    const { response, bytes, text } = await send('/api/v1/contributions', 'POST', body, {
      token: await mintToken({ name: displayName, roles: ['freelancer'] }),
      headers: { 'Idempotency-Key': crypto.randomUUID() },
    });
    assert.equal(response.status, 202, text);
    assert.ok(bytes > 57_000, `${bytes} bytes`);
  });

  test('a report, a decision and an erasure, with their longest notes and ids', async () => {
    const published = await seedContribution(kit.db, { status: 'published' });
    const report = await send(
      `/api/v1/contributions/${published}/reports`,
      'POST',
      { reason: 'off_topic', note: '€'.repeat(500) },
      { token: await mintToken() },
    );
    assert.equal(report.response.status, 201, report.text);

    const pending = await seedContribution(kit.db);
    const decision = await send(
      `/api/v1/admin/contributions/${pending}/decisions`,
      'POST',
      { action: 'reject', reasonCode: 'personal_data', note: '€'.repeat(1000) },
      MODERATOR,
    );
    assert.equal(decision.response.status, 200, decision.text);
    assert.ok(decision.bytes > 6_000, `${decision.bytes} bytes`);

    const erasure = await send(
      '/api/v1/admin/erasures',
      'POST',
      { site: 'é'.repeat(64), subject: 'é'.repeat(256) },
      ADMIN,
    );
    assert.equal(erasure.response.status, 200, erasure.text);
  });
});

describe('a JSON body must be an object: 400 validation_failed everywhere', () => {
  for (const route of ROUTES) {
    test(`${route.name}: arrays, numbers, strings, null, booleans are refused`, async () => {
      const path = await route.path();
      for (const body of [[], [route.body()], 1, '"text"', 'null', 'true']) {
        const problem = await expectNothingChanged(
          kit,
          async () =>
            kit.request(path, {
              method: route.method,
              ...(await route.options()),
              headers: { 'Content-Type': 'application/json', ...(await route.options()).headers },
              body: typeof body === 'string' ? body : JSON.stringify(body),
            }),
          400,
          'validation_failed',
        );
        assert.deepEqual(problem.issues, [{ path: '', message: 'the body must be a JSON object' }]);
      }
    });
  }
});

describe('validation answers are bounded', () => {
  test(`at most ${MAX_PROBLEM_ISSUES} issues, and the detail says how many there were`, async () => {
    const slug = await createPoll(kit);
    const problem = await expectNothingChanged(
      kit,
      () =>
        kit.request(`/api/v1/polls/${slug}/ballot`, {
          method: 'POST',
          json: { choices: Array.from({ length: 1000 }, () => 1) },
          anonymousId: crypto.randomUUID(),
          ip: uniqueIp(),
        }),
      400,
      'validation_failed',
    );
    assert.equal(problem.issues?.length, MAX_PROBLEM_ISSUES);
    assert.deepEqual(
      problem.issues?.slice(0, 2).map((issue) => issue.path),
      ['choices.0', 'choices.1'],
    );
    assert.match(String(problem.detail), /The first 10 of 100\d issues are listed\./);
  });

  test('a message quotes a short excerpt of a long input, never all of it', async () => {
    const role = 'r'.repeat(20_000);
    const response = await kit.request('/api/v1/contributions', {
      method: 'POST',
      json: contributionInput({ role }),
      token: await mintToken({ name: 'Camille', roles: ['freelancer'] }),
      headers: { 'Idempotency-Key': crypto.randomUUID() },
    });
    const text = await response.clone().text();
    const problem = await expectProblem(response, 400, 'validation_failed');
    assert.ok(text.length < 1000, `${text.length} characters`);
    assert.ok(!text.includes('r'.repeat(41)));
    assert.deepEqual(
      problem.issues?.map((issue) => issue.path),
      ['role'],
    );
    assert.match(problem.issues?.[0].message ?? '', /but received "r{39}… \(20002 characters\)$/);
  });

  test('a long unknown key is named by its start', async () => {
    const key = 'k'.repeat(30_000);
    const slug = await createPoll(kit);
    const response = await kit.request(`/api/v1/admin/polls/${slug}`, {
      method: 'PATCH',
      json: { [key]: 1 },
      ...ADMIN,
    });
    const text = await response.clone().text();
    const problem = await expectProblem(response, 400, 'validation_failed');
    assert.ok(text.length < 1000, `${text.length} characters`);
    assert.equal(problem.issues?.[0].path, `${'k'.repeat(40)}…`);
  });

  test('one issue per field: a field’s checks stop at its first failure', async () => {
    const response = await kit.request('/api/v1/contributions', {
      method: 'POST',
      // Too long, and not a slug: only the first is said.
      json: contributionInput({ theme: 'A'.repeat(100) }),
      token: await mintToken({ name: 'Camille', roles: ['freelancer'] }),
      headers: { 'Idempotency-Key': crypto.randomUUID() },
    });
    const problem = await expectProblem(response, 400, 'validation_failed');
    assert.deepEqual(problem.issues, [
      { path: 'theme', message: 'Invalid length: Expected <=64 but received 100' },
    ]);
  });
});

describe('text that is not valid Unicode is refused, never altered', () => {
  const contribute = async (body: string | Uint8Array) =>
    kit.server.fetch('/api/v1/contributions', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${await mintToken({ name: 'Camille', roles: ['freelancer'] })}`,
        'Idempotency-Key': crypto.randomUUID(),
      },
      body,
    });

  test('a lone surrogate in a value (JSON "\\ud800"): 400 validation_failed naming the field', async () => {
    for (const [text, where] of [
      ['\ud800', 'alone'],
      [`${'Un texte assez long pour être une contribution valable, '.repeat(2)}\udfff`, 'at the end'],
      ['\udc00\ud800', 'reversed pair'],
    ]) {
      const body = JSON.stringify(contributionInput({ text }));
      assert.match(body, /\\ud[89a-f][0-9a-f]{2}/, 'JSON.stringify escapes it');
      const problem = await expectNothingChanged(kit, () => contribute(body), 400, 'validation_failed');
      assert.deepEqual(
        problem.issues,
        [{ path: 'text', message: 'not valid Unicode text (a lone surrogate)' }],
        where,
      );
    }
  });

  test('in a key, or deep in the body', async () => {
    const inKey = JSON.stringify({ ...contributionInput(), '\ud83d': 'x' });
    const keyProblem = await expectNothingChanged(kit, () => contribute(inKey), 400, 'validation_failed');
    assert.deepEqual(keyProblem.issues?.[0].path, '\ufffd');

    const options = [
      { key: 'a', label: { fr: 'A' } },
      { key: 'b', label: { fr: 'B\udbff' } },
    ];
    const deep = await expectNothingChanged(
      kit,
      () =>
        kit.request('/api/v1/admin/polls', {
          method: 'POST',
          json: { slug: uniqueSlug(), kind: 'single', question: { fr: 'Q ?' }, options },
          ...ADMIN,
        }),
      400,
      'validation_failed',
    );
    assert.equal(deep.issues?.[0].path, 'options.1.label.fr');
  });

  test('a pair (an emoji) is text like any other, and stored as sent', async () => {
    const text = 'Une contribution avec un emoji 🌱 au milieu, assez longue pour passer.';
    const response = await contribute(JSON.stringify(contributionInput({ text })));
    assert.equal(response.status, 202, await response.clone().text());
    const { id } = (await response.json()) as { id: string };
    const row = await kit.db.prepare('SELECT body FROM contributions WHERE id = ?1').bind(id).first();
    assert.equal(row?.body, text);
  });

  test('bytes that are not UTF-8: 400 invalid_json, never replaced by U+FFFD', async () => {
    const json = new TextEncoder().encode(JSON.stringify(contributionInput({ text: `${'é'.repeat(60)}` })));
    // Break the first é (C3 A9) into C3 FF: not UTF-8.
    const at = json.indexOf(0xa9);
    const broken = Uint8Array.from(json);
    broken[at] = 0xff;
    const problem = await expectNothingChanged(kit, () => contribute(broken), 400, 'invalid_json');
    assert.equal(problem.detail, 'The request body is not UTF-8 text.');
  });

  test('a path or query value with an encoded lone surrogate is refused as it is', async () => {
    for (const path of ['/api/v1/polls?theme=%ED%A0%80', '/api/v1/polls/%ED%A0%80']) {
      const response = await kit.request(path);
      await expectProblem(response, 400, 'validation_failed');
    }
  });
});

describe('what would be dropped silently is refused', () => {
  test('a query key given twice: 400 naming it, not one of the values kept', async () => {
    const response = await kit.request(
      '/api/v1/contributions?theme=modele-economique&theme=creer-son-activite',
    );
    const problem = await expectProblem(response, 400, 'validation_failed');
    assert.deepEqual(problem.issues, [{ path: 'theme', message: 'given more than once' }]);
  });

  test('a text in a language the kit does not speak: 400, nothing stored', async () => {
    const slug = uniqueSlug();
    const problem = await expectNothingChanged(
      kit,
      () =>
        kit.request('/api/v1/admin/polls', {
          method: 'POST',
          ...ADMIN,
          json: {
            slug,
            kind: 'motion',
            question: { fr: 'Êtes-vous d’accord ?', de: 'Sind Sie einverstanden?' },
            opensAt: new Date().toISOString(),
          },
        }),
      400,
      'validation_failed',
    );
    assert.deepEqual(
      problem.issues?.map((issue) => issue.path),
      ['question.de'],
    );
  });
});

describe('the media type is checked first', () => {
  test('a body of another type is a 415 whatever its size', async () => {
    const response = await kit.request('/api/v1/admin/erasures', {
      method: 'POST',
      ...ADMIN,
      headers: { 'Content-Type': 'text/plain' },
      body: 'x'.repeat(100 * KB),
    });
    const problem = await readProblem(response);
    assert.equal(problem.code, 'unsupported_media_type');
  });
});
