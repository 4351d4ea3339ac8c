import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests for Ordet.
 *
 * By default the suite starts the app itself (`ordet serve --demo`, without the demo's
 * synthetic responses, so that each test sees only the responses it makes) on
 * 127.0.0.1:3111 (ORDET_E2E_PORT) with a fresh SQLite database in a temporary directory.
 * Set ORDET_E2E_BASE_URL to test an app that is already running instead.
 *
 * ORDET_BIN names the binary to start; a relative path is taken relative to
 * the workspace root (the server's working directory), e.g.
 * ORDET_BIN=target/release/ordet. The default is target/debug/ordet.
 */

import { OFFICIAL } from './tests/official';

const workspaceRoot = path.resolve(__dirname, '..');
const externalBaseURL = process.env.ORDET_E2E_BASE_URL;
// ORDET_E2E_PORT lets several checkouts run the suite at once.
const port = process.env.ORDET_E2E_PORT ?? '3111';
const baseURL = externalBaseURL ?? `http://127.0.0.1:${port}`;

function ordetBinary(): string {
  const bin = process.env.ORDET_BIN ?? 'target/debug/ordet';
  return path.resolve(workspaceRoot, bin);
}

function shellQuote(arg: string): string {
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/**
 * A fresh data directory for this run. The config is evaluated again in every
 * worker process; the environment variable makes them all agree on the one
 * directory made by the main process.
 */
function dataDir(): string {
  if (!process.env.ORDET_E2E_DATA_DIR) {
    process.env.ORDET_E2E_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'ordet-e2e-'));
  }
  return process.env.ORDET_E2E_DATA_DIR;
}

function inheritedEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined) env[key] = value;
  }
  return env;
}

/** The rate limits of the end-to-end server: `ORDET_LIMIT_*` from the environment, else
 * 10,000 an hour each. */
function e2eLimits(): Record<string, string> {
  const names = [
    'ORDET_LIMIT_SUBMISSIONS_PER_NETWORK',
    'ORDET_LIMIT_SUBMISSIONS_PER_EMAIL',
    'ORDET_LIMIT_LINKS_PER_NETWORK',
    'ORDET_LIMIT_LINKS_PER_EMAIL',
    'ORDET_LIMIT_SIGN_INS_PER_NETWORK',
  ];
  return Object.fromEntries(names.map((name) => [name, process.env[name] ?? '10000']));
}

function webServer() {
  const dir = dataDir();
  return {
    // An official's account with a known password first, for the workspace tests.
    command:
      `printf %s ${shellQuote(OFFICIAL.password)} | ${shellQuote(ordetBinary())} user add ` +
      `--email ${OFFICIAL.email} --role official --name ${shellQuote(OFFICIAL.name)} --password-stdin && ` +
      `${shellQuote(ordetBinary())} serve --demo --demo-responses 0 --addr 127.0.0.1:${port}`,
    cwd: workspaceRoot,
    url: `http://127.0.0.1:${port}/readyz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe' as const,
    stderr: 'pipe' as const,
    env: {
      ...inheritedEnv(),
      DATABASE_URL: `sqlite://${dir}/ordet-e2e.db?mode=rwc`,
      ORDET_DATA_DIR: dir,
      // Playwright fills a form in well under a second; the minimum fill time is tested
      // in the integration tests.
      ORDET_MIN_FILL_SECONDS: '0',
      // Every spec posts from 127.0.0.1 into one server, so the limits per network would be
      // one budget for the whole run, spent by whichever specs come first. The limits are
      // tested in the integration tests (server/tests/api/limits.rs); here each defaults to
      // a budget no run reaches, and a variable set outside wins.
      ...e2eLimits(),
    },
  };
}

export default defineConfig({
  testDir: 'tests',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  use: {
    baseURL,
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
  webServer: externalBaseURL ? undefined : webServer(),
});
