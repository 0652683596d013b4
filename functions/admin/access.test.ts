/**
 * Cloudflare Access in front of the admin API: assertions signed with a key
 * pair made here, the team's keys served by a stub on the loopback interface
 * (the Worker's outbound fetch goes through node), and the CSRF check that
 * cookie-borne (Access) writes need.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { AdminIdentity } from '../../schema/moderation.ts';
import {
  expectProblem,
  type Kit,
  type KitResponse,
  MODERATOR,
  type RequestOptions,
  startKit,
} from '../test/harness.ts';
import { expectUnchanged, logOf, seedContribution } from '../test/moderation.ts';

const AUD = 'test-access-aud-0123456789abcdef';
const KID = 'test-access-key-1';
const ALGORITHM = {
  name: 'RSASSA-PKCS1-v1_5',
  modulusLength: 2048,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash: 'SHA-256',
};

let kit: Kit;
let certs: Server;
let team: string;
let certRequests = 0;
let teamKey: CryptoKeyPair;
let forgerKey: CryptoKeyPair;

before(async () => {
  [teamKey, forgerKey] = await Promise.all([
    crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']) as Promise<CryptoKeyPair>,
    crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']) as Promise<CryptoKeyPair>,
  ]);
  const jwk = (await crypto.subtle.exportKey('jwk', teamKey.publicKey)) as JsonWebKey;
  const jwks = JSON.stringify({
    keys: [{ kty: jwk.kty, n: jwk.n, e: jwk.e, kid: KID, alg: 'RS256', use: 'sig' }],
  });
  certs = createServer((request, response) => {
    if (request.url !== '/cdn-cgi/access/certs') return void response.writeHead(404).end();
    certRequests++;
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(jwks);
  });
  await new Promise<void>((resolve) => certs.listen(0, '127.0.0.1', resolve));
  team = `http://127.0.0.1:${(certs.address() as AddressInfo).port}`;
  kit = await startKit({
    vars: {
      ACCESS_TEAM_DOMAIN: `${team}/`,
      ACCESS_AUD: AUD,
      ACCESS_ADMINS: 'boss@smart.coop, Chief@Smart.coop',
    },
  });
});
after(async () => {
  await kit.close();
  certs.close();
});

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function claims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    aud: [AUD],
    email: 'ana@smart.coop',
    exp: now + 600,
    iat: now,
    nbf: now,
    iss: team,
    type: 'app',
    sub: crypto.randomUUID(),
    ...overrides,
  };
}

/** An Access-like assertion: RS256 with the team's key unless told otherwise. */
async function assertion(
  payload: Record<string, unknown> = claims(),
  { key = teamKey.privateKey, header = {} }: { key?: CryptoKey; header?: Record<string, unknown> } = {},
): Promise<string> {
  const signed = `${part({ alg: 'RS256', kid: KID, typ: 'JWT', ...header })}.${part(payload)}`;
  const signature = await crypto.subtle.sign(ALGORITHM.name, key, new TextEncoder().encode(signed));
  return `${signed}.${Buffer.from(signature).toString('base64url')}`;
}

function viaAccess(jwt: string, options: RequestOptions = {}): RequestOptions {
  return { ...options, headers: { ...options.headers, 'Cf-Access-Jwt-Assertion': jwt } };
}

async function identity(response: KitResponse): Promise<AdminIdentity> {
  assert.equal(response.status, 200, await response.clone().text());
  return (await response.json()) as AdminIdentity;
}

describe('Cloudflare Access assertions', () => {
  test('a valid assertion: the e-mail acts, as a moderator unless listed in ACCESS_ADMINS', async () => {
    const me = (jwt: string) => kit.request('/api/v1/admin/me', viaAccess(jwt));
    assert.deepEqual(await identity(await me(await assertion())), {
      name: 'ana@smart.coop',
      role: 'moderator',
      via: 'access',
    });
    assert.deepEqual(await identity(await me(await assertion(claims({ email: 'Boss@Smart.coop' })))), {
      name: 'boss@smart.coop',
      role: 'admin',
      via: 'access',
    });
    assert.equal(
      (await identity(await me(await assertion(claims({ email: 'chief@smart.coop' }))))).role,
      'admin',
    );
  });

  test('the moderation page’s first question: GET /admin/session is signed in through Access, or 401 for a forged assertion', async () => {
    const session = (jwt: string) => kit.request('/api/v1/admin/session', viaAccess(jwt));
    const response = await session(await assertion());
    assert.equal(response.status, 200, await response.clone().text());
    assert.deepEqual(await response.json(), {
      signedIn: true,
      admin: { name: 'ana@smart.coop', role: 'moderator', via: 'access' },
    });
    await expectProblem(
      await session(await assertion(claims(), { key: forgerKey.privateKey })),
      401,
      'admin_unauthorized',
    );
  });

  test('roles apply as for tokens: polls are for Access admins only', async () => {
    const moderator = await assertion();
    await expectProblem(
      await kit.request('/api/v1/admin/polls', viaAccess(moderator)),
      403,
      'admin_forbidden',
    );
    const admin = await assertion(claims({ email: 'boss@smart.coop' }));
    assert.equal((await kit.request('/api/v1/admin/polls', viaAccess(admin))).status, 200);
  });

  test('expired, not yet valid, wrong audience or issuer, forged, tampered or malformed: 401', async () => {
    const now = Math.floor(Date.now() / 1000);
    const valid = await assertion();
    const [header, , signature] = valid.split('.');
    const refused = [
      await assertion(claims({ exp: now - 5, iat: now - 700, nbf: now - 700 })),
      await assertion(claims({ nbf: now + 600 })),
      await assertion(claims({ aud: ['another-application'] })),
      await assertion(claims({ iss: 'https://evil.cloudflareaccess.com' })),
      await assertion(claims({ email: undefined })),
      await assertion(claims({ email: 'not an e-mail' })),
      await assertion(claims({ exp: undefined })),
      // Signed with another key under the team key's id.
      await assertion(claims(), { key: forgerKey.privateKey }),
      await assertion(claims(), { header: { kid: 'unknown-key' } }),
      await assertion(claims(), { header: { kid: undefined } }),
      // The payload changed after signing (a moderator making themselves admin).
      `${header}.${part(claims({ email: 'boss@smart.coop' }))}.${signature}`,
      `${part({ alg: 'none', kid: KID, typ: 'JWT' })}.${part(claims())}.`,
      `${part({ alg: 'HS256', kid: KID, typ: 'JWT' })}.${part(claims())}.${signature}`,
      'not-a-jwt',
      '',
    ];
    for (const jwt of refused) {
      await expectProblem(await kit.request('/api/v1/admin/me', viaAccess(jwt)), 401, 'admin_unauthorized');
    }
  });

  test("the team's keys are fetched once and kept in memory", () => {
    assert.equal(certRequests, 1);
  });
});

describe('CSRF: Access-authenticated writes must come from the same origin', () => {
  const decide = (id: string, options: RequestOptions) =>
    kit.request(`/api/v1/admin/contributions/${id}/decisions`, {
      method: 'POST',
      json: { action: 'publish' },
      ...options,
    });

  test('no Origin: 403 csrf_failed; another origin is refused before (403 origin_not_allowed); nothing written', async () => {
    const id = await seedContribution(kit.db, { status: 'pending' });
    const jwt = await assertion();
    await expectUnchanged(kit, () => decide(id, viaAccess(jwt)), 403, 'csrf_failed');
    for (const origin of ['https://evil.example', 'null']) {
      await expectUnchanged(
        kit,
        () => decide(id, viaAccess(jwt, { headers: { Origin: origin } })),
        403,
        'origin_not_allowed',
      );
    }
  });

  test('same origin: the decision is applied, and logged under the e-mail', async () => {
    const id = await seedContribution(kit.db, { status: 'pending' });
    const response = await decide(id, viaAccess(await assertion(), { headers: { Origin: kit.url.origin } }));
    assert.equal(response.status, 200, await response.clone().text());
    const [row] = await logOf(kit.db, id);
    assert.equal(row.actor, 'ana@smart.coop');
  });

  test('reads need no Origin; bearer-token writes are not cookie-borne and need none either', async () => {
    assert.equal(
      (await kit.request('/api/v1/admin/contributions', viaAccess(await assertion()))).status,
      200,
    );
    const id = await seedContribution(kit.db, { status: 'pending' });
    assert.equal((await decide(id, MODERATOR)).status, 200);
  });

  test('an invalid assertion is 401 before any origin check', async () => {
    const id = await seedContribution(kit.db, { status: 'pending' });
    await expectUnchanged(kit, () => decide(id, viaAccess('not-a-jwt')), 401, 'admin_unauthorized');
  });
});
