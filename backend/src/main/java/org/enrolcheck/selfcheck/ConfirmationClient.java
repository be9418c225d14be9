package org.enrolcheck.selfcheck;

import java.net.InetSocketAddress;
import java.util.Map;

import graphql.GraphQLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Where a confirmation came from (IP and user agent), stored with it as evidence. Read the same way
 * as for sign-ins (account.ClientInfo): the connection's address and the User-Agent header, bounded.
 */
record ConfirmationClient(@Nullable String ip, @Nullable String userAgent) {

	static final String CONTEXT_KEY = ConfirmationClient.class.getName();

	static final ConfirmationClient UNKNOWN = new ConfirmationClient(null, null);

	static ConfirmationClient of(@Nullable InetSocketAddress address, @Nullable String userAgent) {
		String ip = address == null || address.getAddress() == null ? null : address.getAddress().getHostAddress();
		// a user agent is free text from the client: keep it bounded
		return new ConfirmationClient(ip, userAgent == null || userAgent.length() <= 300 ? userAgent : userAgent.substring(0, 300));
	}

	static ConfirmationClient in(GraphQLContext context) {
		return context.getOrDefault(CONTEXT_KEY, UNKNOWN);
	}

	/** Hands the HTTP request's client to the GraphQL context, where the mutations read it. */
	@Component
	static class Interceptor implements WebGraphQlInterceptor {

		@Override
		public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
			ConfirmationClient client = of(request.getRemoteAddress(), request.getHeaders().getFirst(HttpHeaders.USER_AGENT));
			request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(CONTEXT_KEY, client)).build());
			return chain.next(request);
		}

	}

}
