import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests for Ordet.
 *
 * By default each spec file starts the app for itself (tests/server.ts: `ordet serve --demo`
 * without the demo's synthetic responses, on a port the kernel picks, with a fresh SQLite
 * database in a temporary directory), so each spec sees only the responses it makes and
 * spends a rate-limit budget of its own. Set ORDET_E2E_BASE_URL to test an app that is
 * already running instead (the specs that read its mail or run its CLI then fail).
 *
 * ORDET_BIN names the binary to start; a relative path is taken relative to
 * the workspace root (the server's working directory), e.g.
 * ORDET_BIN=target/release/ordet. The default is target/debug/ordet.
 */

const externalBaseURL = process.env.ORDET_E2E_BASE_URL;

export default defineConfig({
  testDir: 'tests',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  workers: 1,
  retries: 0,
  reporter: 'list',
  // A test is a whole journey (sign in, several forms, axe on every page). On the two-core CI
  // machine, 2026-12-07, twelve of them took 20–27 s and one 34.5 s of a 30 s budget (axe
  // alone takes seconds a page there); a hung step is still caught by the 5 s of each expect.
  timeout: 90_000,
  use: {
    // Each spec starts its own server and browses it (tests/server.ts); this is the app the
    // suite is pointed at instead, if any.
    baseURL: externalBaseURL,
    // The app is Danish by default; browse as a Danish user in Copenhagen so
    // that nothing depends on the machine's locale or time zone.
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          // Debian's Chromium; Playwright's own browser downloads are not
          // available here.
          executablePath: '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
});
