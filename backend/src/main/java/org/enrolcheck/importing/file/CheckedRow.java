package org.enrolcheck.importing.file;

import java.util.List;

import org.enrolcheck.importing.RosterRow;
import org.jspecify.annotations.Nullable;

/**
 * One data line after the field and cross-field rules: a row when nothing was wrong, else the
 * errors. The examinee and student numbers are kept whenever they themselves were valid, so that
 * duplicates are found across invalid lines too.
 */
record CheckedRow(int rowNumber, @Nullable RosterRow row, List<RowError> errors, List<RowWarning> warnings,
		@Nullable String examineeNumber, @Nullable String studentNumber) {

	CheckedRow {
		errors = List.copyOf(errors);
		warnings = List.copyOf(warnings);
		if ((row == null) == errors.isEmpty()) {
			throw new IllegalArgumentException("a line is either a row or has errors");
		}
	}

}
