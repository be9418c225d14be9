// GraphQL over WebSocket (graphql-transport-ws) on /graphql, as the SPA's urql client uses it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { BASE_URL, DEMO, graphqlData } from './helpers.mjs';

const WS_URL = `${BASE_URL.replace(/^http/, 'ws')}/graphql`;

/** Runs one operation over a fresh socket and returns every result it emitted. */
async function overSocket(query) {
  const seen = []; // message types as they arrive, for the failure message
  const client = createClient({
    url: WS_URL,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: true,
    on: { message: (m) => seen.push(m.type), closed: (e) => seen.push(`closed ${e?.code ?? ''}`) },
  });
  const results = [];
  let timedOut = false;
  const deadline = setTimeout(() => { timedOut = true; client.terminate(); }, 10_000);
  try {
    for await (const result of client.iterate({ query })) results.push(result);
  } catch (err) {
    throw new Error(
      `${timedOut ? 'no complete result within 10 s' : `the socket failed: ${err?.reason ?? err}`}; ` +
        `server messages: [${seen.join(', ')}]`,
      { cause: err },
    );
  } finally {
    clearTimeout(deadline);
    await client.dispose();
  }
  return results;
}

test('a query over graphql-transport-ws returns the same institutions as over HTTP', async () => {
  const query = `{ institutions(first: 5) { edges { node { code name colleges { name } } } } }`;
  const results = await overSocket(query);
  assert.equal(results.length, 1, `expected one result, got ${JSON.stringify(results)}`);
  assert.equal(results[0].errors, undefined, JSON.stringify(results[0].errors));
  const names = results[0].data.institutions.edges.map((e) => e.node.name);
  assert.ok(names.includes(DEMO.institutionName), `got ${names}`);
  assert.deepEqual(results[0].data, await graphqlData(query));
});

test('the socket speaks graphql-transport-ws and rejects an unknown subprotocol', async () => {
  const accepted = await new Promise((resolve, reject) => {
    const ws = new WebSocket(WS_URL, 'graphql-transport-ws');
    ws.on('open', () => { resolve(ws.protocol); ws.close(); });
    ws.on('error', reject);
  });
  assert.equal(accepted, 'graphql-transport-ws');

  // A client speaking something else must not get a silently working socket.
  const outcome = await new Promise((resolve) => {
    const ws = new WebSocket(WS_URL, 'made-up-protocol');
    const timer = setTimeout(() => { ws.terminate(); resolve('no answer'); }, 5_000);
    ws.on('open', () => {
      // Some servers accept the upgrade but then close; anything but an agreed subprotocol is fine.
      const agreed = ws.protocol;
      ws.on('close', () => { clearTimeout(timer); resolve(agreed === 'made-up-protocol' ? 'agreed' : 'closed'); });
      ws.send(JSON.stringify({ type: 'connection_init' }));
    });
    ws.on('unexpected-response', (_req, res) => { clearTimeout(timer); resolve(`rejected ${res.statusCode}`); });
    ws.on('error', () => { clearTimeout(timer); resolve('rejected'); });
  });
  assert.notEqual(outcome, 'agreed', 'the server agreed to a subprotocol it does not speak');
});

test('every fresh socket is acknowledged: 50 clients sending connection_init right after the handshake', async () => {
  // Browsers (graphql-ws in the SPA) send connection_init the moment the socket opens. A server
  // that subscribes to its inbound frames late drops that frame now and then, and the page
  // hangs until the 10 s init timeout closes the socket with 4408 (seen here 3 to 10 times in 100): try it 50 times.
  const outcomes = [];
  for (let i = 0; i < 50; i++) {
    outcomes.push(await new Promise((resolve) => {
      const started = Date.now();
      const ws = new WebSocket(WS_URL, 'graphql-transport-ws');
      const timer = setTimeout(() => { ws.terminate(); resolve('no connection_ack within 3 s'); }, 3_000);
      ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: {} })));
      ws.on('message', (data) => {
        const message = JSON.parse(data.toString());
        if (message.type === 'connection_ack') {
          clearTimeout(timer); ws.close(); resolve(`ack in ${Date.now() - started} ms`);
        }
      });
      ws.on('error', (err) => { clearTimeout(timer); resolve(`error ${err.message}`); });
    }));
  }
  const failures = outcomes.map((o, i) => `#${i + 1}: ${o}`).filter((o) => !o.includes(': ack in'));
  assert.deepEqual(failures, [], `${failures.length} of 50 sockets were not acknowledged`);
});
