// Builds the widget bundle. `dist/sip.js` defines every element; each widget
// also has its own entry (`dist/poll.js`, ...) for pages that want only one.
// Shared code (Lit, the client core) lands in fingerprinted chunks that the
// Worker serves with long-lived caching (see scripts/build.ts, `_headers`).
//
// The moderation page (`dist/admin.js`, served with dist/admin/index.html) is
// a build of its own: sharing a build would let rollup split the widgets'
// chunks along the admin code's imports, and no host page should ever fetch
// a byte of it. It carries its own copy of Lit, and its own language chunks.
import { existsSync, readdirSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const ADMIN = 'admin';

const widgetEntries = Object.fromEntries(
  readdirSync('components', { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() &&
        entry.name !== ADMIN &&
        existsSync(`components/${entry.name}/${entry.name}.ts`),
    )
    .map((entry) => [entry.name, `components/${entry.name}/${entry.name}.ts`]),
);

const plugins = () => [
  nodeResolve({ browser: true, exportConditions: ['production'] }),
  esbuild({ tsconfig: 'tsconfig.json', target: 'es2022' }),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
];

function onwarn(warning, warn) {
  // Lit's `this` at module level is intentional in its compiled output.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
}

export default [
  {
    input: { sip: 'components/sip.ts', ...widgetEntries },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: plugins(),
    onwarn,
  },
  {
    input: { [ADMIN]: `components/${ADMIN}/${ADMIN}.ts` },
    // One script for the page: the language chunks import from it rather than from a split-off chunk.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: `chunks/${ADMIN}-[name]-[hash].js`,
      sourcemap: true,
    },
    plugins: plugins(),
    onwarn,
  },
];
