package org.enrolcheck.graphql;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.parser.ParserOptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Depth, complexity, alias and token limits, each failing with its own stable code. */
@Configuration(proxyBeanMethods = false)
class QueryLimitsConfiguration {

	QueryLimitsConfiguration(QueryLimitsProperties limits) {
		// graphql-java keeps parser options in a static; the token limit stops huge documents before
		// any work is spent on them.
		ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions()
			.transform(options -> options.maxTokens(limits.maxTokens())));
	}

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepthInstrumentation(QueryLimitsProperties limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
			@Override
			protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
				return new QueryLimitExceeded(ErrorCode.QUERY_TOO_DEEP, "depth: " + depth + " > " + maxDepth);
			}
		};
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexityInstrumentation(QueryLimitsProperties limits) {
		return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), pageSizeWeighted(limits)) {
			@Override
			protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
				return new QueryLimitExceeded(ErrorCode.QUERY_TOO_COMPLEX,
						"complexity: " + complexity + " > " + maxComplexity);
			}
		};
	}

	@Bean
	AliasLimitInstrumentation aliasLimitInstrumentation(QueryLimitsProperties limits) {
		return new AliasLimitInstrumentation(limits.maxAliases());
	}

	/** A field costs 1 plus its children; a connection's children count once per requested item. */
	private static FieldComplexityCalculator pageSizeWeighted(QueryLimitsProperties limits) {
		return (environment, childComplexity) -> {
			Object first = environment.getArguments().get("first");
			int items = first instanceof Integer n ? Math.max(n, 1)
					: environment.getFieldDefinition().getArgument("first") != null ? limits.defaultPageSize() : 1;
			return 1 + childComplexity * items;
		};
	}

}
