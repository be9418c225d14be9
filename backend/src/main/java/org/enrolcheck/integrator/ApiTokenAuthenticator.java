package org.enrolcheck.integrator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.enrolcheck.security.ApiTokenVerifier;
import org.enrolcheck.security.Role;
import org.enrolcheck.security.Viewer;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Checks an {@code ecp_…} bearer token on every request: its hash must name a token that is neither
 * revoked nor expired, so a revocation works on the next request. Its last use is written at most
 * once a minute per token: remembered here per replica, and guarded in the UPDATE across replicas.
 */
@Component
class ApiTokenAuthenticator implements ApiTokenVerifier {

	static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

	private final IntegratorTokenRepository tokens;

	private final Clock clock;

	private final Map<Long, Instant> touched = new ConcurrentHashMap<>();

	ApiTokenAuthenticator(IntegratorTokenRepository tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	@Override
	public Mono<Authentication> verify(String token) {
		if (!ApiTokenSecrets.wellFormed(token)) {
			return Mono.empty();
		}
		return tokens.byHash(ApiTokenSecrets.hash(token))
			.filter(found -> found.activeAt(clock.instant()))
			.flatMap(found -> touch(found.id()).thenReturn((Authentication) new IntegratorAuthentication(viewer(found))));
	}

	static Viewer viewer(IntegratorToken token) {
		Set<String> scopes = token.scopes().stream().map(IntegratorScope::scope).collect(Collectors.toUnmodifiableSet());
		return new Viewer(token.globalId(), Set.of(Role.INTEGRATOR), token.institutionId(), Set.of(), Set.of(), scopes);
	}

	private Mono<Void> touch(long id) {
		Instant now = clock.instant();
		Instant last = touched.get(id);
		if (last != null && last.plus(TOUCH_INTERVAL).isAfter(now)) {
			return Mono.empty();
		}
		touched.put(id, now);
		return tokens.touch(id).then();
	}

}
