// Every channel in the officials' hands (issue 24): an official registers a letter with its
// PDF through the page, with JavaScript on and off — a refused form keeps what was typed and
// says what is wrong at the field — and through the API; axe on every page visited.
import { expect } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';
import { signInAsOfficial } from './official';
import { DEMO_SLUG, pdf, test, waitForHydration } from './support';

for (const javaScript of [true, false]) {
  test.describe(`Registering a letter with JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });
    const a11y = { javaScriptDisabled: !javaScript };
    const organisation = `Foreningen Nydanske Kvinder (${javaScript ? 'med' : 'uden'} JavaScript)`;
    const text = `Foreningen støtter sprogcaféerne og beder om aftenåbent. ${organisation}`;

    test('an official registers a letter with its PDF', async ({ page }) => {
      await signInAsOfficial(page, javaScript);
      await page.goto(`/admin/hearings/${DEMO_SLUG}/responses`);
      await page.getByRole('link', { name: 'Registrér et høringssvar fra e-mail, brev eller møde' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Registrér høringssvar');
      if (javaScript) await waitForHydration(page);
      await expectNoA11yViolations(page, a11y);

      await page.getByLabel('Brev', { exact: true }).check();
      await page.getByLabel('Forening eller organisation', { exact: true }).check();
      await page.getByLabel('Organisationens navn').fill(organisation);
      await page.getByLabel('Svarets tekst eller et resumé af brevet').fill(text);
      await page.getByLabel(/^Vedhæft filer/).setInputFiles({
        name: 'Brev fra foreningen.pdf',
        mimeType: 'application/pdf',
        buffer: pdf('Foreningen svarer'),
      });
      await page.getByRole('button', { name: 'Registrér svaret' }).click();

      // The sender's name is missing: said at the field, everything typed kept.
      await expect(page.locator('#error-name')).toHaveText('Udfyld feltet.');
      await expect(page.getByLabel('Organisationens navn')).toHaveValue(organisation);
      await expect(page.getByLabel('Svarets tekst eller et resumé af brevet')).toHaveValue(text);
      await expect(page.getByLabel('Brev', { exact: true })).toBeChecked();
      await expect(page.locator('#error-files')).toContainText('Vælg dem igen');
      await expectNoA11yViolations(page, a11y);

      await page.getByLabel(/^Afsenderens navn/).fill('Amina Hassan');
      await page.getByLabel(/^Vedhæft filer/).setInputFiles({
        name: 'Brev fra foreningen.pdf',
        mimeType: 'application/pdf',
        buffer: pdf('Foreningen svarer'),
      });
      await page.getByRole('button', { name: 'Registrér svaret' }).click();
      const done = page.getByRole('status').filter({ hasText: 'er registreret' });
      await expect(done).toContainText(/Høringssvar 2010-\d+-\d{4} er registreret\./);
      await expectNoA11yViolations(page, a11y);

      await done.getByRole('link', { name: 'Åbn svaret' }).click();
      await expect(page.locator('main')).toContainText(text);
      await expect(page.locator('main')).toContainText('Brev fra foreningen.pdf');
      await expect(page.locator('.history')).toContainText('response.register');
      await expectNoA11yViolations(page, a11y);

      // The sender is corrected: the contact person's role was left out.
      await page.getByRole('link', { name: 'Ret afsenderen' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ret afsenderen');
      if (javaScript) await waitForHydration(page);
      await expect(page.getByLabel('Organisationens navn')).toHaveValue(organisation);
      await expectNoA11yViolations(page, a11y);
      await page.getByLabel(/^Kontaktpersonens rolle/).fill('Formand');
      await page.getByRole('button', { name: 'Gem afsenderen' }).click();
      await expect(page.getByRole('status')).toHaveText('Ændringen er gemt og skrevet i loggen.');
      await expect(page.locator('.history')).toContainText('response.sender');
      await expectNoA11yViolations(page, a11y);
    });
  });
}

test('an official registers a meeting response through the API', async ({ page }) => {
  await signInAsOfficial(page);
  const origin = new URL(page.url()).origin;
  const answer = await page.request.post(`/api/v1/admin/hearings/${DEMO_SLUG}/responses`, {
    headers: { Origin: origin },
    multipart: {
      response: JSON.stringify({
        channel: 'meeting',
        kind: 'resident',
        name: 'Yusuf Demir',
        postal_code: '2400',
        text: 'Sagt på borgermødet i Nordvest: flere sprogcaféer i biblioteket.',
      }),
      files: { name: 'referat.pdf', mimeType: 'application/pdf', buffer: pdf('Referat fra borgermødet') },
    },
  });
  expect(answer.status()).toBe(201);
  const body = await answer.json();
  expect(body.svarnummer).toMatch(/^2010-/);
  expect(typeof body.id).toBe('number');
  expect(body.status).toBe('published');
});
