// GraphQL over HTTP, the SDL, health and JWKS, as an integrator's script sees them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, DEMO, graphql, graphqlData } from './helpers.mjs';

test('GET /graphql/schema returns the SDL with the reference types', async () => {
  const res = await fetch(`${BASE_URL}/graphql/schema`);
  assert.equal(res.status, 200);
  const sdl = await res.text();
  assert.match(sdl, /\btype Institution\b/);
  assert.match(sdl, /\btype Query\b/);
  assert.match(sdl, /\binstitutions\s*\(/);
  assert.doesNotMatch(sdl, /^\s*</, 'the SDL endpoint returned HTML');
});

test('public query lists the demo institution with its colleges', async () => {
  const data = await graphqlData(`{ institutions(first: 5) { edges { node { id code name colleges { name } } } } }`);
  const inst = data.institutions.edges.map((e) => e.node).find((n) => n.code === DEMO.institutionCode);
  assert.ok(inst, `institution ${DEMO.institutionCode} missing: ${JSON.stringify(data)}`);
  assert.equal(inst.name, DEMO.institutionName);
  assert.ok(inst.colleges.some((c) => c.name === DEMO.collegeName), `${DEMO.collegeName} missing`);
  // Ids are opaque strings, never bare numbers (JavaScript rounds those above 2^53).
  assert.equal(typeof inst.id, 'string');
  assert.doesNotMatch(inst.id, /^\d+$/, 'the id is a raw number');

  const one = await graphqlData(`query($id: ID!) { node(id: $id) { __typename ... on Institution { code } } }`, { id: inst.id });
  assert.deepEqual(one.node, { __typename: 'Institution', code: DEMO.institutionCode }, 'node(id:) does not find the institution again');
});

test('colleges page by cursor without gaps or repeats', async () => {
  const all = (await graphqlData(`{ colleges(first: 100) { edges { node { id } } pageInfo { hasNextPage } } }`)).colleges;
  assert.ok(all.edges.length >= 3, 'too few demo colleges to test paging');
  const paged = [];
  let after = null;
  for (let i = 0; i < 50; i++) {
    const page = (await graphqlData(
      `query($after: String) { colleges(first: 2, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    )).colleges;
    assert.ok(page.edges.length <= 2, 'the page is larger than first');
    paged.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  if (!all.pageInfo.hasNextPage) {
    assert.deepEqual(paged, all.edges.map((e) => e.node.id), 'paging by two does not give the same list as one big page');
  }
  assert.equal(new Set(paged).size, paged.length, 'a college appeared on two pages');
});

test('a malformed query is a GraphQL error with a stable code, not a 500', async () => {
  const { status, body } = await graphql('{ institutions(first: 1) { edges { node { nope } } } }');
  assert.ok(status === 200 || status === 400, `HTTP ${status}`);
  assert.ok(Array.isArray(body.errors) && body.errors.length > 0, `no errors in ${JSON.stringify(body)}`);
  assert.equal(body.data ?? null, null, 'a query that fails validation must not return data');
  const ext = body.errors[0].extensions ?? {};
  assert.equal(typeof ext.classification, 'string', `no extensions.classification in ${JSON.stringify(body.errors[0])}`);
  assert.equal(typeof ext.code, 'string', `no extensions.code in ${JSON.stringify(body.errors[0])}`);
});

test('health: liveness and readiness are UP', async () => {
  for (const path of ['/actuator/health/liveness', '/actuator/health/readiness']) {
    const res = await fetch(`${BASE_URL}${path}`);
    assert.equal(res.status, 200, `${path} answered ${res.status}`);
    assert.equal((await res.json()).status, 'UP', path);
  }
});

test('JWKS publishes public signing keys only', async () => {
  const res = await fetch(`${BASE_URL}/.well-known/jwks.json`);
  assert.equal(res.status, 200);
  const { keys } = await res.json();
  assert.ok(Array.isArray(keys) && keys.length > 0, 'no keys');
  for (const key of keys) {
    assert.equal(key.kty, 'RSA');
    assert.ok(key.kid, 'a key without kid');
    for (const secret of ['d', 'p', 'q', 'dp', 'dq', 'qi']) {
      assert.equal(key[secret], undefined, `the JWKS leaks the private part "${secret}"`);
    }
  }
});

test('history fallback serves the app for any client route but not for missing assets', async () => {
  const deep = await fetch(`${BASE_URL}/staff/reference`, { headers: { accept: 'text/html' } });
  assert.equal(deep.status, 200);
  const index = await (await fetch(`${BASE_URL}/`, { headers: { accept: 'text/html' } })).text();
  assert.match(index, /<script/i, 'GET / is not the SPA');
  assert.equal(await deep.text(), index, 'the deep link did not return the same index.html as /');

  // A missing script must be a 404, not index.html served as JavaScript (that breaks silently).
  const missing = await fetch(`${BASE_URL}/assets/does-not-exist-${Date.now()}.js`);
  assert.equal(missing.status, 404, `a missing asset answered ${missing.status}`);
});
