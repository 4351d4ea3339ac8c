import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';
import { linkInMail } from './mail';
import { signInAsOfficial } from './official';
import { DEMO_PATH, DEMO_SLUG, test, waitForHydration } from './support';

const RESPONSES = `${DEMO_PATH}/responses`;

/** Sends and confirms a response (published at once under the demo's policy). */
async function publish(page: Page, request: APIRequestContext, data: Record<string, unknown>): Promise<string> {
  const sent = await request.post(`/api/v1${RESPONSES}`, { data: { publish_name: false, ...data } });
  expect(sent.status()).toBe(202);
  const { svarnummer } = (await sent.json()) as { svarnummer: string };
  await page.goto(await linkInMail(data.email as string, 1, '/verify/'));
  return svarnummer;
}

/**
 * Brings the search index up to date with `ordet reindex` against the app this suite started
 * (it waits for the server's indexer). Once every write path queues its change in the index
 * outbox, the index follows by itself and this only makes the wait certain.
 */
function reindex(): void {
  const dir = process.env.ORDET_E2E_DATA_DIR;
  if (!dir) throw new Error('reindexing needs the app started by this suite (ORDET_E2E_DATA_DIR)');
  const root = path.resolve(__dirname, '..', '..');
  const bin = path.resolve(root, process.env.ORDET_BIN ?? 'target/debug/ordet');
  execFileSync(bin, ['reindex'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `sqlite://${dir}/ordet-e2e.db?mode=rwc`, ORDET_DATA_DIR: dir },
    stdio: 'pipe',
  });
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

    test('a resident searches, filters by a facet and is told about a query problem', async ({ page, request }, testInfo) => {
      const resident = await publish(page, request, {
        kind: 'resident', name: 'Ida', email: `search-r-${mode}@example.dk`, postal_code: '2300',
        text: `Vi ønsker flere almene boliger på ${street}.`,
      });
      const association = await publish(page, request, {
        kind: 'association', name: 'Kontakt', organisation: `Beboerforeningen ${mode}`,
        email: `search-a-${mode}@example.dk`, text: `Boligerne på ${street} skal være billige for unge.`,
      });
      await publish(page, request, {
        kind: 'resident', name: 'Ole', email: `search-c-${mode}@example.dk`, postal_code: '2500',
        text: `Cykelstierne på ${street} skal udbygges.`,
      });
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

    test('an official searches the inbox and sees similar responses', async ({ page, request }) => {
      const first = await publish(page, request, {
        kind: 'resident', name: 'Ida', email: `inbox-s1-${mode}@example.dk`, postal_code: '2300',
        text: `${topic} i ${street}, så man kan passe sit arbejde.`,
      });
      const second = await publish(page, request, {
        kind: 'resident', name: 'Ali', email: `inbox-s2-${mode}@example.dk`, postal_code: '2300',
        text: `${topic} i ${street}, så man kan passe sit job.`,
      });
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
