package org.enrolcheck.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.convert.converter.Converter;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

/**
 * Turns a token of the external OIDC issuer into a staff viewer: the configured roles claim through
 * the role mapping (only staff roles; STUDENT and INTEGRATOR are never granted by SSO), and the
 * institution by its code from the institution claim (or the configured default). A token that maps
 * to no role or no known institution authenticates as a viewer without roles, which every
 * protected field refuses.
 */
final class ExternalClaims implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

	static final Set<Role> GRANTABLE = EnumSet.of(Role.REGISTRAR, Role.COLLEGE_ADMIN, Role.COUNSELLOR, Role.SUPPORT,
			Role.ANALYST);

	private final SecurityProperties.Oidc settings;

	private final DatabaseClient db;

	private final Map<String, Long> institutions = new ConcurrentHashMap<>();

	ExternalClaims(SecurityProperties.Oidc settings, DatabaseClient db) {
		this.settings = settings;
		this.db = db;
	}

	@Override
	public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
		Set<Role> roles = roles(jwt.getClaim(settings.rolesClaim()));
		Object claimed = jwt.getClaim(settings.institutionClaim());
		String code = claimed != null ? String.valueOf(claimed) : settings.institutionCode();
		String subject = "oidc:" + jwt.getSubject();
		return institution(code).map(id -> new Viewer(subject, roles, id, Set.of(), Set.of()))
			.defaultIfEmpty(new Viewer(subject, Set.of(), null, Set.of(), Set.of()))
			.map(viewer -> new ExternalAuthentication(jwt, viewer,
					viewer.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList()));
	}

	Set<Role> roles(Object claim) {
		Collection<?> names = claim instanceof Collection<?> values ? values
				: claim instanceof String text ? List.of(text.split("[ ,]+")) : List.of();
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (Object name : names) {
			Role mapped = settings.roleMapping().get(String.valueOf(name));
			if (mapped == null) {
				mapped = GRANTABLE.stream().filter(role -> role.name().equals(String.valueOf(name))).findFirst().orElse(null);
			}
			if (mapped != null && GRANTABLE.contains(mapped)) {
				roles.add(mapped);
			}
		}
		return Set.copyOf(roles);
	}

	private Mono<Long> institution(String code) {
		if (code == null || code.isBlank()) {
			return Mono.empty();
		}
		Long known = institutions.get(code);
		if (known != null) {
			return Mono.just(known);
		}
		return db.sql("SELECT id FROM institution WHERE code = :code")
			.bind("code", code)
			.map(row -> row.get(0, Long.class))
			.one()
			.doOnNext(id -> institutions.put(code, id));
	}

}
