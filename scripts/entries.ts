// The bundle's entries, found rather than listed: a folder of components/
// with a define module of its own name (components/poll/poll.ts) is a widget
// with its own entry (dist/poll.js). The moderation page (components/admin/)
// has one too, but it is not a widget: no host page embeds it.
import { existsSync, readdirSync } from 'node:fs';

/** Every components/ folder with a define module, the moderation page included. */
export function entryFolders(root = 'components'): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`${root}/${entry.name}/${entry.name}.ts`))
    .map((entry) => entry.name)
    .sort();
}

/** The embeddable widgets: every entry folder but the moderation page. */
export function widgetFolders(root = 'components'): string[] {
  return entryFolders(root).filter((name) => name !== 'admin');
}
