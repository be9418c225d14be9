package org.enrolcheck.importing.file;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Streams an export or report as a spreadsheet: a header row, then rows of cells, each a
 * {@link String}, a {@link Number}, a {@link java.time.LocalDate} or {@code null} (empty). Rows go
 * out as they are written, so an export of any size needs little memory. Text that a spreadsheet
 * would run as a formula is neutralised ({@link SpreadsheetText}); give identifiers (ID, examinee and
 * student numbers) as text, never as numbers. Closing finishes the file and flushes the stream but
 * leaves it open: the caller owns it.
 */
public sealed interface SpreadsheetWriter extends AutoCloseable permits XlsxSpreadsheetWriter, CsvSpreadsheetWriter {

	/** One sheet named {@code sheetName}, with a bold, frozen header row. */
	static SpreadsheetWriter xlsx(OutputStream out, String sheetName, List<String> headers) {
		return new XlsxSpreadsheetWriter(out, sheetName, headers, List.of());
	}

	/** UTF-8 with a BOM (so that Excel does not read it as GB18030) and CRLF line ends. */
	static SpreadsheetWriter csv(OutputStream out, List<String> headers) throws IOException {
		return new CsvSpreadsheetWriter(out, headers);
	}

	void row(List<? extends @Nullable Object> cells) throws IOException;

	@Override
	void close() throws IOException;

}
