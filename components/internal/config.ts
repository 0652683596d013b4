/**
 * Where a widget finds the API and the host site's token-url.
 *
 * Host pages usually configure every widget at once with `<meta>` tags; an
 * attribute on one element wins over them for pages that mix back ends.
 */

/** What a widget exposes for configuration (its `api` and `token-url` attributes). */
export interface EndpointOptions {
  api?: string;
  tokenUrl?: string;
}

function meta(name: string): string | undefined {
  return document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content.trim() || undefined;
}

/**
 * The API base URL, always absolute and ending with `/` so that endpoint paths
 * resolve below it: the element's `api`, else `<meta name="sip:api">`, else
 * `/api/v1/` on the origin that served the bundle (the Worker serves both).
 */
export function resolveApiBase(options: EndpointOptions): string {
  const configured = options.api?.trim() || meta('sip:api');
  const base = configured ? new URL(configured, document.baseURI) : new URL('/api/v1/', import.meta.url);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return base.href;
}

/** The host site's token-url (absolute), or null when the page offers no sign-in. */
export function resolveTokenUrl(options: EndpointOptions): string | null {
  const configured = options.tokenUrl?.trim() || meta('sip:token-url');
  return configured ? new URL(configured, document.baseURI).href : null;
}

/** `endpoint(base, 'polls', slug, 'ballot')`: each segment is escaped, so slugs never alter the path. */
export function endpoint(base: string, ...segments: string[]): URL {
  return new URL(segments.map(encodeURIComponent).join('/'), base);
}
