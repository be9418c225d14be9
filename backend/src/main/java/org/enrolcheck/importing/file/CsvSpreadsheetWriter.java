package org.enrolcheck.importing.file;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/** A CSV export: UTF-8 with a BOM, RFC 4180 quoting, CRLF line ends. */
final class CsvSpreadsheetWriter implements SpreadsheetWriter {

	private static final byte[] UTF_8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final Writer writer;

	private final CSVPrinter printer;

	CsvSpreadsheetWriter(OutputStream out, List<String> headers) throws IOException {
		out.write(UTF_8_BOM);
		this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
		printer.printRecord(headers.stream().map(SpreadsheetText::neutralise).toList());
	}

	@Override
	public void row(List<? extends @Nullable Object> cells) throws IOException {
		List<String> texts = new ArrayList<>(cells.size());
		for (Object cell : cells) {
			texts.add(text(cell));
		}
		printer.printRecord(texts);
	}

	private static String text(@Nullable Object cell) {
		return switch (cell) {
			case null -> "";
			case String text -> SpreadsheetText.neutralise(text);
			case LocalDate date -> date.toString();
			case BigDecimal number -> number.toPlainString();
			case Double number -> BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
			case Float number -> new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
			case Number number -> number.toString();
			default -> throw new IllegalArgumentException("a spreadsheet cell cannot hold a " + cell.getClass().getName());
		};
	}

	/** Flushes, but leaves the caller's stream open. */
	@Override
	public void close() throws IOException {
		printer.flush();
		writer.flush();
	}

}
