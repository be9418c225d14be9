package org.enrolcheck.correction;

import java.time.OffsetDateTime;
import java.util.List;

import org.enrolcheck.correction.TicketField.Tier;
import org.jspecify.annotations.Nullable;

/**
 * One field a student marked wrong: the value when filed (masked for an ID number), the requested
 * value, why, and each reviewer's word on it. Evidence is aggregated into the item's own row.
 */
record TicketItem(long id, long ticketId, long recordId, String field, Tier tier, @Nullable String currentValue,
		String requestedValue, String reasonCode, @Nullable String note, @Nullable String decision,
		@Nullable String decidedBy, @Nullable OffsetDateTime decidedAt, @Nullable String collegeRecommendation,
		@Nullable String collegeReviewedBy, @Nullable OffsetDateTime collegeReviewedAt, @Nullable String reviewNote,
		boolean provincial, boolean open, boolean written, List<Evidence> evidence) {

	/** An evidence file (证明材料): an upload of purpose EVIDENCE kept with the ticket. */
	record Evidence(long id, String fileName, String contentType, long byteSize) {
	}

	boolean needsCollegeReview() {
		return tier == Tier.IDENTITY && collegeReviewedBy == null;
	}

}
