package org.enrolcheck.selfcheck;

import java.time.OffsetDateTime;
import java.util.List;

import org.enrolcheck.validation.RecordStatus;
import org.jspecify.annotations.Nullable;

/**
 * A record in the newest campaign covering it (the {@code campaign_record} view), with the newest
 * confirmation of each subject; {@code own} when the viewer is the record's student.
 */
record SelfCheckRow(long recordId, int recordVersion, RecordStatus status, boolean hasPhoto, long campaignId,
		String campaignName, String notice, OffsetDateTime opensAt, OffsetDateTime campaignClosesAt,
		OffsetDateTime deadline, boolean inScope, List<String> fieldsToCheck, @Nullable StoredConfirmation record,
		@Nullable StoredConfirmation photo, boolean own) {
}
