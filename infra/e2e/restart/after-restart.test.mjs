// Run by infra/test.sh after it stopped the server and started it again on the same data
// directory: the data must still be there, and the demo loader must not have run twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { allInstitutionsWithColleges, DEMO } from '../tests/helpers.mjs';

test('after a restart the reference data is there once, as before', async () => {
  const statePath = process.env.ENROLCHECK_E2E_STATE;
  assert.ok(statePath, 'ENROLCHECK_E2E_STATE is not set');
  const before = JSON.parse(readFileSync(statePath, 'utf8'));
  const now = await allInstitutionsWithColleges();
  const swu = now.filter((i) => i.code === DEMO.institutionCode);
  assert.equal(swu.length, 1, `institution ${DEMO.institutionCode} appears ${swu.length} times`);
  assert.equal(swu[0].colleges.length, DEMO.collegeCount, 'the demo colleges were loaded again or lost');
  assert.deepEqual(now, before, 'the reference data changed across the restart');
});
