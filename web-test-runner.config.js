// Component tests: components/**/*.test.ts in the system's Chromium (never a
// downloaded browser), TypeScript compiled by esbuild with our tsconfig (Lit's
// legacy decorators). Besides the console summary, writes
// test-results/components.json ({ passed, failed, skipped }) for CI totals.
import { mkdir, writeFile } from 'node:fs/promises';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumPath } from './test/chromium.ts';

/** @param {import('@web/test-runner').TestSuiteResult | undefined} suite */
function count(suite, totals = { passed: 0, failed: 0, skipped: 0 }) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
  return totals;
}

/** @returns {import('@web/test-runner').Reporter} */
function countsReporter(file = 'test-results/components.json') {
  return {
    async stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) count(session.testResults, totals);
      // A file that fails to load has no test results: count it as a failure.
      totals.failed += sessions.filter(
        (session) =>
          !session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length,
      ).length;
      await mkdir(new URL('.', new URL(file, import.meta.url)), { recursive: true });
      await writeFile(new URL(file, import.meta.url), `${JSON.stringify(totals)}\n`);
    },
  };
}

export default {
  files: ['components/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath(),
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), countsReporter()],
  // Dev mode stays on for its extra warnings; only its banner is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 5000 } },
};
