package org.enrolcheck.validation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * 学制 in half years, so that 2.5 is exact: 0.5 to 8 years. Accepts {@code 4}, {@code 2.5},
 * {@code 4年}, {@code 3年制} and the Chinese forms {@code 四年}, {@code 两年半}.
 */
public record LengthOfSchooling(int halfYears) {

	static final int MAX_HALF_YEARS = 16;

	private static final Pattern NUMERIC = Pattern.compile("(\\d+(?:\\.\\d+)?)(?:年制?)?");

	private static final Pattern CHINESE = Pattern.compile("([一二两三四五六七八])年(半)?制?");

	private static final Map<Character, Integer> CHINESE_DIGITS = Map.of('一', 1, '二', 2, '两', 2, '三', 3, '四', 4,
			'五', 5, '六', 6, '七', 7, '八', 8);

	public LengthOfSchooling {
		if (halfYears < 1 || halfYears > MAX_HALF_YEARS) {
			throw new IllegalArgumentException("length of schooling out of range: " + halfYears + " half years");
		}
	}

	public static Checked<LengthOfSchooling> parse(@Nullable String raw) {
		if (raw == null || Typing.trimSpaces(raw).isEmpty()) {
			return Checked.invalid(RuleCode.VALUE_EMPTY);
		}
		String text = Typing.removeSpaces(Typing.lenient(raw));
		Matcher numeric = NUMERIC.matcher(text);
		if (numeric.matches()) {
			return ofYears(new BigDecimal(numeric.group(1)));
		}
		Matcher chinese = CHINESE.matcher(text);
		if (chinese.matches()) {
			int halfYears = CHINESE_DIGITS.get(chinese.group(1).charAt(0)) * 2 + (chinese.group(2) != null ? 1 : 0);
			return ofHalfYears(halfYears);
		}
		return Checked.invalid(RuleCode.LENGTH_OF_SCHOOLING);
	}

	/** For a number given directly, such as a GraphQL {@code Float}. */
	public static Checked<LengthOfSchooling> ofYears(BigDecimal years) {
		BigDecimal halves = years.multiply(BigDecimal.TWO);
		if (halves.stripTrailingZeros().scale() > 0 || halves.compareTo(BigDecimal.valueOf(MAX_HALF_YEARS)) > 0) {
			return Checked.invalid(RuleCode.LENGTH_OF_SCHOOLING);
		}
		return ofHalfYears(halves.intValueExact());
	}

	private static Checked<LengthOfSchooling> ofHalfYears(int halfYears) {
		return halfYears >= 1 && halfYears <= MAX_HALF_YEARS ? Checked.valid(new LengthOfSchooling(halfYears))
				: Checked.invalid(RuleCode.LENGTH_OF_SCHOOLING);
	}

	public BigDecimal years() {
		return BigDecimal.valueOf(halfYears).divide(BigDecimal.TWO).stripTrailingZeros();
	}

	/** {@code 4} or {@code 2.5}, as a roster writes it. */
	@Override
	public String toString() {
		return years().toPlainString();
	}

}
