package org.enrolcheck.demo;

import java.time.Clock;
import java.util.stream.Stream;

import org.enrolcheck.importing.RosterRow;

/**
 * The demo institution's synthetic students: one seed, so the roster the demo imports and the
 * photos it attaches describe the same people on every start.
 */
public final class DemoCohort {

	public static final long SEED = 20251022L;

	private DemoCohort() {
	}

	public static SouthwestUniversityCatalogue catalogue() {
		return new SouthwestUniversityCatalogue();
	}

	public static Stream<RosterRow> rows(Clock clock, int count) {
		return new SyntheticStudents(catalogue(), clock, SEED).rows(count);
	}

	public static PlaceholderPhotos photos() {
		return new PlaceholderPhotos(SEED);
	}

}
