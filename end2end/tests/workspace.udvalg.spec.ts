// The committee's side of the workspace: the digest page (schedule form, preview, send now,
// history) and the hvidbog page (remarks, Word file, printable page), on a demo hearing given
// 30 published responses first; the demo has two digest recipients.
import { expect, type Page } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';
import { signInAsOfficial } from './official';
import { addDemoResponses } from './server';
import { DEMO_SLUG, DEMO_TITLE, test, waitForHydration } from './support';

test.beforeAll(async ({}, testInfo) => {
  await addDemoResponses(testInfo.file, 30);
});

async function openFromHome(page: Page, link: string, javaScript: boolean) {
  await signInAsOfficial(page);
  await page.getByRole('listitem').filter({ hasText: DEMO_TITLE }).getByRole('link', { name: link }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(link);
  if (javaScript) await waitForHydration(page);
}

for (const javaScript of [true, false]) {
  test.describe(`The committee pages with JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });
    const a11y = { javaScriptDisabled: !javaScript };

    test('an official sets the digest schedule, previews it and sends it now', async ({ page }) => {
      await openFromHome(page, 'Overblik til udvalget', javaScript);
      await expect(page.getByRole('region', { name: 'Modtagere' })).toContainText('biu.sekretariat@example.dk');
      await expectNoA11yViolations(page, a11y);

      const hour = page.getByLabel('Klokkeslæt (hel time, dansk tid)');
      await hour.fill('25');
      await page.getByRole('button', { name: 'Gem tidspunkter' }).click();
      await expect(page.locator('#error-hour')).toHaveText('Skriv en hel time mellem 0 og 23.');
      await expect(page.getByLabel('Klokkeslæt (hel time, dansk tid)')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByLabel('Klokkeslæt (hel time, dansk tid)')).toHaveValue('25');
      await expectNoA11yViolations(page, a11y);

      await page.getByLabel('Ugedag for det ugentlige overblik').selectOption({ label: 'fredag' });
      await page.getByLabel('Klokkeslæt (hel time, dansk tid)').fill('9');
      await page.getByRole('button', { name: 'Gem tidspunkter' }).click();
      await expect(page.getByRole('status')).toHaveText('Tidspunkterne er gemt.');
      await expect(page.getByLabel('Ugedag for det ugentlige overblik')).toHaveValue('5');
      if (javaScript) await waitForHydration(page);

      await page.getByRole('button', { name: 'Send overblikket til modtagerne nu' }).click();
      await expect(page.getByRole('status')).toHaveText('Overblikket er sat i kø og sendes om et øjeblik.');
      const history = page.getByRole('table');
      await expect(history.getByRole('rowheader').first()).toHaveText('Overblik sendt manuelt');
      await expectNoA11yViolations(page, a11y);

      await page.getByRole('link', { name: 'Se overblikket, som det ser ud lige nu' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Ugentligt overblik over høringssvar: ${DEMO_TITLE}`);
      await expect(page.getByRole('table', { name: 'Høringssvar' })).toContainText('I alt');
      await expectNoA11yViolations(page, a11y);
    });

    test('an official writes remarks in the hvidbog and downloads it', async ({ page }) => {
      await openFromHome(page, 'Hvidbog (høringsnotat)', javaScript);
      await expect(page.getByRole('heading', { level: 2, name: 'Generelle bemærkninger' })).toBeVisible();
      await expectNoA11yViolations(page, a11y);

      const entry = page.locator('.hvidbog-entry').nth(javaScript ? 0 : 1);
      const entryId = (await entry.getAttribute('id')) ?? '';
      const remark = 'x'.repeat(10_001);
      await entry.getByLabel('Forvaltningens bemærkninger').fill(remark);
      await entry.getByRole('button', { name: 'Gem bemærkning' }).click();
      const again = page.locator(`[id="${entryId}"]`);
      await expect(again.locator('.field-error')).toHaveText('Bemærkningen må højst være 10.000 tegn.');
      await expect(again.getByLabel('Forvaltningens bemærkninger')).toHaveValue(remark);
      await expectNoA11yViolations(page, a11y);

      const text = `Tages til efterretning (${javaScript ? 'js' : 'nojs'}).`;
      await again.getByLabel('Forvaltningens bemærkninger').fill(text);
      await again.getByRole('radio', { name: 'Nej' }).check();
      await again.getByRole('button', { name: 'Gem bemærkning' }).click();
      await expect(page.getByRole('status')).toHaveText('Bemærkningen er gemt.');
      const saved = page.locator(`[id="${entryId}"]`);
      await expect(saved.getByLabel('Forvaltningens bemærkninger')).toHaveValue(text);
      await expect(saved.getByRole('radio', { name: 'Nej' })).toBeChecked();

      const docx = await page.request.get(`/admin/hearings/${DEMO_SLUG}/hvidbog.docx`);
      expect(docx.status()).toBe(200);
      expect(docx.headers()['content-type']).toContain('wordprocessingml');
      await page.getByRole('link', { name: 'Udskriftsvenlig udgave' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Hvidbog: ${DEMO_TITLE}`);
      await expect(page.locator('main')).toContainText(text);
      await expectNoA11yViolations(page, a11y);
    });
  });
}
