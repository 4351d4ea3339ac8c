import { expect } from '@playwright/test';
import { test } from './support';
import { expectNoA11yViolations } from './a11y';

test.describe('An unknown hearing', () => {
  test('answers 404 with a page that leads back to the front page', async ({ page }) => {
    const response = await page.goto('/hearings/findes-ikke');

    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText('Siden findes ikke');
    await expectNoA11yViolations(page);

    await page.getByRole('main').locator('a[href="/"]').first().click();

    await expect(page).toHaveURL((url) => url.pathname === '/');
    await expect(page.getByRole('heading', { level: 2, name: 'Åbne høringer', exact: true })).toBeVisible();
  });
});
