import { expect } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';
import { DEMO_PATH, DEMO_TITLE, GROUP_HEADINGS, test } from './support';

test.describe('The language switch', () => {
  test('shows the front page in English and remembers the choice', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');

    const toEnglish = page.locator('a[hreflang="en"]');
    await expect(toEnglish).toHaveText(/English/);
    await toEnglish.click();

    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveURL((url) => url.pathname === '/');
    await expect(page.locator('h1')).toHaveCount(1);
    for (const heading of GROUP_HEADINGS.en) {
      await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
    }
    await expectNoA11yViolations(page);

    // The choice is kept (in a cookie) for the next page load.
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await page.context().cookies()).not.toEqual([]);
  });

  test('shows the hearing page in English and switches back to Danish', async ({ page }) => {
    await page.goto(DEMO_PATH);
    await page.locator('a[hreflang="en"]').click();

    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveURL((url) => url.pathname === DEMO_PATH);
    await expect(page.locator('h1')).toContainText(DEMO_TITLE);
    await expect(page.locator('[data-countdown]')).toHaveText(/day/);
    await expect(page.locator('ol.timeline > li')).toHaveCount(6);
    await expectNoA11yViolations(page);

    const toDanish = page.locator('a[hreflang="da"]');
    await expect(toDanish).toHaveText(/Dansk/);
    await expect(page.locator('a[hreflang="en"]')).toHaveCount(0);
    await toDanish.click();

    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await expect(page).toHaveURL((url) => url.pathname === DEMO_PATH);
    await expect(page.locator('[data-countdown]')).toHaveText(/dag/);
    await expect(page.locator('a[hreflang="en"]')).toHaveText(/English/);
    await expectNoA11yViolations(page);
  });
});
