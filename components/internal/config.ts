/**
 * Where a widget finds the API and the host site's token-url.
 *
 * Host pages usually configure every widget at once with `<meta>` tags, and
 * apps that bundle the kit with `configure()`; an attribute on one element
 * wins over both for pages that mix back ends.
 */

/** What a widget exposes for configuration (its `api` and `token-url` attributes). */
export interface EndpointOptions {
  api?: string;
  tokenUrl?: string;
}

/** What `configure()` set for every element of the page. */
let pageOptions: EndpointOptions = {};

/**
 * Sets the API base and the token-url for every element of the page, for
 * apps that bundle the kit: the bundle is then served by the app, not by the
 * Worker, so the default (`/api/v1/` beside the bundle) would be the app's
 * origin. An element's `api` / `token-url` attribute still wins; this wins
 * over the `<meta>` tags. Call it before the elements connect (elements
 * already showing keep their data until their next load). A key given as
 * `undefined` is cleared; a key left out keeps its value.
 *
 * @example
 * import { configure } from '@smart-coop/sip-kit';
 * configure({ api: 'https://participation.smart.coop/api/v1/', tokenUrl: '/sip-token' });
 *
 * @throws TypeError when a URL cannot be resolved against the page, at once rather than at the first request.
 */
export function configure(options: EndpointOptions): void {
  for (const value of [options.api, options.tokenUrl])
    if (value?.trim()) new URL(value.trim(), document.baseURI);
  pageOptions = { ...pageOptions, ...options };
}

function configuredValue(key: keyof EndpointOptions): string | undefined {
  return pageOptions[key]?.trim() || undefined;
}

function meta(name: string): string | undefined {
  return document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content.trim() || undefined;
}

/**
 * The API base URL, always absolute and ending with `/` so that endpoint paths
 * resolve below it: the element's `api`, else `configure({ api })`, else
 * `<meta name="sip:api">`, else `/api/v1/` on the origin that served the
 * bundle (the Worker serves both).
 */
export function resolveApiBase(options: EndpointOptions): string {
  const configured = options.api?.trim() || configuredValue('api') || meta('sip:api');
  const base = configured ? new URL(configured, document.baseURI) : new URL('/api/v1/', import.meta.url);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return base.href;
}

/**
 * The host site's token-url (absolute): the element's `token-url`, else
 * `configure({ tokenUrl })`, else `<meta name="sip:token-url">`; null when
 * the page offers no sign-in.
 */
export function resolveTokenUrl(options: EndpointOptions): string | null {
  const configured = options.tokenUrl?.trim() || configuredValue('tokenUrl') || meta('sip:token-url');
  return configured ? new URL(configured, document.baseURI).href : null;
}

/** `endpoint(base, 'polls', slug, 'ballot')`: each segment is escaped, so slugs never alter the path. */
export function endpoint(base: string, ...segments: string[]): URL {
  return new URL(segments.map(encodeURIComponent).join('/'), base);
}
