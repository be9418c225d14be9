package org.enrolcheck.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts personal numbers and photos in the application (AES-256-GCM, a fresh 96-bit nonce per
 * value), so keys never reach the database server or its logs, unlike pgcrypto. The column name
 * is bound in as associated data: a ciphertext copied into another column does not decrypt.
 */
public final class PersonalDataCipher {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final byte FORMAT_V1 = 1;

	private final DataKeys keys;

	private final SecureRandom random = new SecureRandom();

	public PersonalDataCipher(DataKeys keys) {
		this.keys = keys;
	}

	public byte[] encrypt(String column, byte[] plaintext) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, keys.encryption(), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plaintext);
			return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(FORMAT_V1).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM unavailable", ex);
		}
	}

	public byte[] decrypt(String column, byte[] stored) {
		if (stored.length < 1 + NONCE_BYTES || stored[0] != FORMAT_V1) {
			throw new IllegalArgumentException("Not a value this cipher wrote");
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, keys.encryption(), new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
			cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
			return cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A stored personal value failed its integrity check", ex);
		}
	}

	public byte[] encryptText(String column, String plaintext) {
		return encrypt(column, plaintext.getBytes(StandardCharsets.UTF_8));
	}

	public String decryptText(String column, byte[] stored) {
		return new String(decrypt(column, stored), StandardCharsets.UTF_8);
	}

	/**
	 * The blind index of a normalised value: equal values give equal bytes, so {@code WHERE
	 * id_number_index = :hmac} finds a row, while the index alone cannot be reversed without the key.
	 */
	public byte[] blindIndex(String column, String normalised) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(keys.index());
			mac.update(column.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 unavailable", ex);
		}
	}

}
