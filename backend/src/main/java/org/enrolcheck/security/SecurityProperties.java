package org.enrolcheck.security;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings (README "Security settings").
 *
 * @param requireTotpFor staff roles that must sign in with a TOTP code (e.g. REGISTRAR,SUPPORT)
 * @param oidc an external OpenID Connect issuer (campus single sign-on) whose tokens are accepted too
 * @param tokenCache remembering verified JWTs so a token seen again skips the signature check
 */
@ConfigurationProperties("enrolcheck.security")
public record SecurityProperties(@DefaultValue Set<Role> requireTotpFor, @DefaultValue Oidc oidc,
		@DefaultValue TokenCache tokenCache) {

	/**
	 * @param issuerUri the issuer ({@code iss}); its discovery document names the JWKS. Blank: off
	 * @param rolesClaim the claim holding role names (a list or a space-separated string)
	 * @param roleMapping external role name → staff role; a value equal to a staff role's name maps to
	 * it without an entry. STUDENT and INTEGRATOR are never granted this way
	 * @param institutionClaim the claim holding the institution's code (学校代码, e.g. 10635)
	 * @param institutionCode the institution when the token has no such claim (an SSO of one campus)
	 */
	public record Oidc(@Nullable String issuerUri, @DefaultValue("roles") String rolesClaim,
			@DefaultValue Map<String, Role> roleMapping, @DefaultValue("institution") String institutionClaim,
			@Nullable String institutionCode) {

		public boolean enabled() {
			return issuerUri != null && !issuerUri.isBlank();
		}

	}

	/**
	 * @param enabled off by default. It only skips repeating the signature check of the same token
	 * text (the keys are loaded at start-up, so the answer would be the same); everything checked
	 * after it still runs on every request, and no entry outlives the token's {@code exp}
	 * @param maxEntries bound on remembered tokens; the oldest are dropped first
	 * @param maxAge how long a verified token is remembered at most (never past its {@code exp})
	 */
	public record TokenCache(@DefaultValue("false") boolean enabled, @DefaultValue("10000") int maxEntries,
			@DefaultValue("60s") Duration maxAge) {
	}

}
