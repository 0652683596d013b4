/**
 * `npm run package`: the kit as an npm package for web teams that bundle
 * their front end, built into dist-package/ (`npm pack dist-package` makes
 * the tarball; `npm publish dist-package` publishes it).
 *
 * A package of its own rather than the repository's root: the root is the
 * Worker's project (hono, wrangler, test tools), none of which a host app
 * should install. The package holds the components compiled module by
 * module by tsc (with their `.d.ts`), not the Worker's bundles: Lit, @lit/task
 * and valibot stay dependencies, so an app that already has Lit loads it once,
 * and its bundler splits and tree-shakes as it does for its own code.
 *
 * Entries, named as the Worker serves them: `@smart-coop/sip-kit` (or
 * `/sip.js`) defines every element, `/poll.js`, `/contribution-form.js`, …
 * one each; each also exports `configure()` (the API base for an app that
 * serves the bundle itself). `/react` is the JSX typings for React 19,
 * `/custom-elements.json` the elements' manifest.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { widgetFolders } from './entries.ts';

export const PACKAGE_DIR = 'dist-package';
export const PACKAGE_NAME = '@smart-coop/sip-kit';

type RootPackage = {
  version: string;
  description: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** What the compiled modules import from npm: the package's dependencies. */
const RUNTIME_DEPENDENCIES = ['lit', '@lit/task', 'valibot'];

/**
 * tsc rewrites `./x.ts` to `./x.js` in the modules it emits, except in an
 * `import()` inside a class field's initializer (moved into the constructor,
 * as `useDefineForClassFields: false` does, the import escapes the rewrite):
 * finish the job, and refuse any `.ts` specifier left.
 */
function rewriteLeftoverSpecifiers(folder: string): void {
  for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.js')) continue;
    const path = join(folder, file);
    const code = readFileSync(path, 'utf8');
    const fixed = code.replace(/(\bimport\(\s*)(['"])(\.{1,2}\/[^'"]+)\.ts\2/g, '$1$2$3.js$2');
    const left = fixed.match(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]\.{1,2}\/[^'"]+\.ts['"]/);
    if (left) throw new Error(`package: ${path} still imports ${left[0]}`);
    if (fixed !== code) writeFileSync(path, fixed);
  }
}

/** The top-level entry modules: the Worker's entry names, each re-exporting its define module and configure(). */
function writeEntries(entries: { name: string; module: string }[]): void {
  for (const { name, module } of entries) {
    const config = name === 'sip' ? '' : `export { configure } from './components/internal/config.js';\n`;
    const exports = `export * from './${module}.js';\n${config}`;
    writeFileSync(join(PACKAGE_DIR, `${name}.js`), exports);
    writeFileSync(join(PACKAGE_DIR, `${name}.d.ts`), exports);
  }
}

/**
 * The manifest of the elements the package defines, with the paths of the
 * package's modules: the moderation page's elements are not in it.
 */
function writeManifest(): void {
  type Manifest = { modules: { path: string }[] };
  execFileSync('node_modules/.bin/cem', ['analyze', '--quiet'], { stdio: 'inherit' });
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Manifest;
  const shipped = manifest.modules
    .map((module) => ({ ...module, path: module.path.replace(/\.ts$/, '.js') }))
    .filter((module) => existsSync(join(PACKAGE_DIR, module.path)));
  const text = JSON.stringify({ ...manifest, modules: shipped }, null, 2).replaceAll(
    /("(?:path|module)": "[^"]+)\.ts"/g,
    '$1.js"',
  );
  writeFileSync(join(PACKAGE_DIR, 'custom-elements.json'), `${text}\n`);
}

function packageJson(root: RootPackage, entries: { name: string; module: string }[]): object {
  const entry = (name: string) => ({ types: `./${name}.d.ts`, default: `./${name}.js` });
  const modules = entries.map(({ module }) => `./${module}.js`);
  return {
    name: PACKAGE_NAME,
    version: root.version,
    description: root.description.replace(/ and a Hono Worker.*$/, ', for apps that bundle them.'),
    type: 'module',
    main: './sip.js',
    types: './sip.d.ts',
    exports: {
      '.': entry('sip'),
      ...Object.fromEntries(entries.map(({ name }) => [`./${name}.js`, entry(name)])),
      './react': { types: './components/react.d.ts', default: './components/react.js' },
      './custom-elements.json': './custom-elements.json',
      './package.json': './package.json',
    },
    // The entries and the define modules register elements on import: no bundler may drop them.
    sideEffects: [...entries.map(({ name }) => `./${name}.js`), ...modules],
    files: ['*.js', '*.d.ts', 'components', 'schema', 'custom-elements.json', 'README.md'],
    customElements: 'custom-elements.json',
    dependencies: Object.fromEntries(RUNTIME_DEPENDENCIES.map((name) => [name, root.dependencies[name]])),
    peerDependencies: { '@types/react': root.devDependencies['@types/react'] },
    peerDependenciesMeta: { '@types/react': { optional: true } },
  };
}

const README = `# ${PACKAGE_NAME}

The Smart in Progress participation widgets (\`<sip-poll>\`, \`<sip-contribution-form>\`,
\`<sip-contribution-list>\`) for apps that bundle their front end. Pages that do not bundle load
\`https://<the kit's Worker>/sip.js\` (or a pinned \`/v/<version>/sip.js\` with its SRI hash) instead.

\`\`\`js
import { configure } from '${PACKAGE_NAME}'; // defines every element; '${PACKAGE_NAME}/poll.js' defines one
configure({ api: 'https://sip.example.workers.dev/api/v1/', tokenUrl: '/sip-token' }); // the kit's Worker
\`\`\`

React 19 with TypeScript: \`import type {} from '${PACKAGE_NAME}/react';\` once, then
\`<sip-poll poll="…" onsip-vote={(event) => event.detail.choices} />\` is typed.
The elements, their attributes, events, parts and custom properties: \`custom-elements.json\`.
`;

/** Builds dist-package/. */
export function buildPackage(): void {
  const root = JSON.parse(readFileSync('package.json', 'utf8')) as RootPackage;
  const entries = [
    { name: 'sip', module: 'components/sip' },
    ...widgetFolders().map((name) => ({ name, module: `components/${name}/${name}` })),
  ];
  rmSync(PACKAGE_DIR, { recursive: true, force: true });
  execFileSync('node_modules/.bin/tsc', ['-p', 'components/tsconfig.package.json'], { stdio: 'inherit' });
  rewriteLeftoverSpecifiers(PACKAGE_DIR);
  for (const { module } of entries) {
    if (!existsSync(join(PACKAGE_DIR, `${module}.js`))) {
      throw new Error(`package: ${module}.ts was not compiled: is it exported from components/sip.ts?`);
    }
  }
  writeEntries(entries);
  writeManifest();
  writeFileSync(
    join(PACKAGE_DIR, 'package.json'),
    `${JSON.stringify(packageJson(root, entries), null, 2)}\n`,
  );
  writeFileSync(join(PACKAGE_DIR, 'README.md'), README);
}

if (import.meta.main) {
  buildPackage();
  console.log(`package: ${PACKAGE_DIR}/ ready (npm pack ${PACKAGE_DIR})`);
}
