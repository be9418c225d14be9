// The student's self-check journeys on a phone (390×844), against the real server:
//  1. sign in → taken straight to the pending confirmation → confirm record and photo after the
//     summary → issue a self-check receipt (code shown once, QR) → the public /verify page shows
//     the record masked;
//  2. mark a field wrong → ticket filed with an evidence file → the registrar approves it through
//     the API → the record changed → the student is asked to confirm again.
// Every student page visited is checked with axe-core (no serious or critical violation).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launchBrowser, screenshot, withPage } from './helpers.mjs';
import { apiToken, asUser, assertAccessible, ensureOpenCampaign, PASSWORD, studentState } from './student-helpers.mjs';

// The second demo student: student.test.mjs reads the first, whose ID number a demo dispute claims.
const PHONE = '13800000002';
const PHONE_VIEWPORT = { width: 390, height: 844 };
// A 1×1 PNG: evidence for the upload (the server re-encodes images).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

let chromium;
let registrar;
let student;
let recordId;
let issuedCode;

before(async () => {
  chromium = await launchBrowser();
  registrar = await apiToken('registrar');
  student = await apiToken(PHONE);
  const me = await studentState(student);
  assert.ok(me.records.length > 0, 'the demo student is linked to a record');
  recordId = me.records[0].id;
  await ensureOpenCampaign(registrar, me.records[0].admissionYear);
});
after(async () => {
  await chromium?.close();
});

async function signIn(page) {
  await page.goto(`${BASE_URL}/login`, { waitUntil: 'domcontentloaded' });
  await page.getByPlaceholder('请输入手机号或证件号码').fill(PHONE);
  await page.getByPlaceholder('请输入密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

/** The confirm flow: the summary (ID masked), the record, then the photo when there is one. */
async function confirmRecordAndPhoto(page) {
  const summary = page.getByRole('region', { name: '主要字段' });
  await summary.waitFor({ state: 'visible', timeout: 15_000 });
  assert.match(await summary.innerText(), /\*\*\*/, 'the ID number in the summary is masked');
  await screenshot(page, 'student-confirm-summary-390x844');
  await assertAccessible(page, 'confirm summary');

  const confirm = page.getByRole('button', { name: '确认学籍信息无误' });
  assert.equal(await confirm.isDisabled(), true, 'nothing is confirmed before the box is ticked');
  await page.getByText('我已逐项核对，以上信息全部正确').click();
  await confirm.click();

  // The photo step when the record has a photo; the finished step otherwise.
  const photoButton = page.getByRole('button', { name: '确认录取照片无误' });
  const done = page.getByText('核对完成');
  await Promise.race([photoButton.waitFor({ timeout: 15_000 }), done.waitFor({ timeout: 15_000 })]);
  if (await photoButton.isVisible()) {
    await page.waitForFunction(() => document.querySelector('.confirm-photo')?.getAttribute('data-photo-state') === 'shown', null, { timeout: 15_000 });
    await screenshot(page, 'student-confirm-photo-390x844');
    await assertAccessible(page, 'confirm photo');
    await page.getByText('照片是我本人，没有错误').click();
    await photoButton.click();
  }
}

test('pending task first: confirm record and photo, issue a receipt, verify it publicly (masked)', async () => {
  await withPage(chromium.browser, 'student-self-check-390x844', PHONE_VIEWPORT, async ({ page, context }) => {
    const finishedBefore = (await studentState(student)).records.find((r) => r.id === recordId).selfCheck?.finished;
    await signIn(page);
    if (finishedBefore) {
      // Only when the suite runs again on the same data: nothing is pending, the list opens.
      await page.waitForURL((url) => url.pathname === '/me', { timeout: 20_000 });
      await page.goto(`${BASE_URL}/me/records/${encodeURIComponent(recordId)}/confirm`, { waitUntil: 'domcontentloaded' });
    } else {
      // Unfinished tasks come first: straight to the confirmation of the record.
      await page.waitForURL((url) => url.pathname === `/me/records/${encodeURIComponent(recordId)}/confirm`, { timeout: 20_000 });
    }
    const done = page.getByText('核对完成');
    if (!finishedBefore) await confirmRecordAndPhoto(page);
    await done.waitFor({ timeout: 15_000 });
    await screenshot(page, 'student-confirm-done-390x844');
    const state = await studentState(student);
    assert.equal(state.records.find((r) => r.id === recordId).selfCheck.finished, true, 'the server holds the check as finished');

    await page.getByRole('button', { name: '生成自查回执' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/receipts'));
    await page.getByRole('button', { name: '生成', exact: true }).click();
    const code = page.getByTestId('issued-code');
    await code.waitFor({ timeout: 15_000 });
    issuedCode = (await code.innerText()).trim();
    assert.match(issuedCode, /^[0-9A-Z]{4}(-[0-9A-Z]{4})+$/, `a grouped code is shown once: ${issuedCode}`);
    await page.waitForFunction(() => {
      const img = document.querySelector('.receipt-qr img');
      return img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0;
    }, null, { timeout: 15_000 });
    await screenshot(page, 'student-receipt-issued-390x844');
    await assertAccessible(page, 'receipt issued');

    // The print view is the same sheet without the app around it.
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'student-receipt-print-390x844');
    await page.emulateMedia({ media: 'screen' });

    // Anyone holding the code: a fresh context without the student's session.
    const stranger = await context.browser().newContext({ viewport: PHONE_VIEWPORT, locale: 'zh-CN' });
    try {
      const verify = await stranger.newPage();
      await verify.goto(`${BASE_URL}/verify`, { waitUntil: 'domcontentloaded' });
      await verify.getByPlaceholder('请输入验证码').fill(issuedCode.toLowerCase().replaceAll('-', ' '));
      await verify.getByRole('button', { name: '验证', exact: true }).click();
      await verify.locator('[data-verify-state="VALID"]').waitFor({ timeout: 15_000 });
      const text = await verify.locator('.verify-result').innerText();
      assert.match(text, /\*{3,}/, 'the ID number is masked');
      assert.match(text, /[\u4e00-\u9fff\w]\*/, 'the name is masked to its first character');
      assert.match(text, /自查回执/);
      await screenshot(verify, 'public-verify-390x844');
      await assertAccessible(verify, 'public verify page');
      await verify.goto(`${BASE_URL}/verify/ZZZZ-ZZZZ-ZZZZ-ZZZZ`, { waitUntil: 'domcontentloaded' });
      await verify.locator('[data-verify-state="NOT_FOUND"]').waitFor({ timeout: 15_000 });
    } finally {
      await stranger.close();
    }

    // Back with the student: a report issued, extended, then revoked; revoked codes no longer verify.
    await page.getByRole('button', { name: '我已保存' }).click();
    await page.getByText('学籍在线验证报告', { exact: true }).click();
    await page.getByText('1 个月', { exact: true }).click();
    await page.getByRole('button', { name: '生成', exact: true }).click();
    const reportCode = (await page.getByTestId('issued-code').innerText()).trim();
    await page.getByRole('button', { name: '我已保存' }).click();
    const newest = page.locator('[data-code-state]').first();
    await newest.getByText(reportCode.slice(-4)).waitFor({ timeout: 15_000 }); // the list was refreshed
    const dialog = page.locator('.adm-dialog .adm-center-popup-body');
    await newest.getByRole('button', { name: '延长' }).click();
    await dialog.waitFor({ timeout: 10_000 });
    await dialog.getByText('6 个月', { exact: true }).click();
    await dialog.getByRole('button', { name: '延长' }).click();
    await page.getByText('已保存').first().waitFor({ timeout: 15_000 });
    await dialog.waitFor({ state: 'hidden', timeout: 10_000 });
    await newest.getByRole('button', { name: '撤销' }).click();
    await dialog.getByRole('button', { name: '撤销' }).click();
    await page.locator('[data-code-state="REVOKED"]').first().waitFor({ timeout: 15_000 });
    await screenshot(page, 'student-codes-390x844');
    const { verifyCode } = await asUser(student, `query($code: String!) { verifyCode(code: $code) { state } }`, { code: reportCode });
    assert.equal(verifyCode.state, 'REVOKED');
  });
});

test('a field marked wrong becomes a ticket; once the registrar applies it the student confirms again', async () => {
  await withPage(chromium.browser, 'student-correction-390x844', PHONE_VIEWPORT, async ({ page }) => {
    await signIn(page);
    await page.waitForURL((url) => url.pathname.startsWith('/me'), { timeout: 20_000 });
    // Only when the suite runs again on the same data: an open ticket on the field blocks a new one.
    const { record } = await asUser(student, `query($id: ID!) { record(id: $id) { correctionTickets { id state version items { field } } } }`, { id: recordId });
    for (const open of record.correctionTickets.filter((t) => ['SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO'].includes(t.state))) {
      await asUser(student, `mutation($input: WithdrawCorrectionTicketInput!) { withdrawCorrectionTicket(input: $input) { __typename } }`,
        { input: { ticketId: open.id, version: open.version } });
    }
    const before = (await studentState(student)).records.find((r) => r.id === recordId);
    const wanted = before.enrolmentDate === '2025-09-02' ? '2025-09-03' : '2025-09-02';

    await page.goto(`${BASE_URL}/me/records/${encodeURIComponent(recordId)}/correct?field=enrolmentDate`, { waitUntil: 'domcontentloaded' });
    const item = page.locator('[data-field="enrolmentDate"]');
    await item.waitFor({ timeout: 15_000 });
    await item.locator('input[type="date"]').fill(wanted);
    await item.getByText('录入错误', { exact: true }).click();
    await item.locator('input[type="file"]').setInputFiles({ name: 'enrolment-letter.png', mimeType: 'image/png', buffer: PNG });
    await item.getByText(/enrolment-letter\.png/).waitFor({ timeout: 15_000 });
    await screenshot(page, 'student-correction-form-390x844');
    await assertAccessible(page, 'correction form');
    await page.getByRole('button', { name: '提交更正申请' }).click();

    await page.waitForURL((url) => /^\/me\/tickets\/[^/]+$/.test(url.pathname), { timeout: 15_000 });
    const ticketId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop());
    await page.locator('[data-ticket-state="SUBMITTED"]').first().waitFor({ timeout: 15_000 });
    await screenshot(page, 'student-ticket-submitted-390x844');
    await assertAccessible(page, 'ticket');

    // The registrar decides through the API: enrolmentDate is ORGANISATIONAL, the registrar alone.
    const { correctionTicket } = await asUser(registrar, `query($id: ID!) { correctionTicket(id: $id) { id version items { id field } } }`, { id: ticketId });
    const decided = await asUser(
      registrar,
      `mutation($input: DecideCorrectionTicketInput!) { decideCorrectionTicket(input: $input) {
         __typename ... on TicketSaved { ticket { state } } ... on MutationError { code message } } }`,
      {
        input: {
          ticketId,
          version: correctionTicket.version,
          decisions: correctionTicket.items.map((i) => ({ itemId: i.id, decision: 'ACCEPTED' })),
        },
      },
    );
    assert.equal(decided.decideCorrectionTicket.__typename, 'TicketSaved', JSON.stringify(decided));
    assert.equal(decided.decideCorrectionTicket.ticket.state, 'APPLIED');

    const afterApply = await studentState(student);
    assert.equal(afterApply.records.find((r) => r.id === recordId).enrolmentDate, wanted, 'the record changed');
    assert.ok(afterApply.pendingTasks.some((t) => t.recordId === recordId && (t.kind === 'RECONFIRM' || t.kind === 'CONFIRM_RECORD')),
      `a new confirmation is asked for: ${JSON.stringify(afterApply.pendingTasks)}`);

    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.locator('[data-ticket-state="APPLIED"]').first().waitFor({ timeout: 15_000 });
    await page.locator('.ticket-timeline li').nth(1).waitFor({ timeout: 15_000 });
    await screenshot(page, 'student-ticket-applied-390x844');

    // The records page lists the task; the task leads to the confirmation again.
    await page.goto(`${BASE_URL}/me`, { waitUntil: 'domcontentloaded' });
    const task = page.locator('[data-task="RECONFIRM"], [data-task="CONFIRM_RECORD"]').first();
    await task.waitFor({ timeout: 15_000 });
    await screenshot(page, 'student-records-reconfirm-390x844');
    await assertAccessible(page, 'my records with a task');
    await task.getByRole('button', { name: '去完成' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/confirm'), { timeout: 15_000 });
    await page.getByRole('region', { name: '主要字段' }).waitFor({ timeout: 15_000 });
  });
});

test('help centre, registration and the sign-in page are accessible and searchable', async () => {
  await withPage(chromium.browser, 'student-help-390x844', PHONE_VIEWPORT, async ({ page }) => {
    await page.goto(`${BASE_URL}/help#smsLocked`, { waitUntil: 'domcontentloaded' });
    await page.locator('#help-smsLocked').waitFor({ state: 'visible', timeout: 15_000 });
    await page.getByRole('searchbox').or(page.locator('.adm-search-bar input')).first().fill('手机号');
    await page.getByText(/找到 \d+ 个相关问题/).waitFor({ timeout: 5_000 });
    await screenshot(page, 'student-help-390x844');
    await assertAccessible(page, 'help centre');

    await page.goto(`${BASE_URL}/register`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('heading', { name: '注册学籍自查账号' }).waitFor({ timeout: 15_000 });
    await page.locator('altcha-widget').waitFor({ state: 'attached', timeout: 15_000 });
    await screenshot(page, 'student-register-390x844');
    await assertAccessible(page, 'registration');

    await page.goto(`${BASE_URL}/login`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('link', { name: '忘记密码？' }).waitFor({ timeout: 15_000 });
    await assertAccessible(page, 'sign-in');
  });
});
