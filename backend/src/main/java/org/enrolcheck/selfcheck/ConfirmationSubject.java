package org.enrolcheck.selfcheck;

/** What a confirmation confirms; the record and its admission photo are confirmed separately. */
public enum ConfirmationSubject {

	RECORD, ADMISSION_PHOTO

}
