package org.enrolcheck.validation;

import java.util.Locale;

/** A harmless change made to an accepted value, reported so that the source can be corrected. */
public record Warning(RuleCode code, String zh, String en) {

	public Warning {
		if (!code.isWarning()) {
			throw new IllegalArgumentException(code + " is a violation, not a warning");
		}
	}

	public static Warning of(RuleCode code) {
		return new Warning(code, code.zh(), code.en());
	}

	public String message(Locale locale) {
		return code.message(locale);
	}

}
