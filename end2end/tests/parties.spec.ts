import { expect } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';
import { confirmByMail, mailCount } from './mail';
import { signInAsOfficial } from './official';
import { DEMO_PATH, DEMO_TITLE, test, waitForHydration } from './support';

for (const javaScript of [true, false]) {
  test.describe(`The høringsliste with JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });
    const a11y = { javaScriptDisabled: !javaScript };

    test('an official adds a party, sends the høringsbrev and sees who answered', async ({ page, request }) => {
      const mode = javaScript ? 'js' : 'nojs';
      const name = `Foreningen Ny Start (${mode})`;
      const email = `ny-start-${mode}@example.dk`;
      await signInAsOfficial(page, javaScript);
      await page.getByRole('listitem').filter({ hasText: DEMO_TITLE }).getByRole('link', { name: 'Høringsliste' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Høringsliste');
      await expect(page.locator('table.parties')).toContainText('Integrationsrådet i Københavns Kommune');
      if (javaScript) await waitForHydration(page);
      await expectNoA11yViolations(page, a11y);

      const add = page.locator('form', { has: page.getByRole('heading', { name: 'Tilføj en part' }) });
      await add.getByLabel('Navn').fill(name);
      await add.getByLabel('Slags part').selectOption('association');
      await add.getByLabel('E-mail').fill(`ny-start-${mode}@example`);
      await add.getByRole('button', { name: 'Tilføj part' }).click();
      const again = page.locator('form', { has: page.getByRole('heading', { name: 'Tilføj en part' }) });
      await expect(again.locator('.field-error')).toContainText('E-mailadressen ser forkert ud');
      await expect(again.getByLabel('Navn')).toHaveValue(name);
      await expect(again.getByLabel('E-mail')).toHaveAttribute('aria-invalid', 'true');
      await expectNoA11yViolations(page, a11y);
      await again.getByLabel('E-mail').fill(email);
      await again.getByRole('button', { name: 'Tilføj part' }).click();
      await expect(page.getByRole('status')).toHaveText('Ændringen er gemt.');
      const row = page.getByRole('row').filter({ hasText: name });
      await expect(row).toContainText('Har ikke svaret');

      const send = page.getByRole('button', { name: /^Send høringsbrev til \d+ part/ });
      const count = Number((await send.textContent())?.match(/\d+/)?.[0]);
      expect(count).toBeGreaterThan(0);
      await send.click();
      await expect(page.getByRole('status')).toHaveText(`Høringsbrevet er lagt i kø til ${count} parter.`);
      await expect(page.getByText('Alle parter på listen har fået høringsbrevet.')).toBeVisible();
      await expect.poll(() => mailCount(email), { timeout: 10_000 }).toBe(1);
      await expectNoA11yViolations(page, a11y);

      const sent = await request.post(`/api/v1${DEMO_PATH}/responses`, {
        data: { kind: 'association', name: 'Amina', organisation: name, email: `amina-${mode}@example.dk`, text: `Vores høringssvar (${mode}).`, publish_name: true },
      });
      expect(sent.status()).toBe(202);
      const svarnummer = (await sent.json()).svarnummer as string;
      await confirmByMail(page, `amina-${mode}@example.dk`);
      await page.goto('/admin/hearings/integrationspolitik-2011-2014/parties');
      if (javaScript) await waitForHydration(page);
      const answered = page.getByRole('row').filter({ hasText: name });
      await expect(answered).toContainText('✓ Har svaret');
      await expect(answered).toContainText(svarnummer);
      await expectNoA11yViolations(page, a11y);
    });
  });
}
