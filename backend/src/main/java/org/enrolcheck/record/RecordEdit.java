package org.enrolcheck.record;

import java.util.List;

/** What became of a registrar's edit. */
sealed interface RecordEdit {

	record Updated(EnrolmentRecord record) implements RecordEdit {
	}

	/** Rules the new values broke, per input field; nothing was written. */
	record Rejected(List<FieldViolation> violations) implements RecordEdit {
	}

	/** The record changed since the editor read it; nothing was written. */
	record Conflict(int currentVersion) implements RecordEdit {
	}

	/** One broken rule: the input field, a stable code, and both messages. */
	record FieldViolation(String field, String code, String zh, String en) {
	}

}
