package org.enrolcheck.importing.file;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first sheet of an XLSX roster, streamed row by row. Cell formats are read too, because only
 * the format tells an Excel date from a number.
 */
final class XlsxRows implements SheetRows {

	/* With formats (to find dates); a cell that does not parse becomes an error cell, not a failure. */
	private static final ReadingOptions OPTIONS = new ReadingOptions(true, true);

	private final ReadableWorkbook workbook;

	private final Stream<Row> stream;

	private final Iterator<Row> rows;

	private final XlsxCellText cellText;

	private XlsxRows(ReadableWorkbook workbook, Stream<Row> stream) {
		this.workbook = workbook;
		this.stream = stream;
		this.rows = stream.iterator();
		this.cellText = new XlsxCellText(workbook.isDate1904());
	}

	/** Call only after {@link XlsxPackage#inspect} has vouched for the bytes. */
	static XlsxRows open(byte[] bytes) {
		ReadableWorkbook workbook = null;
		try {
			workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), OPTIONS);
			return new XlsxRows(workbook, workbook.getFirstSheet().openStream());
		}
		catch (IOException | RuntimeException corrupt) {
			closeQuietly(workbook);
			throw new RosterFileException(RosterFileError.XLSX_CORRUPT);
		}
	}

	@Override
	public boolean hasNext() {
		try {
			return rows.hasNext();
		}
		catch (RuntimeException corrupt) {
			// The reader's own exceptions and the XML parser's, wrapped or not: the file is broken.
			throw new RosterFileException(RosterFileError.XLSX_CORRUPT);
		}
	}

	@Override
	public SheetRow next() {
		Row row;
		try {
			row = rows.next();
		}
		catch (RuntimeException corrupt) {
			throw new RosterFileException(RosterFileError.XLSX_CORRUPT);
		}
		List<String> cells = new ArrayList<>(row.getCellCount());
		for (int i = 0; i < row.getCellCount(); i++) {
			Cell cell = row.getCell(i);
			cells.add(cell == null ? "" : cellText.text(cell));
		}
		return new SheetRow(row.getRowNum(), cells);
	}

	@Override
	public void close() {
		stream.close();
		closeQuietly(workbook);
	}

	private static void closeQuietly(ReadableWorkbook workbook) {
		if (workbook == null) {
			return;
		}
		try {
			workbook.close();
		}
		catch (IOException ignored) {
			// An in-memory workbook has nothing to release.
		}
	}

}
