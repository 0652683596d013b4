/**
 * Generates custom-elements.json and checks that it describes every element
 * the bundle defines, with its public contract (attributes, events, parts).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

type Declaration = { tagName?: string; attributes?: unknown[]; events?: unknown[]; cssParts?: unknown[] };
type Manifest = { modules: { declarations?: Declaration[] }[] };

execFileSync('cem', ['analyze', '--quiet'], { stdio: 'inherit' });
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Manifest;
const described = new Map(
  manifest.modules.flatMap((module) => module.declarations ?? []).map((d) => [d.tagName, d] as const),
);

const defined = readdirSync('components', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .flatMap((file) => [
    ...readFileSync(`components/${file}`, 'utf8').matchAll(/customElements\.define\(\s*'([a-z-]+)'/g),
  ])
  .map((match) => match[1]);

const problems = defined.flatMap((tag) => {
  const declaration = described.get(tag);
  if (!declaration) return [`${tag} is not in the manifest`];
  return (['attributes', 'events', 'cssParts'] as const)
    .filter((key) => !declaration[key]?.length)
    .map((key) => `${tag} has no ${key} in the manifest`);
});
if (defined.length === 0) problems.push('no element definitions found');
for (const problem of problems) console.error(`manifest: ${problem}`);
if (problems.length) process.exit(1);
console.log(`manifest: ${defined.join(', ')} described`);
