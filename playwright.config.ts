import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_MISSING, findChromium } from './tests/e2e/chromium';

const executablePath = findChromium();
if (!executablePath) {
  console.error(CHROMIUM_MISSING);
  process.exit(1);
}

const PORT = Number(process.env.E2E_PORT ?? 4173);
const SUBPATH_PORT = PORT + 1;
// Another build directory and port let two test runs share a machine.
const DIST = process.env.E2E_DIST ?? 'dist';
/** Where the sub-path build is served (see test:e2e in package.json). */
export const SUBPATH = '/jr-timeline/';
export const SUBPATH_URL = `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}`;
const jsonDir = process.env.CI_JSON_DIR;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  reporter: jsonDir
    ? [['list'], ['json', { outputFile: `${jsonDir}/playwright.json` }]]
    : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    locale: 'ja-JP',
    // The built app registers a service worker, which would answer requests
    // that specs fake with page.route. Only tests/e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath, args: CHROMIUM_ARGS },
      },
    },
  ],
  // Tests run against the built app (npm run test:e2e builds it first), and
  // against a second build deployed under a sub-path, as on GitHub Pages.
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --host 127.0.0.1 --port ${SUBPATH_PORT} --strictPort --outDir ${DIST}-subpath`,
      url: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}`,
      env: { BASE_PATH: SUBPATH },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
