package org.enrolcheck.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The first day of the demo self-check campaign, the clock every demo test validates against. */
final class DemoClock {

	static final Clock CAMPAIGN_OPENS = Clock.fixed(Instant.parse("2025-10-22T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

	private DemoClock() {
	}

	static SyntheticStudents students(long seed) {
		return new SyntheticStudents(new SouthwestUniversityCatalogue(), CAMPAIGN_OPENS, seed);
	}

}
