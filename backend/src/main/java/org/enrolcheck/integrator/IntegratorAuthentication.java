package org.enrolcheck.integrator;

import java.util.List;

import org.enrolcheck.security.Viewer;
import org.enrolcheck.security.ViewerAuthentication;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated by an integrator's API token: role INTEGRATOR, the token's institution and scopes. */
final class IntegratorAuthentication extends AbstractAuthenticationToken implements ViewerAuthentication {

	private final Viewer viewer;

	IntegratorAuthentication(Viewer viewer) {
		super(List.of(new SimpleGrantedAuthority("ROLE_INTEGRATOR")));
		this.viewer = viewer;
		setAuthenticated(true);
	}

	@Override
	public Viewer viewer() {
		return viewer;
	}

	/** Never the secret: only the token's global id. */
	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return viewer.subject();
	}

}
