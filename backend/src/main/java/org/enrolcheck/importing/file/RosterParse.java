package org.enrolcheck.importing.file;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.enrolcheck.importing.RosterRow;
import org.jspecify.annotations.Nullable;

/** What reading a roster file gave: the whole file refused, or its rows checked one by one. */
public sealed interface RosterParse permits RosterParse.Rejected, RosterParse.Parsed {

	/**
	 * Nothing of the file can be imported.
	 *
	 * @param detail language-neutral (column names as in the file, a limit, a format), never personal data
	 */
	record Rejected(RosterFileError error, String detail) implements RosterParse {

		public String zh() {
			return error.zh(detail);
		}

		public String en() {
			return error.en(detail);
		}

		public String message(Locale locale) {
			return error.message(locale, detail);
		}

	}

	/**
	 * Every data line of the file, either as a valid row or in the errors; blank lines are skipped.
	 *
	 * @param encoding of a CSV; {@code null} for an XLSX
	 * @param headers the recognised headers as the file writes them, in file order
	 * @param columns the columns the file has: an optional column it lacks is unknown, not empty
	 * @param dataRowCount non-blank lines after the header
	 * @param rows the valid lines, in file order
	 * @param invalid the errors of the other lines, ordered by row
	 * @param warnings harmless changes made to values, ordered by row
	 */
	record Parsed(String fileName, RosterFormat format, @Nullable CsvEncoding encoding, List<String> headers,
			Set<RosterColumn> columns, int dataRowCount, List<RosterRow> rows, List<RowError> invalid,
			List<RowWarning> warnings) implements RosterParse {

		public Parsed {
			headers = List.copyOf(headers);
			columns = columns.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(columns));
			rows = List.copyOf(rows);
			invalid = List.copyOf(invalid);
			warnings = List.copyOf(warnings);
		}

		/** Lines with at least one error. */
		public int invalidRowCount() {
			return (int) invalid.stream().mapToInt(RowError::rowNumber).distinct().count();
		}

		/** An examinee or student number on more than one line: the import refuses such a file. */
		public boolean hasDuplicateNumbers() {
			return invalid.stream()
				.anyMatch(error -> error.code().equals(RosterRowRule.DUPLICATE_EXAMINEE_NUMBER.name())
						|| error.code().equals(RosterRowRule.DUPLICATE_STUDENT_NUMBER.name()));
		}

		/** Never lists rows: they hold ID numbers. */
		@Override
		public String toString() {
			return "Parsed[" + format + ", " + dataRowCount + " data rows, " + rows.size() + " valid, "
					+ invalidRowCount() + " invalid]";
		}

	}

}
