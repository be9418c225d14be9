package org.enrolcheck.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.enrolcheck.db.DatabaseEndpoint;
import org.flywaydb.core.Flyway;

/**
 * One real PostgreSQL per test JVM. The migrations run once into a template database; each test
 * class then gets its own copy ({@code CREATE DATABASE ... TEMPLATE}, a file copy, ~100 ms), so
 * classes never see each other's rows.
 */
public final class TestDatabases {

	private static final String TEMPLATE = "enrolcheck_template";

	private static final AtomicInteger sequence = new AtomicInteger();

	private static EmbeddedPostgres server;

	private TestDatabases() {
	}

	public static synchronized DatabaseEndpoint fresh(String label) {
		EmbeddedPostgres postgres = server();
		String name = "t%02d_%s".formatted(sequence.incrementAndGet(), label.toLowerCase().replaceAll("[^a-z0-9]", ""));
		execute(postgres, "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
		return endpoint(postgres).withDatabase(name);
	}

	private static EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			execute(server, "CREATE DATABASE " + TEMPLATE);
			DatabaseEndpoint template = endpoint(server).withDatabase(TEMPLATE);
			Flyway.configure()
				.dataSource(template.jdbcUrl(), template.user(), template.password())
				.locations("classpath:db/migration")
				.load()
				.migrate();
			EmbeddedPostgres started = server;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					started.close();
				}
				catch (IOException ignored) {
					// the JVM is exiting; the temp directory goes with it
				}
			}));
		}
		return server;
	}

	private static DatabaseEndpoint endpoint(EmbeddedPostgres postgres) {
		return new DatabaseEndpoint("localhost", postgres.getPort(), "postgres", "postgres", "postgres");
	}

	private static void execute(EmbeddedPostgres postgres, String sql) {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql, ex);
		}
	}

}
