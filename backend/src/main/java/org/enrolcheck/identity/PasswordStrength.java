package org.enrolcheck.identity;

import java.util.Locale;
import java.util.Set;

import org.enrolcheck.account.AccountSessions;

/**
 * How hard a password is to guess, shown while the student types and checked at registration:
 * WEAK passwords (one kind of character, a run like 123456, or a well-known one) are refused.
 *
 * @param score 0 (refused) to 4: kinds of characters (lower, upper, digits, symbols) plus length
 */
record PasswordStrength(Level level, int score, boolean acceptable) {

	enum Level {
		WEAK, MEDIUM, STRONG
	}

	private static final Set<String> WELL_KNOWN = Set.of("123456", "1234567", "12345678", "123456789", "1234567890",
			"password", "qwerty", "abc123", "a123456", "123456a", "111111", "000000", "iloveyou", "woaini", "woaini1314",
			"qwe123", "123qwe", "aa123456", "password1", "admin123");

	static PasswordStrength of(String password) {
		if (!AccountSessions.passwordAcceptable(password)) {
			return new PasswordStrength(Level.WEAK, 0, false);
		}
		if (WELL_KNOWN.contains(password.toLowerCase(Locale.ROOT)) || password.chars().distinct().count() <= 2
				|| isRun(password)) {
			return new PasswordStrength(Level.WEAK, 0, false);
		}
		int kinds = (password.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
				+ (password.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
				+ (password.chars().anyMatch(Character::isDigit) ? 1 : 0)
				+ (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
		int score = Math.min(4, kinds + (password.length() >= 10 ? 1 : 0) + (password.length() >= 14 ? 1 : 0) - 1);
		Level level = kinds < 2 ? Level.WEAK : score >= 3 ? Level.STRONG : Level.MEDIUM;
		return new PasswordStrength(level, Math.max(score, 0), level != Level.WEAK);
	}

	/** abcdef, 654321: each character one step from the last. */
	private static boolean isRun(String password) {
		int step = password.charAt(1) - password.charAt(0);
		if (Math.abs(step) != 1) {
			return false;
		}
		for (int i = 2; i < password.length(); i++) {
			if (password.charAt(i) - password.charAt(i - 1) != step) {
				return false;
			}
		}
		return true;
	}

}
