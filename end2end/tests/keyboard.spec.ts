import { expect, type Locator, type Page } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';
import { linkInMail } from './mail';
import { DEMO_PATH, pdf, test, waitForHydration } from './support';

/** The focused element, described, and whether its focus can be seen (an outline or a ring). */
async function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { what: 'body', visible: false, key: '' };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const ring = style.boxShadow !== 'none';
    const box = element.getBoundingClientRect();
    const onScreen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight;
    const what = `${element.tagName.toLowerCase()}${element.id ? '#' + element.id : ''} «${(element.textContent ?? '').trim().slice(0, 40)}»`;
    return { what, visible: (outline || ring) && onScreen, key: what + box.top + box.left };
  });
}

/**
 * Presses Tab until `target` has the focus, failing if focus is ever invisible, if it stops
 * moving (a trap) or if the target is not reached within `most` presses.
 */
async function tabTo(page: Page, target: Locator, most = 80) {
  let previous = '';
  for (let i = 0; i < most; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    expect(now.visible, `focus on ${now.what} can be seen`).toBe(true);
    expect(now.key, `focus moved on from ${now.what}`).not.toBe(previous);
    previous = now.key;
    if (await target.evaluateAll((all) => all.includes(document.activeElement as HTMLElement))) return;
  }
  throw new Error(`not reached by Tab within ${most} presses: ${target}`);
}

/** Picks `value` in the radio group `name` as a keyboard user does: Tab into the group, arrows. */
async function pick(page: Page, name: string, value: string) {
  await tabTo(page, page.locator(`input[name="${name}"]`));
  const wanted = page.locator(`input[name="${name}"][value="${value}"]`);
  for (let i = 0; i < 8 && !(await wanted.isChecked()); i++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(wanted).toBeChecked();
  await expect(wanted).toBeFocused();
}

for (const language of [{ code: 'da' }, { code: 'ar' }]) {
  test(`${language.code}: a resident reads, comments on a paragraph, attaches a file, mends an error, sends and confirms by keyboard alone`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto(`/lang/${language.code}?next=${encodeURIComponent(DEMO_PATH)}`);
    await waitForHydration(page);
    await expect(page.locator('html')).toHaveAttribute('lang', language.code);

    // Read: the first paragraph's comment link, reached from the top of the page.
    await tabTo(page, page.locator('.paragraph .comment-link').first(), 200);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/respond\?paragraph=p-/);
    await waitForHydration(page);

    // The form, by keyboard: the kind (arrow keys within the group), name, no e-mail yet,
    // the stance, the text, and a file through the file chooser.
    await pick(page, 'kind', 'resident');
    await tabTo(page, page.locator('input[name="name"]'));
    await page.keyboard.type('Amina Yusuf');
    await tabTo(page, page.locator('input[name="postal_code"]'));
    await page.keyboard.type('2200');
    await pick(page, 'stance', 'support');
    await tabTo(page, page.locator('textarea[name="text"]'));
    await page.keyboard.type('Lektiecaféer hjælper tosprogede elever.');
    await tabTo(page, page.locator('input[type="file"]'));
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
    await chooser.setFiles({ name: 'brev.pdf', mimeType: 'application/pdf', buffer: pdf('Et brev') });
    await tabTo(page, page.locator('form button[type="submit"]').last());
    await page.keyboard.press('Enter');

    // The error: its summary leads to the field, which is mended; the text stayed.
    const summaryLink = page.locator('.error-summary a[href="#field-email"]');
    await expect(summaryLink).toBeVisible();
    await expectNoA11yViolations(page);
    await tabTo(page, summaryLink);
    await page.keyboard.press('Enter');
    await expect(page.locator('#field-email')).toBeFocused();
    await page.keyboard.type(`amina.${language.code}@example.dk`);
    await expect(page.locator('textarea[name="text"]')).toHaveValue('Lektiecaféer hjælper tosprogede elever.');
    const files = page.locator('input[type="file"]');
    if ((await files.evaluate((input) => (input as HTMLInputElement).files?.length ?? 0)) === 0) {
      await tabTo(page, files);
      const [again] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
      await again.setFiles({ name: 'brev.pdf', mimeType: 'application/pdf', buffer: pdf('Et brev') });
    }
    await tabTo(page, page.locator('form button[type="submit"]').last());
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/respond\/sent/);

    // Confirm: the link from the mail, its button by keyboard.
    await page.goto(await linkInMail(`amina.${language.code}@example.dk`, 1, '/verify/'));
    await waitForHydration(page);
    const confirm = page.locator('main form button[type="submit"]');
    await tabTo(page, confirm);
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-verify-outcome]')).not.toHaveAttribute('data-verify-outcome', 'unconfirmed');
    await expectNoA11yViolations(page);
  });
}
