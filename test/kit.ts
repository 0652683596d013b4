/**
 * The kit as `npm start` runs it, for the end-to-end tests and benchmarks:
 * the functions' test harness (real Worker on workerd, real local D1 with
 * the migrations) started with the development configuration of
 * `.dev.vars.example` and seeded with the demo data.
 *
 * @example
 * const kit = await startDemoKit();
 * await fetch(new URL('/', kit.url));
 * await kit.close();
 */
import { existsSync, readFileSync } from 'node:fs';
import { type Kit, seedDemo, startKit, TEST_VARS } from '../functions/test/harness.ts';

export type DemoKit = Kit & { devVars: Record<string, string> };

/** Reads a dotenv-style file: KEY=VALUE lines and `#` comments. */
export function readDevVars(file = '.dev.vars.example'): Record<string, string> {
  const entries = readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const);
  return Object.fromEntries(entries);
}

/**
 * Starts the demo kit; `vars` override the development ones (e.g. SITES, to
 * allow a test's own host page).
 */
export async function startDemoKit(overrides: { vars?: Record<string, string> } = {}): Promise<DemoKit> {
  if (!existsSync('dist/sip.js')) throw new Error('dist/sip.js is missing: run `npm run build` first');
  const devVars = { ...readDevVars(), ...overrides.vars };
  const isVar = (key: string) => key in TEST_VARS;
  const pick = (keep: (key: string) => boolean) =>
    Object.fromEntries(Object.entries(devVars).filter(([key]) => keep(key)));
  const kit = await startKit({ vars: pick(isVar), secrets: pick((key) => !isVar(key)) });
  await seedDemo(kit.db);
  return { ...kit, devVars };
}
