package org.enrolcheck.security;

import org.springframework.security.core.Authentication;
import reactor.core.publisher.Mono;

/**
 * Verifies an opaque API token (integrators' {@code ecp_…} tokens) presented as a bearer token on
 * {@code /graphql}. Implemented by the integrator feature; an empty or failed result refuses it.
 */
public interface ApiTokenVerifier {

	/** Every API token starts with this, so it is told apart from a JWT without parsing it. */
	String PREFIX = "ecp_";

	Mono<Authentication> verify(String token);

}
