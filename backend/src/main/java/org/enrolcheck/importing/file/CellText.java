package org.enrolcheck.importing.file;

import java.text.Normalizer;

/**
 * Free-text cells (colleges, majors, classes) as people type them: the same notion of space as the
 * validation module's, so that a pasted NBSP or ideographic space is trimmed like an ASCII one.
 */
final class CellText {

	static final int MAX_FREE_TEXT = 100;

	private CellText() {
	}

	static boolean isSpace(int codePoint) {
		return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == 0x200B
				|| codePoint == 0xFEFF;
	}

	static boolean isBlank(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (!isSpace(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	static String trim(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && isSpace(text.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	static String removeSpaces(String text) {
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints().filter(codePoint -> !isSpace(codePoint)).forEach(kept::appendCodePoint);
		return kept.toString();
	}

	/** Trimmed, in NFC, so that a name typed twice compares equal; full-width brackets are kept as typed. */
	static String freeText(String text) {
		String trimmed = trim(text);
		return Normalizer.isNormalized(trimmed, Normalizer.Form.NFC) ? trimmed
				: Normalizer.normalize(trimmed, Normalizer.Form.NFC);
	}

	static int length(String text) {
		return text.codePointCount(0, text.length());
	}

}
