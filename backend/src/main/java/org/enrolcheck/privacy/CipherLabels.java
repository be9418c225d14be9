package org.enrolcheck.privacy;

/**
 * The labels personal values are encrypted and blind-indexed under (they go into the AES-GCM
 * associated data and the HMAC). A value written under one label reads back only under the same
 * one, so every feature that touches these columns names them from here rather than its own copy.
 */
public final class CipherLabels {

	/** Account mobile phones (and their blind index). */
	public static final String ACCOUNT_PHONE = "account.phone";

	/** Resident ID numbers, shared by records and accounts so the blind index matches across both. */
	public static final String ID_NUMBER = "enrolment_record.id_number";

	/** Uploaded file bytes. */
	public static final String UPLOAD_BYTES = "upload.bytes";

	private CipherLabels() {
	}

}
