/**
 * The form's Cloudflare Turnstile challenge, for anonymous visitors on sites
 * that have a site key. Set up by the submission's code (submission-code.ts),
 * fetched when focus first enters the form; the challenge's own code
 * (turnstile-controller.ts) is a chunk of its own, fetched only when such a
 * visitor starts writing: most pages never need it.
 */
import type { ReactiveControllerHost } from 'lit';
import { OnDemand } from '../internal/on-demand.ts';
import type { TurnstileController } from './turnstile-controller.ts';

export class Turnstile {
  private readonly controller = new OnDemand(() =>
    import('./turnstile-controller.ts').then(
      ({ TurnstileController }) => new TurnstileController(this.host, this.siteKey, this.language),
    ),
  );

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The site key when this visitor must pass a challenge (anonymous on a site that has one), else undefined. */
    private readonly siteKey: () => string | undefined,
    private readonly language: () => string,
  ) {}

  /** Settles once the code of a challenge being started is at hand, or could not be fetched. */
  get ready(): Promise<unknown> | undefined {
    return this.controller.settled;
  }

  /** Shows the challenge when one is needed; idempotent. Without its code, the API explains what failed. */
  async start(): Promise<TurnstileController | undefined> {
    if (!this.siteKey()) return undefined;
    const controller = await this.controller.get().catch(() => undefined);
    void controller?.start();
    return controller;
  }

  /** A fresh token, waiting for the challenge if needed; undefined when none is needed or none could be had. */
  async response(): Promise<string | undefined> {
    return (await this.start())?.response();
  }

  /** A token is good for one submission: ask for the next one. */
  reset(): void {
    this.controller.current?.reset();
  }
}
