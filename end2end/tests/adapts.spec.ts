import { expect, type Page } from '@playwright/test';
import { DEMO_PATH, expectNoSidewaysScrolling, test } from './support';

/*
 * What axe cannot see: the pages as readers who change how the browser shows them get
 * them — reduced motion, forced colours (Windows high contrast), wider text spacing
 * (WCAG 1.4.12) — in Danish and in Arabic (right to left).
 */

const PAGES = ['/', DEMO_PATH, `${DEMO_PATH}/respond`, `${DEMO_PATH}/responses`, '/my-data'];

/** WCAG 1.4.12's spacing, applied to everything. */
const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`;

/** Elements whose text is cut off: they hide overflow and hold more than they show. */
async function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((element) => {
        const style = getComputedStyle(element);
        const hides = [style.overflowX, style.overflowY].some((o) => o === 'hidden' || o === 'clip');
        const text = (element.textContent ?? '').trim().length > 0;
        const box = element.getBoundingClientRect();
        const onPage = box.right > 0 && box.left < document.documentElement.clientWidth;
        const visible = !element.closest('.visually-hidden') && element.getClientRects().length > 0 && onPage;
        return hides && text && visible && (element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1);
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
  );
}

for (const code of ['da', 'ar']) {
  test.describe(`Readers' own settings, in ${code}`, () => {
    test.beforeEach(async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto(`/lang/${code}?next=/`);
      await expect(page.locator('html')).toHaveAttribute('lang', code);
    });

    test('with reduced motion nothing moves and nothing scrolls smoothly', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      for (const path of PAGES) {
        await page.goto(path);
        const moving = await page.evaluate(() => ({
          animations: document.getAnimations().length,
          smooth: getComputedStyle(document.documentElement).scrollBehavior === 'smooth',
        }));
        expect(moving, path).toEqual({ animations: 0, smooth: false });
      }
    });

    test('in forced colours the focus can still be seen', async ({ page }) => {
      await page.emulateMedia({ forcedColors: 'active' });
      for (const path of PAGES) {
        await page.goto(path);
        for (let i = 0; i < 4; i++) {
          await page.keyboard.press('Tab');
          const outline = await page.evaluate(() => {
            const style = getComputedStyle(document.activeElement as Element);
            return `${style.outlineStyle} ${style.outlineWidth}`;
          });
          expect(outline, `${path}: focus #${i + 1} has an outline, which forced colours keep`).not.toMatch(/^none/);
        }
      }
    });

    test('with WCAG text spacing nothing is cut off and nothing scrolls sideways at 320 px', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 720 });
      for (const path of PAGES) {
        await page.goto(path);
        await page.addStyleTag({ content: SPACING });
        expect(await clipped(page), `${path}: text cut off`).toEqual([]);
        await expectNoSidewaysScrolling(page);
      }
    });
  });
}
