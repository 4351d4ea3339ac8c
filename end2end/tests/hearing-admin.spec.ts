import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';
import { OFFICIAL, signInAsOfficial } from './official';
import { DEMO_SLUG, DEMO_TITLE, test, waitForHydration } from './support';

const DEMO_DRAFT = fs.readFileSync(path.resolve(__dirname, '../../server/demo/integrationspolitik-2011-2014.md'), 'utf8');
const OLD = 'Integrationen i København har siden 2006 været positiv på en række områder.';

for (const javaScript of [true, false]) {
  test.describe(`Hearing administration with JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });
    const a11y = { javaScriptDisabled: !javaScript };
    const word = javaScript ? 'mange' : 'flere';

    test('an official edits the hearing, previews and publishes a draft and reads the diff', async ({ page }) => {
      await signInAsOfficial(page, javaScript);
      await page.getByRole('listitem').filter({ hasText: DEMO_TITLE }).getByRole('link', { name: 'Administrér høringen' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO_TITLE);
      if (javaScript) await waitForHydration(page);
      await expectNoA11yViolations(page, a11y);

      const journal = page.getByLabel('Journalnummer');
      await journal.fill('2010/64452');
      await page.getByLabel('Kort resumé').fill(`Resumé skrevet i testen (${word}).`);
      await page.getByRole('button', { name: 'Gem ændringer' }).click();
      await expect(page.locator('#error-journal_number')).toHaveText(
        'Skriv journalnummeret som årstal, bindestreg og løbenummer, fx 2010-64452.',
      );
      await expect(page.getByLabel('Journalnummer')).toHaveValue('2010/64452');
      await expect(page.getByLabel('Kort resumé')).toHaveValue(`Resumé skrevet i testen (${word}).`);
      await expectNoA11yViolations(page, a11y);
      await page.getByLabel('Journalnummer').fill('2010-64452');
      await page.getByRole('button', { name: 'Gem ændringer' }).click();
      await expect(page.getByRole('status')).toHaveText('Ændringerne er gemt og skrevet i loggen.');
      await expect(page.getByRole('list').filter({ hasText: 'Oplysningerne blev ændret' })).toContainText(OFFICIAL.name);

      await page.getByRole('link', { name: 'Indlæs en ny version af udkastet' }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'Ny version af udkastet' })).toBeVisible();
      if (javaScript) await waitForHydration(page);
      await expectNoA11yViolations(page, a11y);
      const text = page.getByLabel('… eller indsæt teksten (Markdown)');
      await text.fill('Et udkast uden overskrifter.');
      await page.getByRole('button', { name: 'Vis udkastet' }).click();
      await expect(page.getByRole('alert')).toContainText('Udkastet har ingen overskrifter');
      await expect(page.getByLabel('… eller indsæt teksten (Markdown)')).toHaveValue('Et udkast uden overskrifter.');
      await expectNoA11yViolations(page, a11y);

      const changed = DEMO_DRAFT.replace(OLD, OLD.replace('en række', word));
      await page.getByLabel('… eller indsæt teksten (Markdown)').fill(changed);
      await page.getByRole('button', { name: 'Vis udkastet' }).click();
      await expect(page.getByRole('heading', { name: 'Forhåndsvisning – ikke gemt endnu' })).toBeVisible();
      await expect(page.locator('.draft-preview')).toContainText(`positiv på ${word} områder`);
      await expectNoA11yViolations(page, a11y);
      await page.getByRole('button', { name: 'Udgiv som ny version' }).click();
      await expect(page.getByRole('status')).toContainText('er udgivet og skrevet i loggen');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO_TITLE);

      await page.locator('.versions li').first().getByRole('link', { name: /^Forskelle fra version/ }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forskelle mellem versioner');
      if (javaScript) await waitForHydration(page);
      await expect(page.locator('.diff-changed ins').first()).toContainText(word);
      await expect(page.getByRole('status')).toContainText('1 ændret');
      await expectNoA11yViolations(page, a11y);
    });
  });
}

test('a hearing created in the browser is a draft the public cannot see', async ({ page, request }) => {
  await signInAsOfficial(page, true);
  await page.getByRole('link', { name: 'Opret en ny høring' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Opret en ny høring');
  await waitForHydration(page);
  await expectNoA11yViolations(page);
  await page.getByLabel('Kort navn i webadressen').fill('kulturpolitik-e2e');
  await page.getByLabel('Titel').fill('Kulturpolitik (e2e)');
  await page.getByLabel('Kort resumé').fill('En høring oprettet i testen.');
  await page.getByLabel('Udvalg, der beslutter').fill('Kultur- og Fritidsudvalget');
  await page.getByLabel('Journalnummer').fill('2026-77');
  await page.getByLabel('Høringen åbner').fill('2027-01-05T08:00');
  await page.getByLabel('Høringsfrist').fill('2027-02-27T23:59');
  await page.locator('[id="field-digest_recipients.0.email"]').fill('sekretaer@kk.dk');
  await page.locator('[id="field-digest_recipients.0.name"]').fill('Udvalgssekretær');
  await page.getByRole('button', { name: 'Opret høringen' }).click();
  await expect(page.getByRole('status')).toContainText('Høringen er oprettet som kladde');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kulturpolitik (e2e)');
  await expectNoA11yViolations(page);
  expect((await request.get('/api/v1/hearings/kulturpolitik-e2e')).status()).toBe(404);
  expect((await page.request.get('/api/v1/admin/hearings/kulturpolitik-e2e')).status()).toBe(200);
  expect(DEMO_SLUG).not.toBe('kulturpolitik-e2e');
});
