package org.enrolcheck.graphql;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.SourceLocation;
import graphql.schema.DataFetchingEnvironment;

/** Builds errors in the one shape every client reads: classification, code and both messages. */
public final class GraphQlErrors {

	private GraphQlErrors() {
	}

	public static GraphQLError of(ErrorCode code, DataFetchingEnvironment env) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(code.classification())
			.message(code.message(env.getLocale()))
			.extensions(extensions(code, code.classification()))
			.build();
	}

	/** Re-labels an error produced outside data fetching (parsing, validation, limits). */
	public static GraphQLError relabel(GraphQLError error, ErrorCode code, Locale locale) {
		var builder = GraphqlErrorBuilder.newError()
			.message(code == ErrorCode.INTERNAL ? code.message(locale) : detail(error, code, locale))
			.errorType(error.getErrorType() != null ? error.getErrorType() : code.classification())
			.extensions(extensions(code, error.getErrorType() != null ? error.getErrorType() : code.classification()));
		if (error.getLocations() != null) {
			builder.locations(error.getLocations().stream().map(l -> new SourceLocation(l.getLine(), l.getColumn())).toList());
		}
		if (error.getPath() != null) {
			builder.path(error.getPath());
		}
		return builder.build();
	}

	static Map<String, Object> extensions(ErrorCode code, ErrorClassification classification) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("classification", classification.toString());
		extensions.put("code", code.name());
		Map<String, String> messages = new LinkedHashMap<>();
		messages.put("zh-CN", code.zh());
		messages.put("en", code.en());
		extensions.put("messages", messages);
		return extensions;
	}

	// graphql-java's own text says exactly what is wrong in the document; keep it after our sentence.
	private static String detail(GraphQLError error, ErrorCode code, Locale locale) {
		return code.message(locale) + " " + error.getMessage();
	}

}
