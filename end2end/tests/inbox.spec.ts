import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';
import { confirmByMail } from './mail';
import { signInAsOfficial } from './official';
import { DEMO_PATH, DEMO_SLUG, test, waitForHydration } from './support';

/** Sends and confirms a resident's response; returns its svarnummer. */
async function confirmedResponse(page: Page, request: APIRequestContext, email: string, text: string): Promise<string> {
  const sent = await request.post(`/api/v1${DEMO_PATH}/responses`, {
    data: { kind: 'resident', name: 'Ida', email, text, publish_name: false },
  });
  expect(sent.status()).toBe(202);
  const { svarnummer } = (await sent.json()) as { svarnummer: string };
  await confirmByMail(page, email);
  return svarnummer;
}

for (const javaScript of [true, false]) {
  test.describe(`The inbox and a response's page with JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });
    const a11y = { javaScriptDisabled: !javaScript };
    const mode = javaScript ? 'js' : 'nojs';

    test('an official filters, opens a response, redacts a passage, writes a note and tags in bulk', async ({ page, request }) => {
      const text = `Ring til min nabo på 12 34 56 78 (${mode}). Vi ønsker flere sprogkurser.`;
      const svarnummer = await confirmedResponse(page, request, `inbox-${mode}@example.dk`, text);
      await signInAsOfficial(page);
      await page.goto(`/admin/hearings/${DEMO_SLUG}/responses`);
      if (javaScript) await waitForHydration(page);
      await page.locator('form.filters').getByLabel('Afsender', { exact: true }).selectOption('resident');
      await page.locator('form.filters').getByLabel('Status', { exact: true }).selectOption('published');
      await page.getByRole('button', { name: 'Vis' }).click();
      await expect(page).toHaveURL(/kind=resident/);
      await expectNoA11yViolations(page, a11y);

      await page.getByRole('link', { name: svarnummer, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText(svarnummer);
      if (javaScript) await waitForHydration(page);
      await expectNoA11yViolations(page, a11y);

      const decide = page.locator('form.decision');
      await decide.getByLabel('Udelad en passage fra den offentliggjorte tekst').check();
      await decide.getByLabel(/^Begrundelse/).fill('Telefonnummer på en tredjeperson');
      await decide.getByLabel(/Tekst, der skal udelades/).fill('på 87 65 43 21');
      await decide.getByRole('button', { name: 'Gem beslutning' }).click();
      await expect(page.locator('form.decision .field-error')).toContainText('ordret');
      await expect(page.locator('form.decision').getByLabel(/Tekst, der skal udelades/)).toHaveValue('på 87 65 43 21');
      await expectNoA11yViolations(page, a11y);
      await page.locator('form.decision').getByLabel(/Tekst, der skal udelades/).fill('på 12 34 56 78');
      await page.locator('form.decision').getByRole('button', { name: 'Gem beslutning' }).click();
      await expect(page.getByRole('status')).toHaveText('Ændringen er gemt og skrevet i loggen.');
      await expect(page.locator('main')).toContainText(`Ring til min nabo [udeladt] (${mode}).`);

      const list = await request.get(`/api/v1${DEMO_PATH}/responses?per_page=100`);
      const shown = ((await list.json()).items as { svarnummer: string; text: string }[]).find((i) => i.svarnummer === svarnummer);
      expect(shown?.text).toBe(`Ring til min nabo [udeladt] (${mode}). Vi ønsker flere sprogkurser.`);

      await page.getByRole('button', { name: 'Gem noten' }).click();
      await expect(page.locator('form.add-note .field-error')).toHaveText('Skriv noten.');
      await page.getByLabel('Ny note').fill('Borgeren bør kontaktes om sprogkurser.');
      await page.getByRole('button', { name: 'Gem noten' }).click();
      await expect(page.locator('.notes')).toContainText('Borgeren bør kontaktes om sprogkurser.');
      await expect(page.locator('.history')).toContainText('moderation.redact');
      await expectNoA11yViolations(page, a11y);

      await page.getByRole('link', { name: 'Tilbage til høringssvarene' }).click();
      await page.getByLabel(`Vælg ${svarnummer}`).check();
      await page.getByLabel('Handling').selectOption('tag');
      await page.locator('form.bulk').getByLabel('Emneord').fill(`sprog ${mode}`);
      await page.getByRole('button', { name: 'Udfør for de valgte' }).click();
      await expect(page.locator('form.bulk [role="status"]')).toContainText('1 høringssvar er ændret');
      await expectNoA11yViolations(page, a11y);
      await page.goto(`/admin/hearings/${DEMO_SLUG}/responses?tag=${encodeURIComponent(`sprog ${mode}`)}`);
      await expect(page.locator('.inbox-item')).toHaveCount(1);
      await expect(page.locator('.inbox-item')).toContainText(svarnummer);
    });
  });
}
