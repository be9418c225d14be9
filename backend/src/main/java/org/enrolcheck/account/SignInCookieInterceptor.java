package org.enrolcheck.account;

import java.net.InetSocketAddress;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Bridges GraphQL and HTTP for sign-in: hands the client's address and user agent to the
 * mutations (login history, sessions), and turns a refresh cookie that {@code login} left in the
 * GraphQLContext into a {@code Set-Cookie} header, since a data fetcher cannot reach the response.
 */
@Component
class SignInCookieInterceptor implements WebGraphQlInterceptor {

	static final String CLIENT = SignInCookieInterceptor.class.getName() + ".client";

	static final String COOKIE = SignInCookieInterceptor.class.getName() + ".cookie";

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		ClientInfo client = ClientInfo.of(ip(request.getRemoteAddress()), request.getHeaders().getFirst(HttpHeaders.USER_AGENT));
		request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(CLIENT, client)).build());
		return chain.next(request).doOnNext(response -> {
			if (response.getExecutionInput().getGraphQLContext().get(COOKIE) instanceof ResponseCookie cookie) {
				response.getResponseHeaders().add(HttpHeaders.SET_COOKIE, cookie.toString());
			}
		});
	}

	static @Nullable String ip(@Nullable InetSocketAddress address) {
		return address == null || address.getAddress() == null ? null : address.getAddress().getHostAddress();
	}

}
