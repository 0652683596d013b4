/**
 * The form's Cloudflare Turnstile challenge, for anonymous visitors on sites
 * that have a site key. Its code (turnstile-controller.ts) is a chunk of its
 * own, fetched when such a visitor starts writing: most pages never need it.
 */
import type { ReactiveControllerHost } from 'lit';
import type { TurnstileController } from './turnstile-controller.ts';

export class Turnstile {
  private controller: Promise<TurnstileController> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The site key when this visitor must pass a challenge (anonymous on a site that has one), else undefined. */
    private readonly siteKey: () => string | undefined,
    private readonly language: () => string,
  ) {}

  /** Shows the challenge when one is needed; idempotent. Settles once its code is at hand (or unreachable). */
  start(): Promise<TurnstileController | undefined> {
    if (!this.controller) {
      if (!this.siteKey()) return Promise.resolve(undefined);
      this.controller = import('./turnstile-controller.ts').then(
        ({ TurnstileController }) => new TurnstileController(this.host, this.siteKey, this.language),
      );
      // Unreachable chunk: the form sends without a token (the API explains); a later start tries again.
      this.controller.catch(() => {
        this.controller = undefined;
      });
    }
    return this.controller.then(
      (controller) => {
        void controller.start();
        return controller;
      },
      () => undefined,
    );
  }

  /** Settles once the code of a challenge being started is at hand, or could not be fetched. */
  get ready(): Promise<unknown> | undefined {
    return this.controller?.catch(() => undefined);
  }

  /** A fresh token, waiting for the challenge if needed; undefined when none is needed or none could be had. */
  async response(): Promise<string | undefined> {
    return (await this.start())?.response();
  }

  /** A token is good for one submission: ask for the next one. */
  reset(): void {
    void this.controller?.then((controller) => controller.reset());
  }
}
