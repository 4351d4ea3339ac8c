import { expect, type Page } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';
import { DEMO_PATH, expectNoSidewaysScrolling, test } from './support';

/** Every language of the interface: its code, its direction, its name in itself. */
const LANGUAGES = [
  { code: 'da', dir: 'ltr', name: 'Dansk' },
  { code: 'en', dir: 'ltr', name: 'English' },
  { code: 'ar', dir: 'rtl', name: 'العربية' },
  { code: 'tr', dir: 'ltr', name: 'Türkçe' },
  { code: 'ur', dir: 'rtl', name: 'اردو' },
  { code: 'so', dir: 'ltr', name: 'Soomaali' },
] as const;

/** The pages a resident reaches without a link from an e-mail. */
const PUBLIC_PAGES = ['/', DEMO_PATH, `${DEMO_PATH}/print`, `${DEMO_PATH}/respond`, `${DEMO_PATH}/responses`, '/privacy', '/accessibility', '/my-data', '/no-such-page'];

/** Chooses `code` the way a reader does: the link in the header, named in the language itself. */
async function choose(page: Page, code: string) {
  await page.goto(DEMO_PATH);
  const link = page.locator(`.language-switch a[hreflang="${code}"]`);
  if ((await link.count()) > 0) {
    await link.click();
  }
  await expect(page.locator('html')).toHaveAttribute('lang', code);
}

test.describe('Every language', () => {
  for (const language of LANGUAGES) {
    test(`${language.code}: every public page is in the language, in its direction, passes axe and reflows at 320 px`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: 320, height: 720 });
      await choose(page, language.code);
      for (const path of PUBLIC_PAGES) {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('lang', language.code);
        await expect(page.locator('html')).toHaveAttribute('dir', language.dir);
        await expect(page.locator('h1')).toHaveCount(1);
        const current = page.locator('.language-switch [aria-current="true"]');
        await expect(current).toHaveText(language.name);
        await expect(current).toHaveAttribute('dir', language.dir);
        await expectNoA11yViolations(page);
        await expectNoSidewaysScrolling(page);
      }
    });
  }

  test('the switch offers every language named in itself, each in its own direction', async ({ page }) => {
    await page.goto('/');
    for (const language of LANGUAGES.filter((l) => l.code !== 'da')) {
      const link = page.locator(`.language-switch a[hreflang="${language.code}"]`);
      await expect(link).toHaveText(language.name);
      await expect(link).toHaveAttribute('lang', language.code);
      await expect(link).toHaveAttribute('dir', language.dir);
    }
  });

  test('Arabic mirrors the page: the header starts on the right, the text runs right to left', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await choose(page, 'ar');
    const width = page.viewportSize()?.width ?? 390;
    const brand = await page.locator('.brand').boundingBox();
    expect(brand, 'the site name').not.toBeNull();
    expect(brand!.x + brand!.width, 'the site name ends at the right edge').toBeGreaterThan(width - 40);
    await expect(page.locator('.facts dt').first()).toHaveCSS('direction', 'rtl');
    // What officials wrote stays Danish, left to right, inside the mirrored page.
    await expect(page.locator('h1')).toHaveAttribute('lang', 'da');
    await expect(page.locator('h1')).toHaveCSS('direction', 'ltr');
  });

  test('on a phone each of a hearing\'s facts stands under its label, in the longest labels too', async ({ page }) => {
    // Side by side at 390 px, Turkish's longest label left its value a column of broken words.
    await page.setViewportSize({ width: 390, height: 844 });
    await choose(page, 'tr');
    const label = await page.locator('.facts dt').nth(1).boundingBox();
    const value = await page.locator('.facts dd').nth(1).boundingBox();
    expect(label && value, 'the hearing period and its dates').toBeTruthy();
    expect(value!.y, 'the value starts below its label').toBeGreaterThanOrEqual(label!.y + label!.height - 1);
    expect(value!.width, 'the value has the whole width').toBeGreaterThan(300);
  });
});
