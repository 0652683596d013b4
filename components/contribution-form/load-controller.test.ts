import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deferred } from '../internal/test-helpers.ts';
import { LoadController } from './load-controller.ts';

/** A host that counts the updates it is asked for and runs its controllers' hostUpdate on demand. */
function fakeHost() {
  const controllers: ReactiveController[] = [];
  const host = {
    updates: 0,
    addController: (controller: ReactiveController) => controllers.push(controller),
    removeController: () => {},
    requestUpdate: () => {
      host.updates += 1;
    },
    updateComplete: Promise.resolve(true),
    /** What Lit does before each render. */
    update: () => {
      for (const controller of controllers) controller.hostUpdate?.();
    },
  };
  return host satisfies ReactiveControllerHost;
}

describe('LoadController', () => {
  it('runs on the first update, then again only when an argument changes', async () => {
    const host = fakeHost();
    let arg = 'a';
    const runs: string[] = [];
    const completed: string[] = [];
    const loader = new LoadController(host, {
      args: () => [arg, 1] as const,
      task: async ([value]) => {
        runs.push(value);
        return value.toUpperCase();
      },
      onComplete: (value) => completed.push(value),
    });
    expect(loader.status).to.equal('pending');
    host.update();
    expect(host.updates, 'asked to show the pending state').to.equal(1);
    await Promise.resolve();
    await Promise.resolve();
    expect(loader.status).to.equal('complete');
    expect(completed).to.deep.equal(['A']);
    expect(host.updates, 'asked to show the outcome').to.equal(2);

    host.update();
    host.update();
    expect(runs, 'same arguments: no new run').to.deep.equal(['a']);
    arg = 'b';
    host.update();
    expect(runs).to.deep.equal(['a', 'b']);
  });

  it('only the latest run counts: an earlier one settling later is ignored', async () => {
    const host = fakeHost();
    const answers = [deferred<string>(), deferred<string>()];
    let call = 0;
    const completed: string[] = [];
    const loader = new LoadController(host, {
      args: () => [call] as const,
      task: () => answers[call++].promise,
      onComplete: (value) => completed.push(value),
    });
    host.update();
    const latest = loader.run();
    answers[1].resolve('latest');
    await latest;
    answers[0].resolve('stale');
    await answers[0].promise;
    await Promise.resolve();
    expect(completed).to.deep.equal(['latest']);
    expect(loader.status).to.equal('complete');
  });

  it('a failure is kept and reported; run() tries again', async () => {
    const host = fakeHost();
    let fail = true;
    const errors: unknown[] = [];
    const loader = new LoadController(host, {
      args: () => [] as const,
      task: async () => {
        if (fail) throw new Error('down');
        return 'up';
      },
      onError: (error) => errors.push(error),
    });
    host.update();
    await Promise.resolve();
    await Promise.resolve();
    expect(loader.status).to.equal('error');
    expect((loader.error as Error).message).to.equal('down');
    expect(errors).to.have.length(1);

    fail = false;
    await loader.run();
    expect(loader.status).to.equal('complete');
  });
});
