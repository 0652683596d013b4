/**
 * The machine's Chromium, for every browser the tests start (web-test-runner's
 * config, test/browser.ts, .ci/provision.sh): `CHROME_PATH` when set, else the
 * usual install paths. Never a downloaded browser.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** How to get one, in one line. */
export const CHROMIUM_HINT =
  'set CHROME_PATH to a Chromium or Chrome binary, or install one (Debian/Ubuntu: apt-get install chromium)';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const FOLDERS = ['/usr/bin', '/usr/local/bin', '/snap/bin', '/opt/google/chrome'];
const MAC_APPS = [
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Where Chromium is, or why none was found (one line).
 *
 * @example
 * const found = locateChromium();
 * if ('problem' in found) console.error(found.problem);
 */
export function locateChromium(env: NodeJS.ProcessEnv = process.env): { path: string } | { problem: string } {
  if (env.CHROME_PATH)
    return isExecutableFile(env.CHROME_PATH)
      ? { path: env.CHROME_PATH }
      : { problem: `CHROME_PATH=${env.CHROME_PATH} is not an executable file: ${CHROMIUM_HINT}` };
  const folders = [...(env.PATH ?? '').split(delimiter).filter(Boolean), ...FOLDERS];
  const candidates = [...NAMES.flatMap((name) => folders.map((folder) => join(folder, name))), ...MAC_APPS];
  const path = candidates.find(isExecutableFile);
  return path ? { path } : { problem: `No Chromium found: ${CHROMIUM_HINT}` };
}

/**
 * The path to launch, or an error that says how to get one.
 *
 * @example
 * puppeteer.launch({ executablePath: chromiumPath() });
 */
export function chromiumPath(): string {
  const found = locateChromium();
  if ('problem' in found) throw new Error(found.problem);
  return found.path;
}
