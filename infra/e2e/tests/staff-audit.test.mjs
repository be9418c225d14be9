// The audit log through the real UI: a registrar's edit of a record (made through the API, as the
// roster has no edit form yet) appears in 审计日志 with its before/after values, in the record's
// change history in the roster drawer, and in the export; a college admin opens the same screen
// without the export button, and a counsellor has no audit menu.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launchBrowser, screenshot, withPage } from './helpers.mjs';
import { PASSWORD, apiToken as tokenOf, asUser as as } from './student-helpers.mjs';

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

const realProblems = (problems) => problems.filter((p) => !/^request failed: .*\/graphql net::ERR_ABORTED/.test(p));
const menu = (page) => page.locator('.ant-layout-sider .ant-menu');
const UPDATE = `mutation($input: UpdateEnrolmentRecordInput!) {
  updateEnrolmentRecord(input: $input) { __typename ... on UpdateEnrolmentRecordSuccess { record { version expectedGraduationDate } } }
}`;

test('a registrar edits a record and finds the edit in the audit log, the record drawer and the export', async () => {
  const registrar = await tokenOf('registrar');
  // far down the roster, away from the demo students other journeys sign in as
  const { records } = await as(registrar, `{ records(first: 100, filter: { status: REGISTERED }) {
    edges { node { id studentNumber version expectedGraduationDate } } } }`);
  const target = records.edges.at(-1).node;
  const stamp = Date.now().toString().slice(-6);
  const reason = `E2E 审计 ${stamp}：预毕业日期更正`;
  const moved = `${Number(target.expectedGraduationDate.slice(0, 4)) + 1}${target.expectedGraduationDate.slice(4)}`;
  const edited = await as(registrar, UPDATE, {
    input: { id: target.id, version: target.version, reason, changes: { expectedGraduationDate: moved } },
  });
  assert.equal(edited.updateEnrolmentRecord.__typename, 'UpdateEnrolmentRecordSuccess');

  try {
    await withPage(chromium.browser, 'staff-audit-log', VIEWPORT, async ({ page, problems }) => {
      await signIn(page, 'registrar');
      await menu(page).getByText('审计日志', { exact: true }).click();
      await page.waitForURL(`${BASE_URL}/staff/audit`);
      await page.getByRole('textbox', { name: '操作，如 UPDATE_RECORD' }).fill('UPDATE_RECORD');
      await page.getByRole('button', { name: /查\s?询/ }).click();
      const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: reason });
      await row.waitFor({ state: 'visible', timeout: 15_000 });
      assert.match(await row.innerText(), /registrar/, 'the actor reads as the username');
      assert.match(await row.innerText(), /预毕业日期/, 'the changed field by its label');
      await row.locator('.ant-table-row-expand-icon').click();
      const diff = page.locator('.ant-table-expanded-row').first();
      await diff.getByText(moved, { exact: true }).waitFor({ state: 'visible', timeout: 15_000 });
      await diff.getByText(target.expectedGraduationDate, { exact: true }).waitFor({ state: 'visible' });
      await screenshot(page, 'staff-audit-log');
      assert.equal(await page.getByRole('button', { name: /导出 Excel/ }).count(), 1, 'a registrar may export');

      await menu(page).getByText('学籍名单', { exact: true }).click();
      const search = page.getByRole('searchbox', { name: '按姓名、学号或考生号筛选' });
      await search.fill(target.studentNumber);
      await search.press('Enter');
      await page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: target.studentNumber }).first()
        .click({ timeout: 15_000 });
      const drawer = page.locator('.ant-drawer');
      await drawer.getByText('变更记录', { exact: true }).waitFor({ state: 'visible', timeout: 15_000 });
      const entry = drawer.getByTestId('audit-trail-entry').filter({ hasText: reason });
      await entry.waitFor({ state: 'visible', timeout: 15_000 });
      await entry.scrollIntoViewIfNeeded();
      await screenshot(page, 'staff-record-audit-trail');
      assert.deepEqual(realProblems(problems), [], 'the page reported errors');
    });

    const csv = await fetch(`${BASE_URL}/api/audit/export.csv?action=UPDATE_RECORD`, {
      headers: { authorization: `Bearer ${registrar}` },
    });
    assert.equal(csv.status, 200);
    const text = await csv.text();
    assert.ok(text.includes(reason), 'the export holds the edit');
    assert.doesNotMatch(text, /\b\d{17}[\dX]\b/, 'no full ID number in the export');
  } finally {
    await as(registrar, UPDATE, {
      input: { id: target.id, version: edited.updateEnrolmentRecord.record.version, reason: `E2E 审计 ${stamp}：还原`,
        changes: { expectedGraduationDate: target.expectedGraduationDate } },
    });
  }
});

test('a college admin reads the audit log without the export; a counsellor has no audit menu', async () => {
  await withPage(chromium.browser, 'staff-audit-college', VIEWPORT, async ({ page, problems }) => {
    await signIn(page, 'college-admin');
    await menu(page).getByText('审计日志', { exact: true }).click();
    await page.getByRole('textbox', { name: '操作人（用户名）' }).waitFor({ state: 'visible', timeout: 15_000 });
    await page.locator('.ant-table').waitFor({ state: 'visible' });
    assert.equal(await page.getByRole('button', { name: /导出 Excel/ }).count(), 0);
    await screenshot(page, 'staff-audit-college');
    assert.deepEqual(realProblems(problems), [], 'the page reported errors');
  });
  await withPage(chromium.browser, 'staff-audit-counsellor', VIEWPORT, async ({ page }) => {
    await signIn(page, 'counsellor');
    assert.equal(await menu(page).getByText('审计日志', { exact: true }).count(), 0);
  });
});
