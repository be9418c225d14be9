package org.enrolcheck.receipt;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The text of a verification code: 16 characters from an alphabet without the look-alikes 0/O, 1/I/L,
 * about 79 bits from {@link SecureRandom}, shown in groups of four ({@code ABCD-EFGH-JKMN-PQRS}).
 * Typed codes are forgiving of case, spaces and dashes; anything else cannot be a code.
 */
final class VerificationCodeText {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	static final int LENGTH = 16;

	private static final SecureRandom RANDOM = new SecureRandom();

	private VerificationCodeText() {
	}

	/** A fresh code, ungrouped. */
	static String generate() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** The code in canonical form (upper case, no separators), or empty when it cannot be a code. */
	static Optional<String> normalise(String typed) {
		if (typed == null || typed.length() > 64) {
			return Optional.empty();
		}
		String code = typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
		if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
			return Optional.empty();
		}
		return Optional.of(code);
	}

	/** {@code ABCD-EFGH-JKMN-PQRS}. */
	static String grouped(String code) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < code.length(); i += 4) {
			text.append(i == 0 ? "" : "-").append(code, i, Math.min(code.length(), i + 4));
		}
		return text.toString();
	}

	static String lastFour(String code) {
		return code.substring(code.length() - 4);
	}

}
