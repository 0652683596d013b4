/**
 * Size benchmark: gzip bytes of what a page downloads.
 * - dist/sip.js with every chunk it imports (the whole kit, Lit included);
 * - each widget entry with its chunks;
 * - each widget's own code beyond Lit: the entry rebuilt with Lit external;
 * - what loads on demand (the dictionaries of other languages).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';

const gzipBytes = (code: string | Buffer) => gzipSync(code, { level: 9 }).length;

/** The entry file and every file it imports statically, transitively. */
export function closure(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    closure(join(dirname(entry), match[1]), seen);
  }
  return seen;
}

function closureSize(entry: string) {
  const files = [...closure(entry)];
  const raw = files.reduce((sum, file) => sum + readFileSync(file).length, 0);
  const gzip = files.reduce((sum, file) => sum + gzipBytes(readFileSync(file)), 0);
  return { files: files.length, raw, gzip };
}

const LIT = /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/;

/**
 * The widget rebuilt with Lit external: its entry chunk and the chunks it
 * imports statically. Chunks it loads on demand (another language) are
 * reported apart, as a page downloads them only when it needs them.
 */
async function ownCode(entry: string): Promise<{ gzip: number; onDemand: { name: string; gzip: number }[] }> {
  const bundle = await rollup({
    input: entry,
    external: (id) => LIT.test(id),
    plugins: [nodeResolve({ browser: true }), esbuild({ tsconfig: 'tsconfig.json', target: 'es2022' })],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({
    format: 'es',
    plugins: [terser({ ecma: 2022, module: true, format: { comments: false } })],
  });
  const chunks = new Map(output.flatMap((item) => (item.type === 'chunk' ? [[item.fileName, item]] : [])));
  const entryChunk = output[0];
  const staticFiles = new Set<string>();
  const visit = (fileName: string) => {
    // `imports` also lists the external Lit modules: only our chunks count.
    if (staticFiles.has(fileName) || !chunks.has(fileName)) return;
    staticFiles.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
  };
  visit(entryChunk.fileName);
  const gzipOf = (fileName: string) => gzipBytes((chunks.get(fileName) as { code: string }).code);
  return {
    gzip: [...staticFiles].reduce((sum, fileName) => sum + gzipOf(fileName), 0),
    onDemand: [...chunks.keys()]
      .filter((fileName) => !staticFiles.has(fileName))
      .map((fileName) => ({ name: fileName, gzip: gzipOf(fileName) })),
  };
}

export type SizeReport = Awaited<ReturnType<typeof measureSizes>>;

export async function measureSizes(widgets: string[]) {
  const kit = closureSize('dist/sip.js');
  const perWidget = [];
  for (const widget of widgets) {
    perWidget.push({
      widget,
      withDependencies: closureSize(`dist/${widget}.js`),
      ownBeyondLit: await ownCode(`components/${widget}/${widget}.ts`),
    });
  }
  return { kit, perWidget };
}
