package org.enrolcheck.importing.file;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.enrolcheck.importing.RosterRow;
import org.jspecify.annotations.Nullable;

/**
 * Reads a registrar's roster upload: tells XLSX from CSV by content, refuses a broken, oversized or
 * foreign file as a whole, finds the header (below up to {@value #MAX_TITLE_ROWS} one-cell title
 * lines, which Chinese rosters often carry), then checks every data line as it streams by.
 * Thread-safe: each call works on its own state.
 */
public final class RosterReader {

	static final int MAX_TITLE_ROWS = 3;

	private final Clock clock;

	private final RosterLimits limits;

	public RosterReader(Clock clock, RosterLimits limits) {
		this.clock = clock;
		this.limits = limits;
	}

	public RosterReader(Clock clock) {
		this(clock, RosterLimits.DEFAULTS);
	}

	/**
	 * Reads at most one byte past the size limit, so that an oversized upload is refused without
	 * being read to its end.
	 *
	 * @throws IOException only when reading {@code content} itself fails
	 */
	public RosterParse read(InputStream content, String fileName) throws IOException {
		byte[] bytes = content.readNBytes(Math.toIntExact(limits.maxBytes() + 1));
		return read(bytes, fileName);
	}

	public RosterParse read(byte[] bytes, String fileName) {
		try {
			if (bytes.length > limits.maxBytes()) {
				throw new RosterFileException(RosterFileError.FILE_TOO_LARGE, limits.describeMaxBytes());
			}
			if (bytes.length == 0) {
				throw new RosterFileException(RosterFileError.FILE_EMPTY);
			}
			FileSignature signature = FileSignature.of(bytes);
			return switch (signature) {
				case ZIP -> {
					XlsxPackage.inspect(bytes, limits);
					try (SheetRows rows = new ReadAheadRows(XlsxRows.open(bytes))) {
						yield parse(fileName, RosterFormat.XLSX, null, rows);
					}
				}
				case TEXT -> {
					CsvEncoding encoding = CsvEncoding.detect(bytes);
					try (SheetRows rows = new ReadAheadRows(CsvRows.open(bytes, encoding))) {
						yield parse(fileName, RosterFormat.CSV, encoding, rows);
					}
				}
				case UTF_16 -> throw new RosterFileException(RosterFileError.FILE_ENCODING_UNSUPPORTED);
				case OLE2, PDF, PNG, JPEG, GIF, GZIP, RAR, SEVEN_ZIP, MARKUP, BINARY ->
					throw new RosterFileException(RosterFileError.FILE_TYPE_UNSUPPORTED, signature.description());
			};
		}
		catch (RosterFileException refused) {
			return new RosterParse.Rejected(refused.error(), refused.detail());
		}
	}

	private RosterParse.Parsed parse(String fileName, RosterFormat format, @Nullable CsvEncoding encoding,
			SheetRows lines) {
		RosterHeader header = header(lines);
		RosterRowCheck check = new RosterRowCheck(header, clock);
		DuplicateNumbers duplicates = new DuplicateNumbers();
		List<RosterRow> rows = new ArrayList<>();
		List<RowError> invalid = new ArrayList<>();
		List<RowWarning> warnings = new ArrayList<>();
		int dataRows = 0;
		while (lines.hasNext()) {
			SheetRow line = lines.next();
			if (line.isBlank()) {
				continue;
			}
			if (++dataRows > limits.maxRows()) {
				throw new RosterFileException(RosterFileError.TOO_MANY_ROWS, String.valueOf(limits.maxRows()));
			}
			CheckedRow checked = check.check(line);
			if (checked.row() != null) {
				rows.add(checked.row());
			}
			invalid.addAll(checked.errors());
			warnings.addAll(checked.warnings());
			duplicates.add(checked.rowNumber(), checked.examineeNumber(), checked.studentNumber());
		}
		if (dataRows == 0) {
			throw new RosterFileException(RosterFileError.NO_DATA_ROWS);
		}
		List<RowError> duplicated = duplicates.errors(header);
		if (!duplicated.isEmpty()) {
			Set<Integer> duplicateRows = new HashSet<>();
			duplicated.forEach(error -> duplicateRows.add(error.rowNumber()));
			rows.removeIf(row -> duplicateRows.contains(row.rowNumber()));
			invalid.addAll(duplicated);
			// Stable: a line's own errors keep their column order, its duplicate errors follow.
			invalid.sort(Comparator.comparingInt(RowError::rowNumber));
		}
		return new RosterParse.Parsed(fileName, format, encoding, header.headers(), header.columns(), dataRows, rows,
				invalid, warnings);
	}

	private static RosterHeader header(SheetRows lines) {
		int titles = 0;
		boolean anything = false;
		while (lines.hasNext()) {
			SheetRow line = lines.next();
			if (line.isBlank()) {
				continue;
			}
			anything = true;
			if (RosterHeader.names(line.cells())) {
				return RosterHeader.resolve(line.cells());
			}
			if (line.filledCells() > 1 || ++titles > MAX_TITLE_ROWS) {
				break;
			}
		}
		throw new RosterFileException(anything ? RosterFileError.HEADER_MISSING : RosterFileError.FILE_EMPTY);
	}

}
