/**
 * The configurator's requests: the items a web team can embed (the polls, the
 * themes), and where the bundle a snippet loads lives. The reads go without
 * identity: a web team embeds what every visitor can be shown.
 */
import type { LocalizedText } from '../../schema/common.ts';
import type { PollList } from '../../schema/polls.ts';
import { request } from '../internal/api.ts';
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
 * HOOK (issue 7, section 3, pinned versions): the kit does not publish
 * versioned bundles yet. Once the build writes its manifest of releases
 * (`/v/<version>/sip.js` with their integrity hashes), read it here (same
 * origin: `request(new URL('/versions.json', base), …)`) and resolve with
 * the latest release: the configurator then offers "pinned" beside "moving"
 * (its `pinned` property, already rendered and tested). Until then there is
 * nothing to ask for, so no request is made (a 404 would put an error in the
 * page's console).
 */
export async function loadPinnedRelease(_base: string): Promise<PinnedRelease | undefined> {
  return undefined;
}
