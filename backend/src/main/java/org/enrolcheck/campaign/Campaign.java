package org.enrolcheck.campaign;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.enrolcheck.graphql.NodeSource;
import org.enrolcheck.validation.Level;

/** A self-check campaign (学籍自查工作): a cohort of one institution and the window it has. */
public record Campaign(long id, long institutionId, String name, int admissionYear, List<Level> levels,
		OffsetDateTime opensAt, OffsetDateTime closesAt, List<String> fieldsToCheck, String notice,
		List<Integer> reminderDays, String createdBy, int version, OffsetDateTime createdAt)
		implements NodeSource.Identified {

	public enum State {

		NOT_YET_OPEN, OPEN, CLOSED

	}

	public State stateAt(Instant now) {
		if (now.isBefore(opensAt.toInstant())) {
			return State.NOT_YET_OPEN;
		}
		return now.isBefore(closesAt.toInstant()) ? State.OPEN : State.CLOSED;
	}

}
