/**
 * Cloudflare Turnstile for anonymous contributions, loaded only when an
 * anonymous visitor starts filling in a form on a site that has a site key.
 *
 * Turnstile does not render inside shadow roots, so its widget goes into a
 * light-DOM child of the host (`slot="turnstile"`), which the form shows
 * through a slot of that name.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const SCRIPT_URL = 'https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit';
/** How long a submission waits for a challenge still being solved. */
const TOKEN_TIMEOUT_MS = 10_000;

/** The part of Turnstile's global API the form uses. */
export interface TurnstileApi {
  render(container: HTMLElement, options: Record<string, unknown>): string | undefined;
  reset(widgetId?: string): void;
  remove(widgetId: string): void;
}

declare global {
  interface Window {
    turnstile?: TurnstileApi;
  }
}

let loading: Promise<TurnstileApi> | undefined;

/** Turnstile's API, injecting its script once per page (a page that has it already is used as is). */
function loadTurnstile(): Promise<TurnstileApi> {
  if (window.turnstile) return Promise.resolve(window.turnstile);
  loading ??= new Promise<TurnstileApi>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = SCRIPT_URL;
    script.async = true;
    script.onload = () => (window.turnstile ? resolve(window.turnstile) : reject(new Error('no turnstile')));
    script.onerror = () => {
      // Let a later attempt try again.
      loading = undefined;
      script.remove();
      reject(new Error('turnstile unreachable'));
    };
    document.head.append(script);
  });
  return loading;
}

export class TurnstileController implements ReactiveController {
  private token: string | undefined;
  private widgetId: string | undefined;
  private container: HTMLElement | undefined;
  private started: Promise<void> | undefined;
  private waiting: ((token: string | undefined) => void)[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The site key when this visitor must pass a challenge (anonymous on a site that has one), else undefined. */
    private readonly siteKey: () => string | undefined,
    private readonly language: () => string,
  ) {
    host.addController(this);
  }

  /** Shows the challenge, when one is needed; idempotent. */
  start(): Promise<void> {
    const siteKey = this.siteKey();
    if (!siteKey) return Promise.resolve();
    this.started ??= loadTurnstile().then(
      (turnstile) => {
        // Stopped (signed in, removed) while the script was on its way.
        if (!this.started || !this.host.isConnected) return;
        this.container = document.createElement('div');
        this.container.slot = 'turnstile';
        this.host.append(this.container);
        this.widgetId = turnstile.render(this.container, {
          sitekey: siteKey,
          language: this.language(),
          action: 'contribution',
          appearance: 'interaction-only',
          callback: (token: string) => this.settle(token),
          'expired-callback': () => {
            this.token = undefined;
          },
          'error-callback': () => this.settle(undefined),
        });
      },
      // Unreachable script: submit without a token, the API explains what failed.
      () => {
        this.started = undefined;
      },
    );
    return this.started;
  }

  /**
   * A fresh token, waiting for the challenge if needed; undefined when none is
   * needed or none could be had in time (the API then explains what failed).
   */
  async response(): Promise<string | undefined> {
    await this.start();
    if (this.token || !this.container) return this.token;
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.settle(undefined), TOKEN_TIMEOUT_MS);
      this.waiting.push((token) => {
        clearTimeout(timer);
        resolve(token);
      });
    });
  }

  /** A token is good for one submission: ask for the next one. */
  reset(): void {
    this.token = undefined;
    if (this.widgetId !== undefined) window.turnstile?.reset(this.widgetId);
  }

  stop(): void {
    if (this.widgetId !== undefined) window.turnstile?.remove(this.widgetId);
    this.container?.remove();
    this.token = this.widgetId = this.container = this.started = undefined;
    this.settle(undefined);
  }

  hostUpdated(): void {
    // Signed in meanwhile: no challenge any more.
    if (!this.siteKey() && this.started) this.stop();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private settle(token: string | undefined): void {
    this.token = token;
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve(token);
  }
}
