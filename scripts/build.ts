/**
 * `npm run build`: the widget bundle and the moderation page's script
 * (rollup) plus what the Worker serves beside them from dist/: the example
 * host page, the moderation page (dist/admin/index.html, served at /admin)
 * and the static headers.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';

// The moderation page: its own scripts only, never framed (its shortcuts act
// on one key press), never cached nor indexed, no referrer leaving it.
const ADMIN_PAGE_HEADERS = (path: string) => `${path}
  Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'
  X-Frame-Options: DENY
  Referrer-Policy: no-referrer
  Cache-Control: no-store
  X-Robots-Tag: noindex
  X-Content-Type-Options: nosniff
`;

// A cross-origin <script type="module"> only loads with CORS headers, on the
// entry and on every chunk it imports. Fingerprinted chunks never change.
const HEADERS = `/*.js
  Access-Control-Allow-Origin: *
  Cache-Control: public, max-age=300
  X-Content-Type-Options: nosniff
/chunks/*
  Access-Control-Allow-Origin: *
  Cache-Control: public, max-age=31536000, immutable
  X-Content-Type-Options: nosniff
${ADMIN_PAGE_HEADERS('/admin')}${ADMIN_PAGE_HEADERS('/admin/*')}`;

rmSync('dist', { recursive: true, force: true });
execFileSync('node_modules/.bin/rollup', ['-c', '--silent'], { stdio: 'inherit' });
cpSync('examples', 'dist', { recursive: true });
mkdirSync('dist/admin');
cpSync('components/admin/index.html', 'dist/admin/index.html');
writeFileSync('dist/_headers', HEADERS);
console.log('build: dist/ ready');
