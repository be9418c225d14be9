package org.enrolcheck.importing.file;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.enrolcheck.validation.Masking;
import org.jspecify.annotations.Nullable;

/**
 * The header row of a roster: which cell holds which column, and each column's header as the file
 * writes it (row errors quote that, so the registrar finds the column). Cells with an empty header
 * are ignored: Excel saves trailing formatted columns as empty headers.
 */
record RosterHeader(List<String> headers, Map<RosterColumn, Integer> positions,
		Map<RosterColumn, String> labels) {

	private static final Pattern DIGITS = Pattern.compile("\\d{6}");

	private static final int MAX_QUOTED = 30;

	RosterHeader {
		headers = List.copyOf(headers);
		positions = Collections.unmodifiableMap(new EnumMap<>(positions));
		labels = Collections.unmodifiableMap(new EnumMap<>(labels));
	}

	/** Whether a row looks like a header at all: at least one cell names a column. */
	static boolean names(List<String> cells) {
		return cells.stream().anyMatch(cell -> RosterColumn.ofHeader(cell).isPresent());
	}

	/** Resolves a header row, or refuses the file for a duplicate, unknown or missing required column. */
	static RosterHeader resolve(List<String> cells) {
		Map<RosterColumn, Integer> positions = new EnumMap<>(RosterColumn.class);
		Map<RosterColumn, String> labels = new EnumMap<>(RosterColumn.class);
		List<String> headers = new ArrayList<>();
		Set<String> unknown = new LinkedHashSet<>();
		Set<String> duplicate = new LinkedHashSet<>();
		for (int index = 0; index < cells.size(); index++) {
			String header = CellText.trim(cells.get(index));
			if (header.isEmpty()) {
				continue;
			}
			headers.add(header);
			Optional<RosterColumn> column = RosterColumn.ofHeader(header);
			if (column.isEmpty()) {
				unknown.add(quoted(header));
			}
			else if (positions.putIfAbsent(column.get(), index) != null) {
				duplicate.add(quoted(labels.get(column.get())) + " / " + quoted(header));
			}
			else {
				labels.put(column.get(), header);
			}
		}
		if (!duplicate.isEmpty()) {
			throw new RosterFileException(RosterFileError.COLUMN_DUPLICATE, String.join("、", duplicate));
		}
		if (!unknown.isEmpty()) {
			throw new RosterFileException(RosterFileError.COLUMN_UNKNOWN, String.join("、", unknown));
		}
		List<String> missing = Arrays.stream(RosterColumn.values())
			.filter(column -> column.required() && !positions.containsKey(column))
			.map(RosterColumn::header)
			.toList();
		if (!missing.isEmpty()) {
			throw new RosterFileException(RosterFileError.COLUMN_REQUIRED_MISSING, String.join("、", missing));
		}
		return new RosterHeader(headers, positions, labels);
	}

	/*
	 * A refusal quotes headers back to the user and into logs. A header row that is really a data row
	 * would quote an ID number, so anything holding a run of digits is masked, and long text cut.
	 */
	static String quoted(String header) {
		if (DIGITS.matcher(header).find()) {
			return Masking.idNumber(header);
		}
		int length = header.codePointCount(0, header.length());
		return length <= MAX_QUOTED ? header : header.substring(0, header.offsetByCodePoints(0, MAX_QUOTED)) + "…";
	}

	Set<RosterColumn> columns() {
		return positions.keySet();
	}

	/** The cell of a column in a data row; {@code null} when the file has no such column or the row is short. */
	@Nullable String cell(List<String> row, RosterColumn column) {
		Integer position = positions.get(column);
		return position == null || position >= row.size() ? null : row.get(position);
	}

	/** The column's header as written in the file, or the canonical one for a column the file lacks. */
	String label(RosterColumn column) {
		return labels.getOrDefault(column, column.header());
	}

}
