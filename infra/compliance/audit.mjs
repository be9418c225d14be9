// GraphQL-over-HTTP compliance: graphql-http's auditServer (a peer's suite, not ours) against
// a running server. Usage: ENROLCHECK_URL=http://localhost:PORT node audit.mjs [summary.json]
//
// Counting: only MUST audits count. MUST ok → passed, MUST error → failed. SHOULD and MAY
// audits that do not hold are printed as warnings and notices and summed on one line; they
// are recommendations, so they neither pass nor fail the layer.
import { writeFileSync } from 'node:fs';
import { auditServer } from 'graphql-http';

const base = (process.env.ENROLCHECK_URL ?? 'http://localhost:8080').replace(/\/+$/, '');
const url = `${base}/graphql`;
const summaryPath = process.argv[2];

function level(name) {
  return name.split(' ', 1)[0]; // 'MUST' | 'SHOULD' | 'MAY'
}

async function bodyOf(response) {
  try {
    return (await response.clone().text()).slice(0, 300).replace(/\s+/g, ' ');
  } catch {
    return '(body already read)';
  }
}

let results;
try {
  results = await auditServer({ url });
} catch (err) {
  // Not an audit failure but a fatal one (server unreachable, ...): the layer fails.
  console.error(`auditServer could not run against ${url}: ${err?.stack ?? err}`);
  if (summaryPath) writeFileSync(summaryPath, JSON.stringify({ passed: 0, failed: 1, warnings: 0, notices: 0 }));
  process.exit(1);
}

const counts = { passed: 0, failed: 0, warnings: 0, notices: 0, optionalOk: 0 };
console.log(`GraphQL-over-HTTP audit of ${url}: ${results.length} audits`);
for (const r of results) {
  const must = level(r.name) === 'MUST';
  if (r.status === 'ok') {
    if (must) counts.passed++; else counts.optionalOk++;
    console.log(`  ok      ${r.id}  ${r.name}`);
    continue;
  }
  if (r.status === 'error') counts.failed++;
  else if (r.status === 'warn') counts.warnings++;
  else counts.notices++;
  const tag = { error: 'FAIL   ', warn: 'warn   ', notice: 'notice ' }[r.status] ?? r.status;
  console.log(`  ${tag} ${r.id}  ${r.name}\n          reason: ${r.reason}`);
  if (r.response) {
    console.log(`          response: HTTP ${r.response.status} ${r.response.headers.get('content-type') ?? ''} ${await bodyOf(r.response)}`);
  }
}

console.log(
  `MUST audits: ${counts.passed} ok, ${counts.failed} failing; ` +
    `SHOULD/MAY: ${counts.optionalOk} ok, ${counts.warnings} warnings, ${counts.notices} notices (not counted)`,
);
if (summaryPath) writeFileSync(summaryPath, JSON.stringify(counts));
process.exit(counts.failed > 0 || counts.passed === 0 ? 1 : 0);
