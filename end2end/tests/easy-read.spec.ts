import { expect } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';
import { signInAsOfficial } from './official';
import { DEMO_PATH, DEMO_SLUG, expectNoSidewaysScrolling, test, waitForHydration } from './support';

// Easy reading (issue 21): a section's "kort fortalt" written by an official in the editor
// (JavaScript on and off), read above the section in the reader's language, and the
// printable draft.

const EDITOR = `/admin/hearings/${DEMO_SLUG}/draft/summaries`;

for (const javaScript of [true, false]) {
  // Each run writes its own section, so the two never meet.
  const [heading, danish, arabic] = javaScript
    ? ['Løsning', 'Udvalget får en første skitse af politikken.', 'تحصل اللجنة على مسودة أولى للسياسة.']
    : ['Videre proces', 'Først skrives et udkast, så kommer det i høring.', 'أولاً تُكتب مسودة، ثم تُطرح للاستشارة.'];

  test.describe(`The "kort fortalt" editor with JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });
    const a11y = { javaScriptDisabled: !javaScript };

    test('an official drafts, fixes and saves a summary that an Arabic reader then sees', async ({ page }) => {
      await signInAsOfficial(page, javaScript);
      await page.goto(`/admin/hearings/${DEMO_SLUG}`);
      await page.getByRole('link', { name: 'Kort fortalt: en letlæst udgave af hvert afsnit' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kort fortalt');
      await expectNoA11yViolations(page, a11y);
      await page.getByRole('link', { name: new RegExp(`^\\d+ ${heading}$`) }).click();
      await expect(page.getByRole('heading', { level: 2, name: new RegExp(heading) }).first()).toBeVisible();
      if (javaScript) await waitForHydration(page);

      // The first draft goes into the empty Danish field.
      await page.getByRole('button', { name: 'Foreslå et udkast ud fra afsnittet' }).click();
      await expect(page.getByRole('status')).toContainText('Forslaget er sat ind i det danske felt');
      const danishField = page.getByLabel('Dansk', { exact: true });
      await expect(danishField).not.toHaveValue('');
      await expectNoA11yViolations(page, a11y);

      // A translation without Danish is refused at the Danish field; the Arabic stays.
      await danishField.fill('');
      const arabicField = page.getByLabel('Arabisk (العربية)');
      await expect(arabicField).toHaveAttribute('dir', 'rtl');
      await arabicField.fill(arabic);
      await page.getByRole('button', { name: 'Gem kort fortalt' }).click();
      const summary = page.getByRole('alert');
      await expect(summary).toContainText('Dansk: Skriv den danske udgave først');
      await expect(page.getByLabel('Arabisk (العربية)')).toHaveValue(arabic);
      await expectNoA11yViolations(page, a11y);
      await expect(summary.getByRole('link')).toHaveAttribute('href', '#field-summary-da');

      await page.getByLabel('Dansk', { exact: true }).fill(danish);
      await page.getByRole('button', { name: 'Gem kort fortalt' }).click();
      await expect(page.getByRole('status')).toHaveText('Kort fortalt er gemt og vises nu på høringssiden.');
      const row = page.getByRole('row').filter({ hasText: heading });
      await expect(row).toContainText('Dansk, Arabisk');

      await page.goto(`/lang/ar?next=${DEMO_PATH}`);
      const box = page.locator('.short-version').filter({ hasText: arabic });
      await expect(box).toBeVisible();
      await expect(box.locator('[lang="ar"]')).toHaveAttribute('dir', 'rtl');
      await expect(box).toContainText('باختصار');
      await expectNoA11yViolations(page, a11y);
    });
  });
}

test.describe('Reading in short', () => {
  test('a Turkish reader sees the Turkish summary, and the Danish one where there is none', async ({ page }) => {
    await page.goto(`/lang/tr?next=${DEMO_PATH}`);
    const why = page.locator('.short-version').filter({ hasText: 'Kopenhag\'da uyum' });
    await expect(why.locator('[lang="tr"]')).toBeVisible();
    const economy = page.locator('.short-version').filter({ hasText: 'Udvalgene skal som udgangspunkt betale' });
    await expect(economy).toContainText('(yalnızca Danca var)');
    await expect(economy.locator('[lang="da"]')).toContainText('Udvalgene skal som udgangspunkt betale');
    await expectNoA11yViolations(page);
  });

  test('the printable draft carries the summaries and prints without the site around it', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(DEMO_PATH);
    await page.getByRole('link', { name: 'Udskriftsvenlig udgave af udkastet' }).click();
    await expect(page).toHaveURL(new RegExp(`${DEMO_PATH}/print$`));
    await expect(page.locator('.short-version').first()).toContainText('Kort fortalt');
    await expect(page.locator('.comment-link')).toHaveCount(0);
    await expectNoA11yViolations(page);
    await expectNoSidewaysScrolling(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.screen-only')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.short-version').first()).toBeVisible();
  });
});
