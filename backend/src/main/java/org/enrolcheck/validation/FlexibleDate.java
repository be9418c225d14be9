package org.enrolcheck.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A date as rosters write it: {@code 2025-09-01}, {@code 2025/9/1}, {@code 2025.9.1},
 * {@code 2025年9月1日}, {@code 20250901}, or an Excel serial number such as {@code 45901}. A time of
 * day that spreadsheets append ({@code 2025/9/1 0:00}) is ignored.
 */
public final class FlexibleDate {

	static final int EARLIEST_YEAR = 1900;

	static final int LATEST_YEAR = 2099;

	/*
	 * Excel counts 1900-01-01 as day 1 and wrongly treats 1900 as a leap year (serial 60 is
	 * 1900-02-29), so every serial from 61 on is 1899-12-30 plus that many days. Serials are accepted
	 * only from 1950 on: a smaller number is more likely a mistyped year or count than a date.
	 */
	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	static final long EARLIEST_SERIAL = 18264; // 1950-01-01

	static final long LATEST_SERIAL = 73050; // 2099-12-31

	private static final String TIME = "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?";

	private static final Pattern SEPARATED = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})" + TIME);

	private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日?" + TIME);

	private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	private static final Pattern SERIAL = Pattern.compile("(\\d{1,5})(?:\\.\\d+)?");

	private FlexibleDate() {
	}

	public static Checked<LocalDate> parse(@Nullable String raw) {
		if (raw == null || Typing.trimSpaces(raw).isEmpty()) {
			return Checked.invalid(RuleCode.VALUE_EMPTY);
		}
		String text = Typing.lenient(raw);
		for (Pattern pattern : new Pattern[] { SEPARATED, CHINESE, COMPACT }) {
			Matcher matcher = pattern.matcher(text);
			if (matcher.matches()) {
				// Month and day are the last two groups; the separator is a group of its own in SEPARATED.
				int groups = matcher.groupCount();
				return of(matcher.group(1), matcher.group(groups - 1), matcher.group(groups));
			}
		}
		Matcher serial = SERIAL.matcher(text);
		if (serial.matches()) {
			return fromExcelSerial(Long.parseLong(serial.group(1)));
		}
		return Checked.invalid(RuleCode.DATE_FORMAT);
	}

	/** The day of an Excel (1900 date system) serial number; the time of day is ignored. */
	public static Checked<LocalDate> fromExcelSerial(long serial) {
		if (serial < EARLIEST_SERIAL || serial > LATEST_SERIAL) {
			return Checked.invalid(RuleCode.DATE_OUT_OF_RANGE);
		}
		return Checked.valid(EXCEL_EPOCH.plusDays(serial));
	}

	private static Checked<LocalDate> of(String year, String month, String day) {
		int y = Integer.parseInt(year);
		if (y < EARLIEST_YEAR || y > LATEST_YEAR) {
			return Checked.invalid(RuleCode.DATE_OUT_OF_RANGE);
		}
		try {
			return Checked.valid(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
		}
		catch (DateTimeException noSuchDay) {
			return Checked.invalid(RuleCode.DATE_INVALID);
		}
	}

}
