package org.enrolcheck.graphql;

import java.util.List;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
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
class ErrorMapping implements DataFetcherExceptionResolver {

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

	private static Mono<List<GraphQLError>> error(ErrorCode code, DataFetchingEnvironment env) {
		return Mono.just(List.of(GraphQlErrors.of(code, env)));
	}

}
