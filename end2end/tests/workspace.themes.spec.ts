// The theme page needs responses: this file adds 30 synthetic published ones to its own
// server's demo hearing through `ordet demo --responses` (as an official's `make run` has 300).
import { expect, type Page } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';
import { OFFICIAL, signInAsOfficial } from './official';
import { addDemoResponses } from './server';
import { DEMO_PATH, DEMO_SLUG, DEMO_TITLE, test, waitForHydration } from './support';

const THEMES = `/admin/hearings/${DEMO_SLUG}/themes`;

/** Opens the theme page from the official's hearings and computes the themes now. */
async function computeThemes(page: Page, javaScript: boolean) {
  await page.getByRole('listitem').filter({ hasText: DEMO_TITLE }).getByRole('link', { name: 'Temaer' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Temaer');
  if (javaScript) await waitForHydration(page);
  await page.getByRole('button', { name: 'Beregn temaer nu' }).click();
  await expect(page.getByRole('status')).toHaveText('Temaerne er beregnet.');
  if (javaScript) await waitForHydration(page);
}

test.beforeAll(async ({}, testInfo) => {
  await addDemoResponses(testInfo.file, 30);
});

for (const javaScript of [true, false]) {
  test.describe(`The theme page with JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });
    const a11y = { javaScriptDisabled: !javaScript };
    // Each run edits its own theme: the first one no run has pinned yet (which card that is
    // depends on the clustering, not on a position), so the two runs do not depend on each other.
    const name = `Tema fra testen (${javaScript ? 'js' : 'nojs'})`;

    test('an official computes the themes, reads bars and the heat-map, renames and pins a theme', async ({ page }) => {
      await signInAsOfficial(page, javaScript);
      await computeThemes(page, javaScript);
      const cards = page.locator('.theme-card');
      expect(await cards.count()).toBeGreaterThan(1);
      const card = cards.filter({ hasNot: page.getByRole('heading', { level: 3, name: /Fastlåst/ }) }).first();
      const cardId = (await card.getAttribute('id')) ?? '';
      const themeId = cardId.replace('theme-', '');
      await expect(card.locator('.kind-bar')).toHaveCount(1);
      await expect(card.getByRole('list', { name: 'Stemmer efter afsender' }).getByRole('listitem').first()).toContainText(/: \d+$/);
      await expect(card).toContainText(/\d+ stemmer? · \d+ svar/);
      const heatmap = page.getByRole('table', { name: 'Kommentarer pr. afsnit' });
      await expect(heatmap.getByRole('columnheader').first()).toHaveText('Tema');
      await expect(heatmap.locator('tbody tr')).toHaveCount(await cards.count());
      await expectNoA11yViolations(page, a11y);

      await card.getByText('Ret temaet').click();
      await card.getByLabel('Temaets navn').fill('   ');
      await card.getByRole('button', { name: 'Gem navnet' }).click();
      const again = page.locator(`[id="${cardId}"]`);
      await expect(again.locator('.field-error')).toHaveText('Skriv et navn til temaet.');
      await expect(again.getByLabel('Temaets navn')).toHaveAttribute('aria-invalid', 'true');
      await expect(again.getByLabel('Temaets navn')).toHaveValue('   ');
      await expectNoA11yViolations(page, a11y);

      await again.getByLabel('Temaets navn').fill(name);
      await again.getByRole('button', { name: 'Gem navnet' }).click();
      await expect(page.getByRole('status')).toHaveText('Temaet har fået sit nye navn.');
      const renamed = page.locator(`[id="${cardId}"]`);
      await expect(renamed.getByRole('heading', { level: 3 })).toHaveText(name);
      await expect(heatmap.getByRole('rowheader', { name })).toBeVisible();
      if (javaScript) await waitForHydration(page);

      await renamed.getByText('Ret temaet').click();
      await renamed.getByRole('button', { name: 'Fastlås temaet' }).click();
      await expect(page.getByRole('status')).toHaveText('Temaet er fastlåst.');
      const pinned = page.locator(`[id="${cardId}"]`);
      await expect(pinned.getByRole('heading', { level: 3 })).toContainText('Fastlåst');
      await expectNoA11yViolations(page, a11y);

      await pinned.getByRole('link', { name: /^Se temaets \d+ svar i indbakken$/ }).click();
      await expect(page).toHaveURL(new RegExp(`/admin/hearings/${DEMO_SLUG}/responses\\?q=tema(:|%3A)${themeId}$`));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (javaScript) await waitForHydration(page);
      await expectNoA11yViolations(page, a11y);
    });

    test('the public hearing page shows the themes with counts and links to their responses', async ({ page, request, baseURL }) => {
      const signedIn = await request.post('/api/v1/auth/login', { data: { email: OFFICIAL.email, password: OFFICIAL.password } });
      expect(signedIn.status()).toBe(200);
      // A signed-in post must say where it comes from, as a browser does; Playwright's request
      // context sends no Origin by itself (the cross-site check refuses it without one).
      const origin = new URL(baseURL ?? '').origin;
      const refreshed = await request.post(`/api/v1${THEMES}/refresh`, { headers: { Origin: origin } });
      expect(refreshed.status()).toBe(200);
      await page.goto(DEMO_PATH);
      if (javaScript) await waitForHydration(page);
      const section = page.getByRole('region', { name: 'Temaer i høringssvarene' });
      const items = section.getByRole('listitem');
      expect(await items.count()).toBeGreaterThan(0);
      await expect(items.first()).toContainText(/\(\d+ stemmer?\)/);
      await expectNoA11yViolations(page, a11y);
      await items.first().getByRole('link').click();
      await expect(page).toHaveURL(/\/responses\?q=tema(:|%3A)\d+$/);
      await expect(page.locator('.search-result').first()).toBeVisible();
      await expectNoA11yViolations(page, a11y);
    });
  });
}
