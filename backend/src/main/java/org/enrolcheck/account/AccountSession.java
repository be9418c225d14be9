package org.enrolcheck.account;

import java.time.OffsetDateTime;

import org.enrolcheck.graphql.GlobalId;
import org.jspecify.annotations.Nullable;

/** One signed-in device: a refresh-token family. */
record AccountSession(long id, long accountId, OffsetDateTime createdAt, OffsetDateTime lastUsedAt, @Nullable String ip,
		@Nullable String userAgent, boolean current) {

	static final String TYPE = "AccountSession";

	String globalId() {
		return GlobalId.encode(TYPE, id);
	}

}
