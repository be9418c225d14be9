package org.enrolcheck.importing.file;

/**
 * Neutralises spreadsheet formula injection (OWASP "CSV Injection"): a text cell that starts with
 * {@code = + - @}, a tab or a carriage return would run as a formula, or a DDE command, when a
 * registrar opens the export; a leading apostrophe keeps it text. Only text is touched: a number
 * written as a number, such as {@code -3}, is harmless.
 */
final class SpreadsheetText {

	private SpreadsheetText() {
	}

	static String neutralise(String text) {
		if (text.isEmpty()) {
			return text;
		}
		return switch (text.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
			default -> text;
		};
	}

}
