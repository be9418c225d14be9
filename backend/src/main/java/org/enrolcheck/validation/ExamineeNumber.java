package org.enrolcheck.validation;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** 考生号: the 14-digit gaokao registration number. */
public record ExamineeNumber(String value) {

	private static final Pattern FORM = Pattern.compile("\\d{14}");

	public ExamineeNumber {
		if (!FORM.matcher(value).matches()) {
			throw new IllegalArgumentException("an examinee number has 14 digits");
		}
	}

	public static Checked<ExamineeNumber> parse(@Nullable String raw) {
		if (raw == null || Typing.trimSpaces(raw).isEmpty()) {
			return Checked.invalid(RuleCode.VALUE_EMPTY);
		}
		String number = Typing.lenient(raw);
		if (Typing.isScientificNotation(number)) {
			return Checked.invalid(RuleCode.EXCEL_SCIENTIFIC_NOTATION);
		}
		return FORM.matcher(number).matches() ? Checked.valid(new ExamineeNumber(number))
				: Checked.invalid(RuleCode.EXAMINEE_NUMBER_FORMAT);
	}

}
