// The staff area through a deep link: history fallback in the server, routing in the SPA.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, DEMO, isLocal, launchBrowser, screenshot, withPage } from './helpers.mjs';

let chromium;
before(async () => { chromium = await launchBrowser(); });
after(async () => { await chromium?.close(); });

test('deep link /staff/reference loads the app, lists the demo colleges in a table and draws the chart', async () => {
  await withPage(chromium.browser, 'staff-reference-1280x800', { width: 1280, height: 800 }, async ({ page, requests, problems }) => {
    const response = await page.goto(`${BASE_URL}/staff/reference`, { waitUntil: 'domcontentloaded' });
    assert.equal(response?.status(), 200, 'a deep link must be answered with the app, not 404');
    assert.match(response.headers()['content-type'] ?? '', /text\/html/);

    const cell = page.locator('.ant-table').getByText(DEMO.collegeName).first();
    await cell.waitFor({ state: 'visible', timeout: 15_000 });
    assert.equal(new URL(page.url()).pathname, '/staff/reference', 'the app redirected away from the deep link');

    // The chart of majors per college must actually draw (an empty white box is what a user
    // would see when its data or renderer fails): some canvas or SVG larger than an icon has to
    // have painted a fair share of its area.
    await page.waitForFunction(() => {
      const painted = (canvas) => {
        const ctx = canvas.getContext('2d');
        if (!ctx || canvas.width * canvas.height === 0) return 0;
        const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        let n = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
        return n / (canvas.width * canvas.height);
      };
      const canvases = [...document.querySelectorAll('canvas')].filter((c) => c.clientWidth > 100);
      const svgs = [...document.querySelectorAll('svg')].filter((s) => s.clientWidth > 100);
      return canvases.some((c) => painted(c) > 0.02) || svgs.some((s) => s.querySelectorAll('path, rect').length > 8);
    }, null, { timeout: 15_000, polling: 250 });

    await screenshot(page, 'staff-reference-1280x800');
    assert.deepEqual(requests.filter((url) => !isLocal(url)), [], 'requests left the server');
    assert.deepEqual(problems, [], 'the page reported errors');
  });
});
