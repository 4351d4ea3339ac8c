import { expect, type Page } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';
import { confirmByMail } from './mail';
import { DEMO_PATH, pdf, test, waitForHydration } from './support';

/** The response text, different per run so each test finds its own response. */
function letter(javaScript: boolean): string {
  return `Foreningen for Integration sender hermed sit høringssvar som PDF (${javaScript ? 'med' : 'uden'} JavaScript).`;
}

async function fillAssociation(page: Page, email: string, text: string) {
  await page.getByLabel('Forening eller organisation', { exact: true }).check();
  await page.getByLabel('Dit navn').fill('Amina Yusuf');
  await page.getByLabel('Din e-mail').fill(email);
  await page.getByLabel('Organisationens navn').fill('Foreningen for Integration');
  await page.getByLabel('Dit høringssvar').fill(text);
}

for (const javaScript of [true, false]) {
  test.describe(`Attachments with JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });
    const a11y = { javaScriptDisabled: !javaScript };
    const email = `forening-${javaScript ? 'js' : 'nojs'}@example.dk`;
    const text = letter(javaScript);

    test('an association uploads a PDF that is published with its response', async ({ page }) => {
      await page.goto(`${DEMO_PATH}/respond`);
      if (javaScript) await waitForHydration(page);
      await fillAssociation(page, email, text);
      await page.getByLabel(/^Vedhæft filer/).setInputFiles({
        name: 'Høringssvar fra Foreningen.pdf',
        mimeType: 'application/pdf',
        buffer: pdf('Foreningen for Integration svarer'),
      });
      await page.getByRole('button', { name: 'Send høringssvar' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tjek din e-mail');

      await confirmByMail(page, email);
      await expect(page.locator('[data-verify-outcome]')).toHaveAttribute('data-verify-outcome', 'verified');
      // A file is public once its text has been read and checked for CPR numbers, which the
      // background job does within moments.
      const item = page.locator('.response-item', { hasText: text });
      const file = item.getByRole('link', { name: 'Høringssvar fra Foreningen.pdf' });
      await expect(async () => {
        await page.goto(`${DEMO_PATH}/responses`);
        await expect(file).toBeVisible({ timeout: 1_000 });
      }).toPass({ timeout: 20_000 });
      await expectNoA11yViolations(page, a11y);

      const download = await page.request.get((await file.getAttribute('href')) ?? '');
      expect(download.status()).toBe(200);
      expect(download.headers()['content-type']).toBe('application/pdf');
      expect(download.headers()['content-disposition']).toMatch(/^attachment;/);
    });

    test('a file that is not a document is named in the error and the text stays', async ({ page }) => {
      await page.goto(`${DEMO_PATH}/respond`);
      if (javaScript) await waitForHydration(page);
      await fillAssociation(page, email, text);
      await page.getByLabel(/^Vedhæft filer/).setInputFiles({
        name: 'brev.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('MZ\x90\x00 this is a program, not a letter'),
      });
      await page.getByRole('button', { name: 'Send høringssvar' }).click();
      await expect(page.locator('#error-files')).toContainText('«brev.pdf» er ikke en PDF-');
      await expect(page.getByLabel(/^Vedhæft filer/)).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByLabel('Dit høringssvar')).toHaveValue(text);
      await expect(page.getByLabel('Organisationens navn')).toHaveValue('Foreningen for Integration');
      await expectNoA11yViolations(page, a11y);
    });
  });
}
