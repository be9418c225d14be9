package org.enrolcheck.selfcheck;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.enrolcheck.validation.RecordStatus;
import org.jspecify.annotations.Nullable;

/**
 * A record about to be confirmed: its version, the hash of its current content, and its window in
 * the newest campaign covering it (none when no campaign does).
 */
record ConfirmationTarget(long recordId, long institutionId, int version, RecordStatus status, boolean hasPhoto,
		byte[] contentHash, @Nullable Long campaignId, boolean inScope, @Nullable OffsetDateTime opensAt,
		@Nullable OffsetDateTime deadline) {

	/** The state at {@code now}; null when no campaign covers the record. */
	@Nullable SelfCheckState stateAt(Instant now) {
		if (campaignId == null || opensAt == null || deadline == null) {
			return null;
		}
		return SelfCheckStates.at(inScope, opensAt, deadline, now);
	}

}
