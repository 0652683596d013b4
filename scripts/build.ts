/**
 * `npm run build`: the widget bundle and the moderation page's script
 * (rollup) plus what the Worker serves beside them from dist/: the example
 * host page, the moderation page (dist/admin/index.html, served at /admin)
 * and the static headers.
 *
 * `--production` (used by `npm run deploy`) leaves the example host page out:
 * it signs visitors in as demo people, which only makes sense in development.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryFolders, pageFolders } from './entries.ts';

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
  /** Entries keep their names across releases (`sip.js`): a release reaches pages within minutes. */
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
  if (folder === 'chunks') return [`Cache-Control: ${CACHE.immutable}`];
  throw new Error(`build: no header rule for the folder dist/${folder}/`);
}

function fileHeaders(file: string): string[] {
  if (file === 'admin.js' || file === 'admin.js.map') return [`Cache-Control: ${CACHE.admin}`];
  if (/\.(js|js\.map)$/.test(file)) return [`Cache-Control: ${CACHE.entry}`];
  return [`Cache-Control: ${CACHE.page}`];
}

checkSideEffects();
rmSync('dist', { recursive: true, force: true });
execFileSync('node_modules/.bin/rollup', ['-c', '--silent'], { stdio: 'inherit' });
if (!process.argv.includes('--production')) cpSync('examples', 'dist', { recursive: true });
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
