package org.enrolcheck.account;

import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.graphql.GlobalId;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

/** The signed-in account behind the current request's token, and the session it came from. */
record Caller(long accountId, long sessionId) {

	/** Empty for anonymous callers and for tokens that name no account session (integrators, SSO). */
	static Mono<Caller> current() {
		return ReactiveSecurityContextHolder.getContext()
			.mapNotNull(context -> context.getAuthentication())
			.flatMap(authentication -> {
				if (!(authentication instanceof JwtAuthenticationToken token)) {
					return Mono.empty();
				}
				try {
					GlobalId subject = GlobalId.decode(token.getToken().getSubject());
					Object sid = token.getToken().getClaim(AccessTokens.SESSION_CLAIM);
					if (!Account.TYPE.equals(subject.typeName()) || !(sid instanceof Number session)) {
						return Mono.empty();
					}
					return Mono.just(new Caller(subject.id(), session.longValue()));
				}
				catch (ApiException notAGlobalId) {
					return Mono.empty();
				}
			});
	}

	static Mono<Caller> required() {
		return current().switchIfEmpty(Mono.error(new ApiException(ErrorCode.UNAUTHENTICATED)));
	}

}
