// Registration on a phone (390×844) against the real server: the ALTCHA human check, an SMS code
// (read back from the embedded gateway's dev outbox), name and ID checked as typed, password,
// consent → signed in and linked to the record; then someone registering with the same ID number
// takes the "ID already registered" path and resolves it with enrolment facts.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { BASE_URL, launchBrowser, screenshot, withPage } from './helpers.mjs';
import { apiToken, asUser, assertAccessible } from './student-helpers.mjs';

const PHONE_VIEWPORT = { width: 390, height: 844 };
const NEW_PASSWORD = 'Reg#2025check';
const LEVEL_ZH = { BACHELOR: '本科', JUNIOR_COLLEGE: '专科', BACHELOR_UPGRADE: '专升本', MASTER: '硕士研究生', DOCTORATE: '博士研究生' };

let chromium;
let registrar;
let person; // a roster record nobody registered for: name, full ID number and enrolment facts
let other; // another one, for the not-found diagnosis

const freshPhone = () => `139${String(Date.now()).slice(-8)}`;

before(async () => {
  chromium = await launchBrowser();
  registrar = await apiToken('registrar');
  const data = await asUser(
    registrar,
    `{ records(first: 40, filter: { status: REGISTERED }) { edges { node {
         id name idType studentNumber admissionYear level institution { code } } } } }`,
  );
  // Past the two demo students (the first records); a different one on every run of the suite.
  const candidates = data.records.edges.map((e) => e.node).filter((r) => r.idType === 'RESIDENT_ID');
  const chosen = candidates[10 + (Math.floor(Date.now() / 1000) % 25)];
  const revealed = await asUser(
    registrar,
    `mutation($input: RevealIdNumberInput!) { revealIdNumber(input: $input) {
       __typename ... on RevealIdNumberSuccess { idNumber } } }`,
    { input: { recordId: chosen.id, reason: 'e2e: register as this student' } },
  );
  person = { ...chosen, idNumber: revealed.revealIdNumber.idNumber };
  const second = candidates[candidates.indexOf(chosen) + 1 === candidates.length ? 2 : candidates.indexOf(chosen) + 1];
  const revealedSecond = await asUser(
    registrar,
    `mutation($input: RevealIdNumberInput!) { revealIdNumber(input: $input) {
       __typename ... on RevealIdNumberSuccess { idNumber } } }`,
    { input: { recordId: second.id, reason: 'e2e: register as this student' } },
  );
  other = { ...second, idNumber: revealedSecond.revealIdNumber.idNumber };
});
after(async () => {
  await chromium?.close();
});

/** The newest SMS code the dev outbox holds for a phone (masked as 139****1234). */
async function smsCodeFor(phone) {
  const masked = `${phone.slice(0, 3)}****${phone.slice(-4)}`;
  for (let attempt = 0; attempt < 20; attempt++) {
    const data = await asUser(registrar, `{ devOutbox(first: 20) { edges { node { channel maskedAddress text } } } }`);
    const sms = data.devOutbox.edges.map((e) => e.node).find((m) => m.channel === 'SMS' && m.maskedAddress === masked);
    const code = sms && /(\d{6})/.exec(sms.text)?.[1];
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no SMS code for ${masked} in the dev outbox`);
}

/** Step 1 of the wizard: phone, human check, SMS code. */
async function phoneStep(page, phone) {
  await page.goto(`${BASE_URL}/register`, { waitUntil: 'domcontentloaded' });
  await page.getByLabel('手机号').fill(phone);
  await page.locator('altcha-widget input[type="checkbox"]').click();
  await page.waitForFunction(() => document.querySelector('altcha-widget')?.querySelector('[data-state="verified"], .altcha[data-state="verified"]') !== null, null, { timeout: 30_000 });
  await page.getByRole('button', { name: '获取验证码' }).click();
  await page.getByText(/验证码已发送到/).waitFor({ timeout: 15_000 });
  assert.match(await page.getByRole('button', { name: /秒后可重新获取/ }).innerText(), /\d+ 秒后可重新获取/, 'the resend countdown runs');
  await page.getByLabel('短信验证码').fill(await smsCodeFor(phone));
  await screenshot(page, 'student-register-phone-390x844');
  await page.getByRole('button', { name: '下一步' }).click();
}

/** Steps 2–4: identity (checked as typed), password, consent; then submit. */
async function restOfWizard(page, who = person, name = who.name) {
  await page.getByLabel('姓名').fill(name);
  // A lower-case x or a wrong digit is explained as typed, before anything is sent.
  await page.getByLabel('证件号码').fill(`${who.idNumber.slice(0, 17)}${who.idNumber[17] === '0' ? '1' : '0'}`);
  await page.locator('[data-id-check="invalid"]').waitFor({ timeout: 5_000 });
  await page.getByLabel('证件号码').fill(who.idNumber);
  await page.locator('[data-id-check="valid"]').waitFor({ timeout: 5_000 });
  await screenshot(page, 'student-register-identity-390x844');
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByLabel('密码', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('确认密码').fill(NEW_PASSWORD);
  await page.locator('[data-strength]').waitFor({ timeout: 10_000 });
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByText(/我已阅读并同意《用户协议》/).click();
  await assertAccessible(page, 'registration consent');
  await page.getByRole('button', { name: '注册', exact: true }).click();
}

test('a new student registers (human check, SMS code, ID checked as typed) and finds the record', async () => {
  await withPage(chromium.browser, 'student-register-390x844', PHONE_VIEWPORT, async ({ page }) => {
    await phoneStep(page, freshPhone());
    await restOfWizard(page);
    // Signed in: to the pending confirmation when a campaign is open for the cohort, else the list.
    await page.waitForURL((url) => url.pathname === '/me' || url.pathname.endsWith('/confirm'), { timeout: 20_000 });
    await page.goto(`${BASE_URL}/me`, { waitUntil: 'domcontentloaded' });
    await page.locator('a.record-card').first().waitFor({ timeout: 15_000 });
    await screenshot(page, 'student-registered-linked-390x844');
  });
});

test('the same ID number again: "ID already registered", register anyway, enrolment facts resolve it', async () => {
  await withPage(chromium.browser, 'student-dispute-390x844', PHONE_VIEWPORT, async ({ page }) => {
    await phoneStep(page, freshPhone());
    await restOfWizard(page);
    const taken = page.locator('[data-taken="idNumber"]');
    await taken.waitFor({ timeout: 15_000 });
    await screenshot(page, 'student-register-id-taken-390x844');
    await taken.getByRole('button', { name: '我从未注册过：我要重新注册' }).click();
    await page.waitForURL((url) => url.pathname === '/me/dispute', { timeout: 20_000 });
    await page.getByLabel('院校代码').fill(person.institution.code);
    await page.getByLabel('学号').fill(person.studentNumber);
    await page.getByLabel('入学年份').fill(String(person.admissionYear));
    await page.getByText(LEVEL_ZH[person.level], { exact: true }).click();
    await screenshot(page, 'student-dispute-facts-390x844');
    await assertAccessible(page, 'dispute');
    await page.getByRole('button', { name: '提交核验' }).click();
    await page.getByText('核验通过，您的账号已关联证件号码。').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: '查看我的学籍' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/me'), { timeout: 15_000 });
    await page.goto(`${BASE_URL}/me`, { waitUntil: 'domcontentloaded' });
    await page.locator('a.record-card').first().waitFor({ timeout: 15_000 });
    await screenshot(page, 'student-dispute-resolved-390x844');
  });
});

/** Solves an ALTCHA challenge the way the widget does (SHA-256 of salt + number) and returns the payload. */
async function solvedAltcha() {
  const { smsChallenge } = await asUser(registrar, '{ smsChallenge }');
  const challenge = JSON.parse(smsChallenge);
  for (let number = 0; number <= challenge.maxnumber; number++) {
    if (createHash('sha256').update(`${challenge.salt}${number}`).digest('hex') === challenge.challenge) {
      const { algorithm, salt, signature } = challenge;
      return Buffer.from(JSON.stringify({ algorithm, challenge: challenge.challenge, number, salt, signature })).toString('base64');
    }
  }
  throw new Error('ALTCHA challenge not solvable');
}

test('asking for codes too often locks the phone for 24 hours, and the page says how long is left', async () => {
  const phone = freshPhone();
  const answers = [];
  for (let ask = 0; ask < 7; ask++) {
    const data = await asUser(
      registrar,
      `mutation($input: RequestSmsCodeInput!) { requestSmsCode(input: $input) {
         __typename ... on SmsThrottled { reason retryAfterSeconds } } }`,
      { input: { phone, purpose: 'REGISTER', altcha: await solvedAltcha() } },
    );
    answers.push(data.requestSmsCode.reason ?? data.requestSmsCode.__typename);
  }
  assert.equal(answers[0], 'SmsCodeSent');
  assert.equal(answers.at(-1), 'LOCKED', `the phone is locked after repeated asks: ${answers.join(', ')}`);

  await withPage(chromium.browser, 'student-sms-locked-390x844', PHONE_VIEWPORT, async ({ page }) => {
    await page.goto(`${BASE_URL}/register`, { waitUntil: 'domcontentloaded' });
    await page.getByLabel('手机号').fill(phone);
    await page.locator('altcha-widget input[type="checkbox"]').click();
    await page.getByRole('button', { name: '获取验证码' }).and(page.locator(':not([disabled])')).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: '获取验证码' }).click();
    const locked = page.locator('[data-sms-locked]');
    await locked.waitFor({ timeout: 15_000 });
    assert.match(await locked.innerText(), /还需等待 2[0-3] 小时/, 'the time left of the 24-hour lock is shown');
    await locked.getByRole('link', { name: /帮助中心/ }).waitFor();
    await screenshot(page, 'student-sms-locked-390x844');
    await assertAccessible(page, 'SMS locked');
  });
});

test('a name typed wrong finds no record: the page says why, and correcting the name links it', async () => {
  await withPage(chromium.browser, 'student-not-found-390x844', PHONE_VIEWPORT, async ({ page }) => {
    // One character of the name replaced by a look-alike mistake (a different Han character).
    const wrongName = `${other.name.slice(0, -1)}${other.name.endsWith('明') ? '名' : '明'}`;
    await phoneStep(page, freshPhone());
    await restOfWizard(page, other, wrongName);
    await page.waitForURL((url) => url.pathname.startsWith('/me'), { timeout: 20_000 });
    await page.goto(`${BASE_URL}/me`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('heading', { name: '未找到学籍' }).waitFor({ timeout: 15_000 });
    assert.ok((await page.locator('[data-cause]').count()) > 0, 'the likely cause is named');
    await screenshot(page, 'student-record-not-found-390x844');
    await assertAccessible(page, 'record not found');

    await page.goto(`${BASE_URL}/me/profile`, { waitUntil: 'domcontentloaded' });
    await page.getByLabel('正确的姓名').fill(other.name);
    await page.getByRole('button', { name: '更正姓名' }).click();
    await page.getByText('姓名已更正，已重新关联学籍').waitFor({ timeout: 15_000 });
    await assertAccessible(page, 'profile');
    await page.goto(`${BASE_URL}/me`, { waitUntil: 'domcontentloaded' });
    await page.waitForURL((url) => url.pathname.startsWith('/me'));
    await page.locator('a.record-card').first().waitFor({ timeout: 15_000 });
    await screenshot(page, 'student-name-corrected-linked-390x844');
  });
});
