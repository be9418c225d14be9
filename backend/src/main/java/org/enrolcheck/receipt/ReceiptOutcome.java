package org.enrolcheck.receipt;

import java.util.List;

import org.enrolcheck.graphql.ValidationFailed.FieldError;
import org.enrolcheck.validation.RecordStatus;
import org.jspecify.annotations.Nullable;

/** What became of issuing, extending or revoking a code. */
sealed interface ReceiptOutcome {

	/** A new code; {@code plainCode} only in the first response (null on an idempotent replay). */
	record Issued(VerificationCode code, @Nullable String plainCode) implements ReceiptOutcome {
	}

	record Saved(VerificationCode code) implements ReceiptOutcome {
	}

	record Invalid(List<FieldError> problems) implements ReceiptOutcome {
	}

	/** The self-check of the record's current version is not finished: what is still to confirm. */
	record NotFinished(List<String> missing) implements ReceiptOutcome {
	}

	/** The record's status gives no enrolment to verify. */
	record NotAvailable(RecordStatus status) implements ReceiptOutcome {
	}

	/** A revoked code stays revoked. */
	record AlreadyRevoked(VerificationCode code) implements ReceiptOutcome {
	}

	record KeyReused() implements ReceiptOutcome {
	}

}
