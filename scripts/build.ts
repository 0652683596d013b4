/**
 * `npm run build`: the widget bundle (rollup) plus what the Worker serves
 * beside it from dist/: the example host page and the static headers.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync, writeFileSync } from 'node:fs';

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
`;

rmSync('dist', { recursive: true, force: true });
execFileSync('node_modules/.bin/rollup', ['-c', '--silent'], { stdio: 'inherit' });
cpSync('examples', 'dist', { recursive: true });
writeFileSync('dist/_headers', HEADERS);
console.log('build: dist/ ready');
