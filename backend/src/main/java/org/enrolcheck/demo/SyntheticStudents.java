package org.enrolcheck.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.enrolcheck.importing.RosterRow;

/**
 * Made-up students for a demo or a benchmark: a roster of realistic rows for one institution's
 * classes that pass every rule of the validation module, with unique 考生号, 学号 and ID numbers.
 * The same seed gives the same roster; the clock decides what is plausible today (who has
 * graduated) and is the clock the rows validate against.
 *
 * <pre>{@code
 * new SyntheticStudents(new SouthwestUniversityCatalogue(), clock, 42).rows(5_000).forEach(...)
 * }</pre>
 */
public final class SyntheticStudents {

	/** Examinee numbers are unique per county for up to a million students. */
	public static final int MAX_COUNT = ExamineeNumbers.PER_COUNTY;

	final InstitutionCatalogue catalogue;

	final long seed;

	final LocalDate today;

	final OriginRegions regions = new OriginRegions();

	final HanNames hanNames = new HanNames();

	final MinorityNames minorityNames = new MinorityNames();

	public SyntheticStudents(InstitutionCatalogue catalogue, Clock clock, long seed) {
		this.catalogue = catalogue;
		this.seed = seed;
		this.today = LocalDate.now(clock);
		int latestAllowed = today.getYear() + 1;
		for (InstitutionCatalogue.SchoolClass schoolClass : catalogue.classes()) {
			if (schoolClass.admissionYear() > latestAllowed) {
				throw new IllegalArgumentException("class " + schoolClass.code() + " is admitted after next year");
			}
		}
	}

	/**
	 * A roster of {@code count} rows, generated lazily in class order, so that a million rows stream
	 * to a file without being held in memory. Row numbers start at 2, the header being line 1.
	 */
	public Stream<RosterRow> rows(int count) {
		if (count < 0 || count > MAX_COUNT) {
			throw new IllegalArgumentException("count must be 0 to " + MAX_COUNT + ": " + count);
		}
		SyntheticRoster roster = new SyntheticRoster(this, count);
		Spliterator<RosterRow> rows = Spliterators.spliterator(roster, count,
				Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE);
		return StreamSupport.stream(rows, false);
	}

	public InstitutionCatalogue catalogue() {
		return catalogue;
	}

}
