package org.enrolcheck.importing.file;

import java.util.Iterator;

/**
 * The rows of one roster file in order, read as they are needed. A damaged file surfaces as a
 * {@link RosterFileException} from {@link #hasNext()} or {@link #next()}.
 */
sealed interface SheetRows extends Iterator<SheetRow>, AutoCloseable permits CsvRows, XlsxRows, ReadAheadRows {

	@Override
	void close();

}
