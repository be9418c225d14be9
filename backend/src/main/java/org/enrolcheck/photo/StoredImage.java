package org.enrolcheck.photo;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A photo as it will be stored: re-encoded bytes, their type, size in pixels and SHA-256. */
record StoredImage(byte[] bytes, String contentType, int width, int height, byte[] sha256) {

	static StoredImage of(byte[] bytes, String contentType, int width, int height) {
		return new StoredImage(bytes, contentType, width, height, sha256(bytes));
	}

	String sha256Hex() {
		return HexFormat.of().formatHex(sha256);
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
