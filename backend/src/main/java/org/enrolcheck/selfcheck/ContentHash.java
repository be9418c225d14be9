package org.enrolcheck.selfcheck;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * What a confirmation confirmed, as a SHA-256: the record's main fields (主要字段) and its admission
 * photo. The serialisation is canonical so the same content always gives the same hash: one
 * {@code name=value} line per field in the fixed order of {@link #FIELDS}, UTF-8, values as stored
 * (codes, ISO dates, the length of schooling without trailing zeros), an absent value empty. The ID
 * number enters as its blind index (HMAC), so the hash never needs the decrypted number.
 */
final class ContentHash {

	/** Main fields (domain.md) and the photo, in serialisation order. Never reorder: stored hashes depend on it. */
	static final String[] FIELDS = { "examineeNumber", "studentNumber", "name", "gender", "birthDate", "idType",
			"idNumberIndex", "ethnicity", "originProvince", "institution", "major", "lengthOfSchooling", "level",
			"admissionYear", "studyMode", "educationCategory", "status", "admissionPhotoSha256" };

	private ContentHash() {
	}

	static String canonical(Map<String, String> values) {
		StringBuilder text = new StringBuilder();
		for (String field : FIELDS) {
			String value = values.get(field);
			text.append(field).append('=').append(value == null ? "" : value).append('\n');
		}
		return text.toString();
	}

	static byte[] of(Map<String, String> values) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(canonical(values).getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String hex(byte[] hash) {
		return HexFormat.of().formatHex(hash);
	}

}
