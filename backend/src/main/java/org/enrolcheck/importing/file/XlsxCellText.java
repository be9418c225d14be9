package org.enrolcheck.importing.file;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.reader.Cell;
import org.jspecify.annotations.Nullable;

/**
 * An XLSX cell as the text a registrar sees in Excel, which is what the field rules check: a
 * date-formatted number becomes an ISO date, any other number its plain digits (a 14-digit examinee
 * number stays 14 digits, without {@code .0} or an exponent), and a number of 16 or more digits the
 * scientific notation Excel shows for it, since Excel kept only 15 of its digits.
 */
final class XlsxCellText {

	/* Excel's built-in date formats, including those of the Chinese locale (27–31, 36, 50–58). */
	private static final Set<Integer> BUILT_IN_DATE_FORMATS = Set.of(14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 36, 50,
			51, 52, 53, 54, 57, 58);

	/* Quoted literals, [colour]/[$-804] sections and escaped characters carry no date letters. */
	private static final Pattern FORMAT_LITERALS = Pattern.compile("\"[^\"]*\"|\\[[^]]*]|\\\\.");

	private static final BigDecimal PRECISION_LOST = BigDecimal.TEN.pow(15);

	private static final MathContext EXCEL_DIGITS = new MathContext(15);

	private static final MathContext SHOWN_DIGITS = new MathContext(6);

	private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);

	private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

	private static final long LAST_SERIAL = 2_958_465; // 9999-12-31

	private final boolean date1904;

	/* A sheet has a handful of custom formats and thousands of cells using them. */
	private final Map<String, Boolean> customDateFormats = new HashMap<>();

	XlsxCellText(boolean date1904) {
		this.date1904 = date1904;
	}

	String text(Cell cell) {
		String raw = cell.getRawValue();
		return switch (cell.getType()) {
			case EMPTY -> "";
			case STRING -> cell.getValue() instanceof String text ? text : "";
			case BOOLEAN -> "1".equals(raw) ? "TRUE" : "0".equals(raw) ? "FALSE" : nonNull(raw);
			case NUMBER, FORMULA -> raw != null && isNumber(raw) ? number(cell, raw) : nonNull(raw);
			case ERROR -> nonNull(raw);
		};
	}

	private String number(Cell cell, String raw) {
		if (isDateFormat(cell)) {
			String date = date(new BigDecimal(raw));
			if (date != null) {
				return date;
			}
		}
		if (raw.length() <= 15 && isDigits(raw)) {
			return raw;
		}
		BigDecimal value = new BigDecimal(raw);
		if (value.abs().compareTo(PRECISION_LOST) >= 0) {
			return scientific(value);
		}
		return value.round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
	}

	/* Excel's 1900 system counts the nonexistent 1900-02-29 as serial 60, so serials from 61 on are exact. */
	private @Nullable String date(BigDecimal serial) {
		long day = serial.longValue();
		if (day < 0 || day > LAST_SERIAL || (!date1904 && day < 61)) {
			return null;
		}
		return (date1904 ? EPOCH_1904 : EPOCH_1900).plusDays(day).toString();
	}

	/** {@code 4.40524E+17}, as Excel's General format shows a number too long for it. */
	private static String scientific(BigDecimal value) {
		BigDecimal rounded = value.round(SHOWN_DIGITS);
		int exponent = rounded.precision() - rounded.scale() - 1;
		return rounded.movePointLeft(exponent).stripTrailingZeros().toPlainString() + "E+" + exponent;
	}

	/* fastexcel-reader names the format of custom formats only; a built-in one is known by its id. */
	private boolean isDateFormat(Cell cell) {
		String format = cell.getDataFormatString();
		if (format != null) {
			return customDateFormats.computeIfAbsent(format, XlsxCellText::isDateFormat);
		}
		Integer id = cell.getDataFormatId();
		return id != null && BUILT_IN_DATE_FORMATS.contains(id);
	}

	static boolean isDateFormat(String format) {
		String letters = FORMAT_LITERALS.matcher(format).replaceAll("").toLowerCase(Locale.ROOT);
		return letters.indexOf('y') >= 0 || letters.indexOf('d') >= 0;
	}

	/** {@code -12}, {@code 2.5}, {@code 1.10105E+17}: what Excel stores in a number cell's value. */
	static boolean isNumber(String raw) {
		int i = raw.startsWith("-") ? 1 : 0;
		int digits = 0;
		while (i < raw.length() && Character.isDigit(raw.charAt(i))) {
			i++;
			digits++;
		}
		if (i < raw.length() && raw.charAt(i) == '.') {
			i++;
			while (i < raw.length() && Character.isDigit(raw.charAt(i))) {
				i++;
			}
		}
		if (digits > 0 && i < raw.length() && (raw.charAt(i) == 'E' || raw.charAt(i) == 'e')) {
			i++;
			if (i < raw.length() && (raw.charAt(i) == '+' || raw.charAt(i) == '-')) {
				i++;
			}
			int exponent = i;
			while (i < raw.length() && Character.isDigit(raw.charAt(i))) {
				i++;
			}
			return i == raw.length() && i > exponent;
		}
		return digits > 0 && i == raw.length() && !raw.endsWith(".");
	}

	private static boolean isDigits(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return !text.isEmpty();
	}

	private static String nonNull(@Nullable String raw) {
		return raw == null ? "" : raw;
	}

}
