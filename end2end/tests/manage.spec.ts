import { expect } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';
import { confirmByMail, linkInMail } from './mail';
import { DEMO_PATH, test, waitForHydration } from './support';

for (const javaScript of [true, false]) {
  test.describe(`The private link with JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });
    const a11y = { javaScriptDisabled: !javaScript };

    test('a resident changes their response, then withdraws it', async ({ page, request }) => {
      const email = `borger-manage-${javaScript ? 'js' : 'nojs'}@example.dk`;
      const text = `Første udgave (${javaScript ? 'js' : 'nojs'}).`;
      const sent = await request.post(`/api/v1${DEMO_PATH}/responses`, {
        data: { kind: 'resident', name: 'Jonas Berg', email, text, publish_name: true },
      });
      expect(sent.status()).toBe(202);
      await confirmByMail(page, email);
      const manage = await linkInMail(email, 2, '/responses/manage/');

      await page.goto(manage);
      if (javaScript) await waitForHydration(page);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Dit høringssvar 2010-64452-');
      await expectNoA11yViolations(page, a11y);
      const changed = `Anden udgave (${javaScript ? 'js' : 'nojs'}).`;
      await page.getByLabel('Dit høringssvar').fill('');
      await page.getByRole('button', { name: 'Gem ændringer' }).click();
      await expect(page.locator('#error-text')).toContainText('Skriv dit høringssvar.');
      await page.getByLabel('Dit høringssvar').fill(changed);
      await page.getByRole('button', { name: 'Gem ændringer' }).click();
      await expect(page.getByRole('status')).toHaveText('Dine ændringer er gemt.');
      await expect(page.getByLabel('Dit høringssvar')).toHaveValue(changed);

      await page.getByRole('button', { name: 'Træk svaret tilbage' }).click();
      await expect(page.locator('#error-confirm')).toContainText('Sæt flueben');
      await expectNoA11yViolations(page, a11y);
      await page.getByLabel('Ja, træk mit høringssvar tilbage').check();
      await page.getByRole('button', { name: 'Træk svaret tilbage' }).click();
      await expect(page.getByRole('status')).toContainText('Dit svar er trukket tilbage.');
      await expectNoA11yViolations(page, a11y);
    });
  });
}
