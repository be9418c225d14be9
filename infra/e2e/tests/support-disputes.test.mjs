// SUPPORT decides an identity dispute through the staff console: the demo student who claimed
// another's ID number (13800000004) submits a photo holding the ID card through the API; the
// support agent finds it in the dispute queue, sees masked data and the photo, and rejects it
// with a reason, which the student then reads. (A rejection, not an approval: approving would
// deactivate the demo student 13800000001 whom other journeys sign in as, in parallel.)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { BASE_URL, isLocal, launchBrowser, screenshot, withPage } from './helpers.mjs';
import { apiToken, asUser } from './student-helpers.mjs';

const VIEWPORT = { width: 1280, height: 800 };
const DISPUTING_PHONE = '13800000004';

let chromium;
before(async () => {
  chromium = await launchBrowser();
});
after(async () => {
  await chromium?.close();
});

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A small RGB PNG (a blue card on grey), enough for the server to decode and re-encode. */
function png(width = 160, height = 100) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const card = x > 30 && x < 130 && y > 20 && y < 80;
      row.set(card ? [40, 90, 200] : [200, 200, 200], 1 + x * 3);
    }
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function submitPhoto(token) {
  const form = new FormData();
  form.append('purpose', 'IDENTITY_PHOTO');
  form.append('file', new Blob([png()], { type: 'image/png' }), 'holding-id.png');
  const response = await fetch(`${BASE_URL}/api/uploads`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const upload = await response.json();
  assert.equal(response.status, 201, JSON.stringify(upload));
  const data = await asUser(
    token,
    `mutation($input: SubmitIdentityPhotoInput!) { submitIdentityPhoto(input: $input) {
       __typename ... on IdentityPhotoSubmitted { dispute { reviewState } } ... on DisputeStepRefused { code } } }`,
    { input: { uploadId: upload.id } },
  );
  assert.equal(data.submitIdentityPhoto.__typename, 'IdentityPhotoSubmitted', JSON.stringify(data));
}

async function signIn(page, identifier) {
  await page.goto(`${BASE_URL}/staff/login`, { waitUntil: 'domcontentloaded' });
  const form = page.locator('form');
  await form.getByLabel('账号').fill(identifier);
  await form.getByLabel('密码').fill('Demo@2025');
  await form.locator('button[type=submit]').click();
}

const label = (text) => new RegExp(`${[...text].join('\\s?')}$`);
const realProblems = (problems) => problems.filter((p) => !/^request failed: .*\/graphql net::ERR_ABORTED/.test(p));

test('support finds a submitted ID photo in the queue, views it and rejects it with a reason the student reads', async () => {
  const student = await apiToken(DISPUTING_PHONE);
  const before = await asUser(student, '{ me { identityDispute { state methods } } }');
  assert.equal(before.me.identityDispute?.state, 'OPEN', 'the demo dispute is open (a fresh demo data set)');
  assert.ok(before.me.identityDispute.methods.includes('MANUAL_REVIEW'));
  await submitPhoto(student);
  const reason = `照片中证件号码被手指遮挡 ${Date.now().toString().slice(-4)}`;

  await withPage(chromium.browser, 'support-disputes', VIEWPORT, async ({ page, requests, problems }) => {
    await signIn(page, 'support');
    // SUPPORT's home is the dispute queue
    await page.waitForURL(/\/staff\/disputes/, { timeout: 15_000 });
    const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: '138****0004' });
    await row.first().waitFor({ state: 'visible', timeout: 15_000 });
    assert.equal(await page.getByText(DISPUTING_PHONE).count(), 0, 'the phone is shown masked');
    await screenshot(page, 'support-disputes-queue');

    await row.first().click();
    const drawer = page.locator('.ant-drawer').filter({ hasText: '申请详情' });
    await drawer.locator('img[alt="申请人手持证件照片"]').waitFor({ state: 'visible', timeout: 15_000 });
    await screenshot(page, 'support-disputes-detail');
    await drawer.getByRole('button', { name: label('驳回') }).click();
    await drawer.getByText('请填写至少 2 个字的理由。').waitFor({ state: 'visible' });
    await drawer.getByRole('textbox', { name: '审核理由' }).fill(reason);
    await drawer.getByRole('button', { name: label('驳回') }).click();
    await page.getByText('已驳回，申请人会收到理由。').waitFor({ state: 'visible', timeout: 15_000 });

    await page.locator('.ant-segmented').getByText('已驳回', { exact: true }).click();
    await page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: '138****0004' }).first()
      .waitFor({ state: 'visible', timeout: 15_000 });
    await screenshot(page, 'support-disputes-rejected');
    assert.deepEqual(requests.filter((url) => !isLocal(url)), [], 'requests left the server');
    assert.deepEqual(realProblems(problems), [], 'the page reported errors');
  });

  const afterwards = await asUser(student, '{ me { identityDispute { state reviewState reviewReason } inbox(first: 3) { edges { node { topic } } } } }');
  assert.deepEqual(
    { state: afterwards.me.identityDispute.state, reviewState: afterwards.me.identityDispute.reviewState, reason: afterwards.me.identityDispute.reviewReason },
    { state: 'OPEN', reviewState: 'REJECTED', reason },
  );
  assert.equal(afterwards.me.inbox.edges[0].node.topic, 'IDENTITY_REVIEW_REJECTED');
});
