import { expect } from '@playwright/test';
import { DEMO_PATH, test, waitForHydration } from './support';

/*
 * What a screen reader is given, kept as reviewed snapshots (aria.spec.ts-snapshots/*.yml):
 * the headings in order, every control with its name, and the errors where they are
 * announced. A change to the page that changes them fails here until the new tree has been
 * read and the snapshot renewed (`npx playwright test aria --update-snapshots`). Snapshots
 * match partially: a fieldset's unnamed text node, which Chromium exposes empty or as the
 * legend from one run to the next, is left out of them.
 */

for (const code of ['da', 'ar']) {
  test.describe(`The accessibility tree in ${code}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(`/lang/${code}?next=/`);
      await expect(page.locator('html')).toHaveAttribute('lang', code);
    });

    test('the hearing page: its headings in order', async ({ page }) => {
      await page.goto(DEMO_PATH);
      await waitForHydration(page);
      const headings = page.locator('main').getByRole('heading');
      const outline = await headings.evaluateAll((all) =>
        all.map((h) => `${'  '.repeat(Number(h.tagName.slice(1)) - 1)}h${h.tagName.slice(1)} ${h.textContent?.trim()}`),
      );
      const levels = outline.map((line) => Number(line.trim().slice(1, 2)));
      levels.forEach((level, i) => {
        if (i > 0) expect(level - levels[i - 1], `no level skipped before «${outline[i].trim()}»`).toBeLessThanOrEqual(1);
      });
      expect(levels[0]).toBe(1);
      expect(outline.join('\n')).toMatchSnapshot(`hearing-outline-${code}.txt`);
      await expect(page.locator('header.site-header')).toMatchAriaSnapshot({ name: `header-${code}.aria.yml` });
    });

    test('the response form: every control named, the errors announced', async ({ page }) => {
      await page.goto(`${DEMO_PATH}/respond`);
      await waitForHydration(page);
      await expect(page.locator('main form').first()).toMatchAriaSnapshot({ name: `form-${code}.aria.yml` });
      await page.locator('main form button[type="submit"]').last().click();
      await expect(page.locator('.error-summary')).toBeVisible();
      await expect(page.locator('.error-summary')).toMatchAriaSnapshot({ name: `form-errors-${code}.aria.yml` });
    });
  });
}
