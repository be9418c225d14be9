package org.enrolcheck.receipt;

import java.util.HashMap;
import java.util.Map;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponents;
import reactor.core.publisher.Mono;

/**
 * Hands the client's address (the guessing throttle's key) and the origin the client called (for the
 * public verification URL) to the receipt fields, which cannot reach the HTTP request themselves.
 */
@Component
class VerifierAddress implements WebGraphQlInterceptor {

	static final String IP = "org.enrolcheck.receipt.ip";

	static final String ORIGIN = "org.enrolcheck.receipt.origin";

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Map<String, Object> context = new HashMap<>();
		if (request.getRemoteAddress() != null && request.getRemoteAddress().getAddress() != null) {
			context.put(IP, request.getRemoteAddress().getAddress().getHostAddress());
		}
		context.put(ORIGIN, origin(request.getUri()));
		request.configureExecutionInput((input, builder) -> builder.graphQLContext(context).build());
		return chain.next(request);
	}

	static String origin(UriComponents uri) {
		String scheme = uri.getScheme() == null ? "http" : uri.getScheme();
		return scheme + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
	}

}
