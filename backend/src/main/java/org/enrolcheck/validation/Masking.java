package org.enrolcheck.validation;

import org.jspecify.annotations.Nullable;

/**
 * How personal values leave the API, receipts and logs: {@code 110***********1234},
 * {@code 138****1234}, {@code 张*}. Each mask keeps the value's length and never shows more than its
 * pattern allows; a value too short to hide at least four characters is masked entirely.
 */
public final class Masking {

	private static final int MIN_HIDDEN = 4;

	private Masking() {
	}

	/** First 3 and last 4 characters of an ID or document number. */
	public static String idNumber(@Nullable String number) {
		return keepEnds(number, 3, 4);
	}

	/** First 3 and last 4 digits of a phone number. */
	public static String phone(@Nullable String phone) {
		return keepEnds(phone, 3, 4);
	}

	/** The first character of a name; a one-character name is masked entirely. */
	public static String name(@Nullable String name) {
		if (name == null || name.isEmpty()) {
			return "";
		}
		int length = name.codePointCount(0, name.length());
		if (length == 1) {
			return "*";
		}
		return name.substring(0, name.offsetByCodePoints(0, 1)) + "*".repeat(length - 1);
	}

	private static String keepEnds(@Nullable String value, int head, int tail) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		int[] codePoints = value.codePoints().toArray();
		int hidden = codePoints.length - head - tail;
		if (hidden < MIN_HIDDEN) {
			return "*".repeat(codePoints.length);
		}
		return new String(codePoints, 0, head) + "*".repeat(hidden)
				+ new String(codePoints, codePoints.length - tail, tail);
	}

}
