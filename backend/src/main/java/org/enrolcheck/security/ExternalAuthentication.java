package org.enrolcheck.security;

import java.util.Collection;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A staff member signed in through the external OIDC issuer. Deliberately not a
 * {@code JwtAuthenticationToken}: nothing that reads our own tokens' claims (an account session,
 * scope claims) may mistake the external issuer's claims for ours.
 */
final class ExternalAuthentication extends AbstractAuthenticationToken implements ViewerAuthentication {

	private final Jwt jwt;

	private final Viewer viewer;

	ExternalAuthentication(Jwt jwt, Viewer viewer, Collection<? extends GrantedAuthority> authorities) {
		super(authorities);
		this.jwt = jwt;
		this.viewer = viewer;
		setAuthenticated(true);
	}

	@Override
	public Viewer viewer() {
		return viewer;
	}

	@Override
	public Object getCredentials() {
		return jwt;
	}

	@Override
	public Object getPrincipal() {
		return viewer.subject();
	}

}
