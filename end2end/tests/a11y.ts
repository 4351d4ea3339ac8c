import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The WCAG 2.1 A and AA rules. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface A11yOptions {
  /**
   * Say so when the page's browser context has JavaScript disabled. axe
   * cannot run in such a page (its timers never fire), so the page's DOM as
   * it is now is audited in a scripting-enabled copy of it instead, served at
   * the same address with every page script blocked by a Content Security
   * Policy, so that nothing hydrates or otherwise changes it.
   */
  javaScriptDisabled?: boolean;
}

/**
 * Runs axe on the page as it is now and fails, listing every violation with
 * the nodes it was found on, if there is any.
 */
export async function expectNoA11yViolations(page: Page, options: A11yOptions = {}): Promise<void> {
  const results = options.javaScriptDisabled ? await analyzeSnapshot(page) : await analyze(page);
  const violations = results.violations.map((violation) => {
    const nodes = violation.nodes.map((node) => `    - ${node.target.join(' ')}`).join('\n');
    return `${violation.id} [${violation.impact ?? 'unknown impact'}]: ${violation.help}\n  ${violation.helpUrl}\n${nodes}`;
  });
  expect(
    violations,
    `axe found ${violations.length} accessibility violation(s) on ${page.url()}:\n\n${violations.join('\n\n')}\n`,
  ).toEqual([]);
}

function analyze(page: Page) {
  return new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
}

async function analyzeSnapshot(page: Page) {
  const html = await page.content();
  const address = page.url();
  const documentAddress = address.split('#')[0];
  const browser = page.context().browser();
  if (!browser) throw new Error('expectNoA11yViolations: the page has no browser to open a copy in');

  const context = await browser.newContext({ viewport: page.viewportSize(), javaScriptEnabled: true });
  try {
    await context.route(
      (url) => url.href === documentAddress,
      (route) =>
        route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          headers: { 'content-security-policy': "script-src 'none'" },
          body: html,
        }),
    );
    const copy = await context.newPage();
    await copy.goto(address);
    return await analyze(copy);
  } finally {
    await context.close();
  }
}
