// The demo reference data loaded on first start. Its snapshot is saved so that
// restart/after-restart.test.mjs can compare after infra/test.sh restarts the server
// on the same data directory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { allInstitutionsWithColleges, DEMO, graphqlData } from './helpers.mjs';

test('demo data: one 西南大学 with its eight colleges, majors and classes', async () => {
  const institutions = await allInstitutionsWithColleges();
  const matches = institutions.filter((i) => i.code === DEMO.institutionCode);
  assert.equal(matches.length, 1, `institution ${DEMO.institutionCode} appears ${matches.length} times`);
  const [swu] = matches;
  assert.equal(swu.name, DEMO.institutionName);
  assert.equal(swu.colleges.length, DEMO.collegeCount, `colleges: ${swu.colleges.map((c) => c.name)}`);
  assert.equal(new Set(swu.colleges.map((c) => c.name)).size, swu.colleges.length, 'a college name repeats');

  const counts = await graphqlData(`{ majors(first: 100) { edges { node { id } } } classes(first: 100) { edges { node { id } } } }`);
  assert.ok(counts.majors.edges.length >= 20, `only ${counts.majors.edges.length} majors`);
  assert.ok(counts.classes.edges.length >= 50, `only ${counts.classes.edges.length} classes`);

  if (process.env.ENROLCHECK_E2E_STATE) {
    writeFileSync(process.env.ENROLCHECK_E2E_STATE, JSON.stringify(institutions, null, 2));
  }
});
