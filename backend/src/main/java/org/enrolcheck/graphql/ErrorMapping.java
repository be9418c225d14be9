package org.enrolcheck.graphql;

import java.util.List;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import graphql.GraphqlErrorBuilder;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.SubscriptionExceptionResolver;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Turns every exception raised while fetching data into a coded error. Unknown exceptions stay
 * opaque to the caller ({@code INTERNAL}) and are logged with the operation's path only, never with
 * arguments, which may hold personal numbers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorMapping implements DataFetcherExceptionResolver, SubscriptionExceptionResolver {

	private static final Log log = LogFactory.getLog(ErrorMapping.class);

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	@Override
	public Mono<List<GraphQLError>> resolveException(Throwable exception, DataFetchingEnvironment env) {
		return switch (exception) {
			case ApiException api -> error(api.code(), env);
			case AuthenticationException ignored -> error(ErrorCode.UNAUTHENTICATED, env);
			case AccessDeniedException ignored -> ReactiveSecurityContextHolder.getContext()
				.filter(context -> context.getAuthentication() != null
						&& !trust.isAnonymous(context.getAuthentication()))
				.map(context -> ErrorCode.FORBIDDEN)
				.defaultIfEmpty(ErrorCode.UNAUTHENTICATED)
				.flatMap(code -> error(code, env));
			default -> {
				log.error("Unexpected failure at " + env.getExecutionStepInfo().getPath(), exception);
				yield error(ErrorCode.INTERNAL, env);
			}
		};
	}

	/**
	 * Errors raised inside a subscription's stream end it with one coded error. There is no request
	 * locale here, so the message is Chinese and {@code extensions.messages} carries both.
	 */
	@Override
	public Mono<List<GraphQLError>> resolveException(Throwable exception) {
		ErrorCode code = switch (exception) {
			case ApiException api -> api.code();
			case AuthenticationException ignored -> ErrorCode.UNAUTHENTICATED;
			case AccessDeniedException ignored -> ErrorCode.FORBIDDEN;
			default -> {
				log.error("Unexpected failure in a subscription", exception);
				yield ErrorCode.INTERNAL;
			}
		};
		return Mono.just(List.of(GraphqlErrorBuilder.newError()
			.errorType(code.classification())
			.message(code.zh())
			.extensions(GraphQlErrors.extensions(code, code.classification()))
			.build()));
	}

	private static Mono<List<GraphQLError>> error(ErrorCode code, DataFetchingEnvironment env) {
		return Mono.just(List.of(GraphQlErrors.of(code, env)));
	}

}
