import { expect } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';
import { signInAsOfficial } from './official';
import { ordetCli as ordet } from './server';
import { DEMO_PATH, DEMO_SLUG, test, waitForHydration } from './support';

const RESPONSES = `${DEMO_PATH}/responses`;

/**
 * Registers a response that came by letter (published at once under the demo's policy) with
 * `ordet register-response`, which the submission limit per IP address does not count;
 * returns its svarnummer.
 */
function publish(kind: 'resident' | 'association', name: string, text: string): string {
  const organisation = kind === 'association' ? ['--organisation', name] : [];
  const out = ordet(['register-response', '--hearing', DEMO_SLUG, '--channel', 'letter',
    '--kind', kind, '--name', name, ...organisation, '--text', text]);
  const svarnummer = out.match(/Registered (\S+) /)?.[1];
  expect(svarnummer, out).toBeTruthy();
  return svarnummer as string;
}

/**
 * Brings the search index up to date: `ordet reindex` asks the server's indexer for a rebuild
 * and waits for it. Once every write path queues its change in the index outbox, the index
 * follows by itself and this only makes the wait certain.
 */
function reindex(): void {
  ordet(['reindex']);
}

for (const javaScript of [true, false]) {
  test.describe(`Searching responses with JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });
    const a11y = { javaScriptDisabled: !javaScript };
    const mode = javaScript ? 'js' : 'nojs';
    // A street only this mode's responses name, so each run finds its own three.
    const street = javaScript ? 'Amagerbrogade' : 'Vesterbrogade';
    const words = `bolig ${street}`;
    // Each mode's pair of near-identical responses is about its own subject, so "more like
    // this" finds the pair's other half, not the other mode's.
    const topic = javaScript
      ? 'Flere sprogkurser for voksne indvandrere om aftenen'
      : 'Lektiecafeer for indvandrere og deres børn på biblioteket i weekenden';

    test('a resident searches, filters by a facet and is told about a query problem', async ({ page }, testInfo) => {
      const resident = publish('resident', 'Ida', `Vi ønsker flere almene boliger på ${street}.`);
      const association = publish('association', `Beboerforeningen ${mode}`,
        `Boligerne på ${street} skal være billige for unge.`);
      publish('resident', 'Ole', `Cykelstierne på ${street} skal udbygges.`);
      reindex();

      await page.goto(RESPONSES);
      if (javaScript) await waitForHydration(page);
      const form = page.getByRole('search');
      await form.getByLabel('Søg i svarene').fill(words);
      await form.getByRole('button', { name: 'Søg' }).click();
      await expect(page).toHaveURL(new RegExp(`q=bolig(\\+|%20)${street}`));
      await expect(page.locator('.search-summary')).toHaveText(`2 svar matcher »${words}«`);
      await expect(page.locator('.search-result')).toHaveCount(2);
      await expect(page.locator('.search-result mark').first()).toHaveText(/^bolig/i);
      const facets = page.getByRole('navigation', { name: 'Afgræns' });
      await expect(facets.getByRole('link', { name: /^Borger \(1\)/ })).toBeVisible();
      if (javaScript) await waitForHydration(page);
      await expectNoA11yViolations(page, a11y);

      await page.setViewportSize({ width: 375, height: 900 });
      await page.screenshot({ path: testInfo.outputPath(`search-375-${mode}.png`), fullPage: true });
      await expectNoA11yViolations(page, a11y);

      await facets.getByRole('link', { name: /^Forening\/organisation \(1\)/ }).click();
      await expect(page).toHaveURL(/kind=association/);
      await expect(page.locator('.search-result')).toHaveCount(1);
      await expect(page.locator('.search-result')).toContainText(association);
      const chosen = page.getByRole('navigation', { name: 'Afgræns' }).locator('a[aria-current="true"]');
      await expect(chosen).toContainText('Forening/organisation');
      await expectNoA11yViolations(page, a11y);
      await chosen.click();
      await expect(page).not.toHaveURL(/kind=/);
      await expect(page.locator('.search-result')).toHaveCount(2);

      await page.goto(`${RESPONSES}?q=${encodeURIComponent(`"${words}`)}`);
      if (javaScript) await waitForHydration(page);
      const problem = page.locator('#search-q-problem');
      await expect(problem).toContainText('Bemærk: Et anførselstegn mangler sin afslutning.');
      await expect(page.getByRole('searchbox', { name: 'Søg i svarene' })).toHaveAttribute('aria-describedby', 'search-q-problem search-q-hint');
      await expect(page.locator('.search-result')).toHaveCount(2);
      await expect(page.locator('.search-result', { hasText: resident })).toBeVisible();
      await expectNoA11yViolations(page, a11y);

      await page.getByRole('link', { name: 'Ryd søgningen' }).click();
      await expect(page).toHaveURL(new RegExp(`${RESPONSES}$`));
      await expect(page.locator('.search-summary')).toHaveCount(0);
    });

    test('an official searches the inbox and sees similar responses', async ({ page }) => {
      const first = publish('resident', 'Ida', `${topic} i ${street}, så man kan passe sit arbejde.`);
      const second = publish('resident', 'Ali', `${topic} i ${street}, så man kan passe sit job.`);
      reindex();
      await signInAsOfficial(page);
      await page.goto(`/admin/hearings/${DEMO_SLUG}/responses`);
      if (javaScript) await waitForHydration(page);
      const filters = page.locator('form.filters');
      await filters.getByLabel('Søg i svarene').fill(`indvandrere ${street}`);
      await filters.getByRole('button', { name: 'Vis' }).click();
      await expect(page).toHaveURL(/q=indvandrere/);
      await expect(page.locator('.inbox-item')).toHaveCount(2);
      await expect(page.locator('.inbox-item mark').first()).toBeVisible();
      await expect(page.locator('.response-count')).toHaveText(`2 svar matcher »indvandrere ${street}«`);
      await expectNoA11yViolations(page, a11y);

      await page.getByRole('link', { name: first, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText(first);
      if (javaScript) await waitForHydration(page);
      const similar = page.locator('section.similar');
      await expect(similar.getByRole('heading', { name: 'Lignende svar' })).toBeVisible();
      await expect(similar.getByRole('link').first()).toHaveText(second);
      await expectNoA11yViolations(page, a11y);
    });
  });
}
