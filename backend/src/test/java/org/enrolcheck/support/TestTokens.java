package org.enrolcheck.support;

import java.util.List;
import java.util.Map;

import org.enrolcheck.security.Role;
import org.enrolcheck.security.TokenIssuer;
import org.springframework.boot.test.context.TestConfiguration;

/** Mints real access tokens with the application's own signing key, as the login flow will. */
@TestConfiguration(proxyBeanMethods = false)
public class TestTokens {

	private final TokenIssuer issuer;

	TestTokens(TokenIssuer issuer) {
		this.issuer = issuer;
	}

	public String bearer(String subject, Role... roles) {
		return "Bearer " + issuer.accessToken(subject, List.of(roles), Map.of());
	}

}
