// Builds the widget bundles, one self-contained build per entry:
// - `dist/sip.js` defines every element (for pages with several widgets);
// - `dist/poll.js`, `dist/contribution-form.js`, ... define one widget each;
// - `dist/admin.js` is the moderation page (served with dist/admin/index.html).
// Separate builds keep each entry one file (plus the chunks it loads on
// demand: other languages, Turnstile, the form's submission code, each of the
// moderation page's views and the code its views share). A shared
// build would split the common code into several chunks that are fetched and
// compressed one by one, which costs more than it saves, and would let the
// admin code shape the widgets' chunks; no host page should fetch a byte of it.
// Chunks are fingerprinted; the Worker serves them with long-lived caching
// (see scripts/build.ts, `_headers`).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { entryFolders } from './scripts/entries.ts';

const widgets = entryFolders();

const entries = {
  sip: 'components/sip.ts',
  ...Object.fromEntries(widgets.map((name) => [name, `components/${name}/${name}.ts`])),
};

function onwarn(warning, warn) {
  // Lit's `this` at module level is intentional in its compiled output.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
}

export default Object.entries(entries).map(([name, input]) => ({
  input: { [name]: input },
  // On-demand chunks import from the entry itself rather than from a split-off chunk.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: `chunks/${name}-[name]-[hash].js`,
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    esbuild({ tsconfig: 'tsconfig.json', target: 'es2022' }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
  onwarn,
}));
