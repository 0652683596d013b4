import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveTokenUrl } from './config.ts';
import {
  ANONYMOUS,
  type Identity,
  identityFromToken,
  personKey,
  type TokenSource,
  tokenSource,
} from './identity.ts';

/** The identity inputs of a widget: its `token` property and `token-url` attribute. */
export interface IdentityOptions {
  token?: string;
  tokenUrl?: string;
}

/**
 * Connects a widget to the visitor's identity. `version` changes when the
 * person behind the token-url changes (sign-in, sign-out, other account), so
 * a widget can list it among the arguments of its data task and reload; a
 * plain token refresh for the same person only updates the token sent.
 */
export class IdentityController implements ReactiveController {
  version = 0;
  private source: TokenSource | null = null;
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost & IdentityOptions) {
    host.addController(this);
  }

  /** The identity to use for a request, waiting for the token-url's first answer. */
  async resolve(): Promise<Identity> {
    if (this.host.token) return identityFromToken(this.host.token);
    if (!this.source) return ANONYMOUS;
    await this.source.ready;
    return this.source.current;
  }

  /** What is known right now, for display. */
  get current(): Identity {
    if (this.host.token) return identityFromToken(this.host.token);
    return this.source?.current ?? ANONYMOUS;
  }

  hostConnected(): void {
    this.follow();
  }

  hostUpdate(): void {
    // The token-url attribute (or the page's meta tag) may have changed since the last render.
    this.follow();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.source = null;
  }

  private follow(): void {
    const url = resolveTokenUrl(this.host);
    if (url === (this.source?.url ?? null)) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.source = url ? tokenSource(url) : null;
    this.unsubscribe = this.source?.subscribe((next, previous) => {
      if (personKey(next) !== personKey(previous)) this.version += 1;
      this.host.requestUpdate();
    });
  }
}
