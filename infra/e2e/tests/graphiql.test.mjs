// The self-hosted GraphiQL: it must work on a campus network without internet, so every byte
// it loads has to come from our own server.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, graphqlData, isLocal, launchBrowser, screenshot, withPage } from './helpers.mjs';

let chromium;
before(async () => { chromium = await launchBrowser(); });
after(async () => { await chromium?.close(); });

const QUERY = '{ institutions(first:1){ edges{ node{ name } } } }';

test('/graphiql renders from localhost only and runs a query typed into its editor', async () => {
  const first = (await graphqlData(QUERY)).institutions.edges[0];
  assert.ok(first, 'the server has no institution to show');
  const expected = first.node.name;

  await withPage(chromium.browser, 'graphiql-1280x800', { width: 1280, height: 800 }, async ({ page, requests, problems }) => {
    const response = await page.goto(`${BASE_URL}/graphiql`, { waitUntil: 'domcontentloaded' });
    assert.equal(response?.status(), 200);
    await page.locator('.graphiql-container').waitFor({ state: 'visible', timeout: 20_000 });
    const editor = page.locator('.graphiql-query-editor').first();
    await editor.waitFor({ state: 'visible', timeout: 20_000 });

    // GraphiQL 5's editor is Monaco: wait until it shows its default query (before that, keys
    // go nowhere), then replace the query. insertText types without key events, so bracket
    // auto-closing does not double the braces. Read it back: what runs must be our query.
    const lines = editor.locator('.view-lines').first();
    await lines.getByText(/\S/).first().waitFor({ state: 'visible', timeout: 20_000 });
    let typed = '';
    for (let attempt = 0; attempt < 3 && typed !== QUERY; attempt++) {
      await editor.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.keyboard.insertText(QUERY);
      typed = (await lines.innerText()).replace(/\u00a0/g, ' ').trim();
    }
    assert.equal(typed, QUERY, 'could not type the query into the editor');
    // GraphiQL re-reads the operation names of an edited document after a debounce; a person
    // pauses at least this long before pressing run (otherwise the old operationName is sent).
    await page.waitForTimeout(1_000);

    await page.locator('.graphiql-execute-button').first().click();
    const result = page.locator('.graphiql-response').first();
    await result.getByText(expected).first().waitFor({ state: 'visible', timeout: 20_000 });
    const text = await result.innerText();
    assert.match(text, /"institutions"/, 'the result pane does not show the query result');
    assert.doesNotMatch(text, /"errors"/, 'the query returned errors');

    await screenshot(page, 'graphiql-1280x800');
    assert.ok(requests.length > 1, 'the page loaded nothing');
    assert.deepEqual(requests.filter((url) => !isLocal(url)), [], 'GraphiQL loaded something from outside the server');
    assert.deepEqual(problems, [], 'GraphiQL reported errors');
  });
});
