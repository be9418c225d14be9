package org.enrolcheck.receipt;

import java.time.OffsetDateTime;

import org.enrolcheck.validation.Level;
import org.enrolcheck.validation.RecordStatus;
import org.jspecify.annotations.Nullable;

/**
 * The answer of the public verification page. Only a VALID code shows the person, and only masked
 * ({@code 张*}, {@code 110***********1234}); an expired or revoked code shows its dates; an unknown or
 * throttled one shows nothing. {@code recordId} is not in the schema: {@code record} shows the record
 * only to a caller whose own scope already covers it.
 */
record PublicVerification(VerificationState state, @Nullable Integer retryAfterSeconds, @Nullable VerificationKind kind,
		@Nullable OffsetDateTime issuedAt, @Nullable OffsetDateTime expiresAt, @Nullable OffsetDateTime revokedAt,
		@Nullable Boolean recordChanged, @Nullable Long recordId, @Nullable Person person) {

	record Person(String institutionCode, String institutionName, String maskedName, String maskedIdNumber, Level level,
			String majorCode, String majorName, int admissionYear, RecordStatus status) {
	}

	static PublicVerification notFound() {
		return new PublicVerification(VerificationState.NOT_FOUND, null, null, null, null, null, null, null, null);
	}

	static PublicVerification rateLimited(long retryAfterSeconds) {
		return new PublicVerification(VerificationState.RATE_LIMITED, (int) Math.max(1, retryAfterSeconds), null, null, null,
				null, null, null, null);
	}

	public @Nullable String institutionCode() {
		return person == null ? null : person.institutionCode();
	}

	public @Nullable String institutionName() {
		return person == null ? null : person.institutionName();
	}

	public @Nullable String maskedName() {
		return person == null ? null : person.maskedName();
	}

	public @Nullable String maskedIdNumber() {
		return person == null ? null : person.maskedIdNumber();
	}

	public @Nullable Level level() {
		return person == null ? null : person.level();
	}

	public @Nullable String majorCode() {
		return person == null ? null : person.majorCode();
	}

	public @Nullable String majorName() {
		return person == null ? null : person.majorName();
	}

	public @Nullable Integer admissionYear() {
		return person == null ? null : person.admissionYear();
	}

	public @Nullable RecordStatus status() {
		return person == null ? null : person.status();
	}

}
