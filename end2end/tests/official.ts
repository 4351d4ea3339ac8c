/** The official's account the suite creates before it starts the app (see playwright.config.ts). */
export const OFFICIAL = {
  email: 'sagsbehandler@e2e.test',
  name: 'Sagsbehandler i testen',
  password: 'en lang og hemmelig adgangskode',
} as const;

/** Signs the suite's official in through the sign-in form. */
export async function signInAsOfficial(page: import('@playwright/test').Page): Promise<void> {
  await page.goto('/admin/login');
  await page.locator('form[action="/admin/login"]').getByLabel('Din e-mail').fill(OFFICIAL.email);
  await page.getByLabel('Adgangskode').fill(OFFICIAL.password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sagsbehandling' }).waitFor();
}
