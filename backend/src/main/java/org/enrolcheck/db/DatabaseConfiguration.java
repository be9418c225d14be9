package org.enrolcheck.db;

import java.time.Duration;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.netty.resources.LoopResources;

/**
 * The application talks R2DBC; Flyway migrates over JDBC first, because it cannot speak R2DBC.
 * Declaring the pool here (instead of spring.r2dbc.*) lets us give it its own, non-colocated event
 * loops: colocated loops can pin every connection to one thread (r2dbc-pool#190).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedDatabaseHolder embeddedDatabase(DatabaseProperties properties) {
		return new EmbeddedDatabaseHolder(properties.embedded() ? EmbeddedDatabase.start(properties.dataDir()) : null);
	}

	@Bean
	DatabaseEndpoint databaseEndpoint(DatabaseProperties properties, EmbeddedDatabaseHolder embedded) {
		if (embedded.database() != null) {
			return embedded.database().endpoint();
		}
		return DatabaseEndpoint.parse(properties.url(), nullToEmpty(properties.user()),
				nullToEmpty(properties.password()));
	}

	@Bean
	MigrateResult flywayMigration(DatabaseEndpoint endpoint) {
		return Flyway.configure()
			.dataSource(endpoint.jdbcUrl(), endpoint.user(), endpoint.password())
			.locations("classpath:db/migration")
			.load()
			.migrate();
	}

	@Bean(destroyMethod = "dispose")
	ConnectionPool connectionFactory(DatabaseEndpoint endpoint, DatabaseProperties properties,
			ObjectProvider<MigrateResult> migration) {
		migration.getObject(); // the schema must exist before the first query
		LoopResources loops = LoopResources.create("enrolcheck-db", 1, loopThreads(Runtime.getRuntime().availableProcessors()),
				true, false);
		PostgresqlConnectionConfiguration configuration = PostgresqlConnectionConfiguration.builder()
			.host(endpoint.host())
			.port(endpoint.port())
			.database(endpoint.database())
			.username(endpoint.user())
			.password(endpoint.password())
			.applicationName("enrolcheck")
			.loopResources(loops)
			.build();
		return new ConnectionPool(ConnectionPoolConfiguration.builder(new PostgresqlConnectionFactory(configuration))
			.name("enrolcheck")
			.initialSize(2)
			.maxSize(properties.poolSize())
			.maxAcquireTime(Duration.ofSeconds(5))
			.maxCreateConnectionTime(Duration.ofSeconds(10))
			.maxIdleTime(Duration.ofMinutes(10))
			.maxLifeTime(Duration.ofMinutes(30))
			.validationQuery("SELECT 1")
			.build());
	}

	/**
	 * An odd number of event loops, at least the number of cores. Reactor Netty 1.3 on Netty 4.2 takes two
	 * loops from the group's round-robin for every new connection and registers the connection on the
	 * second, so with an even count half the loops never get a connection: with two, every connection
	 * sat on one thread, and every statement's result, and the GraphQL work that follows it, queued
	 * behind it while the second core idled (measured: StatisticsBenchmark, DatabaseLoopsTests).
	 */
	static int loopThreads(int cores) {
		return Math.max(3, cores | 1);
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	/** Lets the embedded database be optional while still being closed after the pool. */
	record EmbeddedDatabaseHolder(EmbeddedDatabase database) implements AutoCloseable {

		@Override
		public void close() throws Exception {
			if (database != null) {
				database.close();
			}
		}

	}

}
