package org.enrolcheck.validation;

import java.time.Clock;
import java.time.Year;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * 录取年份, a 4-digit year from 1949 (a floor no living student's admission precedes) to next year,
 * because admissions for the coming autumn may be loaded before New Year.
 */
public record AdmissionYear(int value) {

	static final int EARLIEST = 1949;

	private static final Pattern FORM = Pattern.compile("(\\d{4})(?:年|级|年级)?");

	public AdmissionYear {
		if (value < EARLIEST || value > 9999) {
			throw new IllegalArgumentException("not an admission year: " + value);
		}
	}

	public static Checked<AdmissionYear> parse(@Nullable String raw, Clock clock) {
		if (raw == null || Typing.trimSpaces(raw).isEmpty()) {
			return Checked.invalid(RuleCode.VALUE_EMPTY);
		}
		Matcher matcher = FORM.matcher(Typing.lenient(raw));
		return matcher.matches() ? of(Integer.parseInt(matcher.group(1)), clock)
				: Checked.invalid(RuleCode.ADMISSION_YEAR);
	}

	/** For a number given directly, such as a GraphQL {@code Int}. */
	public static Checked<AdmissionYear> of(int year, Clock clock) {
		int latest = Year.now(clock).getValue() + 1;
		return year >= EARLIEST && year <= latest ? Checked.valid(new AdmissionYear(year))
				: Checked.invalid(RuleCode.ADMISSION_YEAR);
	}

}
