// The registrar's administration screens and two-step verification, through the real UI: an API
// token shown once that works until revoked, a staff member turning on two-step verification and
// then signing in with a code, and an assisted confirmation (代确认) from the roster drawer.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { BASE_URL, graphql, isLocal, launchBrowser, screenshot, withPage } from './helpers.mjs';
import { PASSWORD, apiToken as tokenOf, asUser as as } from './student-helpers.mjs';

const VIEWPORT = { width: 1280, height: 800 };

let chromium;
before(async () => {
  chromium = await launchBrowser();
});
after(async () => {
  await chromium?.close();
});

/** RFC 6238: the current 6-digit code of a base32 secret (SHA-1, 30 s). */
function totpCode(secret, at = Date.now()) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of secret.replace(/=+$/, '').toUpperCase()) bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

async function signIn(page, identifier, password = PASSWORD, { navigate = true } = {}) {
  if (navigate) await page.goto(`${BASE_URL}/staff/login`, { waitUntil: 'domcontentloaded' });
  const form = page.locator('form');
  await form.getByLabel('账号').fill(identifier);
  await form.getByLabel('密码').fill(password);
  await form.locator('button[type=submit]').click();
}

const realProblems = (problems) => problems.filter((p) => !/^request failed: .*\/graphql net::ERR_ABORTED/.test(p));
const menu = (page) => page.locator('.ant-layout-sider .ant-menu');
const label = (text) => new RegExp(`${[...text].join('\\s?')}$`);

test('a registrar creates an API token, sees its secret once, and revokes it', async () => {
  await withPage(chromium.browser, 'staff-tokens', VIEWPORT, async ({ page, requests, problems }) => {
    await signIn(page, 'registrar');
    await page.getByTestId('account-menu').waitFor({ state: 'visible', timeout: 15_000 });
    await menu(page).getByText('接口令牌', { exact: true }).click();
    await page.getByRole('button', { name: /创建令牌/ }).click();
    const dialog = page.locator('.ant-modal').filter({ hasText: '创建接口令牌' });
    const name = `E2E 对接系统 ${Date.now().toString().slice(-5)}`;
    await dialog.getByRole('textbox', { name: /用途/ }).fill(name);
    await dialog.getByRole('checkbox', { name: '读取自查工作' }).check();
    await dialog.getByRole('button', { name: label('创建') }).click();
    const secret = (await page.getByTestId('token-secret').innerText({ timeout: 15_000 })).trim();
    assert.match(secret, /^ecp_/);
    await screenshot(page, 'staff-token-created');

    // records:read (checked by default) lets it read the roster, ID numbers masked.
    const call = () => graphql(`{ records(first: 1) { edges { node { id } } } }`, undefined, { headers: { authorization: `Bearer ${secret}` } });
    const before = await call();
    assert.ok(!before.body.errors && before.body.data, `the new token works: ${JSON.stringify(before.body)}`);

    await page.getByRole('button', { name: '我已保存' }).click();
    const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: name });
    await row.waitFor({ state: 'visible', timeout: 15_000 });
    assert.equal(await page.getByText(secret).count(), 0, 'the secret is not shown again');
    await row.getByRole('button', { name: label('吊销') }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: label('吊销') }).click();
    await row.getByText('已吊销').waitFor({ state: 'visible', timeout: 15_000 });
    const afterRevoke = await fetch(`${BASE_URL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: '{ records(first: 1) { edges { node { id } } } }' }),
    });
    assert.equal(afterRevoke.status, 401, 'a revoked token no longer works');
    assert.deepEqual(requests.filter((url) => !isLocal(url)), [], 'requests left the server');
    assert.deepEqual(realProblems(problems), [], 'the page reported errors');
  });
});

test('a staff member turns on two-step verification and then signs in with a code', async () => {
  const registrar = await tokenOf('registrar');
  const username = `e2e.totp${Date.now().toString().slice(-6)}`;
  const password = 'Totp@2025x';
  const created = await as(
    registrar,
    `mutation($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }`,
    { input: { username, displayName: '两步验证测试', role: 'ANALYST', password } },
  );
  assert.equal(created.createStaffAccount.__typename, 'CreateStaffAccountSuccess');

  await withPage(chromium.browser, 'staff-totp', VIEWPORT, async ({ page, problems }) => {
    await signIn(page, username, password);
    await page.getByTestId('account-menu').click({ timeout: 15_000 });
    await page.getByRole('menuitem', { name: /账号安全/ }).click();
    await page.getByRole('button', { name: /开启两步验证/ }).click();
    const secret = (await page.getByTestId('totp-secret').innerText({ timeout: 15_000 })).trim();
    const enrolledIn = Math.floor(Date.now() / 30_000);
    await page.getByLabel('动态验证码').fill(totpCode(secret));
    await screenshot(page, 'staff-totp-enrol');
    await page.getByRole('button', { name: /确认开启/ }).click();
    await page.getByText('两步验证已开启').waitFor({ state: 'visible', timeout: 15_000 });

    // Signing in again asks for the code.
    await page.getByTestId('account-menu').click();
    await page.getByRole('menuitem', { name: /退出登录/ }).click();
    await page.waitForURL(`${BASE_URL}/staff/login`, { timeout: 15_000 });
    await signIn(page, username, password, { navigate: false });
    const code = page.getByLabel('动态验证码');
    await code.waitFor({ state: 'visible', timeout: 15_000 });
    // A code is good once: wait for the next 30-second step after the one used to enrol.
    while (Math.floor(Date.now() / 30_000) <= enrolledIn) await new Promise((resolve) => setTimeout(resolve, 1_000));
    await code.fill(totpCode(secret));
    await page.locator('form button[type=submit]').click();
    await page.getByTestId('account-menu').waitFor({ state: 'visible', timeout: 15_000 });
    assert.deepEqual(realProblems(problems), [], 'the page reported errors');
  });
});

test('a registrar confirms a record on a student\'s behalf from the roster drawer', async () => {
  const registrar = await tokenOf('registrar');
  const { campaigns } = await as(registrar, `{ campaigns(first: 50) { edges { node { admissionYear state } } } }`);
  if (!campaigns.edges.some(({ node }) => node.admissionYear === 2025 && node.state === 'OPEN')) {
    await as(registrar, `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { __typename } }`, {
      input: { idempotencyKey: `e2e-assist-${Date.now()}`, name: 'E2E 代确认用自查', admissionYear: 2025, opensAt: '2025-01-01T00:00:00+08:00', closesAt: '2035-01-01T00:00:00+08:00' },
    });
  }
  const { records } = await as(registrar, `{ records(filter: { admissionYear: 2025, status: REGISTERED, text: "2025" }, first: 30) { edges { node { studentNumber selfCheck { state finished } } } } }`);
  const target = records.edges.map(({ node }) => node).find((r) => r.selfCheck?.state === 'OPEN' && !r.selfCheck.finished);
  assert.ok(target, 'an open, unfinished record of the class of 2025');

  await withPage(chromium.browser, 'staff-assisted-confirmation', VIEWPORT, async ({ page, problems }) => {
    await signIn(page, 'registrar');
    await menu(page).getByText('学籍名单', { exact: true }).click({ timeout: 15_000 });
    const search = page.getByRole('searchbox', { name: '按姓名、学号或考生号筛选' });
    await search.fill(target.studentNumber);
    await search.press('Enter');
    const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: target.studentNumber });
    await row.first().click({ timeout: 15_000 });
    const drawer = page.locator('.ant-drawer');
    await drawer.getByTestId('self-check-status').waitFor({ state: 'visible', timeout: 15_000 });
    await drawer.getByRole('button', { name: /代确认/ }).click();
    const dialog = page.locator('.ant-modal').filter({ hasText: '代学生确认学籍信息' });
    await dialog.getByLabel('代确认原因').fill('E2E：学生手机丢失，电话核对无误');
    await dialog.locator('.ant-btn-primary').click();
    // the reason shows in the self-check section and again in the change history below it
    await drawer.getByText('E2E：学生手机丢失，电话核对无误', { exact: false }).first().waitFor({ state: 'visible', timeout: 15_000 });
    await drawer.getByText('需学生重新确认').waitFor({ state: 'visible' });
    // who assisted reads as the staff member's username, not an opaque account id
    await drawer.getByText('registrar · E2E：学生手机丢失', { exact: false }).waitFor({ state: 'visible' });
    await screenshot(page, 'staff-assisted-confirmation');
    assert.deepEqual(realProblems(problems), [], 'the page reported errors');
  });
});

test('a registrar sees the non-completers on the dashboard and previews "remind now" before sending', async () => {
  await withPage(chromium.browser, 'staff-dashboard-remind', VIEWPORT, async ({ page, problems }) => {
    await signIn(page, 'registrar');
    await page.waitForURL(`${BASE_URL}/staff/dashboard`, { timeout: 15_000 });
    await page.getByTestId('funnel-figures').waitFor({ state: 'visible', timeout: 15_000 });
    const list = page.getByTestId('non-completers');
    await list.locator('tbody tr.ant-table-row').first().waitFor({ state: 'visible', timeout: 15_000 });
    await page.locator('canvas').first().waitFor({ state: 'visible' });
    await screenshot(page, 'staff-dashboard');
    await page.getByRole('button', { name: /立即催办/ }).click();
    const preview = page.getByTestId('remind-preview');
    await preview.waitFor({ state: 'visible', timeout: 15_000 });
    const selected = Number((await preview.locator('td').first().innerText()).replace(/\D/g, ''));
    assert.ok(selected > 0, 'the preview counts the students not done');
    await page.getByText('以上是预览，尚未发送').waitFor({ state: 'visible' });
    await page.locator('.ant-modal').getByRole('button', { name: label('取消') }).click();
    assert.deepEqual(realProblems(problems), [], 'the page reported errors');
  });
});
