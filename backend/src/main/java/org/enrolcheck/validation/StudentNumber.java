package org.enrolcheck.validation;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** 学号: 1–20 letters or digits, kept as the institution writes it. */
public record StudentNumber(String value) {

	private static final Pattern FORM = Pattern.compile("[A-Za-z0-9]{1,20}");

	public StudentNumber {
		if (!FORM.matcher(value).matches()) {
			throw new IllegalArgumentException("a student number has 1-20 letters or digits");
		}
	}

	public static Checked<StudentNumber> parse(@Nullable String raw) {
		if (raw == null || Typing.trimSpaces(raw).isEmpty()) {
			return Checked.invalid(RuleCode.VALUE_EMPTY);
		}
		String number = Typing.lenient(raw);
		if (Typing.isScientificNotation(number)) {
			return Checked.invalid(RuleCode.EXCEL_SCIENTIFIC_NOTATION);
		}
		return FORM.matcher(number).matches() ? Checked.valid(new StudentNumber(number))
				: Checked.invalid(RuleCode.STUDENT_NUMBER_FORMAT);
	}

}
