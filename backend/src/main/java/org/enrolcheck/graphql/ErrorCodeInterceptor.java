package org.enrolcheck.graphql;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Gives a stable code to the errors graphql-java raises before any data fetcher runs (syntax,
 * validation, wrong variable types, limits), so that every error a client sees has the same shape.
 */
@Component
class ErrorCodeInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Locale locale = request.getLocale();
		return chain.next(request).map(response -> response.getErrors().isEmpty() ? response
				: response.transform(builder -> builder.errors(withCodes(response, locale))));
	}

	private static List<GraphQLError> withCodes(WebGraphQlResponse response, Locale locale) {
		return response.getExecutionResult().getErrors().stream().map(error -> withCode(error, locale)).toList();
	}

	private static GraphQLError withCode(GraphQLError error, Locale locale) {
		Map<String, Object> extensions = error.getExtensions();
		if (extensions != null && extensions.get("code") instanceof String code && extensions.containsKey("messages")) {
			return error;
		}
		if (extensions != null && extensions.get("code") instanceof String code) {
			return GraphQlErrors.relabel(error, ErrorCode.valueOf(code), locale);
		}
		return GraphQlErrors.relabel(error, codeFor(error.getErrorType()), locale);
	}

	private static ErrorCode codeFor(ErrorClassification classification) {
		if (classification instanceof ErrorType type) {
			return switch (type) {
				case InvalidSyntax -> ErrorCode.GRAPHQL_PARSE_FAILED;
				case ValidationError -> ErrorCode.GRAPHQL_VALIDATION_FAILED;
				case OperationNotSupported -> ErrorCode.OPERATION_NOT_SUPPORTED;
				default -> ErrorCode.INTERNAL;
			};
		}
		if (classification instanceof org.springframework.graphql.execution.ErrorType type) {
			return switch (type) {
				case UNAUTHORIZED -> ErrorCode.UNAUTHENTICATED;
				case FORBIDDEN -> ErrorCode.FORBIDDEN;
				case NOT_FOUND -> ErrorCode.NOT_FOUND;
				case BAD_REQUEST -> ErrorCode.BAD_USER_INPUT;
				default -> ErrorCode.INTERNAL;
			};
		}
		return ErrorCode.INTERNAL;
	}

}
