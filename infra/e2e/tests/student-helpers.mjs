// Helpers of the journeys: API sign-in and GraphQL as a user (staff tests use them too), a campaign for the demo cohort, the axe-core check.
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import assert from 'node:assert/strict';
import { graphql } from './helpers.mjs';

const require = createRequire(import.meta.url);
export const AXE_PATH = require.resolve('axe-core/axe.min.js');
export const PASSWORD = 'Demo@2025';

/** Signs in through the API; returns the bearer token (the refresh cookie is ignored here). */
export async function apiToken(identifier, password = PASSWORD) {
  const { body } = await graphql(
    `mutation($input: LoginInput!) { login(input: $input) { __typename ... on LoginSuccess { accessToken } ... on MutationError { code message } } }`,
    { input: { identifier, password } },
  );
  const login = body.data?.login;
  assert.equal(login?.__typename, 'LoginSuccess', `login ${identifier}: ${JSON.stringify(body).slice(0, 300)}`);
  return login.accessToken;
}

/** GraphQL as someone; fails on errors; returns data. */
export async function asUser(token, query, variables) {
  const { status, body } = await graphql(query, variables, { headers: { authorization: `Bearer ${token}` } });
  assert.ok(status === 200 && !body.errors && body.data, `GraphQL failed (HTTP ${status}): ${JSON.stringify(body).slice(0, 800)}`);
  return body.data;
}

/** The student's records (id, version, admission year) and pending tasks. */
export async function studentState(token) {
  const data = await asUser(
    token,
    `{ me { records { id version admissionYear classCode enrolmentDate
         selfCheck { state finished needsReconfirmation } }
       pendingTasks { kind recordId subject reconfirmReason } } }`,
  );
  return data.me;
}

/**
 * An open campaign for the cohort of `admissionYear` (the demo data has none): created by the
 * registrar with a window from an hour ago to 30 days ahead, or an open one already there.
 */
export async function ensureOpenCampaign(registrarToken, admissionYear) {
  const openOne = async () => {
    const list = await asUser(registrarToken, `{ campaigns(first: 50) { edges { node { id admissionYear state } } } }`);
    return list.campaigns.edges.map((e) => e.node).find((c) => c.admissionYear === admissionYear && c.state === 'OPEN');
  };
  const existing = await openOne();
  if (existing) return existing.id;
  const now = Date.now();
  const { body } = await graphql(
    `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) {
       __typename ... on CampaignSaved { campaign { id state } } ... on MutationError { code message } } }`,
    {
      input: {
        idempotencyKey: `e2e-student-${randomUUID()}`,
        name: `${admissionYear}级学籍自查（e2e）`,
        admissionYear,
        opensAt: new Date(now - 3_600_000).toISOString(),
        closesAt: new Date(now + 30 * 86_400_000).toISOString(),
        notice: '请在截止前完成**学籍信息**和录取照片的核对。',
      },
    },
    { headers: { authorization: `Bearer ${registrarToken}` } },
  );
  const created = body.data?.createCampaign;
  if (created?.__typename === 'CampaignSaved') return created.campaign.id;
  // Another test may have opened one for the cohort meanwhile: use it.
  const open = await openOne();
  assert.ok(open, `no open campaign for ${admissionYear}: ${JSON.stringify(body).slice(0, 500)}`);
  return open.id;
}

/**
 * Runs axe-core in the page (injected with addScriptTag, nothing fetched from elsewhere) and fails
 * on any serious or critical violation, naming the rule and the first offending nodes.
 */
export async function assertAccessible(page, label) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  assert.deepEqual(violations, [], `${label}: serious/critical accessibility violations ${JSON.stringify(violations, null, 2)}`);
}
