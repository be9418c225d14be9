/**
 * Synthetic demo data: rosters of realistic, valid, entirely made-up students for one institution's
 * catalogue (names, resident ID numbers, ethnicities, origins, classes, statuses), placeholder
 * admission photos, and the roster CSV the import reads. Pure Java, no Spring, no database;
 * deterministic for a given seed so that demos, tests and benchmarks see the same people.
 */
@NullMarked
package org.enrolcheck.demo;

import org.jspecify.annotations.NullMarked;
