import { type APIRequestContext, test as base, expect, type Page } from '@playwright/test';
import { type Ordet, ordetFor, stopCurrent } from './server';

/** The hearing that `ordet serve --demo` publishes. */
export const DEMO_SLUG = 'integrationspolitik-2011-2014';
export const DEMO_TITLE = 'Københavns Integrationspolitik 2011-2014';
export const DEMO_PATH = `/hearings/${DEMO_SLUG}`;

export const GROUP_HEADINGS = {
  da: ['Åbne høringer', 'Kommende høringer', 'Afsluttede høringer'],
  en: ['Open hearings', 'Upcoming hearings', 'Closed hearings'],
} as const;

/** The shape of GET /api/v1/hearings/{slug}, as far as the tests rely on it. */
export interface HearingDetail {
  slug: string;
  title: string;
  status: string;
  milestones: unknown[];
  annexes: unknown[];
  draft: {
    version_no: number;
    sections: {
      anchor: string;
      heading: string;
      paragraphs: { anchor: string; number: number | string; kind: string }[];
    }[];
  };
}

/** A value quoted for use in a CSS attribute selector such as `[id=...]`. */
/** Today on the hearing's (Copenhagen's) calendar as YYYY-MM-DD: from 22:00 or 23:00 UTC it
 * is already tomorrow there, and `toISOString()` would give yesterday's date. */
export function copenhagenToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}

export function cssString(value: string): string {
  return `"${value.replace(/(["\\])/g, '\\$1')}"`;
}

/** An element by its exact id, whatever characters the id contains. */
export function byId(page: Page, id: string) {
  return page.locator(`[id=${cssString(id)}]`);
}

/** A small, real one-page PDF with a line of text. */
export function pdf(text: string): Buffer {
  const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** Fails if the page scrolls sideways (WCAG 1.4.10: content reflows at 320 CSS px). */
export async function expectNoSidewaysScrolling(page: Page) {
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    const wide = [...document.querySelectorAll('body *')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.right > root.clientWidth + 1 || box.left < -1);
      })
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return { scroll: root.scrollWidth, client: root.clientWidth, wide };
  });
  expect(overflow.scroll, `${page.url()} is wider than the screen: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(
    overflow.client,
  );
}

/** Waits until the Leptos app has hydrated the server-rendered page. */
export async function waitForHydration(page: Page): Promise<void> {
  await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
}

/** Fetches the demo hearing from the JSON API. */
export async function fetchDemoHearing(request: APIRequestContext): Promise<HearingDetail> {
  const response = await request.get(`/api/v1/hearings/${DEMO_SLUG}`);
  expect(response.status(), `GET /api/v1/hearings/${DEMO_SLUG}`).toBe(200);
  return (await response.json()) as HearingDetail;
}

/**
 * Playwright's `test`, failing any test whose pages logged an error or threw: a hydration
 * mismatch, a panic in the wasm or a failed resource load shows up here.
 */
export const test = base.extend<{ consoleErrors: string[]; ordet: Ordet | undefined }, { ordetStops: void }>({
  // The spec's own server (tests/server.ts), unless ORDET_E2E_BASE_URL names one.
  ordet: [
    async ({}, use, testInfo) => {
      await use(process.env.ORDET_E2E_BASE_URL ? undefined : await ordetFor(testInfo.file));
    },
    { auto: true },
  ],
  baseURL: async ({ ordet, baseURL }, use) => {
    await use(ordet?.url ?? baseURL);
  },
  // The last spec's server stops with the worker.
  ordetStops: [
    async ({}, use) => {
      await use();
      await stopCurrent();
    },
    { scope: 'worker', auto: true },
  ],
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        // The document itself answering 404 is what a not-found test asks for.
        const documentStatus = message.location().url === page.url() && message.text().startsWith('Failed to load resource');
        if (message.type() === 'error' && !documentStatus) errors.push(`console error: ${message.text()}`);
      });
      await use(errors);
      expect(errors, 'the browser reported errors').toEqual([]);
    },
    { auto: true },
  ],
});
