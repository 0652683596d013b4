/**
 * The configurator's requests: the items a web team can embed (the polls, the
 * themes), and where the bundle a snippet loads lives. The reads go without
 * identity: a web team embeds what every visitor can be shown.
 */
import * as v from 'valibot';
import type { LocalizedText } from '../../schema/common.ts';
import type { PollList } from '../../schema/polls.ts';
import { ApiError, request } from '../internal/api.ts';
import { loadThemes } from '../internal/catalog.ts';
import { endpoint } from '../internal/config.ts';
import type { ScriptSource } from './snippet.ts';
import type { ItemSource } from './widgets.ts';

export { loadThemes };

/** An item as the configurator lists it: its slug and what it is called. */
export interface EmbeddableItem {
  slug: string;
  title: LocalizedText;
}

/** Every poll, as the API lists them to anyone. */
export async function loadPolls(base: string): Promise<EmbeddableItem[]> {
  const { polls } = await request<PollList>(endpoint(base, 'polls'), { token: null, anonymous: false });
  return polls.map((poll) => ({ slug: poll.slug, title: poll.question }));
}

/** One loader per kind of item the catalog's widgets name (widgets.ts): a new kind is one line here. */
const LOADERS: Record<ItemSource, (base: string) => Promise<EmbeddableItem[]>> = {
  polls: loadPolls,
  themes: async (base) => (await loadThemes(base)).map(({ slug, title }) => ({ slug, title })),
};

export function loadItems(source: ItemSource, base: string): Promise<EmbeddableItem[]> {
  return LOADERS[source](base);
}

/** A released version of the bundle, at an immutable URL, with its Subresource Integrity hash. */
export interface PinnedRelease extends ScriptSource {
  version: string;
  integrity: string;
}

/** The moving bundle: `sip.js` on the kit's origin, which follows every release. */
export function movingScript(base: string): ScriptSource {
  return { src: new URL('/sip.js', base).href };
}

/**
 * The kit's manifest of pinned releases, as its build writes it
 * (`/versions.json`): the latest version and, per entry, its immutable URL
 * and Subresource Integrity hash. Checked, since a stale or foreign file must
 * not put a wrong hash in a web team's page.
 */
const VersionsManifest = v.object({
  latest: v.pipe(v.string(), v.minLength(1)),
  entries: v.object({
    'sip.js': v.object({
      url: v.string(),
      integrity: v.pipe(v.string(), v.regex(/^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$/)),
    }),
  }),
});

/**
 * The latest pinned release of `sip.js`, from the manifest at `url`; its
 * bundle's URL is resolved against the manifest's. Rejects with an ApiError
 * when the manifest cannot be read, and with `internal_error` when it is not
 * one.
 */
export async function loadPinnedRelease(url: string): Promise<PinnedRelease> {
  const address = new URL(url, document.baseURI);
  const manifest = await request<unknown>(address, { token: null, anonymous: false });
  const parsed = v.safeParse(VersionsManifest, manifest);
  if (!parsed.success) throw new ApiError(200, 'internal_error', 'not a manifest of releases');
  const { latest, entries } = parsed.output;
  const sip = entries['sip.js'];
  return {
    version: latest,
    src: new URL(sip.url, new URL(url, document.baseURI)).href,
    integrity: sip.integrity,
  };
}
