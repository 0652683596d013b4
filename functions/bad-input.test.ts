/**
 * Generated bad input over every route of the API. A seeded pseudo-random
 * generator takes a valid request of each route and breaks it in a way that
 * makes it invalid by construction (a wrong type, a missing field, an
 * unknown value, an oversize string or body, an array for an object, a lone
 * surrogate, bytes that are not UTF-8, truncated JSON, another Content-Type,
 * a malformed path, query, cursor, Authorization, Sip-Participant or
 * Idempotency-Key, another method). GETs are also sent as they are.
 *
 * It asserts that nothing answers 5xx, that no request but a GET succeeds,
 * that every error is a small application/problem+json with a known `code`,
 * and that every row of every table is as it was.
 *
 * The seed is printed; `BAD_INPUT_SEED=<n>` replays a run and
 * `BAD_INPUT_REQUESTS=<n>` changes its length.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { MAX_PROBLEM_ISSUES, type Problem } from '../schema/problem.ts';
import { PROBLEMS } from './features.ts';
import { PROBLEM_TYPE_BASE } from './problems.ts';
import { contributionInput } from './test/contributions.ts';
import {
  ADMIN,
  changedRows,
  createPoll,
  databaseFingerprint,
  forgeToken,
  type Kit,
  MODERATOR,
  mintToken,
  startKit,
  TEST_SITE_SECRETS,
  tokenPayload,
} from './test/harness.ts';
import { seedContribution, seedReport } from './test/moderation.ts';

const SEED = Number(process.env.BAD_INPUT_SEED ?? 20261128);
const REQUESTS = Number(process.env.BAD_INPUT_REQUESTS ?? 3000);
/** Requests in flight at once. */
const BATCH = 8;
/** Requests between two comparisons of the whole database (a comparison costs about 30 ms). */
const CHECK_EVERY = 32;
/** The most an error answer may weigh, however large the request. */
const ANSWER_MAX_BYTES = 4096;

/** mulberry32: a small, fast generator whose whole state is one 32-bit number, so a seed replays a run. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  return { next, int, pick, chance: (probability: number) => next() < probability };
}
type Random = ReturnType<typeof generator>;

/** How a route's valid request is authenticated, which decides the identity mutations that apply. */
type Caller = 'none' | 'anonymous' | 'signed' | 'moderator' | 'admin';

interface BodySpec {
  /** A body the route accepts (in shape: its target may make it refused anyway). */
  valid: () => Record<string, unknown>;
  /** Per field, values that make the body invalid whatever the other fields are. */
  invalid: Record<string, readonly unknown[]>;
  /** Fields whose absence makes the body invalid. */
  required: readonly string[];
  /** The route's declared limit. */
  maxBytes: number;
  /** A body over the limit that would be invalid even under it. */
  oversize: (bytes: number) => Record<string, unknown>;
}

interface Route {
  method: 'GET' | 'POST' | 'PATCH';
  /** The path of a valid request. */
  path: string;
  /** Paths with a malformed or unknown parameter: refused (or, for a GET, harmless) whatever else is sent. */
  badPaths?: readonly string[];
  /** Query values to draw from, valid or not (GET only). */
  query?: Record<string, readonly string[]>;
  caller: Caller;
  /** Only admins, not moderators, may call it. */
  adminOnly?: boolean;
  body?: BodySpec;
  /** Headers of a valid request besides identity, drawn anew each time (the Idempotency-Key). */
  headers?: (random: Random) => Record<string, string>;
}

/** One generated request, and how it was made (for the failure message). */
interface Attempt {
  label: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /** Sent as a stream without Content-Length, over a route's limit of this many bytes. */
  streamed?: number;
}

let kit: Kit;
let routes: Route[];
let bearer: { signed: () => string; forged: string; foreignSite: string; none: string };

before(async () => {
  kit = await startKit();
  // What the routes point at: one poll of each kind that matters, a pending and a published contribution.
  const single = await createPoll(kit);
  const motion = await createPoll(kit, { kind: 'motion', options: [], audience: 'members' });
  const pending = await seedContribution(kit.db, { status: 'pending' });
  const published = await seedContribution(kit.db, { status: 'published' });
  await seedReport(kit.db, published, { reason: 'spam' });
  const signedTokens = await Promise.all(
    Array.from({ length: 16 }, (_, index) => mintToken({ sub: `generated-${index}` })),
  );
  let signedIndex = 0;
  bearer = {
    // Fresh people (each may report once): the reports below are all invalid anyway.
    signed: () => signedTokens[signedIndex++ % signedTokens.length],
    forged: await mintToken({ secret: 'not-the-secret-of-site-a-0123456789' }),
    foreignSite: await mintToken({ site: 'site-z', secret: TEST_SITE_SECRETS['site-a'][0] }),
    none: forgeToken({ alg: 'none', typ: 'JWT' }, tokenPayload(), ''),
  };
  routes = buildRoutes({ single, motion, pending, published });
});
after(() => kit.close());

const BAD_SLUGS = [
  'UPPER',
  'a',
  'x'.repeat(65),
  '-dash-',
  'sp%20ace',
  '%ED%A0%80',
  '%00',
  'no-such-poll',
  '..%2F..',
];
/** Not references: U is not in the alphabet, so these can name no contribution. */
const BAD_REFERENCES = [
  'UUUU-UUUU',
  'nope',
  'x'.repeat(40),
  'K7M2_9QXA',
  '%F0%9F%98%80',
  'U0U0-U0U0',
  '%ED%B0%80',
];
const LONG = (length: number) => 'x'.repeat(length);
const localized = { fr: 'Texte' };

function buildRoutes(target: {
  single: string;
  motion: string;
  pending: string;
  published: string;
}): Route[] {
  const api = '/api/v1';
  return [
    { method: 'GET', path: `${api}/health`, caller: 'none' },
    { method: 'GET', path: `${api}/themes`, caller: 'none', query: { junk: ['1', LONG(300)] } },
    { method: 'GET', path: `${api}/territories`, caller: 'none' },
    {
      method: 'GET',
      path: `${api}/polls`,
      caller: 'anonymous',
      query: { theme: ['modele-economique', 'no-such-theme', 'BAD', '', LONG(100), '%ED%A0%80'] },
    },
    {
      method: 'GET',
      path: `${api}/polls/${target.single}`,
      badPaths: BAD_SLUGS.map((slug) => `${api}/polls/${slug}`),
      caller: 'anonymous',
    },
    {
      method: 'POST',
      path: `${api}/polls/${target.single}/ballot`,
      badPaths: BAD_SLUGS.map((slug) => `${api}/polls/${slug}/ballot`),
      caller: 'anonymous',
      body: {
        valid: () => ({ choices: ['yes'] }),
        invalid: {
          choices: [
            'yes',
            [],
            [1],
            ['YES'],
            ['maybe'],
            ['yes', 'yes'],
            ['yes', 'no'],
            Array(21).fill('yes'),
            null,
            {},
          ],
        },
        required: ['choices'],
        maxBytes: 4 * 1024,
        oversize: (bytes) => ({ choices: Array(Math.ceil(bytes / 4)).fill('yes') }),
      },
    },
    {
      method: 'GET',
      path: `${api}/contributions`,
      caller: 'anonymous',
      query: {
        theme: ['modele-economique', 'no-such-theme', 'Bad Theme'],
        cursor: ['', 'not-base64!', 'W10', 'WyJ4IiwieSJd', LONG(201), 'eyJhIjoxfQ'],
        limit: ['0', '51', 'abc', '1.5', '-1', '10', ''],
      },
    },
    {
      method: 'POST',
      path: `${api}/contributions`,
      caller: 'anonymous',
      headers: (random) => ({ 'Idempotency-Key': uuidOf(random) }),
      body: {
        valid: () => contributionInput(),
        invalid: {
          theme: ['Bad Theme', 'no-such-theme', 1, null],
          title: ['', 'abcd', LONG(121), 5],
          text: ['trop court', LONG(5001), null],
          role: ['king', '', ['member']],
          territory: ['atlantide', 'Bad', 3],
          displayName: [LONG(81), 7, '   '],
          anonymous: ['yes', 1],
          email: ['not-an-email', 'a@', 12],
          consent: [false, 'true', 1, null],
          website: [5, ['x']],
          turnstileToken: [LONG(4097), 5],
        },
        required: ['theme', 'title', 'text', 'role', 'territory', 'consent', 'displayName'],
        maxBytes: 64 * 1024,
        oversize: (bytes) => contributionInput({ text: LONG(bytes) }),
      },
    },
    {
      method: 'POST',
      path: `${api}/contributions/${target.published}/reports`,
      badPaths: BAD_REFERENCES.map((id) => `${api}/contributions/${id}/reports`),
      caller: 'signed',
      body: {
        valid: () => ({ reason: 'spam' }),
        invalid: { reason: ['boring', 1, null, ''], note: [LONG(501), 5, {}] },
        required: ['reason'],
        maxBytes: 4 * 1024,
        oversize: (bytes) => ({ reason: 'spam', note: LONG(bytes) }),
      },
    },
    { method: 'GET', path: `${api}/admin/session`, caller: 'moderator' },
    { method: 'GET', path: `${api}/admin/me`, caller: 'moderator' },
    { method: 'GET', path: `${api}/admin/polls`, caller: 'admin', adminOnly: true },
    {
      method: 'POST',
      path: `${api}/admin/polls`,
      caller: 'admin',
      adminOnly: true,
      body: {
        valid: () => ({
          slug: 'generated-poll',
          kind: 'single',
          question: { fr: 'Question ?' },
          options: [
            { key: 'a', label: localized },
            { key: 'b', label: localized },
          ],
        }),
        invalid: {
          slug: ['UPPER', 'a', 1, null, target.single],
          kind: ['ranked', 1, 'motion'],
          question: ['text', {}, { fr: '' }, { fr: LONG(2001) }, null],
          options: [
            [],
            [{ key: 'a', label: localized }],
            'a',
            [{}],
            Array(21).fill({ key: 'a', label: localized }),
          ],
          maxChoices: [2, 1, 'two'],
          audience: ['everyone'],
          resultsVisibility: ['never', 3],
          allowChange: ['yes', 1],
          opensAt: ['tomorrow', 12],
          theme: ['no-such-theme', 'Bad Theme', 5],
          description: ['text', { nl: 'Geen Frans' }],
          questoin: [{ fr: 'A typo' }],
          closes_at: ['2030-01-01T00:00:00.000Z'],
        },
        required: ['slug', 'kind', 'question', 'options'],
        maxBytes: 1024 * 1024,
        oversize: (bytes) => ({ slug: 'big-poll', kind: 'motion', question: { fr: LONG(bytes) } }),
      },
    },
    {
      method: 'PATCH',
      path: `${api}/admin/polls/${target.motion}`,
      badPaths: BAD_SLUGS.map((slug) => `${api}/admin/polls/${slug}`),
      caller: 'admin',
      adminOnly: true,
      body: {
        valid: () => ({ question: { fr: 'Motion changée ?' } }),
        invalid: {
          options: [[{ key: 'x', label: localized }], 'x', [{}]],
          kind: ['ranked', 1],
          question: ['text', {}, { fr: '  ' }, null],
          audience: ['everyone'],
          resultsVisibility: ['never'],
          maxChoices: [5, 1, 'two', 2.5],
          allowChange: ['yes', 0],
          opensAt: ['not a date', 12],
          closesAt: ['2020-13-45T00:00:00Z'],
          action: ['reopen', 1],
          theme: ['no-such-theme', 'Bad Theme'],
          description: ['text', 4],
          slug: ['renamed'],
          questoin: [{ fr: 'A typo' }],
        },
        required: [],
        maxBytes: 1024 * 1024,
        oversize: (bytes) => ({ question: { fr: LONG(bytes) } }),
      },
    },
    {
      method: 'GET',
      path: `${api}/admin/contributions`,
      caller: 'moderator',
      query: {
        status: ['pending', 'archived', ''],
        theme: ['modele-economique', 'BAD'],
        cursor: ['', 'garbage', LONG(201), 'WyJ4Il0', 'W1tdLDFd'],
      },
    },
    {
      method: 'GET',
      path: `${api}/admin/contributions/export.csv`,
      caller: 'admin',
      adminOnly: true,
      query: { theme: ['modele-economique', 'BAD', 'no-such-theme'] },
    },
    {
      method: 'GET',
      path: `${api}/admin/contributions/${target.pending}`,
      badPaths: BAD_REFERENCES.map((id) => `${api}/admin/contributions/${id}`),
      caller: 'moderator',
    },
    {
      method: 'POST',
      path: `${api}/admin/contributions/${target.pending}/decisions`,
      badPaths: BAD_REFERENCES.map((id) => `${api}/admin/contributions/${id}/decisions`),
      caller: 'moderator',
      body: {
        valid: () => ({ action: 'publish' }),
        invalid: {
          action: ['approve', 1, null, 'reject'],
          reasonCode: ['spam', 'because', 3],
          note: [LONG(1001), 7],
        },
        required: ['action'],
        maxBytes: 8 * 1024,
        oversize: (bytes) => ({ action: 'publish', note: LONG(bytes) }),
      },
    },
    {
      method: 'GET',
      path: `${api}/admin/audit`,
      caller: 'moderator',
      query: {
        contribution: [target.pending, 'bad id!', LONG(40)],
        cursor: ['0', '-1', 'abc', LONG(20), '1'],
      },
    },
    { method: 'GET', path: `${api}/admin/audit/export.csv`, caller: 'admin', adminOnly: true },
    {
      method: 'POST',
      path: `${api}/admin/erasures`,
      caller: 'admin',
      adminOnly: true,
      body: {
        valid: () => ({ site: 'site-a', subject: 'nobody-at-all' }),
        invalid: { site: ['', 1, LONG(65), 'anon', null], subject: ['', LONG(257), null, 4] },
        required: ['site', 'subject'],
        maxBytes: 4 * 1024,
        oversize: (bytes) => ({ site: 'site-a', subject: LONG(bytes) }),
      },
    },
    { method: 'GET', path: `${api}/dev/people`, caller: 'none' },
    {
      method: 'GET',
      path: `${api}/dev/people/amelie/token`,
      badPaths: ['nobody', LONG(300), '%00', '%ED%A0%80', ''].map((id) => `${api}/dev/people/${id}/token`),
      caller: 'none',
    },
  ];
}

/** The headers that make `caller` who they are, as a valid request sends them. */
function identityHeaders(caller: Caller, random: Random): Record<string, string> {
  switch (caller) {
    case 'anonymous':
      return { 'Sip-Participant': uuidOf(random), 'CF-Connecting-IP': randomIp(random) };
    case 'signed':
      return { Authorization: `Bearer ${bearer.signed()}` };
    case 'moderator':
      return { Authorization: `Bearer ${MODERATOR.token}` };
    case 'admin':
      return { Authorization: `Bearer ${ADMIN.token}` };
    case 'none':
      return {};
  }
}

/** A version 4 uuid from the generator, so that a seed replays the same ids. */
function uuidOf(random: Random): string {
  const hex = Array.from({ length: 32 }, () => random.int(16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[random.int(4)];
  const text = hex.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

function randomIp(random: Random): string {
  return `10.${random.int(256)}.${random.int(256)}.${random.int(256)}`;
}

const MALFORMED_AUTHORIZATION = [
  'Bearer',
  'Bearer ',
  'Basic dXNlcjpwYXNz',
  'Bearer not.a.jwt',
  'Bearer a b c',
  `Bearer ${LONG(5000)}`,
  'bearer\t',
  'Token abc',
];

function malformedAuthorization(random: Random): string {
  const option = random.int(MALFORMED_AUTHORIZATION.length + 3);
  if (option === MALFORMED_AUTHORIZATION.length) return `Bearer ${bearer.forged}`;
  if (option === MALFORMED_AUTHORIZATION.length + 1) return `Bearer ${bearer.foreignSite}`;
  if (option === MALFORMED_AUTHORIZATION.length + 2) return `Bearer ${bearer.none}`;
  return MALFORMED_AUTHORIZATION[option];
}

const MALFORMED_UUIDS = [
  '',
  'not-a-uuid',
  '0b7d2f4e-3c1a-4e8b-9f6d-2a5c8e1b7d3f0',
  'b7d2f4e-3c1a-4e8b-9f6d-2a5c8e1b7d3f',
  '0b7d2f4e3c1a4e8b9f6d2a5c8e1b7d3f',
  LONG(1000),
  '00000000-0000-0000-0000-00000000000g',
];

/** A path string that JSON can reach inside a body, for a lone surrogate to land in. */
function stringPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringPaths(item, [...path, index]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  }
  return [];
}

function setAt(root: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
}

const loneSurrogate = (random: Random) => String.fromCharCode(0xd800 + random.int(0x800));

/** Breaks a valid JSON body in one way that no route can accept; returns the attempt's body part. */
function breakBody(
  spec: BodySpec,
  random: Random,
): { label: string; body: string | Uint8Array; headers?: Record<string, string>; streamed?: number } {
  const valid = spec.valid();
  const json = JSON.stringify(valid);
  switch (random.int(9)) {
    case 0: {
      const other = random.pick(['[]', `[${json}]`, '1', '"text"', 'null', 'true', '{}x', '']);
      return { label: `body ${JSON.stringify(other.slice(0, 20))}`, body: other };
    }
    case 1: {
      const cut = random.int(json.length);
      return { label: `JSON cut at ${cut}`, body: json.slice(0, cut) };
    }
    case 2: {
      const field = random.pick(Object.keys(spec.invalid));
      const value = random.pick(spec.invalid[field]);
      return {
        label: `${field} = ${JSON.stringify(value)?.slice(0, 40)}`,
        body: JSON.stringify({ ...valid, [field]: value }),
      };
    }
    case 3: {
      if (spec.required.length === 0) return { label: 'body []', body: '[]' };
      const field = random.pick(spec.required);
      const { [field]: _, ...rest } = valid;
      return { label: `without ${field}`, body: JSON.stringify(rest) };
    }
    case 4: {
      const paths = stringPaths(valid);
      const surrogate = loneSurrogate(random);
      if (paths.length === 0 || random.chance(0.2)) {
        return {
          label: 'a key with a lone surrogate',
          body: JSON.stringify({ ...valid, [`k${surrogate}`]: 1 }),
        };
      }
      const path = random.pick(paths);
      const copy = structuredClone(valid);
      const text = String(path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], copy));
      const at = random.int(text.length + 1);
      setAt(copy, path, `${text.slice(0, at)}${surrogate}${text.slice(at)}`);
      return { label: `lone surrogate in ${path.join('.')}`, body: JSON.stringify(copy) };
    }
    case 5: {
      const bytes = new TextEncoder().encode(json);
      const at = random.int(bytes.length + 1);
      // 0xFE and 0xFF never occur in UTF-8; a lone continuation byte or a cut lead byte neither.
      const bad = random.pick([[0xff], [0xfe], [0x80], [0xc3], [0xed, 0xa0, 0x80]]);
      return {
        label: `bytes ${bad.map((byte) => byte.toString(16)).join(' ')} at ${at}`,
        body: Uint8Array.from([...bytes.subarray(0, at), ...bad, ...bytes.subarray(at)]),
      };
    }
    case 6: {
      const type = random.pick([
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/jsonx',
        'json',
        'application/xml',
      ]);
      return { label: `Content-Type ${type}`, body: json, headers: { 'Content-Type': type } };
    }
    case 7: {
      const body = JSON.stringify(spec.oversize(spec.maxBytes + 1000 + random.int(spec.maxBytes)));
      if (random.chance(0.5)) return { label: `${body.length} bytes`, body };
      // Streamed: cut just past the limit (a cut body is invalid too), so that it is sent whole (see send).
      const bytes = new TextEncoder().encode(body).subarray(0, spec.maxBytes + 1 + random.int(1000));
      return { label: `${bytes.length} bytes, streamed`, body: bytes, streamed: spec.maxBytes };
    }
    default: {
      // Two breaks at once: a wrong field in a body cut short.
      const field = random.pick(Object.keys(spec.invalid));
      const broken = JSON.stringify({ ...valid, [field]: random.pick(spec.invalid[field]) });
      return {
        label: `${field} wrong and cut`,
        body: broken.slice(0, Math.max(0, broken.length - 1 - random.int(5))),
      };
    }
  }
}

function randomQuery(route: Route, random: Random): string {
  const params = Object.entries(route.query ?? {}).filter(() => random.chance(0.6));
  if (params.length === 0) return '';
  return `?${params.map(([name, values]) => `${name}=${random.pick(values)}`).join('&')}`;
}

/** One request for `route`: broken for a write, broken or plain for a read. */
function attempt(route: Route, random: Random): Attempt {
  const headers: Record<string, string> = {
    ...identityHeaders(route.caller, random),
    ...route.headers?.(random),
  };
  const base = { method: route.method, path: route.path, headers };
  const spec = route.body;
  const kinds = [
    'path',
    'identity',
    'method',
    ...(spec ? ['body', 'body', 'body', 'body'] : ['plain', 'query']),
  ];
  const kind = random.pick(kinds);
  if (spec) {
    headers['Content-Type'] = 'application/json';
    if (kind === 'body') {
      const broken = breakBody(spec, random);
      return {
        ...base,
        label: broken.label,
        body: broken.body,
        streamed: broken.streamed,
        headers: { ...headers, ...broken.headers },
      };
    }
  }
  const body = spec ? JSON.stringify(spec.valid()) : undefined;
  if (kind === 'path' && route.badPaths) {
    const path = random.pick(route.badPaths);
    return { ...base, label: `path ${path}`, path, body };
  }
  if (kind === 'method') {
    const method = random.pick(
      spec
        ? ['PUT', 'DELETE', route.method === 'POST' ? 'PATCH' : 'POST']
        : ['PUT', 'DELETE', 'POST', 'PATCH'],
    );
    return {
      ...base,
      label: `method ${method}`,
      method,
      body: body ?? (random.chance(0.5) ? '{"x":1}' : undefined),
      headers: body ? headers : { ...headers, 'Content-Type': 'application/json' },
    };
  }
  if (kind === 'identity' || (kind === 'path' && spec)) return breakIdentity(route, random, base, body);
  // A read as it is, or with query values drawn from its list.
  const query = kind === 'query' ? randomQuery(route, random) : '';
  return { ...base, label: query ? `query ${query}` : 'as is', path: `${route.path}${query}` };
}

/** A request whose caller is not who the route needs: refused whatever the body. */
function breakIdentity(
  route: Route,
  random: Random,
  base: Omit<Attempt, 'label'>,
  body: string | undefined,
): Attempt {
  // Each option: the headers it sets, or removes (null).
  const options: [string, Record<string, string | null>][] = [
    ['Authorization malformed', { Authorization: malformedAuthorization(random) }],
  ];
  if (route.caller === 'anonymous') {
    options.push(['Sip-Participant malformed', { 'Sip-Participant': random.pick(MALFORMED_UUIDS) }]);
    options.push(['no Sip-Participant', { 'Sip-Participant': null }]);
  }
  if (route.caller === 'signed' || route.caller === 'moderator' || route.caller === 'admin') {
    options.push(['no Authorization', { Authorization: null }]);
  }
  if (route.caller === 'signed') {
    options.push([
      'anonymous instead of signed in',
      { Authorization: null, 'Sip-Participant': uuidOf(random) },
    ]);
  }
  if (route.caller === 'moderator' || route.caller === 'admin') {
    options.push(['a host-site token on the admin API', { Authorization: `Bearer ${bearer.signed()}` }]);
  }
  if (route.adminOnly) {
    options.push(['a moderator on an admin route', { Authorization: `Bearer ${MODERATOR.token}` }]);
  }
  if (route.headers) {
    options.push(['Idempotency-Key malformed', { 'Idempotency-Key': random.pick(MALFORMED_UUIDS) }]);
  }
  const [label, change] = random.pick(options);
  const headers = { ...base.headers };
  for (const [name, value] of Object.entries(change)) {
    if (value === null) delete headers[name];
    else headers[name] = value;
  }
  return { ...base, label, headers, body };
}

/**
 * Sends an attempt. A streamed body goes in 16 KB chunks up to the route's
 * limit and the rest in one last chunk: the Worker refuses it as soon as it
 * has read past the limit, and when more chunks were still to come the local
 * proxy in front of it (Miniflare's entry worker) sometimes drops the
 * connection or answers its own plain-text 500 "Network connection lost"
 * (about 5% of 200 KB streams to a 4 KB route here): an artefact of the
 * local stack, which the Worker's answer never reaches.
 */
async function send(attempt: Attempt): Promise<{ status: number; contentType: string | null; text: string }> {
  let body: string | Uint8Array | ReadableStream<Uint8Array> | undefined = attempt.body;
  const limit = attempt.streamed;
  if (limit !== undefined && attempt.body !== undefined) {
    const bytes = typeof attempt.body === 'string' ? new TextEncoder().encode(attempt.body) : attempt.body;
    body = new ReadableStream({
      start(controller) {
        const chunk = 16 * 1024;
        let at = 0;
        for (; at + chunk <= limit; at += chunk) controller.enqueue(bytes.subarray(at, at + chunk));
        controller.enqueue(bytes.subarray(at));
        controller.close();
      },
    });
  }
  let response: Awaited<ReturnType<Kit['server']['fetch']>>;
  try {
    response = await kit.server.fetch(attempt.path, {
      method: attempt.method,
      headers: attempt.headers,
      body,
      ...(limit !== undefined ? { duplex: 'half' } : {}),
    });
  } catch (error) {
    throw new Error(`${attempt.method} ${attempt.path.slice(0, 120)} [${attempt.label}] failed`, {
      cause: error,
    });
  }
  return {
    status: response.status,
    contentType: response.headers.get('Content-Type'),
    text: await response.text(),
  };
}

/** What is wrong with an answer, or null. */
function fault(
  attempt: Attempt,
  answer: { status: number; contentType: string | null; text: string },
): string | null {
  if (answer.status >= 500) return `a ${answer.status}`;
  if (answer.status < 400)
    return attempt.method === 'GET' ? null : `a ${answer.status} to a request that must be refused`;
  if (answer.contentType !== 'application/problem+json') return `an error as ${answer.contentType}`;
  if (Buffer.byteLength(answer.text) > ANSWER_MAX_BYTES)
    return `an error of ${answer.text.length} characters`;
  let problem: Problem;
  try {
    problem = JSON.parse(answer.text) as Problem;
  } catch {
    return 'an error that is not JSON';
  }
  if (!Object.hasOwn(PROBLEMS, problem.code)) return `an unknown code ${problem.code}`;
  if (problem.status !== answer.status || problem.type !== `${PROBLEM_TYPE_BASE}${problem.code}`) {
    return 'a problem whose status or type does not match';
  }
  if ((problem.issues?.length ?? 0) > MAX_PROBLEM_ISSUES) return `${problem.issues?.length} issues`;
  return null;
}

test('generated bad input on every route: no 5xx, problem+json with a known code, nothing changed', async (t) => {
  t.diagnostic(`seed ${SEED} (BAD_INPUT_SEED), ${REQUESTS} requests (BAD_INPUT_REQUESTS)`);
  const random = generator(SEED);
  const started = performance.now();
  const before = await databaseFingerprint(kit.db);
  const statuses = new Map<number, number>();
  const codes = new Set<string>();
  const perRoute = new Map<Route, number>();
  // Half the requests go to the writes, where a mistake would change something.
  const writes = routes.filter((route) => route.method !== 'GET');
  const pickRoute = () => {
    const route = random.pick(random.chance(0.5) ? writes : routes);
    perRoute.set(route, (perRoute.get(route) ?? 0) + 1);
    return route;
  };
  let unchecked: Attempt[] = [];
  for (let sent = 0; sent < REQUESTS; sent += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, REQUESTS - sent) }, () =>
      attempt(pickRoute(), random),
    );
    unchecked.push(...batch);
    const answers = await Promise.all(batch.map(send));
    batch.forEach((item, index) => {
      const answer = answers[index];
      const where = `request ${sent + index} (seed ${SEED}): ${item.method} ${item.path.slice(0, 120)} [${item.label}]`;
      const wrong = fault(item, answer);
      assert.equal(wrong, null, `${where} got ${wrong}: ${answer.text.slice(0, 300)}`);
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (answer.status >= 400) codes.add((JSON.parse(answer.text) as Problem).code);
    });
    if (unchecked.length < CHECK_EVERY && sent + BATCH < REQUESTS) continue;
    const last = sent + batch.length - 1;
    assert.deepEqual(
      changedRows(before, await databaseFingerprint(kit.db)),
      {},
      `the database changed during requests ${last - unchecked.length + 1}–${last} (seed ${SEED}):\n${unchecked
        .map((item) => `${item.method} ${item.path.slice(0, 120)} [${item.label}]`)
        .join('\n')}`,
    );
    unchecked = [];
  }
  const seconds = (performance.now() - started) / 1000;
  t.diagnostic(
    `${REQUESTS} requests in ${seconds.toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
  );
  t.diagnostic(`codes: ${[...codes].sort().join(', ')}`);
  for (const route of routes) {
    assert.ok((perRoute.get(route) ?? 0) >= REQUESTS / 200, `${route.method} ${route.path} was barely tried`);
  }
  // The generator reaches the checks it is meant to reach, not only the first one on the way.
  for (const code of [
    'validation_failed',
    'invalid_json',
    'unsupported_media_type',
    'payload_too_large',
    'invalid_token',
    'admin_unauthorized',
    'admin_forbidden',
    'idempotency_key_required',
    'not_found',
  ]) {
    assert.ok(codes.has(code), `no request was answered ${code}`);
  }
});
