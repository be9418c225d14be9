// Ticket review in the staff console: demo students file correction tickets through the API, a
// registrar approves one item by item in the browser and exports the 勘误表, and a college admin's
// queue holds only their college.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE_URL, DEMO, isLocal, launchBrowser, screenshot, withPage } from './helpers.mjs';
import { PASSWORD, apiToken as tokenOf, asUser as as } from './student-helpers.mjs';

const VIEWPORT = { width: 1280, height: 800 };
const STUDENTS = ['13800000002', '13800000001'];

let chromium;
const filed = []; // { studentNumber, college, ticketId }

/** A campaign of the demo cohort open now, so students may file (created when none is). */
async function ensureOpenCampaign() {
  const registrar = await tokenOf('registrar');
  const { campaigns } = await as(registrar, `{ campaigns(first: 50) { edges { node { admissionYear state } } } }`);
  if (campaigns.edges.some(({ node }) => node.admissionYear === 2025 && node.state === 'OPEN')) return;
  const data = await as(
    registrar,
    `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { __typename } }`,
    { input: { idempotencyKey: `e2e-tickets-${Date.now()}`, name: 'E2E 勘误用自查', admissionYear: 2025, opensAt: '2025-01-01T00:00:00+08:00', closesAt: '2035-01-01T00:00:00+08:00' } },
  );
  assert.equal(data.createCampaign.__typename, 'CampaignSaved');
}

/** A student files a ticket on the enrolment date (organisational: the registrar decides alone). */
async function fileTicket(phone) {
  const token = await tokenOf(phone);
  const { me } = await as(token, `{ me { records { id studentNumber enrolmentDate college { name } correctionTickets { id state } } } }`);
  const record = me.records[0];
  const open = record.correctionTickets.find((t) => ['SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO'].includes(t.state));
  let ticketId = open?.id;
  if (!ticketId) {
    const day = 2 + (Date.now() % 20);
    const requested = `2025-09-${String(day).padStart(2, '0')}` === record.enrolmentDate ? '2025-09-25' : `2025-09-${String(day).padStart(2, '0')}`;
    const data = await as(
      token,
      `mutation($input: FileCorrectionTicketInput!) { fileCorrectionTicket(input: $input) {
         __typename ... on TicketSaved { ticket { id } } ... on MutationError { code message } } }`,
      { input: { idempotencyKey: `e2e-${phone}-${Date.now()}`, recordId: record.id, items: [{ field: 'enrolmentDate', requestedValue: requested, reasonCode: 'TYPO', note: 'E2E：入学日期录入有误' }] } },
    );
    assert.equal(data.fileCorrectionTicket.__typename, 'TicketSaved', JSON.stringify(data.fileCorrectionTicket));
    ticketId = data.fileCorrectionTicket.ticket.id;
  }
  return { studentNumber: record.studentNumber, college: record.college.name, ticketId };
}

before(async () => {
  chromium = await launchBrowser();
  await ensureOpenCampaign();
  for (const phone of STUDENTS) filed.push(await fileTicket(phone));
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
const queueRows = (page) => page.getByTestId('ticket-queue').locator('tbody tr.ant-table-row');

test('a registrar approves a ticket a student filed, item by item, and exports the 勘误表', async () => {
  const ticket = filed[0];
  await withPage(chromium.browser, 'staff-tickets', VIEWPORT, async ({ page, requests, problems }) => {
    await signIn(page, 'registrar');
    await menu(page).getByText('勘误审核', { exact: true }).click();
    // The student's open ticket (an earlier run may have left applied ones of theirs).
    const row = queueRows(page).filter({ hasText: ticket.studentNumber }).filter({ hasText: '已提交' });
    await row.first().waitFor({ state: 'visible', timeout: 15_000 });
    await page.getByTestId('queue-summary').waitFor({ state: 'visible' });
    await screenshot(page, 'staff-tickets-queue');

    await row.first().click();
    const drawer = page.locator('.ant-drawer');
    const items = drawer.getByTestId('ticket-items');
    await items.getByRole('cell', { name: /^入学日期/ }).first().waitFor({ state: 'visible', timeout: 15_000 });
    const requested = await items.locator('td.ticket-requested').first().innerText();
    assert.match(requested, /^2025-09-\d\d$/);
    await items.locator('.ant-radio-button-wrapper').filter({ hasText: '通过' }).first().click();
    await screenshot(page, 'staff-ticket-detail');
    await drawer.getByRole('button', { name: '提交决定' }).click();
    await drawer.getByTestId('ticket-state').filter({ hasText: '已更正' }).waitFor({ state: 'visible', timeout: 15_000 });
    await items.getByText('通过', { exact: true }).waitFor({ state: 'visible' });
    await screenshot(page, 'staff-ticket-applied');
    await page.keyboard.press('Escape');

    // The record now carries the requested value (the roster shows the applied change).
    const registrar = await tokenOf('registrar');
    const { correctionTicket } = await as(registrar, `query($id: ID!) { correctionTicket(id: $id) { state record { enrolmentDate } } }`, { id: ticket.ticketId });
    assert.equal(correctionTicket.state, 'APPLIED');
    assert.equal(correctionTicket.record.enrolmentDate, requested);

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name: /导出勘误表/ }).click()]);
    assert.match(download.suggestedFilename(), /\.xlsx$/);
    const bytes = readFileSync(await download.path());
    assert.equal(bytes.subarray(0, 2).toString(), 'PK', 'the 勘误表 is an XLSX (zip) file');
    assert.deepEqual(requests.filter((url) => !isLocal(url)), [], 'requests left the server');
    assert.deepEqual(realProblems(problems), [], 'the page reported errors');
  });
});

test('a college admin sees only their college in the ticket queue', async () => {
  await withPage(chromium.browser, 'staff-tickets-college-admin', VIEWPORT, async ({ page, problems }) => {
    await signIn(page, 'college-admin');
    await menu(page).getByText('勘误审核', { exact: true }).click();
    await page.getByTestId('ticket-queue').waitFor({ state: 'visible', timeout: 15_000 });
    await page.waitForFunction(() => !document.querySelector('[data-testid=ticket-queue] .ant-spin-spinning'), null, { timeout: 15_000 });
    const colleges = await queueRows(page).locator('td:nth-child(3)').allInnerTexts();
    assert.ok(colleges.every((name) => name === DEMO.collegeName), `only ${DEMO.collegeName}: ${JSON.stringify(colleges)}`);
    for (const ticket of filed) {
      const shown = await queueRows(page).filter({ hasText: ticket.studentNumber }).count();
      if (ticket.college !== DEMO.collegeName) assert.equal(shown, 0, `${ticket.studentNumber} of ${ticket.college} is not in the queue`);
    }
    assert.equal(await menu(page).getByText('教职工账号', { exact: true }).count(), 0);
    await screenshot(page, 'staff-tickets-college-admin');
    assert.deepEqual(realProblems(problems), [], 'the page reported errors');
  });
});

test('a registrar decides tickets in bulk after a dry-run preview of every change', async () => {
  const ticket = filed[1];
  await withPage(chromium.browser, 'staff-tickets-bulk', VIEWPORT, async ({ page, problems }) => {
    await signIn(page, 'registrar');
    await menu(page).getByText('勘误审核', { exact: true }).click();
    const row = queueRows(page).filter({ hasText: ticket.studentNumber }).filter({ hasText: '已提交' });
    await row.first().waitFor({ state: 'visible', timeout: 15_000 });
    await row.first().locator('.ant-checkbox-input').check();
    await page.getByRole('button', { name: /批量决定（1）/ }).click();
    const dialog = page.locator('.ant-modal').filter({ hasText: '批量决定 1 份申请' });
    await dialog.getByRole('button', { name: /预\s?览/ }).click();
    const preview = dialog.getByTestId('bulk-preview');
    await preview.getByText('将更正').waitFor({ state: 'visible', timeout: 15_000 });
    assert.match(await preview.innerText(), /入学日期: .* → 2025-09-\d\d/);
    await screenshot(page, 'staff-tickets-bulk-preview');
    const registrar = await tokenOf('registrar');
    const before = await as(registrar, `query($id: ID!) { correctionTicket(id: $id) { state } }`, { id: ticket.ticketId });
    assert.notEqual(before.correctionTicket.state, 'APPLIED', 'the preview wrote nothing');

    await dialog.getByRole('button', { name: /确认执行/ }).click();
    await preview.getByText('已更正').waitFor({ state: 'visible', timeout: 15_000 });
    const after = await as(registrar, `query($id: ID!) { correctionTicket(id: $id) { state } }`, { id: ticket.ticketId });
    assert.equal(after.correctionTicket.state, 'APPLIED');
    assert.deepEqual(realProblems(problems), [], 'the page reported errors');
  });
});
