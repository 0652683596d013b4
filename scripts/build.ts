/**
 * `npm run build`: the widget bundle and the moderation page's script
 * (rollup) plus what the Worker serves beside them from dist/: the example
 * host page, the React example (dist/react/, served at /react/), the
 * moderation page (dist/admin/index.html, served at /admin), the elements'
 * manifest (custom-elements.json), the pinned copy of this version's bundle
 * (dist/v/<version>/, with its Subresource Integrity hashes) and the static
 * headers.
 *
 * `--production` (used by `npm run deploy`) leaves both examples out: the
 * host page signs visitors in as demo people, which only makes sense in
 * development, and neither is for a host site.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { build } from 'esbuild';
import { entryFolders, pageFolders, widgetFolders } from './entries.ts';

// The kit's own pages (the moderation page, the configurator): their own
// scripts only, never framed (the moderation page's shortcuts act on one key
// press), never indexed, no referrer leaving them.
const PAGE_HEADERS = [
  "Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Frame-Options: DENY',
  'Referrer-Policy: no-referrer',
  'X-Robots-Tag: noindex',
];

/** How long a browser or a CDN may keep each kind of file. */
const CACHE = {
  /** Fingerprinted chunks never change: a new build gives them new names. */
  immutable: 'public, max-age=31536000, immutable',
  /** Entries keep their names across releases (`sip.js`): a release reaches pages within minutes; so do the manifests. */
  entry: 'public, max-age=300',
  /** Pages are checked again on every visit. */
  page: 'no-cache',
  /** The moderation page is never kept: it shows who is signed in. */
  admin: 'no-store',
};

/**
 * The `_headers` rules for the files in dist/: exactly one rule matches each
 * file, so each is served with one `Access-Control-Allow-Origin` and one
 * `Cache-Control`. The asset server applies *every* matching rule and joins
 * repeated headers, so rules must not overlap: top-level files get a rule of
 * their own path, each folder one `/<folder>/*` rule (a splat matches across
 * slashes, which is why `/*.js` would also match `/chunks/x.js`).
 *
 * Every file is public and static: any origin may load it (a cross-origin
 * `<script type="module">` and the chunks it imports need CORS).
 */
function headerRules(files: readonly string[]): string {
  const rules = new Map<string, string[]>();
  for (const file of files) {
    const [top, ...rest] = file.split('/');
    if (rest.length > 0) rules.set(`/${top}/*`, folderHeaders(top));
    else if (file === 'index.html') rules.set('/', fileHeaders(file));
    else if (file !== '_headers') rules.set(`/${file}`, fileHeaders(file));
  }
  return [...rules]
    .map(([path, headers]) =>
      [path, 'Access-Control-Allow-Origin: *', 'X-Content-Type-Options: nosniff', ...headers]
        .map((line, index) => (index === 0 ? line : `  ${line}`))
        .join('\n'),
    )
    .join('\n')
    .concat('\n');
}

/**
 * package.json's `sideEffects` must name exactly the modules that define
 * elements (and the kit's entry): bundlers drop any other module whose
 * exports are unused, so a define module left out would never register its
 * element in a host's bundle, and one too many would keep dead code.
 */
function checkSideEffects(): void {
  const { sideEffects } = JSON.parse(readFileSync('package.json', 'utf8')) as { sideEffects: string[] };
  const expected = [
    './components/sip.ts',
    ...entryFolders().map((name) => `./components/${name}/${name}.ts`),
  ];
  const missing = expected.filter((file) => !sideEffects.includes(file));
  const extra = sideEffects.filter((file) => !expected.includes(file));
  if (missing.length || extra.length) {
    console.error(
      `build: package.json "sideEffects" must list the define modules${missing.length ? `; add ${missing.join(', ')}` : ''}${extra.length ? `; remove ${extra.join(', ')}` : ''}`,
    );
    process.exit(1);
  }
}

function folderHeaders(folder: string): string[] {
  if (folder === 'admin') return [`Cache-Control: ${CACHE.admin}`, ...PAGE_HEADERS];
  if (pageFolders().includes(folder)) return [`Cache-Control: ${CACHE.page}`, ...PAGE_HEADERS];
  // Fingerprinted chunks, and a version's pinned copy: /v/<version>/ never changes (see pinVersion).
  if (folder === 'chunks' || folder === 'v') return [`Cache-Control: ${CACHE.immutable}`];
  if (folder === 'react') return [`Cache-Control: ${CACHE.page}`];
  throw new Error(`build: no header rule for the folder dist/${folder}/`);
}

function fileHeaders(file: string): string[] {
  if (file === 'admin.js' || file === 'admin.js.map') return [`Cache-Control: ${CACHE.admin}`];
  if (/\.(js|js\.map|json)$/.test(file)) return [`Cache-Control: ${CACHE.entry}`];
  return [`Cache-Control: ${CACHE.page}`];
}

/** `sha384-…`, as a script's `integrity` attribute takes it. */
function integrity(file: string): string {
  return `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
}

/** The relative modules a built file imports, statically or on demand (rollup's minified output). */
function relativeImports(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)].map(
    (match) => match[1],
  );
}

/**
 * Writes dist/v/<version>/: each widget entry of this build (sip.js,
 * poll.js, …), its source map and the chunks it loads, at the same relative
 * places as at the top. The chunks import their entry (`../sip.js`), so a
 * pinned entry must bring its own copies: with the top-level ones, a chunk
 * would load the *moving* sip.js. Then checks that every module a pinned file
 * imports is inside the version's folder, and writes the SRI hash of every
 * file to dist/v/<version>/integrity.json and the current version with its
 * entries' hashes to dist/versions.json.
 *
 * The Worker serves /v/* as immutable: a version's files must never change
 * once released, so every release bumps package.json's version.
 */
function pinVersion(version: string): void {
  const folder = `dist/v/${version}`;
  const entries = ['sip', ...widgetFolders()];
  const pinned: string[] = [];
  for (const entry of entries) {
    const own = readdirSync('dist/chunks').filter((chunk) => chunk.startsWith(`${entry}-`));
    for (const file of [`${entry}.js`, `${entry}.js.map`, ...own.map((chunk) => `chunks/${chunk}`)]) {
      mkdirSync(dirname(`${folder}/${file}`), { recursive: true });
      cpSync(`dist/${file}`, `${folder}/${file}`);
      if (file.endsWith('.js')) pinned.push(file);
    }
  }
  for (const file of pinned) {
    for (const specifier of relativeImports(readFileSync(`${folder}/${file}`, 'utf8'))) {
      const target = normalize(join(dirname(file), specifier));
      if (target.startsWith('..') || !existsSync(`${folder}/${target}`)) {
        throw new Error(`build: ${folder}/${file} imports ${specifier}, which is not pinned with it`);
      }
    }
  }
  const files = Object.fromEntries(pinned.sort().map((file) => [file, integrity(`${folder}/${file}`)]));
  writeFileSync(`${folder}/integrity.json`, `${JSON.stringify({ version, files }, null, 2)}\n`);
  const latest = Object.fromEntries(
    entries.map((entry) => [
      `${entry}.js`,
      { url: `/v/${version}/${entry}.js`, integrity: files[`${entry}.js`] },
    ]),
  );
  writeFileSync('dist/versions.json', `${JSON.stringify({ latest: version, entries: latest }, null, 2)}\n`);
}

/**
 * The React example (examples/react/) bundled into dist/react/: React, the
 * kit (under its package name, resolved by the example's tsconfig paths to
 * the sources) and the app in one file, as an app's own build would.
 */
async function buildReactExample(): Promise<void> {
  await build({
    entryPoints: { app: 'examples/react/main.tsx' },
    outdir: 'dist/react',
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    logLevel: 'warning',
    define: { SIP_API: JSON.stringify('/api/v1/'), 'process.env.NODE_ENV': JSON.stringify('production') },
  });
  cpSync('examples/react/index.html', 'dist/react/index.html');
}

const production = process.argv.includes('--production');
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
checkSideEffects();
rmSync('dist', { recursive: true, force: true });
execFileSync('node_modules/.bin/rollup', ['-c', '--silent'], { stdio: 'inherit' });
pinVersion(version);
// The elements' reference, for tools and for the configurator: the Worker serves it at /custom-elements.json.
execFileSync('node_modules/.bin/cem', ['analyze', '--quiet'], { stdio: 'inherit' });
cpSync('custom-elements.json', 'dist/custom-elements.json');
if (!production) {
  cpSync('examples', 'dist', {
    recursive: true,
    filter: (source) => relative('examples', source).split('/')[0] !== 'react',
  });
  await buildReactExample();
}
for (const page of pageFolders()) {
  mkdirSync(`dist/${page}`);
  cpSync(`components/${page}/index.html`, `dist/${page}/index.html`);
}
writeFileSync(
  'dist/_headers',
  headerRules(
    readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((file) =>
      statSync(join('dist', file)).isFile(),
    ),
  ),
);
console.log('build: dist/ ready');
