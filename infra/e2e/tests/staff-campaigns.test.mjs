// Campaigns and staff accounts in the staff console: a registrar opens a campaign (Shanghai
// window, Markdown notice shown safely), meets a colleague's change as a version conflict, an
// analyst only reads, and a registrar creates and disables a staff account.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ARTIFACTS, BASE_URL, graphql, isLocal, launchBrowser, screenshot, withPage } from './helpers.mjs';
import { PASSWORD, apiToken as tokenOf } from './student-helpers.mjs';

const VIEWPORT = { width: 1280, height: 800 };

let chromium;
before(async () => {
  chromium = await launchBrowser();
});
after(async () => {
  await chromium?.close();
});

async function signIn(page, identifier) {
  await page.goto(`${BASE_URL}/staff/login`, { waitUntil: 'domcontentloaded' });
  const form = page.locator('form');
  await form.getByLabel('账号').fill(identifier);
  await form.getByLabel('密码').fill(PASSWORD);
  await form.locator('button[type=submit]').click();
  await page.getByTestId('account-menu').waitFor({ state: 'visible', timeout: 15_000 });
}

// antd puts a space between the two characters of a two-character button label (创 建).
const label = (text) => new RegExp(`${[...text].join('\\s?')}$`);
const realProblems = (problems) => problems.filter((p) => !/^request failed: .*\/graphql net::ERR_ABORTED/.test(p));
/** What the 1280×800 window shows (a dialog scrolls inside it; a full-page shot would cut it). */
async function viewportShot(page, name) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

const menu = (page) => page.locator('.ant-layout-sider .ant-menu');

/** Types a date-time into an antd picker input and confirms it, as a keyboard user would. */
async function pickDateTime(page, input, text) {
  await input.click();
  await input.fill(text);
  await input.press('Enter');
}

test('a registrar opens a campaign with a Shanghai window and a Markdown notice, then edits it through a version conflict', async () => {
  await withPage(chromium.browser, 'staff-campaigns', VIEWPORT, async ({ page, requests, problems }) => {
    await signIn(page, 'registrar');
    await menu(page).getByText('自查工作', { exact: true }).click();
    await page.getByRole('button', { name: '新建自查工作' }).click();
    const dialog = page.locator('.ant-modal').filter({ hasText: '新建自查工作' });
    const name = `E2E自查${Date.now().toString().slice(-6)}`;
    await dialog.getByRole('textbox', { name: /名称/ }).fill(name);
    await dialog.getByRole('spinbutton', { name: /录取年份/ }).fill('2025');
    const [opens, closes] = await dialog.locator('.ant-picker-range input').all();
    await pickDateTime(page, opens, '2025-10-22 00:00');
    await pickDateTime(page, closes, '2030-11-30 23:59');
    await dialog.getByRole('textbox', { name: '通知' }).fill('# 自查须知\n\n- 请核对**姓名**和证件号\n\n<script>window.__pwned = 1</script>');
    await dialog.getByRole('tab', { name: '预览' }).click();
    const preview = dialog.getByTestId('notice-preview');
    await preview.locator('h1', { hasText: '自查须知' }).waitFor({ state: 'visible' });
    assert.equal(await preview.locator('script').count(), 0, 'raw HTML is not rendered');
    assert.match(await preview.innerText(), /<script>/, 'raw HTML is shown as text');
    await viewportShot(page, 'staff-campaign-create');
    await dialog.getByRole('button', { name: label('创建') }).click();

    // The detail page: window in Shanghai time, counts, the notice rendered.
    await page.getByRole('heading', { name, level: 3 }).waitFor({ state: 'visible', timeout: 15_000 });
    await page.getByText('2025-10-22 00:00', { exact: true }).waitFor({ state: 'visible' });
    await page.getByText('2030-11-30 23:59', { exact: true }).waitFor({ state: 'visible' });
    await page.getByText('进行中', { exact: true }).first().waitFor({ state: 'visible' });
    const inScope = Number((await page.getByTestId('in-scope').locator('.ant-statistic-content-value').innerText()).replace(/\D/g, ''));
    assert.ok(inScope > 0, `the demo's class of 2025 is in scope (got ${inScope})`);
    await page.getByTestId('campaign-notice').locator('h1', { hasText: '自查须知' }).waitFor({ state: 'visible' });
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'the notice ran no script');
    await screenshot(page, 'staff-campaign-detail');

    // A colleague changes the deadline while this registrar edits.
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop());
    await page.getByRole('button', { name: label('修改') }).click();
    const edit = page.locator('.ant-modal').filter({ hasText: '修改自查工作' });
    await edit.getByRole('textbox', { name: /名称/ }).fill(`${name}（改）`);
    const token = await tokenOf('registrar');
    const { body } = await graphql(
      `mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { __typename } }`,
      { input: { id, version: 0, closesAt: '2030-12-15T23:59:00+08:00' } },
      { headers: { authorization: `Bearer ${token}` } },
    );
    // The version the colleague saw: read it first if 0 was not it.
    if (body.data?.updateCampaign?.__typename !== 'CampaignSaved') {
      const read = await graphql(`query($id: ID!) { campaign(id: $id) { version } }`, { id }, { headers: { authorization: `Bearer ${token}` } });
      const again = await graphql(
        `mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { __typename } }`,
        { input: { id, version: read.body.data.campaign.version, closesAt: '2030-12-15T23:59:00+08:00' } },
        { headers: { authorization: `Bearer ${token}` } },
      );
      assert.equal(again.body.data?.updateCampaign?.__typename, 'CampaignSaved', JSON.stringify(again.body));
    }
    await edit.getByRole('button', { name: label('保存') }).click();
    const conflict = edit.getByTestId('version-conflict');
    await conflict.waitFor({ state: 'visible', timeout: 15_000 });
    await conflict.getByText('2025-10-22 00:00 – 2030-12-15 23:59').waitFor({ state: 'visible', timeout: 15_000 });
    await conflict.getByText(`${name}（改）`).waitFor({ state: 'visible' });
    await conflict.scrollIntoViewIfNeeded();
    await viewportShot(page, 'staff-campaign-version-conflict');
    await conflict.getByRole('button', { name: '放弃我的修改，使用最新内容' }).click();
    await edit.getByRole('textbox', { name: /名称/ }).fill(`${name}（改）`);
    await edit.getByRole('button', { name: label('保存') }).click();
    await edit.waitFor({ state: 'hidden', timeout: 15_000 });
    await page.getByRole('heading', { name: `${name}（改）`, level: 3 }).waitFor({ state: 'visible', timeout: 15_000 });
    await page.getByText('2030-12-15 23:59', { exact: true }).waitFor({ state: 'visible' });

    await menu(page).getByText('自查工作', { exact: true }).click();
    await page.locator('.ant-table-tbody').getByText(`${name}（改）`).waitFor({ state: 'visible', timeout: 15_000 });
    await screenshot(page, 'staff-campaigns');
    assert.deepEqual(requests.filter((url) => !isLocal(url)), [], 'requests left the server');
    assert.deepEqual(realProblems(problems), [], 'the page reported errors');
  });
});

test('an analyst starts at the progress dashboard and reads campaigns without changing them', async () => {
  await withPage(chromium.browser, 'staff-campaigns-analyst', VIEWPORT, async ({ page, problems }) => {
    await signIn(page, 'analyst');
    await page.waitForURL(`${BASE_URL}/staff/dashboard`, { timeout: 15_000 });
    await page.getByTestId('funnel-figures').waitFor({ state: 'visible', timeout: 15_000 });
    await page.getByTestId('live-tag').waitFor({ state: 'visible', timeout: 15_000 });
    assert.equal(await page.getByTestId('non-completers').count(), 0, 'an analyst sees no list of students');
    await page.locator('canvas').first().waitFor({ state: 'visible', timeout: 15_000 });
    await screenshot(page, 'staff-dashboard-analyst');
    await menu(page).getByText('自查工作', { exact: true }).click();
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor({ state: 'visible', timeout: 15_000 });
    assert.equal(await page.getByRole('button', { name: '新建自查工作' }).count(), 0);
    for (const hidden of ['学籍名单', '名单导入', '教职工账号']) {
      assert.equal(await menu(page).getByText(hidden, { exact: true }).count(), 0, `${hidden} is not in an analyst's menu`);
    }
    await page.locator('.ant-table-tbody tr.ant-table-row a').first().click();
    await page.getByTestId('in-scope').waitFor({ state: 'visible', timeout: 15_000 });
    assert.equal(await page.getByRole('button', { name: label('修改') }).count(), 0);
    assert.equal(await page.getByText('个人延期').count(), 0, 'no list of students for an analyst');
    assert.deepEqual(realProblems(problems), [], 'the page reported errors');
  });
});

test('a registrar creates a college admin account and disables it', async () => {
  await withPage(chromium.browser, 'staff-accounts', VIEWPORT, async ({ page, problems }) => {
    await signIn(page, 'registrar');
    await menu(page).getByText('教职工账号', { exact: true }).click();
    await page.locator('.ant-table-tbody').getByText('college-admin', { exact: true }).waitFor({ state: 'visible', timeout: 15_000 });
    await page.getByRole('button', { name: '新建账号' }).click();
    const dialog = page.locator('.ant-modal').filter({ hasText: '新建教职工账号' });
    const username = `e2e.admin${Date.now().toString().slice(-6)}`;
    await dialog.getByRole('textbox', { name: /用户名/ }).fill(username);
    await dialog.getByRole('textbox', { name: /姓名/ }).fill('测试教务员');
    await dialog.getByRole('combobox', { name: '管理的学院' }).click();
    await page.locator('.ant-select-dropdown').getByText('计算机与信息科学学院').click();
    await dialog.getByRole('button', { name: '随机生成' }).click();
    await screenshot(page, 'staff-account-create');
    await dialog.getByRole('button', { name: label('创建') }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 15_000 });
    const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: username });
    await row.waitFor({ state: 'visible', timeout: 15_000 });
    await row.getByText('学院管理员').waitFor({ state: 'visible' });

    await row.getByRole('button', { name: label('停用') }).click();
    const confirm = page.locator('.ant-modal').filter({ hasText: '停用账号' });
    await confirm.getByLabel('停用原因').fill('E2E：调岗');
    await confirm.locator('.ant-btn-dangerous.ant-btn-primary').click();
    await row.getByText('已停用').waitFor({ state: 'visible', timeout: 15_000 });
    await screenshot(page, 'staff-accounts');

    // A disabled account can no longer sign in.
    const { body } = await graphql(
      `mutation($input: LoginInput!) { login(input: $input) { __typename } }`,
      { input: { identifier: username, password: 'wrong-anyway' } },
    );
    assert.notEqual(body.data?.login?.__typename, 'LoginSuccess');
    assert.deepEqual(realProblems(problems), [], 'the page reported errors');
  });
});
