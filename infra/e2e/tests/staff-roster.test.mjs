// The staff console's first screens: sign-in, roster import (dry run, commit) and the roster
// seen by three roles, through the real UI against the demo server.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE_URL, DEMO, isLocal, launchBrowser, screenshot, withPage } from './helpers.mjs';

const PASSWORD = 'Demo@2025';
const VIEWPORT = { width: 1280, height: 800 };
const HEADER =
  '考生号,学号,姓名,性别,出生日期,证件类型,身份证号,民族,生源省市,分院/系所,班号,专业代码,专业名称,学制,层次,录取年份,学习形式,学历类别,入学日期,预毕业日期,学籍状态';

let chromium;
let tempDir;
before(async () => {
  chromium = await launchBrowser();
  tempDir = mkdtempSync(join(tmpdir(), 'enrolcheck-roster-'));
});
after(async () => {
  await chromium?.close();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});

/** GB 11643 check character of the first 17 digits. */
function idCheckChar(first17) {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, digit, i) => acc + Number(digit) * weights[i], 0);
  return '10X98765432'[sum % 11];
}

/** A roster with one valid and one invalid (bad ID checksum) row; numbers unique per run. */
function writeRoster() {
  const unique = String(Date.now()).slice(-8);
  const serial = String(Number(unique.slice(-2)) * 2 % 100).padStart(2, '0'); // even: female
  const first17 = `11010519491231${unique.slice(0, 1)}${serial}`;
  const check = idCheckChar(first17);
  const validId = first17 + check;
  const invalidId = first17 + (check === '0' ? '1' : '0');
  const row = (examinee, studentNumber, id) =>
    `${examinee},${studentNumber},冯晨,女,1949-12-31,居民身份证,${id},汉族,重庆,计算机与信息科学学院,2025010101,080901,计算机科学与技术,4,本科,2025,普通全日制,普通高等教育,2025-09-01,2029-07-01,注册学籍`;
  const valid = { examinee: `259900${unique}`, studentNumber: `E2E${unique}`, idNumber: validId };
  const invalid = { examinee: `259901${unique}`, studentNumber: `E2F${unique}` };
  const path = join(tempDir, `roster-${unique}.csv`);
  writeFileSync(path, [HEADER, row(valid.examinee, valid.studentNumber, validId), row(invalid.examinee, invalid.studentNumber, invalidId)].join('\n') + '\n', 'utf8');
  return { path, valid };
}

async function signIn(page, identifier, { shot } = {}) {
  await page.goto(`${BASE_URL}/staff/login`, { waitUntil: 'domcontentloaded' });
  const form = page.locator('form');
  await form.getByLabel('账号').fill(identifier);
  await form.getByLabel('密码').fill(PASSWORD);
  if (shot) await screenshot(page, shot);
  await form.locator('button[type=submit]').click();
  await page.getByTestId('account-menu').waitFor({ state: 'visible', timeout: 15_000 });
}

// Leaving a screen cancels its queries still in flight (urql aborts them): not a problem a user sees.
const realProblems = (problems) => problems.filter((p) => !/^request failed: .*\/graphql net::ERR_ABORTED/.test(p));

const menu = (page) => page.locator('.ant-layout-sider .ant-menu');
const rosterRows = (page) => page.locator('.ant-table-tbody tr.ant-table-row');

test('a registrar signs in, imports a roster (dry run, commit) and finds the new student', async () => {
  await withPage(chromium.browser, 'staff-import', VIEWPORT, async ({ page, requests, problems }) => {
    await signIn(page, 'registrar', { shot: 'staff-login' });
    await page.waitForURL(`${BASE_URL}/staff/dashboard`, { timeout: 15_000 }); // a registrar starts at the progress dashboard
    for (const label of ['自查进度', '学籍名单', '名单导入', '勘误审核', '自查工作', '教职工账号', '参考数据']) {
      await menu(page).getByText(label, { exact: true }).waitFor({ state: 'visible' });
    }

    await menu(page).getByText('名单导入', { exact: true }).click();
    const roster = writeRoster();
    await page.locator('input[type=file]').setInputFiles(roster.path);
    await page.getByRole('button', { name: '上传并预检' }).click();

    const invalidRows = page.getByTestId('invalid-rows');
    await invalidRows.getByText('ID_NUMBER_CHECKSUM').waitFor({ state: 'visible', timeout: 30_000 });
    assert.match(await invalidRows.locator('tbody').innerText(), /\b3\b/, 'the invalid row is row 3 of the file');
    await screenshot(page, 'staff-import-dry-run');

    await page.getByRole('button', { name: '提交导入' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '提交导入' }).click();
    await page.getByTestId('batch-state').filter({ hasText: 'COMMITTED' }).waitFor({ state: 'visible', timeout: 60_000 });

    await menu(page).getByText('学籍名单', { exact: true }).click();
    await page.getByRole('searchbox', { name: '按姓名、学号或考生号筛选' }).fill(roster.valid.studentNumber);
    await page.getByRole('searchbox', { name: '按姓名、学号或考生号筛选' }).press('Enter');
    await rosterRows(page).filter({ hasText: roster.valid.studentNumber }).waitFor({ state: 'visible', timeout: 15_000 });
    assert.equal(await rosterRows(page).count(), 1, 'the filter finds exactly the imported student');

    // The drawer: every field, main ones apart; the full ID number only with a reason.
    await rosterRows(page).first().click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByText('主要字段', { exact: true }).waitFor({ state: 'visible', timeout: 15_000 });
    await drawer.getByText('非主要字段', { exact: true }).waitFor({ state: 'visible' });
    // the examinee number also appears in the record's change history (the import that created it)
    await drawer.getByText(roster.valid.examinee).first().waitFor({ state: 'visible' });
    await drawer.getByRole('button', { name: '查看完整证件号' }).click();
    const dialog = page.locator('.ant-modal');
    await dialog.getByLabel('查看原因').fill('核对导入结果');
    await dialog.locator('.ant-btn-primary').click();
    await drawer.getByText(roster.valid.idNumber, { exact: true }).waitFor({ state: 'visible', timeout: 15_000 });
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // A reload drops the in-memory token; the refresh cookie restores the session.
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.getByTestId('account-menu').waitFor({ state: 'visible', timeout: 15_000 });
    assert.equal(new URL(page.url()).pathname, '/staff/roster');
    await rosterRows(page).first().waitFor({ state: 'visible', timeout: 15_000 });
    await screenshot(page, 'staff-roster');

    assert.deepEqual(requests.filter((url) => !isLocal(url)), [], 'requests left the server');
    assert.deepEqual(realProblems(problems), [], 'the page reported errors');
  });
});

test('a college admin sees only their college in the roster', async () => {
  await withPage(chromium.browser, 'staff-roster-college-admin', VIEWPORT, async ({ page, problems }) => {
    await signIn(page, 'college-admin');
    await menu(page).getByText('学籍名单', { exact: true }).click();
    // The dashboard (a college admin's home) has a table too: wait for the roster's own screen.
    await page.waitForURL(`${BASE_URL}/staff/roster`, { timeout: 15_000 });
    await page.getByRole('searchbox', { name: '按姓名、学号或考生号筛选' }).waitFor({ state: 'visible', timeout: 15_000 });
    await rosterRows(page).first().waitFor({ state: 'visible', timeout: 15_000 });
    const colleges = await rosterRows(page).locator('td:nth-child(4)').allInnerTexts();
    assert.ok(colleges.length > 0, 'the roster is not empty');
    assert.deepEqual([...new Set(colleges)], [DEMO.collegeName]);

    // Demo students have admission photos, fetched with the bearer token and shown as a blob.
    await rosterRows(page).first().click();
    const photo = page.locator('.ant-drawer img[alt="录取照片"]');
    await photo.waitFor({ state: 'visible', timeout: 15_000 });
    assert.match(await photo.getAttribute('src'), /^blob:/);
    assert.ok(await photo.evaluate((img) => img.complete && img.naturalWidth > 0), 'the photo is drawn');
    assert.equal(await menu(page).getByText('名单导入', { exact: true }).count(), 0);
    assert.deepEqual(realProblems(problems), [], 'the page reported errors');
  });
});

test('a counsellor has no import menu and cannot open the import screen', async () => {
  await withPage(chromium.browser, 'staff-roster-counsellor', VIEWPORT, async ({ page, problems }) => {
    await signIn(page, 'counsellor');
    await rosterRows(page).first().waitFor({ state: 'visible', timeout: 15_000 });
    await menu(page).getByText('学籍名单', { exact: true }).waitFor({ state: 'visible' });
    assert.equal(await menu(page).getByText('名单导入', { exact: true }).count(), 0);
    const classes = await rosterRows(page).locator('td:nth-child(6)').allInnerTexts();
    assert.deepEqual([...new Set(classes)], ['2025010101'], 'a counsellor sees only their class');

    await page.goto(`${BASE_URL}/staff/import`, { waitUntil: 'domcontentloaded' });
    await page.getByText('无权访问').waitFor({ state: 'visible', timeout: 15_000 });
    assert.deepEqual(realProblems(problems), [], 'the page reported errors');
  });
});

test('a signed-out visitor of the roster is sent to the login page', async () => {
  await withPage(chromium.browser, 'staff-roster-signed-out', VIEWPORT, async ({ page }) => {
    await page.goto(`${BASE_URL}/staff/roster`, { waitUntil: 'domcontentloaded' });
    await page.locator('form button[type=submit]').waitFor({ state: 'visible', timeout: 15_000 });
    assert.equal(new URL(page.url()).pathname, '/staff/login');
  });
});
