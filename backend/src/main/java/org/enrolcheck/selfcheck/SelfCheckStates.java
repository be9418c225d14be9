package org.enrolcheck.selfcheck;

import java.time.Instant;
import java.time.OffsetDateTime;

/** The one rule for where a self-check stands: out of scope first, then the window with its deadline. */
final class SelfCheckStates {

	private SelfCheckStates() {
	}

	static SelfCheckState at(boolean inScope, OffsetDateTime opensAt, OffsetDateTime deadline, Instant now) {
		if (!inScope) {
			return SelfCheckState.OUT_OF_SCOPE;
		}
		if (now.isBefore(opensAt.toInstant())) {
			return SelfCheckState.NOT_YET_OPEN;
		}
		return now.isBefore(deadline.toInstant()) ? SelfCheckState.OPEN : SelfCheckState.CLOSED;
	}

}
