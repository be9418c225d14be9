package org.enrolcheck.support;

import java.util.List;

import org.enrolcheck.db.DatabaseEndpoint;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Points each {@link FreshDatabase} test class at a new database. The customizer is keyed by the
 * test class, so Spring's context cache gives every class its own context and database.
 */
class FreshDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return TestContextAnnotationUtils.findMergedAnnotation(testClass, FreshDatabase.class) != null
				? new FreshDatabaseCustomizer(testClass) : null;
	}

	private record FreshDatabaseCustomizer(Class<?> testClass) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			DatabaseEndpoint database = TestDatabases.fresh(testClass.getSimpleName());
			TestPropertyValues.of("enrolcheck.db.url=" + database.jdbcUrl(), "enrolcheck.db.user=" + database.user(),
					"enrolcheck.db.password=" + database.password())
				.applyTo(context);
		}

	}

}
