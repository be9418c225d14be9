package org.enrolcheck.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cursors hold the sort keys of a row as plain JSON ({@code {"code":"01","id":7}}), base64url-encoded.
 * Spring's default keyset cursor embeds Java class names for polymorphic typing: longer, leaks the
 * implementation, and decoding typed JSON from clients is a risk we do not need. Our keys are only
 * strings and whole numbers.
 */
final class KeysetCursors implements CursorStrategy<ScrollPosition> {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, Object>> KEYS = new TypeReference<>() {
	};

	static EncodingCursorStrategy<ScrollPosition> encoding() {
		return CursorStrategy.withEncoder(new KeysetCursors(), new UrlSafeBase64());
	}

	@Override
	public boolean supports(Class<?> targetType) {
		return ScrollPosition.class.isAssignableFrom(targetType);
	}

	@Override
	public String toCursor(ScrollPosition position) {
		if (!(position instanceof KeysetScrollPosition keyset)) {
			throw new IllegalArgumentException("Only keyset positions are used: " + position);
		}
		return json.writeValueAsString(keyset.getKeys());
	}

	@Override
	public ScrollPosition fromCursor(String cursor) {
		try {
			Map<String, Object> keys = json.readValue(cursor, KEYS);
			boolean plain = keys.values().stream().allMatch(value -> value instanceof String || value instanceof Number);
			if (keys.isEmpty() || !plain) {
				throw new ApiException(ErrorCode.INVALID_CURSOR);
			}
			return ScrollPosition.forward(keys);
		}
		catch (RuntimeException ex) {
			throw new ApiException(ErrorCode.INVALID_CURSOR);
		}
	}

	/** base64url without padding; a cursor that is not base64 is the client's error, not ours. */
	private static final class UrlSafeBase64 implements CursorEncoder {

		@Override
		public String encode(String cursor) {
			return Base64.getUrlEncoder().withoutPadding().encodeToString(cursor.getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public String decode(String cursor) {
			try {
				return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				throw new ApiException(ErrorCode.INVALID_CURSOR);
			}
		}

	}

}
