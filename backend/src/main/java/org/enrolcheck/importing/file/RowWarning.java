package org.enrolcheck.importing.file;

import java.util.Locale;

import org.enrolcheck.validation.Warning;

/**
 * A harmless change made to a roster value (a trimmed name, an upper-cased x), reported so that the
 * registrar can correct the source.
 *
 * @param rowNumber 1-based row as the spreadsheet shows it
 * @param column the column's header as written in the file
 * @param code a {@link org.enrolcheck.validation.RuleCode} name
 */
public record RowWarning(int rowNumber, String column, String code, String zh, String en) {

	static RowWarning of(int rowNumber, String column, Warning warning) {
		return new RowWarning(rowNumber, column, warning.code().name(), warning.zh(), warning.en());
	}

	public String message(Locale locale) {
		return "en".equals(locale.getLanguage()) ? en : zh;
	}

}
