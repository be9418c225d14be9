package org.enrolcheck.support;

import java.util.List;
import java.util.Map;

import org.enrolcheck.security.Role;
import org.enrolcheck.security.TokenIssuer;
import org.enrolcheck.security.Viewer;
import org.springframework.boot.test.context.TestConfiguration;

/** Mints real access tokens with the application's own signing key, as the login flow will. */
@TestConfiguration(proxyBeanMethods = false)
public class TestTokens {

	private final TokenIssuer issuer;

	TestTokens(TokenIssuer issuer) {
		this.issuer = issuer;
	}

	public TokenIssuer issuer() {
		return issuer;
	}

	public String bearer(String subject, Role... roles) {
		return "Bearer " + issuer.accessToken(subject, List.of(roles), Map.of());
	}

	/** A staff token scoped as the accounts feature will scope it: institution, colleges, classes. */
	public String staff(Role role, long institutionId, List<Long> collegeIds, List<Long> classIds) {
		return "Bearer " + issuer.accessToken(role.name().toLowerCase() + "-1", List.of(role),
				Map.of(Viewer.INSTITUTION_CLAIM, institutionId, Viewer.COLLEGES_CLAIM, collegeIds, Viewer.CLASSES_CLAIM,
						classIds));
	}

}
