/**
 * The address of a recommendation opened in place: `?sip-recommendation=SLUG`
 * on the host page. Opening one pushes that address, so the browser's Back
 * closes it and a copied link opens it again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The query parameter naming the recommendation open in place. */
export const DEEP_LINK_PARAM = 'sip-recommendation';

/** The recommendation the page's address names, or null. */
export function linkedSlug(): string | null {
  return new URLSearchParams(location.search).get(DEEP_LINK_PARAM) || null;
}

/** The page's address with `slug` open in place (without any, for null); the rest of the address is kept. */
export function deepLink(slug: string | null): string {
  const url = new URL(location.href);
  if (slug) url.searchParams.set(DEEP_LINK_PARAM, slug);
  else url.searchParams.delete(DEEP_LINK_PARAM);
  return url.href;
}

/**
 * Follows the browser's history for a feed: `follow(slug)` is called with the
 * address's recommendation whenever the visitor goes back or forward.
 */
export class DeepLinkController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly follow: (slug: string | null) => void,
  ) {
    host.addController(this);
  }

  /** Makes `slug` (or the list) the page's current address, as a new history entry. */
  push(slug: string | null): void {
    const href = deepLink(slug);
    if (href !== location.href) history.pushState(null, '', href);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.popped);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.popped);
  }

  private readonly popped = () => this.follow(linkedSlug());
}
