package org.enrolcheck.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An opaque object id as the API shows it: base64url of {@code Type:number}. Raw 64-bit numbers are
 * never exposed, because JavaScript rounds them above 2^53 and they invite enumeration by guesswork.
 */
public record GlobalId(String typeName, long id) {

	public String encode() {
		return Base64.getUrlEncoder().withoutPadding()
			.encodeToString((typeName + ":" + id).getBytes(StandardCharsets.UTF_8));
	}

	public static String encode(String typeName, long id) {
		return new GlobalId(typeName, id).encode();
	}

	/** Decodes any global id, or fails with {@link ErrorCode#INVALID_ID}. */
	public static GlobalId decode(String value) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
			int colon = text.indexOf(':');
			if (colon <= 0) {
				throw new ApiException(ErrorCode.INVALID_ID);
			}
			return new GlobalId(text.substring(0, colon), Long.parseLong(text.substring(colon + 1)));
		}
		catch (IllegalArgumentException ex) {
			throw new ApiException(ErrorCode.INVALID_ID);
		}
	}

	/** Decodes an id that must name an object of {@code expectedType}. */
	public static long decode(String value, String expectedType) {
		GlobalId id = decode(value);
		if (!id.typeName().equals(expectedType)) {
			throw new ApiException(ErrorCode.INVALID_ID);
		}
		return id.id();
	}

	/** Like {@link #decode(String, String)} but lets an absent filter value stay absent. */
	public static Long decodeOptional(String value, String expectedType) {
		return value == null ? null : decode(value, expectedType);
	}

}
