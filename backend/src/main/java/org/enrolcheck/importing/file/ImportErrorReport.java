package org.enrolcheck.importing.file;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * The spreadsheet a registrar downloads after a dry run: one line per problem, errors before
 * warnings within a row, so that the roster can be fixed row by row. It quotes row numbers and
 * column headers only, never a value, so it holds no personal data.
 */
public final class ImportErrorReport {

	public static final List<String> HEADERS = List.of("行号", "列名", "级别", "代码", "说明", "Message");

	private static final String ERROR = "错误";

	private static final String WARNING = "提示";

	private ImportErrorReport() {
	}

	public static void write(OutputStream out, List<RowError> errors, List<RowWarning> warnings) throws IOException {
		Line[] lines = new Line[errors.size() + warnings.size()];
		int next = 0;
		for (RowError error : errors) {
			lines[next++] = new Line(error.rowNumber(),
					List.of(error.rowNumber(), error.column(), ERROR, error.code(), error.zh(), error.en()));
		}
		for (RowWarning warning : warnings) {
			lines[next++] = new Line(warning.rowNumber(),
					List.of(warning.rowNumber(), warning.column(), WARNING, warning.code(), warning.zh(), warning.en()));
		}
		// Stable, so errors stay ahead of warnings and in column order within a row.
		Arrays.sort(lines, (left, right) -> Integer.compare(left.rowNumber(), right.rowNumber()));
		try (SpreadsheetWriter writer = SpreadsheetWriter.xlsx(out, "导入问题", HEADERS)) {
			for (Line line : lines) {
				writer.row(line.cells());
			}
		}
	}

	private record Line(int rowNumber, List<Object> cells) {
	}

}
