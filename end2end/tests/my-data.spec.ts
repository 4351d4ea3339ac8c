import { expect } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';
import { confirmByMail, linkInMail } from './mail';
import { signInAsOfficial } from './official';
import { DEMO_PATH, DEMO_SLUG, test, waitForHydration } from './support';

for (const javaScript of [true, false]) {
  const mode = javaScript ? 'js' : 'nojs';
  test.describe(`A resident's data with JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });
    const a11y = { javaScriptDisabled: !javaScript };

    test('a resident sees their data by a mailed link and asks for erasure; an official carries it out', async ({
      page,
      browser,
      request,
    }) => {
      const email = `borger-data-${mode}@example.dk`;
      const text = `Mit svar om sprogskoler (${mode}).`;
      const sent = await request.post(`/api/v1${DEMO_PATH}/responses`, {
        data: { kind: 'resident', name: 'Leyla Demir', email, text, publish_name: false },
      });
      expect(sent.status()).toBe(202);
      await confirmByMail(page, email);

      await page.goto('/my-data');
      if (javaScript) await waitForHydration(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dine data');
      await expectNoA11yViolations(page, a11y);
      await page.getByRole('button', { name: 'Send mig et link' }).click();
      await expect(page.locator('#error-email')).toBeVisible();
      await page.getByLabel('Din e-mail').fill(email);
      await page.getByRole('button', { name: 'Send mig et link' }).click();
      await expect(page.getByRole('status')).toContainText('Hvis vi har data om adressen');
      await expectNoA11yViolations(page, a11y);

      await page.goto(await linkInMail(email, 3, '/my-data/open/'));
      await expectNoA11yViolations(page, a11y);
      await page.getByRole('button', { name: 'Vis mine data' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Data om ${email}`);
      await expect(page.getByText(text)).toBeVisible();
      await expectNoA11yViolations(page, a11y);

      await page.getByRole('button', { name: 'Bed om sletning', exact: true }).click();
      await expect(page.getByText('Sæt flueben for at bekræfte').first()).toBeVisible();
      await page.getByLabel('Ja, slet mit høringssvar').first().check();
      await page.getByRole('button', { name: 'Bed om sletning', exact: true }).click();
      await expect(page.getByRole('status')).toContainText('Din anmodning om sletning er sendt');
      await expectNoA11yViolations(page, a11y);

      const officials = await browser.newContext({ javaScriptEnabled: javaScript });
      const official = await officials.newPage();
      await signInAsOfficial(official);
      await official.goto(`/admin/hearings/${DEMO_SLUG}/erasure-requests`);
      await expect(official.getByRole('heading', { level: 1 })).toContainText('Anmodninger om sletning');
      await expectNoA11yViolations(official, a11y);
      await official.getByRole('button', { name: 'Udfør sletning' }).first().click();
      await expect(official.getByRole('status')).toHaveText('Sletningen er udført.');
      await expectNoA11yViolations(official, a11y);
      await officials.close();
    });
  });
}
