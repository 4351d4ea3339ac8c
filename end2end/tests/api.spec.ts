import { expect } from '@playwright/test';
import { DEMO_SLUG, DEMO_TITLE, test, type HearingDetail } from './support';

test.describe('The JSON API', () => {
  test('lists the hearings, the demo hearing among them', async ({ request }) => {
    const response = await request.get('/api/v1/hearings');

    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/json');
    const body = await response.json();
    expect(Array.isArray(body.hearings)).toBe(true);
    for (const hearing of body.hearings) {
      expect(typeof hearing.slug).toBe('string');
    }
    expect(body.hearings).toContainEqual(expect.objectContaining({ slug: DEMO_SLUG }));
  });

  test('describes the demo hearing with its milestones, annexes and draft', async ({ request }) => {
    const response = await request.get(`/api/v1/hearings/${DEMO_SLUG}`);

    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/json');
    const hearing: HearingDetail = await response.json();
    expect(hearing.slug).toBe(DEMO_SLUG);
    expect(hearing.title).toContain(DEMO_TITLE);
    expect(hearing.status).toBe('open');
    expect(hearing.milestones).toHaveLength(6);
    expect(hearing.annexes).toHaveLength(4);

    const { draft } = hearing;
    expect(Number.isInteger(draft.version_no)).toBe(true);
    expect(draft.sections.length).toBeGreaterThan(0);
    const anchors: string[] = [];
    for (const section of draft.sections) {
      expect(section).toEqual(
        expect.objectContaining({ anchor: expect.any(String), heading: expect.any(String), paragraphs: expect.any(Array) }),
      );
      anchors.push(section.anchor);
      for (const paragraph of section.paragraphs) {
        expect(paragraph).toEqual(expect.objectContaining({ anchor: expect.any(String), kind: expect.any(String) }));
        expect(['number', 'string']).toContain(typeof paragraph.number);
        anchors.push(paragraph.anchor);
      }
    }
    // Anchors become element ids on the hearing page, so they must be unique.
    expect(new Set(anchors).size).toBe(anchors.length);
  });

  test('reports the server alive and ready', async ({ request }) => {
    expect((await request.get('/healthz')).status()).toBe(200);
    expect((await request.get('/readyz')).status()).toBe(200);
  });
});
