package org.enrolcheck.importing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What one valid line of a roster does to the records. */
sealed interface RowPlan {

	int rowNumber();

	/** A record that does not exist yet. */
	record New(int rowNumber, RosterRow row, ClassPlace place) implements RowPlan {
	}

	/** An existing record whose fields differ. */
	record Changed(int rowNumber, RosterRow row, ClassPlace place, long recordId, List<FieldDiff> diffs)
			implements RowPlan {
	}

	/** An existing record already equal to the line: re-importing a file changes nothing. */
	record Unchanged(int rowNumber) implements RowPlan {
	}

	/** A line that is valid on its own but clashes with the stored data. */
	record Clash(int rowNumber, String column, String code, String zh, String en) implements RowPlan {
	}

	/** One field's stored and new value, as the registrar reads them (personal numbers masked). */
	record FieldDiff(String field, @Nullable String before, @Nullable String after) {
	}

	/**
	 * Where a line's record belongs. {@code classId} is null when the class is still to be created
	 * (the batch creates missing reference data).
	 */
	record ClassPlace(@Nullable Long classId, @Nullable Long collegeId, @Nullable Long majorId, String classCode) {
	}

}
