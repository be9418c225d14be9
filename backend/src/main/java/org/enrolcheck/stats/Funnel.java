package org.enrolcheck.stats;

import java.util.List;

import org.enrolcheck.validation.RecordStatus;

/** The funnel of a campaign within a scope; {@code campaignId} is the global id. */
record Funnel(String campaignId, int inScope, List<OutOfScope> outOfScope, int registered, int linked, int confirmed,
		int assisted, int withOpenTicket, int resolved) {

	public double completionRate() {
		return inScope == 0 ? 0 : (double) confirmed / inScope;
	}

	record OutOfScope(RecordStatus status, int count) {
	}

}
