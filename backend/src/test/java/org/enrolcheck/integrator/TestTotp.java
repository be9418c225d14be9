package org.enrolcheck.integrator;

import java.nio.ByteBuffer;
import java.time.Instant;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** What an authenticator app computes from a base32 secret (RFC 6238, SHA-1, 30 s, 6 digits), written independently of the server's. */
public final class TestTotp {

	private TestTotp() {
	}

	public static long step() {
		return Instant.now().getEpochSecond() / 30;
	}

	public static String code(String base32Secret, long step) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(decode(base32Secret), "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[19] & 0xf;
			int value = (ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff) % 1_000_000;
			return String.format("%06d", value);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static byte[] decode(String base32) {
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		ByteBuffer out = ByteBuffer.allocate(base32.length() * 5 / 8);
		long buffer = 0;
		int bits = 0;
		for (char c : base32.toCharArray()) {
			buffer = (buffer << 5) | alphabet.indexOf(c);
			bits += 5;
			if (bits >= 8) {
				out.put((byte) (buffer >> (bits - 8)));
				bits -= 8;
			}
		}
		return out.array();
	}

}
