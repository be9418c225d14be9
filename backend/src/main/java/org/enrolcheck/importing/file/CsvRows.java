package org.enrolcheck.importing.file;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.Iterator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV roster, decoded as it is parsed. Empty lines are kept as records so that row numbers match
 * the rows Excel shows when it opens the file; the reader skips them.
 */
final class CsvRows implements SheetRows {

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private CsvRows(CSVParser parser) {
		this.parser = parser;
		this.records = parser.iterator();
	}

	static CsvRows open(byte[] bytes, CsvEncoding encoding) {
		int offset = encoding.bomLength();
		InputStreamReader reader = new InputStreamReader(
				new ByteArrayInputStream(bytes, offset, bytes.length - offset), encoding.decoder());
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(bytes, offset)).get();
		try {
			return new CsvRows(CSVParser.parse(reader, format));
		}
		catch (IOException | UncheckedIOException malformed) {
			throw new RosterFileException(RosterFileError.CSV_MALFORMED, "1");
		}
	}

	@Override
	public boolean hasNext() {
		// The line the next record starts on: an unclosed quote runs to the end of the file.
		long line = parser.getCurrentLineNumber() + 1;
		try {
			return records.hasNext();
		}
		catch (UncheckedIOException | IllegalStateException malformed) {
			throw new RosterFileException(RosterFileError.CSV_MALFORMED, String.valueOf(line));
		}
	}

	@Override
	public SheetRow next() {
		hasNext();
		CSVRecord record = records.next();
		return new SheetRow(Math.toIntExact(record.getRecordNumber()), record.toList());
	}

	@Override
	public void close() {
		try {
			parser.close();
		}
		catch (IOException ignored) {
			// An in-memory reader has nothing to release.
		}
	}

	/*
	 * Comma, unless the first line with either separator has tabs and no commas: Excel's "Unicode
	 * text" and copies out of web pages are tab-separated. Both bytes are ASCII and never part of a
	 * multi-byte UTF-8 or GB18030 character, so the raw bytes can be scanned.
	 */
	static char delimiter(byte[] bytes, int offset) {
		boolean tab = false;
		for (int i = offset; i < bytes.length; i++) {
			switch (bytes[i]) {
				case ',' -> {
					return ',';
				}
				case '\t' -> tab = true;
				case '\n' -> {
					if (tab) {
						return '\t';
					}
				}
				default -> {
				}
			}
		}
		return tab ? '\t' : ',';
	}

}
