import { expect } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';
import { signInAsOfficial } from './official';
import { DEMO_PATH, DEMO_SLUG, test, waitForHydration } from './support';

declare global {
  interface Window {
    cspViolations: string[];
  }
}

/**
 * Opens `path` and checks that it came with a Content-Security-Policy whose scripts need a
 * nonce (never 'unsafe-inline'), hydrated when it is an app page, and that the browser
 * reported no violation of the policy, neither as an event nor on the console.
 */
async function expectNoCspViolation(page: import('@playwright/test').Page, path: string, hydrates: boolean) {
  const consoleReports: string[] = [];
  const onConsole = (message: import('@playwright/test').ConsoleMessage) => {
    if (message.text().includes('Content Security Policy')) consoleReports.push(message.text());
  };
  page.on('console', onConsole);
  const response = await page.goto(path);
  const policy = response?.headers()['content-security-policy'] ?? '';
  const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
  expect(scriptSrc, `${path}: script-src`).toMatch(/'nonce-[A-Za-z0-9_-]+'/);
  expect(scriptSrc, `${path}: script-src`).not.toContain('unsafe-inline');
  if (hydrates) await waitForHydration(page);
  else await page.waitForLoadState('load');
  const violations = await page.evaluate(() => window.cspViolations);
  page.off('console', onConsole);
  expect(violations, `${path}: securitypolicyviolation events`).toEqual([]);
  expect(consoleReports, `${path}: CSP reports on the console`).toEqual([]);
}

test.describe('The hydrated hearing page', () => {
  test('keeps the table-of-contents toggle hidden until the app has hydrated', async ({ page }) => {
    // Hold back every subresource (scripts, WebAssembly, styles) until the
    // server-rendered page has been checked.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/*', async (route) => {
      if (route.request().resourceType() !== 'document') await released;
      await route.continue();
    });

    await page.goto(DEMO_PATH, { waitUntil: 'commit' });
    const toggle = page.locator('#toc-toggle');
    await expect(toggle).toHaveAttribute('hidden');
    await expect(toggle).toBeHidden();
    await expect(page.locator('body')).not.toHaveAttribute('data-hydrated', 'true');

    release();

    await waitForHydration(page);
    await expect(toggle).toBeVisible();
  });

  test('collapses and expands the table of contents with the toggle button', async ({ page }) => {
    await page.goto(DEMO_PATH);
    await waitForHydration(page);

    const toggle = page.locator('#toc-toggle');
    const list = page.locator('#toc-list');
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveJSProperty('tagName', 'BUTTON');
    await expect(toggle).toHaveAttribute('aria-controls', 'toc-list');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(list).toBeVisible();
    await expectNoA11yViolations(page);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(list).toBeHidden();
    await expectNoA11yViolations(page);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(list).toBeVisible();
  });
});

test.describe('Under its Content-Security-Policy', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
      });
    });
  });

  test('every public page hydrates and the browser reports no violation', async ({ page }) => {
    for (const path of ['/', DEMO_PATH, `${DEMO_PATH}/respond`, `${DEMO_PATH}/responses`, '/admin/login', '/no-such-page']) {
      await expectNoCspViolation(page, path, true);
    }
  });

  test("the officials' pages, the printable hvidbog and the digest preview report no violation", async ({ page }) => {
    await signInAsOfficial(page);
    const admin = `/admin/hearings/${DEMO_SLUG}`;
    for (const path of ['/admin', `${admin}/responses`, `${admin}/themes`, `${admin}/hvidbog`, `${admin}/digest`]) {
      await expectNoCspViolation(page, path, true);
    }
    for (const path of [`${admin}/hvidbog/print`, `${admin}/digest/preview`]) {
      await expectNoCspViolation(page, path, false);
    }
  });
});
