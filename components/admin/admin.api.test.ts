import { expect } from '@open-wc/testing';
import { ApiError } from '../internal/api.ts';
import { type FetchStub, jsonResponse, problemResponse, stubFetch } from '../internal/test-helpers.ts';
import { AdminClient } from './admin.api.ts';
import { forgetSession, queueItem, rememberToken, TOKEN } from './test-utils.ts';

const API = 'https://api.test/api/v1/';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('AdminClient', () => {
  let stub: FetchStub | undefined;
  beforeEach(() => rememberToken());
  afterEach(() => {
    stub?.restore();
    forgetSession();
  });

  it('sends DELETE with the bearer token and no body, and resolves an empty 204 with undefined', async () => {
    stub = stubFetch(() => new Response(null, { status: 204 }));
    const answer = await new AdminClient(API).call(['polls', 'outil-prioritaire'], { method: 'DELETE' });
    expect(answer).to.equal(undefined);
    const [call] = stub.calls;
    expect(call.method).to.equal('DELETE');
    expect(call.url.href).to.equal(`${API}admin/polls/outil-prioritaire`);
    expect(call.headers.get('Authorization')).to.equal(`Bearer ${TOKEN}`);
    expect(call.headers.has('Content-Type')).to.be.false;
    expect(call.credentials).to.equal('same-origin');
  });

  it('sends PATCH with a JSON body, and resolves with the JSON answer', async () => {
    stub = stubFetch((call) => jsonResponse({ slug: 'outil-prioritaire', ...(call.body as object) }));
    const answer = await new AdminClient(API).call(['polls', 'outil-prioritaire'], {
      method: 'PATCH',
      body: { closesAt: '2026-04-01T10:00:00.000Z' },
    });
    expect(answer).to.deep.equal({ slug: 'outil-prioritaire', closesAt: '2026-04-01T10:00:00.000Z' });
    const [call] = stub.calls;
    expect(call.method).to.equal('PATCH');
    expect(call.headers.get('Content-Type')).to.equal('application/json');
    expect(call.body).to.deep.equal({ closesAt: '2026-04-01T10:00:00.000Z' });
  });

  it('names each request of the moderation page by its route, leaving empty query values out', async () => {
    const item = queueItem(1, { status: 'published' });
    stub = stubFetch((call) =>
      call.url.pathname.endsWith('/decisions')
        ? jsonResponse(item)
        : jsonResponse({ items: [], entries: [], nextCursor: null }),
    );
    const client = new AdminClient(API);
    await client.queue({ status: '', theme: 'outils', cursor: 'abc' });
    await client.auditLog({ kind: 'contribution', item: 'c1' });
    expect(await client.decide('c1', { action: 'publish' })).to.deep.equal(item);
    const routes = stub.calls.map((call) => `${call.method} ${call.url.pathname}${call.url.search}`);
    expect(routes).to.deep.equal([
      'GET /api/v1/admin/contributions?theme=outils&cursor=abc',
      'GET /api/v1/admin/audit?kind=contribution&item=c1',
      'POST /api/v1/admin/contributions/c1/decisions',
    ]);
    expect(stub.calls[2].body).to.deep.equal({ action: 'publish' });
    expect(client.exportUrl('contributions/export.csv', { theme: 'outils' }).href).to.equal(
      `${API}admin/contributions/export.csv?theme=outils`,
    );
  });

  it('reads themes and territories from the public API, without identity', async () => {
    stub = stubFetch((call) =>
      jsonResponse(call.url.pathname.endsWith('/themes') ? { themes: [] } : { territories: [] }),
    );
    const client = new AdminClient(API);
    expect(await client.themes()).to.deep.equal({ themes: [] });
    expect(await client.territories()).to.deep.equal({ territories: [] });
    expect(stub.calls.map((call) => call.url.href)).to.deep.equal([`${API}themes`, `${API}territories`]);
    for (const call of stub.calls) {
      expect(call.headers.has('Authorization')).to.be.false;
      expect(call.credentials).to.equal('omit');
    }
  });

  it('turns a problem into an ApiError, and reports a 401 to the page, except when asking who is signed in', async () => {
    stub = stubFetch(() => problemResponse(401, 'admin_unauthorized'));
    let expired = 0;
    const client = new AdminClient(API, () => {
      expired += 1;
    });
    const error = await rejection(client.call(['polls', 'x'], { method: 'DELETE' }));
    expect(error).to.be.instanceOf(ApiError).and.include({ status: 401, code: 'admin_unauthorized' });
    expect(expired).to.equal(1);
    await rejection(client.session());
    await rejection(client.whoAmI(TOKEN));
    expect(expired, 'session and whoAmI answer, they do not expire').to.equal(1);
  });
});
