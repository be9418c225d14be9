package org.enrolcheck.selfcheck;

import java.util.List;

import org.enrolcheck.graphql.ValidationFailed.FieldError;
import org.enrolcheck.validation.RecordStatus;

/** What became of a confirmation request; only {@link Confirmed} wrote anything. */
sealed interface ConfirmationOutcome {

	/** The confirmations now stored for the request (the existing ones when they were there already). */
	record Confirmed(long recordId, List<StoredConfirmation> confirmations) implements ConfirmationOutcome {
	}

	/** The self-check does not take it now; {@code status} explains an OUT_OF_SCOPE refusal. */
	record Unavailable(SelfCheckRefusal refusal, RecordStatus status) implements ConfirmationOutcome {
	}

	record Invalid(List<FieldError> problems) implements ConfirmationOutcome {
	}

	record Stale(int currentVersion) implements ConfirmationOutcome {
	}

	record KeyReused() implements ConfirmationOutcome {
	}

}
