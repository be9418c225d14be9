package org.enrolcheck.security;

import java.util.Map;

import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Authenticates graphql-transport-ws sessions from the token in {@code connection_init}
 * ({@code {"Authorization": "Bearer …"}}): browsers cannot set headers on a WebSocket, and a token in
 * the URL would land in access logs. A bad token refuses the connection; no token makes an anonymous
 * session, to which every protected field answers UNAUTHENTICATED as over HTTP.
 */
@Component
class WebSocketAuthentication implements WebSocketGraphQlInterceptor {

	private static final String AUTHENTICATION = WebSocketAuthentication.class.getName() + ".authentication";

	private final BearerAuthentication bearer;

	WebSocketAuthentication(BearerAuthentication bearer) {
		this.bearer = bearer;
	}

	@Override
	public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo session, Map<String, Object> payload) {
		Object header = payload.getOrDefault("Authorization", payload.get("authorization"));
		if (!(header instanceof String bearer) || !bearer.startsWith("Bearer ")) {
			return Mono.empty();
		}
		// the same checks as a bearer token on POST /graphql: our JWTs, the SSO issuer's, ecp_ API tokens
		return this.bearer.graphQl(new BearerTokenAuthenticationToken(bearer.substring(7)))
			.doOnNext(authentication -> session.getAttributes().put(AUTHENTICATION, authentication))
			.then(Mono.empty());
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (request instanceof WebSocketGraphQlRequest socket
				&& socket.getSessionInfo().getAttributes().get(AUTHENTICATION) instanceof Authentication authentication) {
			return chain.next(request).contextWrite(ReactiveSecurityContextHolder.withAuthentication(authentication));
		}
		return chain.next(request);
	}

}
