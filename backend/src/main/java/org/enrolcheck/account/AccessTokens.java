package org.enrolcheck.account;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.enrolcheck.security.TokenIssuer;
import org.springframework.stereotype.Component;

/**
 * Access tokens for an account's session: subject = the account's global id, {@code roles}, the
 * staff scope claims Viewer reads, and {@code sid}, the session, so the account's own session list
 * can mark the current device and a password change can keep it.
 */
@Component
class AccessTokens {

	static final String SESSION_CLAIM = "sid";

	private final TokenIssuer issuer;

	private final Clock clock;

	AccessTokens(TokenIssuer issuer, Clock clock) {
		this.issuer = issuer;
		this.clock = clock;
	}

	/** A signed token and when it stops working. */
	record Issued(String token, Instant expiresAt) {
	}

	Issued issue(Account account, long sessionId) {
		Instant expiresAt = clock.instant().plus(TokenIssuer.ACCESS_TOKEN_TTL);
		Map<String, Object> claims = new HashMap<>(account.scopeClaims());
		claims.put(SESSION_CLAIM, sessionId);
		return new Issued(issuer.accessToken(account.globalId(), account.roles(), claims), expiresAt);
	}

}
