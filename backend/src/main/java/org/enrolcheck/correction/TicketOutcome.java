package org.enrolcheck.correction;

import java.util.List;

import org.enrolcheck.graphql.ValidationFailed.FieldError;

/** What became of a ticket mutation. */
sealed interface TicketOutcome {

	record Saved(CorrectionTicket ticket) implements TicketOutcome {
	}

	record Invalid(List<FieldError> problems) implements TicketOutcome {
	}

	/** Refused by a rule of the process (RECORD_GRADUATED, CAMPAIGN_CLOSED ...); nothing was written. */
	record Refused(Refusal refusal) implements TicketOutcome {
	}

	record Stale(int currentVersion) implements TicketOutcome {
	}

	record KeyReused() implements TicketOutcome {
	}

}
