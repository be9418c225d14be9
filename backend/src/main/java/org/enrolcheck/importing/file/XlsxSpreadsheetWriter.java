package org.enrolcheck.importing.file;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * An XLSX export through fastexcel. Text goes into inline strings, so that memory does not grow with
 * a shared-string table, and rows are flushed to the stream every {@value #FLUSH_EVERY} rows.
 */
final class XlsxSpreadsheetWriter implements SpreadsheetWriter {

	private static final int FLUSH_EVERY = 1000;

	private static final String DATE_FORMAT = "yyyy-mm-dd";

	/* Excel's General format shows an integer of 12 or more digits in scientific notation. */
	private static final BigInteger LONGEST_SHOWN_IN_FULL = BigInteger.valueOf(99_999_999_999L);

	private final Workbook workbook;

	private final Worksheet sheet;

	private int rowIndex;

	/**
	 * @param textColumns columns formatted as text, so that what a registrar later types into them
	 * (an ID number) is not turned into a number by Excel
	 */
	XlsxSpreadsheetWriter(OutputStream out, String sheetName, List<String> headers,
			Collection<Integer> textColumns) {
		this.workbook = new Workbook(out, "EnrolCheck", null);
		this.sheet = workbook.newWorksheet(sheetName);
		for (int column = 0; column < headers.size(); column++) {
			// Column layout goes before the first row that is flushed.
			sheet.width(column, Math.max(12, 2.2 * headers.get(column).length() + 4));
			if (textColumns.contains(column)) {
				sheet.style(column).format("@").set();
			}
			sheet.inlineString(0, column, SpreadsheetText.neutralise(headers.get(column)));
			sheet.style(0, column).bold().set();
		}
		sheet.freezePane(0, 1);
		rowIndex = 1;
	}

	Workbook workbook() {
		return workbook;
	}

	@Override
	public void row(List<? extends @Nullable Object> cells) throws IOException {
		for (int column = 0; column < cells.size(); column++) {
			write(column, cells.get(column));
		}
		if (++rowIndex % FLUSH_EVERY == 0) {
			sheet.flush();
		}
	}

	private void write(int column, @Nullable Object cell) {
		switch (cell) {
			case null -> {
			}
			case String text -> sheet.inlineString(rowIndex, column, SpreadsheetText.neutralise(text));
			case LocalDate date -> {
				sheet.value(rowIndex, column, date);
				sheet.style(rowIndex, column).format(DATE_FORMAT).set();
			}
			case BigInteger number when number.abs().compareTo(LONGEST_SHOWN_IN_FULL) > 0 ->
				sheet.inlineString(rowIndex, column, number.toString());
			case Long number when Math.abs(number) > LONGEST_SHOWN_IN_FULL.longValue() ->
				sheet.inlineString(rowIndex, column, number.toString());
			case BigDecimal number when number.signum() != 0 && number.stripTrailingZeros().scale() <= 0
					&& number.abs().compareTo(new BigDecimal(LONGEST_SHOWN_IN_FULL)) > 0 ->
				sheet.inlineString(rowIndex, column, number.toBigInteger().toString());
			case Number number -> sheet.value(rowIndex, column, number);
			default -> throw new IllegalArgumentException("a spreadsheet cell cannot hold a " + cell.getClass().getName());
		}
	}

	@Override
	public void close() throws IOException {
		workbook.finish();
	}

}
