package org.enrolcheck.selfcheck;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A confirmation as the API shows it. {@code valid} says whether the record is still at the version
 * confirmed; who assisted and why are filled in for staff viewers only.
 */
record SelfCheckConfirmation(String id, ConfirmationSubject subject, int recordVersion, String contentHash,
		OffsetDateTime confirmedAt, boolean valid, boolean assisted, @Nullable String assistedBy,
		@Nullable String assistedReason) {

	static final String TYPE = "SelfCheckConfirmation";

	/** The same confirmation for a viewer who may not see who assisted or why. */
	SelfCheckConfirmation withoutStaffDetails() {
		return new SelfCheckConfirmation(id, subject, recordVersion, contentHash, confirmedAt, valid, assisted, null, null);
	}

	/** Counts for nothing more: the student must confirm again. */
	boolean needsReconfirmation() {
		return assisted || !valid;
	}

}
