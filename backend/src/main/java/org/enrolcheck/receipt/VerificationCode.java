package org.enrolcheck.receipt;

import java.time.OffsetDateTime;

import org.enrolcheck.graphql.NodeSource;
import org.jspecify.annotations.Nullable;

/**
 * A code as its owner sees it: never the code itself (only its HMAC is stored), but its last four
 * characters, its dates, and whether the record changed after it was issued. {@code expired} and
 * {@code recordChanged} are read with the row, against the database's clock and the record's version.
 */
record VerificationCode(long id, VerificationKind kind, long recordId, long accountId, long institutionId,
		String lastFour, int recordVersion, OffsetDateTime issuedAt, OffsetDateTime expiresAt,
		@Nullable OffsetDateTime revokedAt, boolean expired, boolean recordChanged) implements NodeSource.Identified {

	public VerificationState state() {
		return revokedAt != null ? VerificationState.REVOKED : expired ? VerificationState.EXPIRED : VerificationState.VALID;
	}

	/** {@code ****-****-****-PQRS}, for telling codes apart. */
	public String maskedCode() {
		return "****-****-****-" + lastFour;
	}

}
