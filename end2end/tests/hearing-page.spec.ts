import { expect } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';
import { byId, cssString, DEMO_PATH, DEMO_TITLE, fetchDemoHearing, test, waitForHydration } from './support';

test.describe('The hearing page', () => {
  test('shows the title, countdown, timeline, table of contents and annexes', async ({ page }) => {
    await page.goto(DEMO_PATH);

    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toContainText(DEMO_TITLE);

    const countdown = page.locator('[data-countdown]');
    await expect(countdown).toBeVisible();
    await expect(countdown).toHaveText(/dag/);

    await expect(page.locator('ol.timeline > li')).toHaveCount(6);
    await expect(page.locator('nav#toc a[href^="#"]').first()).toBeVisible();
    await expect(page.locator('#bilag-liste li')).toHaveCount(4);

    await expectNoA11yViolations(page);
  });

  test('renders every section and paragraph of the draft under its anchor', async ({ page, request }) => {
    const hearing = await fetchDemoHearing(request);
    await page.goto(DEMO_PATH);

    for (const section of hearing.draft.sections) {
      const element = page.locator(`section[id=${cssString(section.anchor)}]`);
      await expect(element).toHaveCount(1);
      await expect(element.getByRole('heading').first()).toContainText(section.heading);
    }

    const expected = hearing.draft.sections.flatMap((section) =>
      section.paragraphs.map((paragraph) => ({ section: section.anchor, paragraph: paragraph.anchor })),
    );
    const missing = await page.evaluate(
      (pairs) =>
        pairs.filter(({ section, paragraph }) => {
          const element = document.getElementById(paragraph);
          const container = document.getElementById(section);
          return !element || !element.classList.contains('paragraph') || !container?.contains(element);
        }),
      expected,
    );
    expect(missing, 'paragraphs from the API without a .paragraph element in their section').toEqual([]);
  });

  test('gives every paragraph a permalink to its own anchor', async ({ page }) => {
    await page.goto(DEMO_PATH);

    const paragraphs = page.locator('.paragraph[id]');
    await expect(paragraphs.first()).toBeVisible();
    const withoutPermalink = await paragraphs.evaluateAll((elements) =>
      elements
        .filter((element) => element.querySelector(`a.permalink[href="#${CSS.escape(element.id)}"]`) === null)
        .map((element) => element.id),
    );
    expect(withoutPermalink, 'paragraphs without an a.permalink to their own id').toEqual([]);
  });

  test('scrolls to a paragraph named in the address', async ({ page, request }) => {
    const hearing = await fetchDemoHearing(request);
    expect(hearing.draft.sections.length).toBeGreaterThanOrEqual(3);
    const third = hearing.draft.sections[2];
    expect(third.paragraphs.length).toBeGreaterThan(0);
    const anchor = third.paragraphs[third.paragraphs.length - 1].anchor;

    await page.goto(`${DEMO_PATH}#${anchor}`);
    await waitForHydration(page);

    await expect(byId(page, anchor)).toBeInViewport();
    await expectNoA11yViolations(page);
  });

  test('scrolls to a section when its link in the table of contents is clicked', async ({ page, request }) => {
    const hearing = await fetchDemoHearing(request);
    const last = hearing.draft.sections[hearing.draft.sections.length - 1];

    await page.goto(DEMO_PATH);
    await waitForHydration(page);
    const section = byId(page, last.anchor);
    await expect(section).not.toBeInViewport();

    await page.locator(`nav#toc a[href=${cssString(`#${last.anchor}`)}]`).click();

    await expect(section).toBeInViewport();
    await expect(page).toHaveURL((url) => url.pathname === DEMO_PATH && decodeURIComponent(url.hash) === `#${last.anchor}`);
  });
});
