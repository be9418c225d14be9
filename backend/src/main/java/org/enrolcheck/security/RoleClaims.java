package org.enrolcheck.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

/**
 * Maps a JWT to authorities: each {@code roles} entry becomes {@code ROLE_X}, each {@code scope}
 * entry {@code SCOPE_x}. Unknown role names are dropped rather than trusted.
 */
final class RoleClaims implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

	static final String ROLES = "roles";

	static final String SCOPE = "scope";

	@Override
	public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (String role : strings(jwt.getClaim(ROLES))) {
			if (isRole(role)) {
				authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
			}
		}
		for (String scope : strings(jwt.getClaim(SCOPE))) {
			authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope));
		}
		return Mono.just(new JwtAuthenticationToken(jwt, authorities, jwt.getSubject()));
	}

	private static Collection<String> strings(Object claim) {
		if (claim instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).toList();
		}
		if (claim instanceof String text) {
			return List.of(text.split(" "));
		}
		return List.of();
	}

	private static boolean isRole(String name) {
		for (Role role : Role.values()) {
			if (role.name().equals(name)) {
				return true;
			}
		}
		return false;
	}

}
