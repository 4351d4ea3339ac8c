import { expect } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';
import { DEMO_PATH, DEMO_TITLE, GROUP_HEADINGS, test } from './support';

test.describe('The front page', () => {
  test('is a Danish page with one h1 and the header, main and footer landmarks', async ({ page }) => {
    await page.goto('/');

    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    await expectNoA11yViolations(page);
  });

  test('groups the hearings under open, upcoming and closed headings', async ({ page }) => {
    await page.goto('/');

    for (const heading of GROUP_HEADINGS.da) {
      await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
    }
  });

  test('lists the demo hearing among the open hearings', async ({ page }) => {
    await page.goto('/');

    const openHearings = page.locator('section', {
      has: page.getByRole('heading', { level: 2, name: GROUP_HEADINGS.da[0], exact: true }),
    });
    const link = openHearings.getByRole('link', { name: DEMO_TITLE });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', DEMO_PATH);
  });

  test('leads to the hearing page when the demo hearing is clicked', async ({ page }) => {
    await page.goto('/');
    await expectNoA11yViolations(page);

    await page.getByRole('link', { name: DEMO_TITLE }).first().click();

    await expect(page).toHaveURL((url) => url.pathname === DEMO_PATH);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(DEMO_TITLE);
    await expectNoA11yViolations(page);
  });
});
