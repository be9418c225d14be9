// The student landing page, as a phone and as a laptop see it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, DEMO, isLocal, launchBrowser, screenshot, withPage } from './helpers.mjs';

let chromium;
before(async () => { chromium = await launchBrowser(); });
after(async () => { await chromium?.close(); });

for (const [width, height] of [[390, 844], [1280, 800]]) {
  test(`home page at ${width}x${height} shows 学籍自查 and the institutions from the API`, async () => {
    await withPage(chromium.browser, `home-${width}x${height}`, { width, height }, async ({ page, requests, problems }) => {
      const response = await page.goto(`${BASE_URL}/`, { waitUntil: 'domcontentloaded' });
      assert.equal(response?.status(), 200, 'GET / is not 200');

      await page.getByRole('heading', { name: /学籍自查/ }).first().waitFor({ state: 'visible', timeout: 15_000 });
      // The institution name only arrives through GraphQL: the page must have asked the API.
      await page.getByText(DEMO.institutionName).first().waitFor({ state: 'visible', timeout: 15_000 });
      assert.ok(
        requests.some((url) => new URL(url).pathname === '/graphql'),
        `the page never called /graphql; requests: ${requests.join(', ')}`,
      );

      // Chinese must render with real glyphs, not tofu: the CJK font has to be installed.
      const fonts = await page.evaluate(() => document.fonts.check('16px sans-serif', '学籍自查'));
      assert.ok(fonts, 'no font renders 学籍自查 (is fonts-noto-cjk installed?)');

      // Nothing sideways on a phone: a horizontal scrollbar is something every user notices.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `the page is ${overflow}px wider than the ${width}px viewport`);

      await screenshot(page, `home-${width}x${height}`);
      assert.deepEqual(requests.filter((url) => !isLocal(url)), [], 'requests left the server');
      assert.deepEqual(problems, [], 'the page reported errors');
    });
  });
}
