import { expect, type Page } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';
import { DEMO_PATH, test, waitForHydration } from './support';

const TEXT = 'Lektiecaféer på biblioteket hjælper tosprogede elever.\nDe bør have flere frivillige.';

async function commentOnFirstParagraph(page: Page, javaScript: boolean) {
  await page.goto(DEMO_PATH);
  if (javaScript) await waitForHydration(page);
  const link = page.locator('.paragraph .comment-link').first();
  await link.click();
  await expect(page).toHaveURL(/\/respond\?paragraph=p-/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Giv dit høringssvar');
  await expect(page.locator('figure.quoted blockquote')).not.toBeEmpty();
}

async function fillResident(page: Page) {
  await page.getByLabel('Borger', { exact: true }).check();
  await page.getByLabel('Dit navn').fill('Amina Yusuf');
  await page.getByLabel('Din e-mail').fill('amina@example.dk');
  await page.getByLabel(/^Postnummer/).fill('2200');
  await page.getByLabel('For', { exact: true }).check();
  await page.getByLabel('Dit høringssvar').fill(TEXT);
}

for (const javaScript of [true, false]) {
  test.describe(`The response form with JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });
    const a11y = { javaScriptDisabled: !javaScript };

    test('a resident comments on a paragraph and is asked to check their e-mail', async ({ page }) => {
      await commentOnFirstParagraph(page, javaScript);
      await expectNoA11yViolations(page, a11y);
      await fillResident(page);
      await page.getByRole('button', { name: 'Send høringssvar' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tjek din e-mail');
      await expect(page.locator('main')).toContainText(/2010-64452-\d{4}/);
      await expectNoA11yViolations(page, a11y);
    });

    test('a wrong CVR number is shown at its field and the text stays', async ({ page }) => {
      await commentOnFirstParagraph(page, javaScript);
      await page.getByLabel('Virksomhed', { exact: true }).check();
      await page.getByLabel('Dit navn').fill('Jonas Berg');
      await page.getByLabel('Din e-mail').fill('jonas@firma.dk');
      await page.getByLabel('Organisationens navn').fill('Firma ApS');
      await page.getByLabel('CVR-nummer').fill('64942213');
      await page.getByLabel('Dit høringssvar').fill(TEXT);
      await page.getByRole('button', { name: 'Send høringssvar' }).click();

      await expect(page.locator('.error-summary')).toContainText('CVR-nummeret findes ikke');
      const cvr = page.getByLabel('CVR-nummer');
      await expect(cvr).toHaveAttribute('aria-invalid', 'true');
      await expect(cvr).toHaveValue('64942213');
      await expect(page.locator('#error-cvr')).toContainText('byttet om på to cifre');
      await expect(page.getByLabel('Dit høringssvar')).toHaveValue(TEXT);
      await expect(page.getByLabel('Organisationens navn')).toHaveValue('Firma ApS');
      await expect(page.locator('figure.quoted blockquote')).not.toBeEmpty();
      await expectNoA11yViolations(page, a11y);
    });
  });
}

test('the list of published responses reads well and passes axe', async ({ page }) => {
  const response = await page.goto(`${DEMO_PATH}/responses`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Høringssvar');
  await expect(page.getByRole('navigation', { name: 'Sider' })).toBeVisible();
  await expectNoA11yViolations(page);
});
