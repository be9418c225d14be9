package org.enrolcheck.graphql;

import java.util.List;
import java.util.Locale;

/** The {@code ValidationFailed} member of a mutation payload: which input fields broke which rule. */
public record ValidationFailed(String code, String message, List<FieldError> fieldErrors) {

	public static ValidationFailed of(List<FieldError> fieldErrors, Locale locale) {
		boolean english = Language.english(locale);
		return new ValidationFailed("VALIDATION_FAILED", english ? "Some fields are not valid." : "部分字段填写不正确。",
				List.copyOf(fieldErrors));
	}

	/** One field's failure: its input path, the rule's stable code, the message in the caller's language. */
	public record FieldError(String field, String code, String message) {
	}

}
