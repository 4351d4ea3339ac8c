import * as fs from 'node:fs';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';
import { linkInMail, mailCount } from './mail';
import { DEMO_SLUG, DEMO_TITLE, test, waitForHydration } from './support';

/** Gives a demo account (made by `ordet serve --demo`) a known password through the reset API. */
async function resetByApi(request: APIRequestContext, email: string, password: string): Promise<void> {
  const before = mailCount(email);
  const asked = await request.post('/api/v1/auth/password-reset', { data: { email } });
  expect(asked.status()).toBe(202);
  const link = await linkInMail(email, before + 1, '/admin/password-reset/');
  const token = link.split('/').pop();
  const set = await request.post(`/api/v1/auth/password-reset/${token}`, { data: { password } });
  expect(set.status()).toBe(204);
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/admin/login');
  await page.locator('form[action="/admin/login"]').getByLabel('Din e-mail').fill(email);
  await page.getByLabel('Adgangskode', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sagsbehandling');
}

for (const javaScript of [true, false]) {
  test.describe(`Accounts with JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });
    const a11y = { javaScriptDisabled: !javaScript };
    const mode = javaScript ? 'js' : 'nojs';

    test('an official forgets the password and chooses a new one through a mailed link', async ({ page }) => {
      const email = javaScript ? 'moderator@ordet.local' : 'udvalg@ordet.local';
      const password = `en ny adgangskode til testen ${mode}`;
      const before = mailCount(email);
      await page.goto('/admin/login');
      if (javaScript) await waitForHydration(page);
      await page.getByRole('link', { name: 'Glemt din adgangskode?' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glemt din adgangskode?');
      if (javaScript) await waitForHydration(page);
      await expectNoA11yViolations(page, a11y);
      await page.getByLabel('Din e-mail').fill('ikke-en-adresse@');
      await page.getByRole('button', { name: 'Send link' }).click();
      await expect(page.locator('.field-error')).toContainText('Skriv en gyldig e-mailadresse');
      await expect(page.getByLabel('Din e-mail')).toHaveValue('ikke-en-adresse@');
      await expectNoA11yViolations(page, a11y);
      await page.getByLabel('Din e-mail').fill(email);
      await page.getByRole('button', { name: 'Send link' }).click();
      await expect(page.getByRole('status')).toContainText('Hvis adressen har en konto');
      await expectNoA11yViolations(page, a11y);

      const link = await linkInMail(email, before + 1, '/admin/password-reset/');
      await page.goto(link);
      if (javaScript) await waitForHydration(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vælg en ny adgangskode');
      await expectNoA11yViolations(page, a11y);
      await page.getByLabel('Ny adgangskode', { exact: true }).fill(password);
      await page.getByLabel('Gentag den nye adgangskode').fill(`${password} og lidt til`);
      await page.getByRole('button', { name: 'Gem adgangskoden' }).click();
      await expect(page.locator('#error-repeat')).toHaveText(/ikke ens/);
      await expect(page.getByLabel('Gentag den nye adgangskode')).toHaveAttribute('aria-describedby', 'error-repeat');
      await expectNoA11yViolations(page, a11y);
      await page.getByLabel('Ny adgangskode', { exact: true }).fill(password);
      await page.getByLabel('Gentag den nye adgangskode').fill(password);
      await page.getByRole('button', { name: 'Gem adgangskoden' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log ind som medarbejder');
      await expect(page.getByRole('status').first()).toContainText('Din nye adgangskode er gemt');
      await expectNoA11yViolations(page, a11y);
      await signIn(page, email, password);

      await page.goto(link);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Linket virker ikke længere');
      await expectNoA11yViolations(page, a11y);
    });

    test('an admin creates a user, who gets a mail, and disables the account', async ({ page, request }) => {
      const password = `administratorens adgangskode ${mode}`;
      await resetByApi(request, 'admin@ordet.local', password);
      await signIn(page, 'admin@ordet.local', password);
      if (javaScript) await waitForHydration(page);
      await page.getByRole('link', { name: 'Brugere' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Brugere');
      if (javaScript) await waitForHydration(page);
      await expectNoA11yViolations(page, a11y);

      const create = page.locator('form', { has: page.getByRole('button', { name: 'Opret bruger' }) });
      const name = `Ny moderator ${mode}`;
      const email = `ny-${mode}@e2e.test`;
      await create.getByLabel('Navn').fill(name);
      await create.getByLabel('E-mailadresse').fill('ny@');
      await create.getByRole('button', { name: 'Opret bruger' }).click();
      await expect(page.getByRole('alert').first()).toContainText('Skriv en gyldig e-mailadresse');
      await expect(page.locator('#field-name')).toHaveValue(name);
      await expectNoA11yViolations(page, a11y);
      await page.locator('#field-email').fill(email);
      await page.locator('#field-role').selectOption('moderator');
      await page.locator('#field-hearing').selectOption({ label: DEMO_TITLE });
      await page.getByRole('button', { name: 'Opret bruger' }).click();
      await expect(page.getByRole('status')).toContainText('Brugeren er oprettet');
      const item = page.locator('.user-item', { hasText: email });
      await expect(item.getByRole('heading', { level: 3 })).toHaveText(name);
      await expect(item).toContainText(`Moderator (${DEMO_TITLE})`);
      await expectNoA11yViolations(page, a11y);
      await linkInMail(email, 1, '/admin/password-reset/');

      await item.getByRole('button', { name: 'Deaktivér' }).click();
      await expect(page.getByRole('status')).toContainText('Kontoen er deaktiveret');
      await expect(page.locator('.user-item', { hasText: email })).toContainText('Deaktiveret');

      await page.goto('/admin/audit');
      await expect(page.getByRole('heading', { level: 2, name: 'Hent revisionsloggen' })).toBeVisible();
      if (javaScript) await waitForHydration(page);
      await expectNoA11yViolations(page, a11y);
      const csvDownload = page.waitForEvent('download');
      await page.getByRole('button', { name: 'CSV' }).click();
      const csv = await csvDownload;
      expect(csv.suggestedFilename()).toBe('revisionslog.csv');
      const text = fs.readFileSync(await csv.path(), 'utf8');
      expect(text.startsWith('\ufeffid,at,actor_id,actor_name,action')).toBe(true);
      expect(text).toContain('account.create');
      expect(text).toContain('account.disable');

      await page.goto(`/admin/hearings/${DEMO_SLUG}/responses`);
      const zipDownload = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Alle bilag (ZIP)' }).click();
      const zip = await zipDownload;
      expect(zip.suggestedFilename()).toBe('2010-64452-bilag.zip');
      expect(fs.readFileSync(await zip.path()).subarray(0, 2).toString()).toBe('PK');
    });
  });
}
