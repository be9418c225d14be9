package org.enrolcheck.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

/**
 * Who is asking and how far they may see: the institution, colleges and classes a staff token names
 * (claims {@code inst}, {@code colleges}, {@code classes}), and the scopes an integrator's token
 * grants ({@code records:read} …). Services derive every access rule from this, never from request
 * arguments.
 */
public record Viewer(String subject, Set<Role> roles, @Nullable Long institutionId, Set<Long> collegeIds,
		Set<Long> classIds, Set<String> scopes) {

	public Viewer(String subject, Set<Role> roles, @Nullable Long institutionId, Set<Long> collegeIds, Set<Long> classIds) {
		this(subject, roles, institutionId, collegeIds, classIds, Set.of());
	}

	public static final String INSTITUTION_CLAIM = "inst";

	public static final String COLLEGES_CLAIM = "colleges";

	public static final String CLASSES_CLAIM = "classes";

	public static final Viewer ANONYMOUS = new Viewer("anonymous", Set.of(), null, Set.of(), Set.of());

	/** The viewer of the current request; anonymous when no valid token came with it. */
	public static Mono<Viewer> current() {
		return ReactiveSecurityContextHolder.getContext()
			.mapNotNull(context -> context.getAuthentication())
			.map(Viewer::of)
			.defaultIfEmpty(ANONYMOUS);
	}

	static Viewer of(Authentication authentication) {
		if (authentication instanceof ViewerAuthentication known) {
			return known.viewer();
		}
		if (!(authentication instanceof JwtAuthenticationToken token)) {
			return ANONYMOUS;
		}
		Jwt jwt = token.getToken();
		Set<Role> roles = token.getAuthorities().stream()
			.map(authority -> authority.getAuthority())
			.filter(name -> name.startsWith("ROLE_"))
			.map(name -> Role.valueOf(name.substring(5)))
			.collect(Collectors.toUnmodifiableSet());
		Set<String> scopes = token.getAuthorities().stream()
			.map(authority -> authority.getAuthority())
			.filter(name -> name.startsWith("SCOPE_"))
			.map(name -> name.substring(6))
			.collect(Collectors.toUnmodifiableSet());
		return new Viewer(jwt.getSubject(), roles, number(jwt.getClaim(INSTITUTION_CLAIM)), numbers(jwt.getClaim(COLLEGES_CLAIM)),
				numbers(jwt.getClaim(CLASSES_CLAIM)), scopes);
	}

	/**
	 * The current viewer if they are a REGISTRAR of an institution; otherwise the request fails with
	 * UNAUTHENTICATED (no token) or FORBIDDEN. Registrar-only operations start here.
	 */
	public static Mono<Viewer> registrar() {
		return current().flatMap(viewer -> viewer.has(Role.REGISTRAR) && viewer.institutionId() != null ? Mono.just(viewer)
				: Mono.error(viewer.refusal()));
	}

	/** The refusal for this viewer: UNAUTHENTICATED when anonymous, FORBIDDEN otherwise. */
	public ApiException refusal() {
		return new ApiException(isAnonymous() ? ErrorCode.UNAUTHENTICATED : ErrorCode.FORBIDDEN);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** Whether the token grants {@code scope} (e.g. {@code records:read}); only integrators' tokens carry scopes. */
	public boolean hasScope(String scope) {
		return scopes.contains(scope);
	}

	/**
	 * An integrator of an institution whose token grants {@code scope}: what a read open to
	 * integrators checks (records:read, stats:read, tickets:read, campaigns:read), bounded by
	 * {@link #institutionId()} like a registrar's.
	 */
	public boolean isIntegratorWith(String scope) {
		return has(Role.INTEGRATOR) && institutionId != null && hasScope(scope);
	}

	public boolean isAnonymous() {
		return roles.isEmpty();
	}

	private static @Nullable Long number(@Nullable Object claim) {
		return switch (claim) {
			case Number number -> number.longValue();
			case String text when text.matches("\\d{1,18}") -> Long.parseLong(text);
			case null, default -> null;
		};
	}

	private static Set<Long> numbers(@Nullable Object claim) {
		Collection<?> values = claim instanceof Collection<?> collection ? collection : List.of();
		return values.stream().map(Viewer::number).filter(value -> value != null).collect(Collectors.toUnmodifiableSet());
	}

}
