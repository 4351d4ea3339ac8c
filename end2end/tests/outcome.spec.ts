// Closing the loop (issue 23): an official closes the demo hearing, writes the remarks and
// publishes the outcome through its page; residents then read the outcome — on the hearing
// page, its own page with the høringsnotat, and beside each response on the public list —
// with JavaScript on and off, in Danish and Arabic. This file's server gets 12 synthetic
// published responses (`ordet demo --responses`).
import { expect, type APIRequestContext } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';
import { signInAsOfficial } from './official';
import { addDemoResponses } from './server';
import { DEMO_PATH, DEMO_SLUG, DEMO_TITLE, copenhagenToday, test, waitForHydration } from './support';

const ADMIN_API = `/api/v1/admin/hearings/${DEMO_SLUG}`;
const OUTCOME_ADMIN = `/admin/hearings/${DEMO_SLUG}/outcome`;
const DECISION = 'Udvalget vedtog integrationspolitikken. Sprogkurserne for forældre er skrevet ind.';
const CHANGED = 'Forslaget om sprogkurser for forældre er skrevet ind i politikken.';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({}, testInfo) => {
  await addDemoResponses(testInfo.file, 12);
});

/** The deadline passes (the settings as the API gives them, the dates moved back), the
 * hearing goes to processing, themes are computed and every response gets a remark. */
async function closeAndAnswer(request: APIRequestContext, origin: string) {
  // Writes carry the page's Origin, as the browser's own requests do (the cross-site check).
  const headers = { Origin: origin };
  const admin = await (await request.get(ADMIN_API)).json();
  const settings = {
    ...admin.settings,
    opens_at: new Date(Date.now() - 20 * 86_400_000).toISOString(),
    closes_at: new Date(Date.now() - 3_600_000).toISOString(),
  };
  expect((await request.put(ADMIN_API, { data: settings, headers })).status()).toBe(200);
  expect((await request.post(`${ADMIN_API}/status`, { data: { status: 'processing' }, headers })).status()).toBe(200);
  expect((await request.post(`${ADMIN_API}/themes/refresh`, { headers })).status()).toBe(200);
  const hvidbog = await (await request.get(`${ADMIN_API}/hvidbog`)).json();
  const remark = async (data: object) =>
    expect((await request.put(`${ADMIN_API}/hvidbog/remarks`, { data, headers })).status()).toBe(200);
  let first = true;
  for (const group of [...hvidbog.general, ...hvidbog.textual]) {
    if (group.theme_id !== null) {
      await remark({ target: 'theme', id: group.theme_id, remark: 'Temaet er taget til efterretning.', gives_change: false });
    }
    for (const entry of group.entries) {
      if (first) {
        await remark({ target: 'response', id: entry.response_id, remark: CHANGED, gives_change: true });
        first = false;
      } else if (group.theme_id === null) {
        await remark({ target: 'response', id: entry.response_id, remark: 'Svaret er læst.', gives_change: false });
      }
    }
  }
}

test('an official checks the list, previews and publishes the outcome once', async ({ page }) => {
  await signInAsOfficial(page, true);
  await closeAndAnswer(page.request, new URL(page.url()).origin);
  await page.goto('/admin');
  await page.getByRole('listitem').filter({ hasText: DEMO_TITLE }).getByRole('link', { name: 'Resultat og besked til svarafgivere' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Resultat og besked til svarafgivere');
  await waitForHydration(page);
  await expectNoA11yViolations(page);

  // A date before the deadline is refused at its field; what was typed stays.
  await page.getByLabel('Beslutningsdato').fill('2001-01-01');
  await page.getByLabel('Beslutningen i klart sprog').fill(DECISION);
  await page.getByRole('button', { name: 'Gem beslutningen' }).click();
  await expect(page.getByRole('alert')).toContainText('Beslutningen kan ikke være truffet før høringsfristen.');
  await expect(page.getByLabel('Beslutningen i klart sprog')).toHaveValue(DECISION);
  await expectNoA11yViolations(page);

  await page.getByLabel('Beslutningsdato').fill(copenhagenToday());
  await page.getByRole('button', { name: 'Gem beslutningen' }).click();
  await expect(page.getByRole('status').first()).toHaveText('Beslutningen er gemt.');
  const checklist = page.locator('.checklist');
  await expect(checklist).toContainText('Alle 12 svar har en bemærkning');
  await expect(page.locator('.outcome-preview').first()).toContainText(DECISION);
  await expect(page.locator('.mail-preview')).toContainText('/outcome');
  await expectNoA11yViolations(page);

  const considered = page.getByLabel('Vi har overvejet de høringsparter, der ikke har svaret');
  if (await considered.count()) await considered.check();
  await page.getByRole('button', { name: 'Offentliggør resultatet og send beskederne' }).click();
  await expect(page.getByRole('status').first()).toContainText('Resultatet blev offentliggjort');
  await expect(page.getByRole('button', { name: 'Offentliggør resultatet og send beskederne' })).toHaveCount(0);
  await expectNoA11yViolations(page);
});

for (const javaScript of [true, false]) {
  test.describe(`A resident reads the outcome with JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });
    const a11y = { javaScriptDisabled: !javaScript };

    test('from the hearing page to the outcome and the remarks on the list', async ({ page }) => {
      await page.goto(DEMO_PATH);
      const box = page.locator('.outcome-box');
      await expect(box.getByRole('heading', { level: 2 })).toHaveText('Resultatet af høringen');
      await expect(box).toContainText(DECISION);
      await expect(box).toContainText('Teksten blev vedtaget, som den var i høring.');
      await expectNoA11yViolations(page, a11y);

      await box.getByRole('link', { name: 'Læs hele resultatet med alle svar og forvaltningens bemærkninger' }).click();
      await expect(page).toHaveURL(new RegExp(`${DEMO_PATH}/outcome$`));
      await expect(page.getByRole('heading', { level: 2, name: 'Høringsnotat: svarene og forvaltningens bemærkninger' })).toBeVisible();
      await expect(page.locator('.notat-entry')).toHaveCount(12);
      const changed = page.locator('.notat-entry').filter({ hasText: CHANGED });
      await expect(changed).toContainText('Gav anledning til ændring');
      await expect(page.getByRole('link', { name: 'Hent høringsnotatet som Word-fil' })).toHaveAttribute('href', `${DEMO_PATH}/outcome.docx`);
      await expectNoA11yViolations(page, a11y);

      await page.goto(`${DEMO_PATH}/responses`);
      const item = page.locator('.response-item').filter({ hasText: CHANGED });
      await expect(item.locator('.remark')).toContainText('Forvaltningens bemærkning');
      await expect(item.locator('.change-flag')).toHaveText('Gav anledning til ændring');
      await expectNoA11yViolations(page, a11y);

      await page.goto(`/lang/ar?next=${DEMO_PATH}/outcome`);
      await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('نتيجة الاستشارة');
      await expect(page.locator('.outcome-decision')).toHaveAttribute('lang', 'da');
      await expectNoA11yViolations(page, a11y);
    });
  });
}
