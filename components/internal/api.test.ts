import { expect } from '@open-wc/testing';
import { errorMessage } from '../translations/dictionaries.ts';
import { fr } from '../translations/fr.ts';
import { ApiError, request } from './api.ts';
import { anonymousId } from './identity.ts';
import {
  type FetchStub,
  fakeToken,
  jsonResponse,
  memberClaims,
  problemResponse,
  stubFetch,
} from './test-helpers.ts';

const URL_ = 'https://api.test/api/v1/polls/deploiement-france';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('api client', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  it('sends the bearer token, never cookies, and no participant id when signed in', async () => {
    stub = stubFetch(() => jsonResponse({ ok: true }));
    expect(await request(URL_, { token: 'a.b.c' })).to.deep.equal({ ok: true });
    const [call] = stub.calls;
    expect(call.method).to.equal('GET');
    expect(call.credentials).to.equal('omit');
    expect(call.headers.get('Authorization')).to.equal('Bearer a.b.c');
    expect(call.headers.has('Sip-Participant')).to.be.false;
    expect(call.headers.has('Content-Type')).to.be.false;
  });

  it('sends the anonymous id when there is no token, and JSON bodies as POST', async () => {
    stub = stubFetch(() => jsonResponse({ ok: true }));
    await request(`${URL_}/ballot`, { token: null, body: { choices: ['for'] } });
    const [call] = stub.calls;
    expect(call.method).to.equal('POST');
    expect(call.headers.get('Sip-Participant')).to.equal(anonymousId());
    expect(call.headers.get('Content-Type')).to.equal('application/json');
    expect(call.headers.has('Authorization')).to.be.false;
    expect(call.body).to.deep.equal({ choices: ['for'] });
  });

  it('turns a problem+json answer into an ApiError with its code, detail and issues', async () => {
    stub = stubFetch(() => problemResponse(403, 'members_only', 'Members only'));
    const error = await rejection(request(URL_, { token: null }));
    expect(error).to.be.instanceOf(ApiError);
    expect(error).to.include({ status: 403, code: 'members_only', detail: 'Members only' });
    expect((error as ApiError).issues).to.deep.equal([]);
  });

  it('derives a code from the status when a proxy answers with something else', async () => {
    stub = stubFetch(() => new Response('<h1>Bad gateway</h1>', { status: 502 }));
    expect(await rejection(request(URL_, { token: null }))).to.include({
      status: 502,
      code: 'internal_error',
    });
    stub.restore();
    stub = stubFetch(() => new Response('Not here', { status: 404 }));
    expect(await rejection(request(URL_, { token: null }))).to.include({ status: 404, code: 'not_found' });
  });

  it('still checks error bodies against the Problem schema: a malformed one yields the status-based code', async () => {
    // A `code` without the rest of a problem (no type, title, status) is not trusted.
    stub = stubFetch(() => jsonResponse({ code: 'members_only', detail: 'Members only' }, 404));
    const error = await rejection(request(URL_, { token: null }));
    expect(error).to.be.instanceOf(ApiError);
    expect(error).to.include({ status: 404, code: 'not_found', detail: undefined });
    stub.restore();
    stub = stubFetch(() => jsonResponse({ type: 'about:blank', title: 'Nope', status: 429, code: 42 }, 429));
    expect(await rejection(request(URL_, { token: null }))).to.include({ status: 429, code: 'rate_limited' });
  });

  it('reports an unreachable API as status 0, network_error', async () => {
    stub = stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await rejection(request(URL_, { token: null }))).to.include({ status: 0, code: 'network_error' });
  });

  it('lets an abort through untouched, so callers can ignore it', async () => {
    stub = stubFetch(() => jsonResponse({}));
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(request(URL_, { token: null, signal: controller.signal }));
    expect(error).to.be.instanceOf(DOMException).and.have.property('name', 'AbortError');
  });

  it('a refused origin: the console names the page’s origin and SITES, once; the message names the origin', async () => {
    const detail =
      'Pages on X may not use this API. Add "X" to the origins of its site in the SITES setting.';
    stub = stubFetch(() => problemResponse(403, 'origin_not_allowed', detail));
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const error = (await rejection(request(URL_, { token: null }))) as ApiError;
      await rejection(request(URL_, { token: null }));
      expect(error.code).to.equal('origin_not_allowed');
      expect(errorMessage(fr, error.code)).to.include(location.origin);
    } finally {
      console.error = original;
    }
    expect(errors).to.have.length(1, 'told once per page');
    expect(String(errors[0][0])).to.include(location.origin).and.include('SITES');
  });

  it('a refused token: unexpired, it is the site’s configuration (token_refused, the console says what to fix); expired or unreadable, it stays invalid_token', async () => {
    stub = stubFetch(() => problemResponse(401, 'invalid_token'));
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    const expired = fakeToken(memberClaims({ exp: Math.floor(Date.now() / 1000) - 60 }));
    try {
      expect(await rejection(request(URL_, { token: fakeToken(memberClaims()) }))).to.include({
        status: 401,
        code: 'token_refused',
      });
      expect(errors).to.have.length(1);
      expect(String(errors[0][0])).to.include('SITE_SECRETS').and.include('https://api.test');
      expect(await rejection(request(URL_, { token: expired }))).to.include({ code: 'invalid_token' });
      expect(errors, 'an expired token is the visitor’s session: nothing to tell').to.have.length(1);
      expect(await rejection(request(URL_, { token: 'not-a-jwt' }))).to.include({ code: 'invalid_token' });
      expect(String(errors[1]?.[0])).to.include('not a readable JWT');
    } finally {
      console.error = original;
    }
  });

  it('after a write, sends its D1 bookmark with every later request (reads see the visitor’s own writes)', async () => {
    sessionStorage.clear();
    stub = stubFetch((call) =>
      call.method === 'POST'
        ? new Response('{}', {
            headers: { 'Content-Type': 'application/json', 'Sip-Bookmark': '0000002a-b' },
          })
        : new Response('{}', {
            headers: { 'Content-Type': 'application/json', 'Sip-Bookmark': '00000001-a' },
          }),
    );
    await request(URL_, { token: null });
    expect(stub.calls[0].headers.has('Sip-Bookmark'), 'a visitor who never wrote sends none').to.be.false;
    await request(`${URL_}/ballot`, { token: null, body: { choices: ['for'] } });
    await request(URL_, { token: null });
    expect(stub.calls[2].headers.get('Sip-Bookmark')).to.equal('0000002a-b');
    expect(sessionStorage.getItem('sip:bookmark:https://api.test')).to.equal(
      '0000002a-b',
      'kept for a reload',
    );
    sessionStorage.clear();
  });
});
