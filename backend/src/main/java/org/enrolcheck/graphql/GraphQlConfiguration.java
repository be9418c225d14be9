package org.enrolcheck.graphql;

import graphql.scalars.ExtendedScalars;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Scalars and cursors shared by every feature's schema. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	/** {@code Date} is a local date; {@code DateTime} always carries its offset (e.g. +08:00). */
	@Bean
	RuntimeWiringConfigurer scalars() {
		return wiring -> wiring.scalar(ExtendedScalars.Date).scalar(ExtendedScalars.DateTime);
	}

	/** Replaces Boot's default keyset cursor (see {@link KeysetCursors} for why). */
	@Bean
	EncodingCursorStrategy<ScrollPosition> cursorStrategy() {
		return KeysetCursors.encoding();
	}

}
