/**
 * The npm package as a web team that bundles its front end gets it:
 * `npm pack`, installed from the tarball into a scratch project (its
 * dependencies from npm's cache: `--prefer-offline` asks the registry only
 * for what the cache lacks), then
 *
 * - type-checked (strict, the package's own `.d.ts` checked too): a consumer
 *   module, the React example of examples/react/, and a type test generated
 *   from the package's custom-elements.json that asserts, element by element
 *   and event by event, that the JSX typings, the tag map and the event maps
 *   say what the manifest says (an element, an attribute or an event missing
 *   from the typings fails it);
 * - bundled by esbuild for the browser, as the team's build would (every
 *   module, chunks loaded on demand included, must resolve);
 * - imported by Node (Lit's server build defines the elements), entry by entry.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { buildPackage, PACKAGE_DIR, PACKAGE_NAME } from '../../scripts/package.ts';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const TSC = join(ROOT, 'node_modules/.bin/tsc');

type Item = { name: string; fieldName?: string; type?: { text: string } };
type Declaration = { name: string; tagName?: string; attributes?: Item[]; events?: Item[] };
type Manifest = { modules: { path: string; declarations?: Declaration[] }[] };

let scratch: string;
let installed: string;

/** The version of a package the repository has installed: npm's cache has it. */
function installedVersion(name: string): string {
  return (
    JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }
  ).version;
}

before(async () => {
  buildPackage();
  scratch = mkdtempSync(join(tmpdir(), 'sip-package-'));
  const { stdout } = await run('npm', [
    'pack',
    '--json',
    '--pack-destination',
    scratch,
    join(ROOT, PACKAGE_DIR),
  ]);
  const [{ filename }] = JSON.parse(stdout) as { filename: string }[];
  writeFileSync(
    join(scratch, 'package.json'),
    JSON.stringify({ name: 'host-app', private: true, type: 'module' }),
  );
  const react = ['react', 'react-dom', '@types/react', '@types/react-dom'].map(
    (name) => `${name}@${installedVersion(name)}`,
  );
  await run(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', join(scratch, filename), ...react],
    { cwd: scratch },
  );
  installed = join(scratch, 'node_modules', PACKAGE_NAME);
});
after(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** `CustomEvent<SipVoteDetail>` → `CustomEvent<Kit.SipVoteDetail>`: the manifest's type names, from the package. */
const fromKit = (text: string) => text.replace(/\bSip\w+/g, (name) => `Kit.${name}`);

/**
 * A type test of the typings against the manifest: one assertion per
 * element (in the JSX typings and the tag map, as its class), per attribute
 * and field (a prop, typed as the manifest says) and per event (the handler's
 * event, and the DOM's event maps).
 */
function manifestTypeTest(manifest: Manifest): string {
  const lines = [
    `import type {} from '${PACKAGE_NAME}/react';`,
    `import type * as Kit from '${PACKAGE_NAME}';`,
    "import type { JSX } from 'react';",
    'type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;',
    'type Expect<T extends true> = T;',
    'type Props<Tag extends keyof JSX.IntrinsicElements> = Required<JSX.IntrinsicElements[Tag]>;',
    'type HasProp<Tag extends keyof JSX.IntrinsicElements, Name extends keyof Props<Tag>> = Name;',
    'type Handler<Tag extends keyof JSX.IntrinsicElements, Name extends keyof Props<Tag>> = Props<Tag>[Name] extends (event: infer E) => void ? E : never;',
    'export type Checks = [',
  ];
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
  for (const { name, tagName, attributes = [], events = [] } of elements) {
    const tag = JSON.stringify(tagName);
    lines.push(`  Expect<Equal<HTMLElementTagNameMap[${tag}], Kit.${name}>>,`);
    for (const attribute of attributes) {
      lines.push(`  HasProp<${tag}, ${JSON.stringify(attribute.name)}>,`);
      if (!attribute.type) continue;
      for (const prop of new Set([attribute.name, attribute.fieldName ?? attribute.name])) {
        lines.push(
          `  Expect<Equal<NonNullable<Props<${tag}>[${JSON.stringify(prop)}]>, NonNullable<${attribute.type.text}>>>,`,
        );
      }
    }
    for (const event of events) {
      const type = fromKit(event.type?.text ?? 'never');
      lines.push(`  Expect<Equal<Handler<${tag}, ${JSON.stringify(`on${event.name}`)}>, ${type}>>,`);
      // On the element and the document, sip-load's and sip-open's details are every widget's (the union of
      // the widgets that fire them): only the other events are exact there.
      if (event.name === 'sip-load' || event.name === 'sip-open') continue;
      lines.push(`  Expect<Equal<HTMLElementEventMap[${JSON.stringify(event.name)}], ${type}>>,`);
      lines.push(`  Expect<Equal<DocumentEventMap[${JSON.stringify(event.name)}], ${type}>>,`);
    }
  }
  lines.push('];');
  return `${lines.join('\n')}\n`;
}

/** What a host app writes without React: the entries, configure(), the typed DOM. */
const CONSUMER = `
import { configure, type SipPoll, type SipVoteDetail } from '${PACKAGE_NAME}';
import { SipContributionList } from '${PACKAGE_NAME}/contribution-list.js';
import { configure as configureFromPoll } from '${PACKAGE_NAME}/poll.js';

configure({ api: 'https://participation.smart.coop/api/v1/', tokenUrl: '/sip-token' });
configureFromPoll({ api: 'https://participation.smart.coop/api/v1/' });

const poll: SipPoll | null = document.querySelector('sip-poll');
poll?.addEventListener('sip-vote', (event) => {
  const detail: SipVoteDetail = event.detail;
  console.log(detail.choices.join(), detail.poll.slug);
});
document.addEventListener('sip-error', (event) => console.log(event.detail.status, event.detail.code));
const list = document.createElement('sip-contribution-list');
list.pageSize = 5;
export const isList: boolean = list instanceof SipContributionList;
// @ts-expect-error: the events are typed, not \`any\`
poll?.addEventListener('sip-vote', (event) => event.detail.nothing);
// @ts-expect-error: configure() takes the api and the token-url only
configure({ apiBase: '/' });
`;

/** JSX that must not compile: proof that the typings are not \`any\` (each line has one error). */
const REACT_MISUSE = `
import type {} from '${PACKAGE_NAME}/react';
export const misuse = (
  <>
    {/* @ts-expect-error: poll is a string */}
    <sip-poll poll={1} />
    {/* @ts-expect-error: a sip-vote's detail has no such field */}
    <sip-poll poll="x" onsip-vote={(event) => event.detail.nothing} />
    {/* @ts-expect-error: page-size is a number */}
    <sip-contribution-list page-size="five" />
  </>
);
`;

describe(`the ${PACKAGE_NAME} package, installed from its tarball`, () => {
  test('ships the entries, typings and manifest, and only the elements of the kit', () => {
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
      dependencies: Record<string, string>;
    };
    for (const entry of [
      '.',
      './sip.js',
      './poll.js',
      './contribution-form.js',
      './contribution-list.js',
      './react',
    ]) {
      assert.ok(pkg.exports[entry], `exports ${entry}`);
    }
    assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['@lit/task', 'lit', 'valibot']);
    const files = readdirSync(installed, { recursive: true, encoding: 'utf8' });
    assert.ok(!files.some((file) => file.includes('admin')), 'no moderation page in the package');
    assert.ok(!files.some((file) => file.endsWith('.test.js')), 'no tests in the package');
    assert.ok(files.includes('components/react.d.ts'));
  });

  test('type-checks a consumer, the React example and the manifest type test, strictly', async () => {
    const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8')) as Manifest;
    assert.ok(manifest.modules.some((module) => module.declarations?.some((d) => d.tagName === 'sip-poll')));
    const source = join(scratch, 'src');
    mkdirSync(source);
    for (const file of ['App.tsx', 'main.tsx', 'env.d.ts']) {
      cpSync(join(ROOT, 'examples/react', file), join(source, file));
    }
    writeFileSync(join(source, 'consumer.ts'), CONSUMER);
    writeFileSync(join(source, 'misuse.tsx'), REACT_MISUSE);
    writeFileSync(join(source, 'manifest.typetest.ts'), manifestTypeTest(manifest));
    writeFileSync(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          jsx: 'react-jsx',
          types: [],
          strict: true,
          noEmit: true,
          // The package's declarations are checked too, not only used.
          skipLibCheck: false,
          allowImportingTsExtensions: true,
          verbatimModuleSyntax: true,
        },
        include: ['src'],
      }),
    );
    await run(TSC, ['-p', scratch]).catch((error: { stdout?: string }) => {
      assert.fail(`tsc found errors:\n${error.stdout}`);
    });
  });

  test('bundles for the browser, every module and on-demand chunk resolved', async () => {
    const result = await build({
      absWorkingDir: scratch,
      entryPoints: ['src/main.tsx', 'src/consumer.ts'],
      outdir: 'bundle',
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
      define: { SIP_API: '"/api/v1/"', 'process.env.NODE_ENV': '"production"' },
    });
    assert.deepEqual(result.errors, []);
    const code = result.outputFiles.map((file) => file.text).join('\n');
    assert.match(code, /sip-poll/);
    assert.match(code, /Welke|Stemmen/, 'the Dutch dictionaries are bundled as chunks');
  });

  test('imports in Node: each entry defines its element and exports configure', async () => {
    const script = `
      const kit = await import('${PACKAGE_NAME}');
      const poll = await import('${PACKAGE_NAME}/poll.js');
      const form = await import('${PACKAGE_NAME}/contribution-form.js');
      await import('${PACKAGE_NAME}/react');
      console.log(JSON.stringify({
        poll: customElements.get('sip-poll') === kit.SipPoll && poll.SipPoll === kit.SipPoll,
        form: customElements.get('sip-contribution-form') === form.SipContributionForm,
        list: customElements.get('sip-contribution-list') === kit.SipContributionList,
        configure: [kit.configure, poll.configure, form.configure].every((f) => typeof f === 'function'),
      }));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: scratch });
    assert.deepEqual(JSON.parse(stdout), { poll: true, form: true, list: true, configure: true });
  });
});
