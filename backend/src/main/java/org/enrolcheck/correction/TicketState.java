package org.enrolcheck.correction;

import java.util.Set;

/** Where a correction ticket stands (勘误申请状态). */
enum TicketState {

	SUBMITTED, IN_REVIEW, NEEDS_INFO, APPROVED, APPLIED, REJECTED, WITHDRAWN;

	static final Set<TicketState> OPEN = Set.of(SUBMITTED, IN_REVIEW, NEEDS_INFO, APPROVED);

	/** A reviewer may still decide, ask or review. */
	boolean reviewable() {
		return this == SUBMITTED || this == IN_REVIEW || this == NEEDS_INFO;
	}

	/** The student may withdraw until a decision is made. */
	boolean withdrawable() {
		return this == SUBMITTED || this == IN_REVIEW || this == NEEDS_INFO;
	}

	boolean closed() {
		return this == APPLIED || this == REJECTED || this == WITHDRAWN;
	}

}
