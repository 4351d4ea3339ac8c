import { expect, type Page } from '@playwright/test';

/** The official's account the suite creates before it starts the app (see playwright.config.ts). */
export const OFFICIAL = {
  email: 'sagsbehandler@e2e.test',
  name: 'Sagsbehandler i testen',
  password: 'en lang og hemmelig adgangskode',
} as const;

/**
 * Signs the suite's official in through the sign-in form; with `javaScript`, once the page
 * has hydrated (a context with JavaScript off never does).
 */
export async function signInAsOfficial(page: Page, javaScript = false): Promise<void> {
  await page.goto('/admin/login');
  if (javaScript) await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
  await page.locator('form[action="/admin/login"]').getByLabel('Din e-mail').fill(OFFICIAL.email);
  await page.getByLabel('Adgangskode').fill(OFFICIAL.password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sagsbehandling');
}
