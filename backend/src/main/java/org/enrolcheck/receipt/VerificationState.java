package org.enrolcheck.receipt;

/** Where a code stands; the last two only ever answer a public verification. */
enum VerificationState {

	VALID, EXPIRED, REVOKED, NOT_FOUND, RATE_LIMITED

}
