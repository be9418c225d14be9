package org.enrolcheck.account;

import org.jspecify.annotations.Nullable;

/** Where a sign-in or refresh came from, as kept in login history and sessions. */
record ClientInfo(@Nullable String ip, @Nullable String userAgent) {

	static final ClientInfo UNKNOWN = new ClientInfo(null, null);

	static ClientInfo of(@Nullable String ip, @Nullable String userAgent) {
		// a user agent is free text from the client: keep it bounded
		String agent = userAgent == null ? null : userAgent.length() > 300 ? userAgent.substring(0, 300) : userAgent;
		return new ClientInfo(ip, agent);
	}

}
