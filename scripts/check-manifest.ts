/**
 * Generates custom-elements.json, checks that it describes every element the
 * bundle defines with its public contract (attributes, events, parts), and
 * renders it as docs/elements.md. That file is committed: when it differs
 * from what the JSDoc now says, the check fails, so the docs never drift.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

type Item = { name: string; description?: string; default?: string; type?: { text: string } };
type Declaration = {
  tagName?: string;
  summary?: string;
  attributes?: Item[];
  events?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
  slots?: Item[];
};
type Manifest = { modules: { declarations?: Declaration[] }[] };

execFileSync('node_modules/.bin/cem', ['analyze', '--quiet'], { stdio: 'inherit' });
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Manifest;
const described = new Map(
  manifest.modules.flatMap((module) => module.declarations ?? []).map((d) => [d.tagName, d] as const),
);

const defined = readdirSync('components', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .flatMap((file) => [
    ...readFileSync(`components/${file}`, 'utf8').matchAll(/customElements\.define\(\s*'([a-z-]+)'/g),
  ])
  .map((match) => match[1])
  .sort();

const problems = defined.flatMap((tag) => {
  const declaration = described.get(tag);
  if (!declaration) return [`${tag} is not in the manifest`];
  return (['attributes', 'events', 'cssParts'] as const)
    .filter((key) => !declaration[key]?.length)
    .map((key) => `${tag} has no ${key} in the manifest`);
});
if (defined.length === 0) problems.push('no element definitions found');

const cell = (text = '') => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
function table(title: string, head: string[], rows: string[][]): string {
  if (rows.length === 0) return '';
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
  return `**${title}**\n\n${[...lines, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n')}\n`;
}
const markdown = [
  '# Elements\n\nGenerated from the components’ JSDoc by `npm run manifest` (custom-elements.json). Do not edit.\n',
  ...defined.map((tag) => {
    const d = described.get(tag) ?? {};
    return [
      `## \`<${tag}>\`\n\n${d.summary ?? ''}\n`,
      table(
        'Attributes',
        ['name', 'type', 'description'],
        (d.attributes ?? []).map((a) => [`\`${a.name}\``, a.type?.text ?? '', a.description ?? '']),
      ),
      table(
        'Events',
        ['name', 'detail', 'description'],
        (d.events ?? []).map((e) => [`\`${e.name}\``, e.type?.text ?? '', e.description ?? '']),
      ),
      table(
        'Parts',
        ['name', 'description'],
        (d.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description ?? '']),
      ),
      table(
        'Custom properties',
        ['name', 'description'],
        (d.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description ?? '']),
      ),
      table(
        'Slots',
        ['name', 'description'],
        (d.slots ?? []).map((s) => [`\`${s.name || '(default)'}\``, s.description ?? '']),
      ),
    ]
      .filter(Boolean)
      .join('\n');
  }),
].join('\n');

const docs = 'docs/elements.md';
const previous = existsSync(docs) ? readFileSync(docs, 'utf8') : '';
if (previous !== markdown) {
  writeFileSync(docs, markdown);
  if (process.env.CI) problems.push(`${docs} was out of date with the JSDoc: regenerated it, commit it`);
  else console.log(`manifest: regenerated ${docs}`);
}
for (const problem of problems) console.error(`manifest: ${problem}`);
if (problems.length) process.exit(1);
console.log(`manifest: ${defined.join(', ')} described`);
