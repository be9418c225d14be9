package org.enrolcheck.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

import org.enrolcheck.validation.RecordStatus;

/**
 * 学籍状态: nearly everyone is registered, a few in every other status where it makes sense. New
 * students may forfeit or reserve admission; anyone may suspend, withdraw or be expelled; students
 * who have studied a year may leave with a 肄业 certificate; a class past its graduation date has
 * mostly graduated. On top of that one student of each status is placed by seed, so that every
 * status appears in a roster of a thousand rows; the final statuses go to the earliest cohort.
 */
final class StatusMix {

	private static final Weighted<RecordStatus> NEWCOMERS = weights(9875, 40, 25, 35, 22, 3, 0, 0, 0);

	private static final Weighted<RecordStatus> CONTINUING = weights(9905, 0, 0, 45, 35, 3, 0, 0, 12);

	private static final Weighted<RecordStatus> PAST_GRADUATION = weights(0, 0, 0, 20, 120, 5, 9555, 200, 100);

	private final Map<Integer, RecordStatus> placed = new HashMap<>();

	private final LocalDate today;

	private final int latestYear;

	StatusMix(List<PlacedClass> classes, LocalDate today, long seed) {
		this.today = today;
		this.latestYear = classes.stream().mapToInt(StatusMix::admissionYear).max().orElseThrow();
		int earliestYear = classes.stream().mapToInt(StatusMix::admissionYear).min().orElseThrow();
		Predicate<PlacedClass> newest = placedClass -> placedClass.schoolClass().admissionYear() == latestYear;
		Predicate<PlacedClass> oldest = placedClass -> placedClass.schoolClass().admissionYear() == earliestYear;
		Set<PlacedClass> used = new HashSet<>();
		for (RecordStatus status : RecordStatus.values()) {
			switch (status) {
				case REGISTERED -> {
				}
				case ADMISSION_FORFEITED, ADMISSION_RESERVED -> place(status, classes, newest, false, used, seed);
				case SUSPENDED, WITHDRAWN, EXPELLED -> place(status, classes, placedClass -> true, false, used, seed);
				case GRADUATED, COMPLETED, INCOMPLETE -> place(status, classes, oldest, true, used, seed);
			}
		}
	}

	RecordStatus forRow(int row, PlacedClass placedClass, SplittableRandom dice) {
		RecordStatus status = placed.get(row);
		if (status != null) {
			return status;
		}
		if (!today.isBefore(placedClass.expectedGraduationDate())) {
			return PAST_GRADUATION.pick(dice);
		}
		boolean newcomer = placedClass.schoolClass().admissionYear() == latestYear
				|| today.isBefore(placedClass.enrolmentDate().plusYears(1));
		return newcomer ? NEWCOMERS.pick(dice) : CONTINUING.pick(dice);
	}

	/**
	 * One row of the status in a class that fits it, a different class for each status while there
	 * are any. For the final statuses the classes that graduate soonest come first, so that 毕业 is
	 * as plausible as the catalogue allows.
	 */
	private void place(RecordStatus status, List<PlacedClass> classes, Predicate<PlacedClass> fits,
			boolean soonestFirst, Set<PlacedClass> used, long seed) {
		Comparator<PlacedClass> bySeed = Comparator
			.comparingLong(placedClass -> Seeds.mix(seed, placedClass.firstRow() * 31L + status.ordinal()));
		List<PlacedClass> candidates = classes.stream()
			.filter(fits)
			.filter(placedClass -> placedClass.size() > 0)
			.sorted(soonestFirst ? Comparator.comparing(PlacedClass::expectedGraduationDate).thenComparing(bySeed)
					: bySeed)
			.toList();
		if (candidates.isEmpty()) {
			return;
		}
		PlacedClass chosen = candidates.stream()
			.filter(candidate -> !used.contains(candidate))
			.findFirst()
			.orElse(candidates.getFirst());
		used.add(chosen);
		int row = chosen.firstRow() + Seeds.pick(seed, status.ordinal(), chosen.size());
		for (int tries = 0; tries < chosen.size() && placed.containsKey(row); tries++) {
			row = row + 1 < chosen.endRow() ? row + 1 : chosen.firstRow();
		}
		placed.putIfAbsent(row, status);
	}

	private static int admissionYear(PlacedClass placedClass) {
		return placedClass.schoolClass().admissionYear();
	}

	/** Weights per ten thousand, in the order of {@link RecordStatus}. */
	private static Weighted<RecordStatus> weights(int... perTenThousand) {
		Weighted.Builder<RecordStatus> builder = Weighted.builder();
		RecordStatus[] statuses = RecordStatus.values();
		for (int i = 0; i < statuses.length; i++) {
			if (perTenThousand[i] > 0) {
				builder.add(statuses[i], perTenThousand[i]);
			}
		}
		return builder.build();
	}

}
