/**
 * The kit's entry as an app that bundles it uses it: one `configure()` call
 * points every widget at the Worker, since the bundle is not served beside
 * the API any more.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { type FetchStub, jsonResponse, stubFetch, whenSettled } from './internal/test-helpers.ts';
import { motionPoll } from './poll/test-utils.ts';
import { configure, type SipContributionList, type SipPoll } from './sip.ts';

const WORKER = 'https://participation.smart.test/api/v1/';

describe('sip.ts, for apps that bundle the kit', () => {
  let stub: FetchStub | undefined;
  afterEach(() => {
    stub?.restore();
    configure({ api: undefined, tokenUrl: undefined });
  });

  it('sends every widget’s requests to the API given to configure()', async () => {
    stub = stubFetch((call) =>
      call.url.pathname.includes('/polls/')
        ? jsonResponse(motionPoll())
        : jsonResponse(
            call.url.pathname.endsWith('/contributions') ? { contributions: [], nextCursor: null } : [],
          ),
    );
    configure({ api: WORKER });
    await whenSettled(() => fixture<SipPoll>(html`<sip-poll poll="deploiement-france"></sip-poll>`));
    await whenSettled(() =>
      fixture<SipContributionList>(html`<sip-contribution-list></sip-contribution-list>`),
    );
    expect(stub.calls.length).to.be.greaterThan(1);
    for (const call of stub.calls) expect(call.url.href.startsWith(WORKER), call.url.href).to.be.true;
  });

  it('lets an element’s own api attribute win over configure()', async () => {
    stub = stubFetch(() => jsonResponse(motionPoll()));
    configure({ api: WORKER });
    await whenSettled(() =>
      fixture<SipPoll>(
        html`<sip-poll poll="deploiement-france" api="https://other.test/api/v1/"></sip-poll>`,
      ),
    );
    expect(stub.calls.map((call) => call.url.origin)).to.deep.equal(['https://other.test']);
  });
});
