package org.enrolcheck.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on what one GraphQL document may ask for. Depth leaves room for the introspection query
 * GraphiQL sends; complexity counts fields and multiplies a connection's children by its page size.
 */
@ConfigurationProperties("enrolcheck.graphql")
public record QueryLimitsProperties(@DefaultValue("15") int maxDepth, @DefaultValue("5000") int maxComplexity,
		@DefaultValue("30") int maxAliases, @DefaultValue("5000") int maxTokens,
		@DefaultValue("20") int defaultPageSize, @DefaultValue("100") int maxPageSize) {
}
