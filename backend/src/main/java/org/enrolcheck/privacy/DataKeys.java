package org.enrolcheck.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two keys that protect personal numbers: one encrypts (AES-256-GCM), one computes the blind
 * index (HMAC-SHA256) that finds a row by exact value without decrypting. They never live in the
 * database: a stolen dump alone reveals nothing. Given as configuration (base64 of 64 random bytes)
 * or, for the embedded default, kept in a key file created with mode 600 on first start.
 */
public record DataKeys(SecretKey encryption, SecretKey index) {

	private static final int KEY_BYTES = 32;

	public static DataKeys fromBase64(String encoded) {
		byte[] raw = Base64.getDecoder().decode(encoded.strip());
		if (raw.length != 2 * KEY_BYTES) {
			throw new IllegalArgumentException("ENROLCHECK_DATA_KEY must be base64 of 64 random bytes");
		}
		return of(raw);
	}

	/** Reads the key file, creating it (owner read/write only) when it does not exist yet. */
	public static DataKeys fromFile(Path file) {
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.getParent());
				byte[] raw = new byte[2 * KEY_BYTES];
				new SecureRandom().nextBytes(raw);
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
				Files.writeString(file, Base64.getEncoder().encodeToString(raw) + "\n", StandardOpenOption.TRUNCATE_EXISTING);
			}
			return fromBase64(Files.readString(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the data key file " + file, ex);
		}
	}

	private static DataKeys of(byte[] raw) {
		return new DataKeys(new SecretKeySpec(Arrays.copyOfRange(raw, 0, KEY_BYTES), "AES"),
				new SecretKeySpec(Arrays.copyOfRange(raw, KEY_BYTES, 2 * KEY_BYTES), "HmacSHA256"));
	}

	@Override
	public String toString() {
		return "DataKeys[hidden]";
	}

}
