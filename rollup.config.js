// Builds the widget bundle. `dist/sip.js` defines every element; each widget
// also has its own entry (`dist/poll.js`, ...) for pages that want only one.
// Shared code (Lit, the client core) lands in fingerprinted chunks that the
// Worker serves with long-lived caching (see scripts/build.ts, `_headers`).
import { existsSync, readdirSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const widgetEntries = Object.fromEntries(
  readdirSync('components', { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`components/${entry.name}/${entry.name}.ts`))
    .map((entry) => [entry.name, `components/${entry.name}/${entry.name}.ts`]),
);

export default {
  input: { sip: 'components/sip.ts', ...widgetEntries },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    esbuild({ tsconfig: 'tsconfig.json', target: 'es2022' }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
  onwarn(warning, warn) {
    // Lit's `this` at module level is intentional in its compiled output.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
