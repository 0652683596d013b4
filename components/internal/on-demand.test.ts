import { expect } from '@open-wc/testing';
import { ApiError } from './api.ts';
import { OnDemand } from './on-demand.ts';

describe('code on demand', () => {
  it('fetches once, keeps the code, and settles for updateComplete', async () => {
    let fetches = 0;
    const code = new OnDemand(async () => {
      fetches += 1;
      return { answer: 42 };
    });
    expect(code.current).to.equal(undefined);
    expect(code.settled).to.equal(undefined);
    const first = code.get();
    expect(code.get() === first, 'one fetch for two uses').to.be.true;
    await code.settled;
    expect(code.current?.answer).to.equal(42);
    expect(fetches).to.equal(1);
  });

  it('an unreachable chunk is a network error, and the next use tries again', async () => {
    let fetches = 0;
    const code = new OnDemand(async () => {
      fetches += 1;
      if (fetches === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return 'ready';
    });
    const failure = await code.get().catch((error: unknown) => error);
    expect(failure).to.be.instanceOf(ApiError);
    expect((failure as ApiError).status).to.equal(0);
    expect((failure as ApiError).code).to.equal('network_error');
    expect(code.current).to.equal(undefined);
    expect(await code.get()).to.equal('ready');
    expect(fetches).to.equal(2);
  });
});
