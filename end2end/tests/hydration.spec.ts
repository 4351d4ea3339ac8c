import { expect } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';
import { DEMO_PATH, test, waitForHydration } from './support';

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
