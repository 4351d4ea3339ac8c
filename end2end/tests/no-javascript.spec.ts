import { expect } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';
import { DEMO_PATH, DEMO_TITLE, GROUP_HEADINGS, test } from './support';

test.describe('Without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the front page renders fully', async ({ page }) => {
    await page.goto('/');

    await expect(page.locator('h1')).toHaveCount(1);
    for (const heading of GROUP_HEADINGS.da) {
      await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('link', { name: DEMO_TITLE }).first()).toHaveAttribute('href', DEMO_PATH);
    await expectNoA11yViolations(page, { javaScriptDisabled: true });
  });

  test('the hearing page renders fully without the table-of-contents toggle', async ({ page }) => {
    await page.goto(DEMO_PATH);

    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toContainText(DEMO_TITLE);
    await expect(page.locator('.paragraph[id]').first()).toBeVisible();
    await expect(page.locator('ol.timeline > li')).toHaveCount(6);
    await expect(page.locator('[data-countdown]')).toHaveText(/dag/);
    await expect(page.locator('#bilag-liste li')).toHaveCount(4);

    await expect(page.locator('nav#toc a[href^="#"]').first()).toBeVisible();
    await expect(page.locator('#toc-toggle')).toHaveAttribute('hidden');
    await expect(page.locator('#toc-toggle')).toBeHidden();
    await expect(page.locator('body')).not.toHaveAttribute('data-hydrated', 'true');
    await expectNoA11yViolations(page, { javaScriptDisabled: true });
  });

  test('the language switch is a plain link that shows the page in English', async ({ page }) => {
    await page.goto('/');

    const toEnglish = page.locator('a[hreflang="en"]');
    await expect(toEnglish).toHaveText(/English/);
    await toEnglish.click();

    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveURL((url) => url.pathname === '/');
    for (const heading of GROUP_HEADINGS.en) {
      await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
    }
    await expectNoA11yViolations(page, { javaScriptDisabled: true });
  });
});
