package org.enrolcheck.importing.file;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Examinee and student numbers seen in one file. Each is unique per institution, so a number on two
 * lines is an error on every line that carries it; which line is right only the registrar knows.
 * ID numbers may repeat: one person can hold a 专科 and a 专升本 record of the same institution.
 */
final class DuplicateNumbers {

	/* Enough for the registrar to find the other lines; the rest are in the report anyway. */
	private static final int ROWS_NAMED = 5;

	private final Occurrences examinees = new Occurrences();

	private final Occurrences students = new Occurrences();

	void add(int rowNumber, @Nullable String examineeNumber, @Nullable String studentNumber) {
		if (examineeNumber != null) {
			examinees.add(examineeNumber, rowNumber);
		}
		if (studentNumber != null) {
			students.add(studentNumber, rowNumber);
		}
	}

	/** One error per line per duplicated number, quoting the other lines. */
	List<RowError> errors(RosterHeader header) {
		List<RowError> errors = new ArrayList<>();
		collect(examinees.repeated, header.label(RosterColumn.EXAMINEE_NUMBER), RosterRowRule.DUPLICATE_EXAMINEE_NUMBER,
				errors);
		collect(students.repeated, header.label(RosterColumn.STUDENT_NUMBER), RosterRowRule.DUPLICATE_STUDENT_NUMBER,
				errors);
		return errors;
	}

	private static void collect(Map<String, List<Integer>> rowsByNumber, String column, RosterRowRule rule,
			List<RowError> errors) {
		for (List<Integer> rows : rowsByNumber.values()) {
			// Rows arrive in file order; naming only the first few keeps a file of one repeated number linear.
			for (int row : rows) {
				String named = rows.stream()
					.filter(other -> other != row)
					.limit(ROWS_NAMED)
					.map(String::valueOf)
					.collect(Collectors.joining(", "));
				errors.add(RowError.of(row, column, rule, rows.size() - 1 > ROWS_NAMED ? named + ", …" : named));
			}
		}
	}

	/* Almost every number is unique: only a repeat costs a list. */
	private static final class Occurrences {

		private final Map<String, Integer> first = new HashMap<>();

		private final Map<String, List<Integer>> repeated = new LinkedHashMap<>();

		void add(String number, int rowNumber) {
			Integer earlier = first.putIfAbsent(number, rowNumber);
			if (earlier != null) {
				repeated.computeIfAbsent(number, known -> new ArrayList<>(List.of(earlier))).add(rowNumber);
			}
		}

	}

}
