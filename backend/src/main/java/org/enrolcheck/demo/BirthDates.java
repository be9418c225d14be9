package org.enrolcheck.demo;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.enrolcheck.validation.Level;

/**
 * Birth dates from the age at enrolment: most bachelors are 18 (some 17, some a year or two older
 * after a repeated 高考), 专升本 students come after three years of 专科, master's students mostly at
 * 22 with a tail of people returning from work.
 */
final class BirthDates {

	/** The oldest age drawn, for sizing the range of possible birth dates. */
	static final int OLDEST = 31;

	static final int YOUNGEST = 17;

	private static final Map<Level, Weighted<Integer>> AGES = new EnumMap<>(Map.of(
			Level.BACHELOR, ages(17, 6, 18, 64, 19, 23, 20, 5, 21, 2),
			Level.JUNIOR_COLLEGE, ages(17, 8, 18, 60, 19, 24, 20, 6, 21, 2),
			Level.BACHELOR_UPGRADE, ages(20, 25, 21, 50, 22, 18, 23, 7),
			Level.MASTER, ages(21, 8, 22, 52, 23, 20, 24, 9, 25, 5, 26, 3, 27, 2, 28, 1),
			Level.DOCTORATE, ages(24, 10, 25, 40, 26, 25, 27, 12, 28, 8, 30, 5)));

	private BirthDates() {
	}

	/** A birth date that makes the student exactly the drawn age on the day of enrolment. */
	static LocalDate draw(Level level, LocalDate enrolment, SplittableRandom dice) {
		int age = AGES.get(level).pick(dice);
		return enrolment.minusYears(age).minusDays(1 + dice.nextInt(365));
	}

	private static Weighted<Integer> ages(int... ageAndWeight) {
		Weighted.Builder<Integer> builder = Weighted.builder();
		for (int i = 0; i < ageAndWeight.length; i += 2) {
			builder.add(ageAndWeight[i], ageAndWeight[i + 1]);
		}
		return builder.build();
	}

}
