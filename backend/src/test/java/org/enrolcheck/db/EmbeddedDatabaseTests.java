package org.enrolcheck.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** What infra/run.sh relies on: acknowledged writes are durable and survive a restart. */
class EmbeddedDatabaseTests {

	@TempDir
	Path dataDir;

	@Test
	void durabilitySettingsAreOnNotTheLibraryDefaults() throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
			assertThat(setting(database.endpoint(), "fsync")).isEqualTo("on");
			assertThat(setting(database.endpoint(), "synchronous_commit")).isEqualTo("on");
		}
	}

	@Test
	void aSecondStartFindsTheDataOfTheFirst() throws Exception {
		try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir)) {
			execute(first.endpoint(), "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('学籍')");
		}
		assertThat(Files.exists(dataDir.resolve("postgres/PG_VERSION"))).isTrue();
		try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDir)) {
			assertThat(query(second.endpoint(), "SELECT note FROM kept")).isEqualTo("学籍");
		}
	}

	private static String setting(DatabaseEndpoint endpoint, String name) throws SQLException {
		return query(endpoint, "SHOW " + name);
	}

	private static String query(DatabaseEndpoint endpoint, String sql) throws SQLException {
		try (Connection connection = connect(endpoint); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

	private static void execute(DatabaseEndpoint endpoint, String sql) throws SQLException {
		try (Connection connection = connect(endpoint); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static Connection connect(DatabaseEndpoint endpoint) throws SQLException {
		return DriverManager.getConnection(endpoint.jdbcUrl(), endpoint.user(), endpoint.password());
	}

}
