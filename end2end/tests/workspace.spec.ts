import { expect } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expectNoA11yViolations } from './a11y';
import { confirmByMail, linkInMail, mailCount } from './mail';
import { OFFICIAL } from './official';
import { DEMO_PATH, DEMO_TITLE, test, waitForHydration } from './support';

for (const javaScript of [true, false]) {
  test.describe(`The officials' workspace with JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });
    const a11y = { javaScriptDisabled: !javaScript };

    test('an official signs in and holds back a response with a reason', async ({ page, request }) => {
      const mode = javaScript ? 'js' : 'nojs';
      const email = `borger-moderation-${mode}@example.dk`;
      const text = `Et svar, som en sagsbehandler skal se på (${mode}).`;
      const sent = await request.post(`/api/v1${DEMO_PATH}/responses`, {
        data: { kind: 'resident', name: 'Ida', email, text, publish_name: false },
      });
      expect(sent.status()).toBe(202);
      await confirmByMail(page, email);

      await page.goto('/admin');
      await expect(page.locator('main')).toContainText('Du skal logge ind');
      await page.goto('/admin/login');
      if (javaScript) await waitForHydration(page);
      await expectNoA11yViolations(page, a11y);
      const signIn = page.locator('form[action="/admin/login"]');
      await signIn.getByLabel('Din e-mail').fill(OFFICIAL.email);
      await page.getByLabel('Adgangskode').fill('forkert adgangskode');
      await page.getByRole('button', { name: 'Log ind' }).click();
      await expect(page.getByRole('alert')).toContainText('Forkert e-mail eller adgangskode');
      await expect(page.locator('form[action="/admin/login"]').getByLabel('Din e-mail')).toHaveValue(OFFICIAL.email);
      await page.getByLabel('Adgangskode').fill(OFFICIAL.password);
      await page.getByRole('button', { name: 'Log ind' }).click();

      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sagsbehandling');
      await expectNoA11yViolations(page, a11y);
      await page.getByRole('listitem').filter({ hasText: DEMO_TITLE }).getByRole('link', { name: 'Se høringssvar' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO_TITLE);
      await expectNoA11yViolations(page, a11y);

      const item = page.locator('.inbox-item', { hasText: text });
      await expect(item).toContainText('Offentliggjort');
      await item.getByLabel('Tilbagehold', { exact: true }).check();
      await item.getByRole('button', { name: 'Gem beslutning' }).click();
      const again = page.locator('.inbox-item', { hasText: text });
      await expect(again.locator('.field-error')).toContainText('Skriv en begrundelse');
      await expectNoA11yViolations(page, a11y);
      await again.getByLabel(/^Begrundelse/).fill('Svaret nævner en navngiven nabo.');
      await again.getByRole('button', { name: 'Gem beslutning' }).click();
      await expect(page.getByRole('status')).toHaveText('Beslutningen er gemt og skrevet i loggen.');
      await expect(page.locator('.inbox-item', { hasText: text })).toContainText('Tilbageholdt');

      const downloading = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Excel (XLSX)' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(await download.path());
      const sheet = workbook.getWorksheet('Høringssvar');
      expect(sheet?.getRow(1).getCell(1).value).toBe('svarnummer');
      const texts = (sheet?.getColumn(21).values ?? []).map(String);
      expect(texts).toContain(text);
      const row = texts.indexOf(text);
      expect(sheet?.getRow(row).getCell(2).value).toBe('held');
      expect(sheet?.getRow(row).getCell(10).value).toBe(email);

      const list = await request.get(`/api/v1${DEMO_PATH}/responses?per_page=100`);
      const items = (await list.json()).items as { text: string }[];
      expect(items.map((i) => i.text)).not.toContain(text);

      await page.getByRole('button', { name: 'Log ud' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log ind som medarbejder');
    });

    test('an official signs in with a link sent by e-mail', async ({ page }) => {
      const before = mailCount(OFFICIAL.email);
      await page.goto('/admin/login');
      if (javaScript) await waitForHydration(page);
      await page.locator('form[action="/admin/login-link"]').getByLabel('Din e-mail').fill(OFFICIAL.email);
      await page.getByRole('button', { name: 'Send mig et link' }).click();
      await expect(page.getByRole('status')).toContainText('har vi sendt et link');
      await expectNoA11yViolations(page, a11y);
      await page.goto(await linkInMail(OFFICIAL.email, before + 1, '/admin/login/'));
      if (javaScript) await waitForHydration(page);
      await expectNoA11yViolations(page, a11y);
      await page.getByRole('button', { name: 'Log ind' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sagsbehandling');
    });
  });
}
