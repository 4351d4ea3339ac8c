import { expect } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';
import { DEMO_PATH, test } from './support';

for (const javaScript of [true, false]) {
  test.describe(`The privacy notice and the accessibility statement with JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });
    const a11y = { javaScriptDisabled: !javaScript };

    test('both are linked from the footer of the front and hearing pages and read in Danish and English', async ({ page }) => {
      for (const start of ['/', DEMO_PATH]) {
        await page.goto(start);
        const footer = page.getByRole('navigation', { name: 'Om webstedet' });
        await expect(footer.getByRole('link', { name: 'Privatlivspolitik' })).toHaveAttribute('href', '/privacy');
        await expect(footer.getByRole('link', { name: 'Tilgængelighedserklæring' })).toHaveAttribute('href', '/accessibility');
        await expect(footer.getByRole('link', { name: 'Dine data' })).toHaveAttribute('href', '/my-data');
      }
      await page.getByRole('navigation', { name: 'Om webstedet' }).getByRole('link', { name: 'Privatlivspolitik' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privatlivspolitik');
      await expect(page.getByText('12 måneder')).toBeVisible();
      await expectNoA11yViolations(page, a11y);

      await page.goto('/accessibility');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tilgængelighedserklæring');
      await expectNoA11yViolations(page, a11y);

      await page.locator('a[hreflang="en"]').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page).toHaveURL((url) => url.pathname === '/accessibility');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement');
      await expectNoA11yViolations(page, a11y);
      await page.goto('/privacy');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy notice');
      await expectNoA11yViolations(page, a11y);
    });
  });
}
