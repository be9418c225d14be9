package org.enrolcheck.graphql;

import graphql.analysis.FieldComplexityCalculator;
import graphql.parser.ParserOptions;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Depth, complexity, alias and token limits, each failing with its own stable code; the document cache. */
@Configuration(proxyBeanMethods = false)
class QueryLimitsConfiguration {

	QueryLimitsConfiguration(QueryLimitsProperties limits) {
		// graphql-java keeps parser options in a static; the token limit stops huge documents before
		// any work is spent on them.
		ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions()
			.transform(options -> options.maxTokens(limits.maxTokens())));
	}

	@Bean
	QueryLimitsInstrumentation queryLimitsInstrumentation(QueryLimitsProperties limits) {
		return new QueryLimitsInstrumentation(limits.maxDepth(), limits.maxComplexity(), limits.maxAliases(),
				pageSizeWeighted(limits));
	}

	@Bean
	DocumentCache documentCache() {
		return new DocumentCache();
	}

	@Bean
	GraphQlSourceBuilderCustomizer documentCacheCustomizer(DocumentCache documents) {
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(documents));
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
