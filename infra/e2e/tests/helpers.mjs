// Shared helpers of the end-to-end suite. The server under test is started by infra/test.sh
// (fresh data directory, demo data, built SPA) and handed over as ENROLCHECK_URL.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));

/** Base URL of the running server, without a trailing slash. */
export const BASE_URL = (process.env.ENROLCHECK_URL ?? 'http://localhost:8080').replace(/\/+$/, '');
export const ORIGIN = new URL(BASE_URL).origin;

/** Where screenshots go: <repo>/artifacts/e2e unless ENROLCHECK_ARTIFACTS says otherwise. */
export const ARTIFACTS = process.env.ENROLCHECK_ARTIFACTS
  ? resolve(process.env.ENROLCHECK_ARTIFACTS)
  : resolve(here, '../../../artifacts/e2e');
mkdirSync(ARTIFACTS, { recursive: true });

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A shared demo institution every demo data set has. */
export const DEMO = {
  institutionCode: '10635',
  institutionName: '西南大学',
  collegeName: '计算机与信息科学学院',
  /** Issue 2 asks for "about 8 colleges"; the demo data has exactly this many. */
  collegeCount: 8,
};

/**
 * Launches Debian's chromium headless. playwright gives every launch a new empty profile
 * (--user-data-dir in a fresh temporary folder, removed on close). The background-networking
 * flags matter here: without them chromium keeps calling Google hosts this network refuses.
 * Returns { browser, close }.
 */
export async function launchBrowser() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return { browser, close: () => browser.close() };
}

/**
 * Opens a page with the given viewport that records every request and every console error and
 * uncaught page error, so tests can assert nothing went wrong that a user would notice.
 */
export async function openPage(browser, { width = 1280, height = 800, locale = 'zh-CN' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale });
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  page.on('request', (req) => requests.push(req.url()));
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText ?? ''}`));
  return { context, page, requests, problems };
}

/** True when the URL stays on the server under test (or is inline data). */
export function isLocal(url) {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
  try {
    const u = new URL(url);
    if (u.protocol === 'ws:' || u.protocol === 'wss:') {
      return `${u.protocol === 'wss:' ? 'https:' : 'http:'}//${u.host}` === ORIGIN;
    }
    return u.origin === ORIGIN;
  } catch {
    return false;
  }
}

/** Saves a full-page screenshot under ARTIFACTS and returns its path. */
export async function screenshot(page, name) {
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * POSTs a GraphQL request and returns { status, contentType, body }. The body is always parsed:
 * a server may answer 200 with `errors`, so callers check `body.errors` themselves.
 */
export async function graphql(query, variables, { headers = {} } = {}) {
  const res = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...headers,
    },
    body: JSON.stringify(variables ? { query, variables } : { query }),
  });
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`POST /graphql answered ${res.status} with a body that is not JSON: ${text.slice(0, 500)}`);
  }
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', body };
}

/** Like graphql() but fails unless the answer is 200 with data and no errors; returns data. */
export async function graphqlData(query, variables) {
  const { status, body } = await graphql(query, variables);
  if (status !== 200 || body.errors || !body.data) {
    throw new Error(`GraphQL request failed (HTTP ${status}): ${JSON.stringify(body).slice(0, 1000)}`);
  }
  return body.data;
}

/** Every institution with its colleges, following the connection's pages. */
export async function allInstitutionsWithColleges() {
  const out = [];
  let after = null;
  for (let page = 0; page < 100; page++) {
    const data = await graphqlData(
      `query($after: String) { institutions(first: 50, after: $after) {
         edges { node { code name colleges { code name } } }
         pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    for (const edge of data.institutions.edges) out.push(edge.node);
    if (!data.institutions.pageInfo.hasNextPage) return out;
    after = data.institutions.pageInfo.endCursor;
  }
  throw new Error('institutions: more than 100 pages, the cursor does not advance');
}

/**
 * Runs fn({ page, requests, problems }) on a fresh page. When it throws, saves
 * `<name>-FAILED.png` and adds what the page showed and reported to the error, so a failure
 * in CI can be understood from the log and the artifacts alone.
 */
export async function withPage(browser, name, viewport, fn) {
  const session = await openPage(browser, viewport);
  try {
    await fn(session);
  } catch (err) {
    const { page, problems } = session;
    let shown = '';
    try {
      await page.screenshot({ path: join(ARTIFACTS, `${name}-FAILED.png`), fullPage: true });
      shown = (await page.locator('body').innerText({ timeout: 2_000 })).slice(0, 600);
    } catch {
      /* the page may be gone */
    }
    // A new error: test reporters print the stack, which holds the message of the moment.
    throw new Error(
      `${err.message}\n  url: ${page.url()}\n  page text: ${JSON.stringify(shown)}` +
        `\n  page problems: ${JSON.stringify(problems.slice(0, 10), null, 2)}`,
      { cause: err },
    );
  } finally {
    await session.context.close();
  }
}
