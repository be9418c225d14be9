package org.enrolcheck.correction;

import java.time.OffsetDateTime;

import org.enrolcheck.graphql.NodeSource;
import org.enrolcheck.reference.College;
import org.jspecify.annotations.Nullable;

/** A correction ticket (勘误申请) as read: its college joined in, so a queue page needs no extra statement for it. */
record CorrectionTicket(long id, long recordId, @Nullable Long campaignId, long institutionId, College college,
		long accountId, TicketState state, int recordVersion, @Nullable String reason, @Nullable String rejectionCode,
		int version, OffsetDateTime submittedAt, @Nullable OffsetDateTime decidedAt, @Nullable OffsetDateTime closedAt,
		@Nullable String decidedBy) implements NodeSource.Identified {
}
