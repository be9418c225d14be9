package org.enrolcheck.account;

import java.time.Duration;

import org.springframework.http.ResponseCookie;

/**
 * The refresh-token cookie: httpOnly (scripts never see it), Secure, SameSite=Strict (no
 * cross-site request carries it) and scoped to {@code /api/auth}, so it travels only to refresh and
 * logout. Browsers accept Secure cookies from http://localhost, so development needs no exception.
 */
final class RefreshCookie {

	static final String NAME = "enrolcheck_refresh";

	static final String PATH = "/api/auth";

	/** A session unused this long is over; the server refuses its token after the same time. */
	static final Duration LIFETIME = Duration.ofDays(30);

	private RefreshCookie() {
	}

	static ResponseCookie carrying(String token) {
		return base(token).maxAge(LIFETIME).build();
	}

	static ResponseCookie cleared() {
		return base("").maxAge(Duration.ZERO).build();
	}

	private static ResponseCookie.ResponseCookieBuilder base(String value) {
		return ResponseCookie.from(NAME, value).httpOnly(true).secure(true).sameSite("Strict").path(PATH);
	}

}
