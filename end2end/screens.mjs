// Screenshots of the hearing page at phone width in the given languages, for review:
// `node screens.mjs http://127.0.0.1:PORT out-dir da ar tr`.
import { chromium } from '@playwright/test';

const [base, out, ...codes] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const code of codes) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  await page.goto(`${base}/lang/${code}?next=/hearings/integrationspolitik-2011-2014`);
  await page.screenshot({ path: `${out}/hearing-${code}-390.png` });
  await page.close();
}
await browser.close();
