package org.enrolcheck.validation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What people's keyboards and spreadsheets put into fields besides the value: spaces of several
 * kinds, full-width forms from a Chinese input method, and Excel's scientific notation.
 */
final class Typing {

	private static final Pattern SCIENTIFIC = Pattern.compile("\\d(\\.\\d+)?[eE][+]?\\d+");

	private Typing() {
	}

	/** ASCII and Unicode spaces, NBSP, the ideographic space U+3000, and invisible ones pasted from Excel. */
	static boolean isSpace(int codePoint) {
		return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == 0x200B
				|| codePoint == 0xFEFF;
	}

	static boolean isFullWidthForm(int codePoint) {
		return codePoint >= 0xFF01 && codePoint <= 0xFF5E;
	}

	static boolean hasFullWidthForm(String text) {
		return text.codePoints().anyMatch(Typing::isFullWidthForm);
	}

	static boolean hasSpace(String text) {
		return text.codePoints().anyMatch(Typing::isSpace);
	}

	static String trimSpaces(String text) {
		int[] codePoints = text.codePoints().toArray();
		int start = 0;
		int end = codePoints.length;
		while (start < end && isSpace(codePoints[start])) {
			start++;
		}
		while (end > start && isSpace(codePoints[end - 1])) {
			end--;
		}
		return new String(codePoints, start, end - start);
	}

	static String removeSpaces(String text) {
		return text.codePoints()
			.filter(codePoint -> !isSpace(codePoint))
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
	}

	/** Maps full-width ASCII forms (U+FF01–U+FF5E) to their ASCII counterparts and nothing else. */
	static String toHalfWidth(String text) {
		return text.codePoints()
			.map(codePoint -> isFullWidthForm(codePoint) ? codePoint - 0xFEE0 : codePoint)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
	}

	/** A lenient key for looking up labels and codes: NFKC, no spaces, upper case. */
	static String lookupKey(String text) {
		return removeSpaces(Normalizer.normalize(text, Normalizer.Form.NFKC)).toUpperCase(Locale.ROOT);
	}

	/** Lenient form of a number-like cell: NFKC (so full-width digits become ASCII), spaces trimmed. */
	static String lenient(String text) {
		return trimSpaces(Normalizer.normalize(text, Normalizer.Form.NFKC));
	}

	static boolean isScientificNotation(String text) {
		return SCIENTIFIC.matcher(text).matches();
	}

}
