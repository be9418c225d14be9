package org.enrolcheck.integrator;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.enrolcheck.graphql.GlobalId;
import org.jspecify.annotations.Nullable;

/** An API token as a registrar sees it: never its secret, only the first characters. */
record IntegratorToken(long id, long institutionId, String name, String prefix, List<IntegratorScope> scopes,
		Instant expiresAt, Instant createdAt, @Nullable Instant revokedAt, @Nullable Instant lastUsedAt) {

	static final String TYPE = "IntegratorToken";

	String globalId() {
		return GlobalId.encode(TYPE, id);
	}

	boolean activeAt(Instant now) {
		return revokedAt == null && expiresAt.isAfter(now);
	}

	static OffsetDateTime utc(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	static Map<String, Object> cursorKeys(IntegratorToken token) {
		return Map.of("id", token.id());
	}

}
