/**
 * What a host page on another origin downloads: every file of dist/ as the
 * Worker serves it (the asset server applies dist/_headers). Browsers refuse
 * a module script or chunk whose `Access-Control-Allow-Origin` is repeated,
 * so each file must carry exactly one, and one `Cache-Control`. Raw header
 * lines are read with node:http: `fetch` would join repeated headers.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { get, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Kit, startKit } from './test/harness.ts';

const DIST = join(import.meta.dirname, '..', 'dist');
const ELSEWHERE = 'http://host-site.example';

let kit: Kit;
before(async () => {
  assert.ok(existsSync(join(DIST, 'sip.js')), 'dist/ is empty: run `npm run build` first');
  kit = await startKit();
});
after(() => kit.close());

/** The files of dist/ and the path each is served at (pages drop `index.html`). */
function servedFiles(): { file: string; path: string }[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file !== '_headers' && statSync(join(DIST, file)).isFile())
    .map((file) => ({ file, path: `/${file.replace(/(^|\/)index\.html$/, '$1')}` }));
}

/** The response's header lines as sent, lower-cased names, values in order. */
function rawHeaders(path: string): Promise<{ status: number; lines: Map<string, string[]> }> {
  return new Promise((resolve, reject) => {
    get(new URL(path, kit.url).href, { headers: { Origin: ELSEWHERE } }, (response: IncomingMessage) => {
      const lines = new Map<string, string[]>();
      for (let index = 0; index < response.rawHeaders.length; index += 2) {
        const name = response.rawHeaders[index].toLowerCase();
        lines.set(name, [...(lines.get(name) ?? []), response.rawHeaders[index + 1]]);
      }
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, lines }));
    }).on('error', reject);
  });
}

describe('static files from another origin', () => {
  test('every file of dist/ has exactly one Access-Control-Allow-Origin and one Cache-Control', async () => {
    const files = servedFiles();
    assert.ok(
      files.some(({ path }) => path.startsWith('/chunks/')),
      'the build has chunks',
    );
    for (const { file, path } of files) {
      const { status, lines } = await rawHeaders(path);
      assert.equal(status, 200, `${file} is served at ${path}`);
      assert.deepEqual(lines.get('access-control-allow-origin'), ['*'], `${path}: one ACAO`);
      assert.equal(lines.get('cache-control')?.length, 1, `${path}: one Cache-Control`);
    }
  });

  test('fingerprinted chunks are immutable; entries and pages are revalidated soon', async () => {
    const cacheOf = async (path: string) => (await rawHeaders(path)).lines.get('cache-control')?.[0];
    const chunk = servedFiles().find(({ path }) => path.startsWith('/chunks/'));
    assert.ok(chunk);
    assert.match((await cacheOf(chunk.path)) ?? '', /immutable/);
    assert.equal(await cacheOf('/sip.js'), 'public, max-age=300');
    assert.equal(await cacheOf('/'), 'no-cache');
    assert.equal(await cacheOf('/admin/'), 'no-store');
  });

  test('the moderation page keeps its strict headers', async () => {
    const { lines } = await rawHeaders('/admin/');
    assert.match(lines.get('content-security-policy')?.[0] ?? '', /frame-ancestors 'none'/);
    assert.deepEqual(lines.get('x-frame-options'), ['DENY']);
  });
});
