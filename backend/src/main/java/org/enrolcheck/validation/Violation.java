package org.enrolcheck.validation;

import java.util.Locale;

/** A rule the value broke, with the messages a user reads. */
public record Violation(RuleCode code, String zh, String en) {

	public Violation {
		if (code.isWarning()) {
			throw new IllegalArgumentException(code + " is a warning, not a violation");
		}
	}

	public static Violation of(RuleCode code) {
		return new Violation(code, code.zh(), code.en());
	}

	public String message(Locale locale) {
		return code.message(locale);
	}

}
