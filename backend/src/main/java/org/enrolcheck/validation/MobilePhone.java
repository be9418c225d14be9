package org.enrolcheck.validation;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A mainland mobile number, stored as its 11 digits. People type it with {@code +86}, spaces,
 * hyphens or brackets ({@code +86 138-0013-8000}); all of that is stripped.
 */
public record MobilePhone(String value) {

	private static final Pattern FORM = Pattern.compile("1[3-9]\\d{9}");

	private static final Pattern DECORATION = Pattern.compile("[\\s\\-()]");

	private static final Pattern COUNTRY_CODE = Pattern.compile("^(?:\\+86|0086|86(?=\\d{11}$))");

	public MobilePhone {
		if (!FORM.matcher(value).matches()) {
			throw new IllegalArgumentException("not a mainland mobile number");
		}
	}

	public static Checked<MobilePhone> parse(@Nullable String raw) {
		if (raw == null || Typing.trimSpaces(raw).isEmpty()) {
			return Checked.invalid(RuleCode.VALUE_EMPTY);
		}
		String digits = DECORATION.matcher(Typing.removeSpaces(Typing.lenient(raw))).replaceAll("");
		String number = COUNTRY_CODE.matcher(digits).replaceFirst("");
		return FORM.matcher(number).matches() ? Checked.valid(new MobilePhone(number))
				: Checked.invalid(RuleCode.PHONE_FORMAT);
	}

	/** {@code 138****8000}. */
	public String masked() {
		return Masking.phone(value);
	}

	@Override
	public String toString() {
		return "MobilePhone[" + masked() + "]";
	}

}
