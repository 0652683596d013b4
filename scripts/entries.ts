// The bundle's entries, found rather than listed: a folder of components/
// with a define module of its own name (components/poll/poll.ts) has its own
// entry (dist/poll.js). A folder that also has an index.html is a page the
// Worker serves at /<folder>/ (the moderation page, the configurator), not a
// widget: no host page embeds it, and sip.js does not define it.
import { existsSync, readdirSync } from 'node:fs';

/** Every components/ folder with a define module, pages included. */
export function entryFolders(root = 'components'): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`${root}/${entry.name}/${entry.name}.ts`))
    .map((entry) => entry.name)
    .sort();
}

/** The pages: entry folders with an index.html, served at /<folder>/. */
export function pageFolders(root = 'components'): string[] {
  return entryFolders(root).filter((name) => existsSync(`${root}/${name}/index.html`));
}

/** The embeddable widgets: every entry folder that is not a page. */
export function widgetFolders(root = 'components'): string[] {
  const pages = new Set(pageFolders(root));
  return entryFolders(root).filter((name) => !pages.has(name));
}
