package org.enrolcheck.validation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** The arithmetic of GB 11643 citizen ID numbers: the ISO 7064 MOD 11-2 check character and the birth date. */
final class Gb11643 {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK_CHARACTERS = "10X98765432";

	// STRICT with 'uuuu' so that 19490230 is rejected instead of being moved to 28 February.
	private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	private Gb11643() {
	}

	/** The check character for the first 17 digits. */
	static char checkCharacter(CharSequence first17Digits) {
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARACTERS.charAt(sum % 11);
	}

	/** Whether an 18-character number of 17 digits and a digit or X carries the right check character. */
	static boolean checksumHolds(String number) {
		return checkCharacter(number) == number.charAt(17);
	}

	/**
	 * The 18-character form of a 15-digit old number (region, YYMMDD, sequence): the century 19 is
	 * inserted and the check character computed, as the old numbers were converted.
	 */
	static String fromLegacy(String fifteenDigits) {
		String first17 = fifteenDigits.substring(0, 6) + "19" + fifteenDigits.substring(6);
		return first17 + checkCharacter(first17);
	}

	/** The date of eight digits {@code yyyyMMdd}, if it is a real one. */
	static Optional<LocalDate> date(String eightDigits) {
		try {
			return Optional.of(LocalDate.parse(eightDigits, BIRTH_DATE));
		}
		catch (DateTimeParseException notADate) {
			return Optional.empty();
		}
	}

}
