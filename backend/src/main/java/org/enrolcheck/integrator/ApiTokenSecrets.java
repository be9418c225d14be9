package org.enrolcheck.integrator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

import org.enrolcheck.security.ApiTokenVerifier;

/**
 * API token secrets: {@code ecp_} + 32 base62 characters (≈190 bits), and the SHA-256 that is all
 * the database keeps. A plain hash suffices (no bcrypt): the secret is random, not a password.
 */
final class ApiTokenSecrets {

	static final int LENGTH = 32;

	/** Characters of the secret kept in clear, to tell tokens apart in lists. */
	static final int PREFIX_LENGTH = ApiTokenVerifier.PREFIX.length() + 4;

	private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

	private static final SecureRandom RANDOM = new SecureRandom();

	private ApiTokenSecrets() {
	}

	static String newSecret() {
		StringBuilder secret = new StringBuilder(ApiTokenVerifier.PREFIX);
		for (int i = 0; i < LENGTH; i++) {
			secret.append(BASE62.charAt(RANDOM.nextInt(BASE62.length())));
		}
		return secret.toString();
	}

	/** Whether a presented token has the shape of one of ours (checked before any database lookup). */
	static boolean wellFormed(String token) {
		if (token.length() != ApiTokenVerifier.PREFIX.length() + LENGTH || !token.startsWith(ApiTokenVerifier.PREFIX)) {
			return false;
		}
		for (int i = ApiTokenVerifier.PREFIX.length(); i < token.length(); i++) {
			if (BASE62.indexOf(token.charAt(i)) < 0) {
				return false;
			}
		}
		return true;
	}

	static byte[] hash(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
