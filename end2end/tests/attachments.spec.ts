import { expect, type Page } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';
import { confirmByMail } from './mail';
import { DEMO_PATH, test, waitForHydration } from './support';

/** A small, real one-page PDF with a line of text. */
function pdf(text: string): Buffer {
  const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

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
