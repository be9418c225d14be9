package org.enrolcheck.importing.file;

import java.util.Locale;

import org.enrolcheck.validation.Violation;

/**
 * One reason a roster line was not accepted.
 *
 * @param rowNumber 1-based row as the spreadsheet shows it (the header is usually row 1)
 * @param column the column's header as written in the file
 * @param code a {@link org.enrolcheck.validation.RuleCode} or {@link RosterRowRule} name
 */
public record RowError(int rowNumber, String column, String code, String zh, String en) {

	static RowError of(int rowNumber, String column, Violation violation) {
		return new RowError(rowNumber, column, violation.code().name(), violation.zh(), violation.en());
	}

	static RowError of(int rowNumber, String column, RosterRowRule rule) {
		return new RowError(rowNumber, column, rule.name(), rule.zh(), rule.en());
	}

	static RowError of(int rowNumber, String column, RosterRowRule rule, String detail) {
		return new RowError(rowNumber, column, rule.name(), rule.zh().formatted(detail), rule.en().formatted(detail));
	}

	public String message(Locale locale) {
		return "en".equals(locale.getLanguage()) ? en : zh;
	}

}
