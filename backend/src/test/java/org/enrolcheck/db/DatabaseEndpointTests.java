package org.enrolcheck.db;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DatabaseEndpointTests {

	@Test
	void readsPlainAndJdbcUrls() {
		assertThat(DatabaseEndpoint.parse("postgresql://db.campus:6543/enrol", "app", "secret"))
			.isEqualTo(new DatabaseEndpoint("db.campus", 6543, "enrol", "app", "secret"));
		assertThat(DatabaseEndpoint.parse("jdbc:postgresql://localhost/enrol", "app", "s").port()).isEqualTo(5432);
		assertThat(DatabaseEndpoint.parse("postgres://10.0.0.5:5432/x", "a", "b").jdbcUrl())
			.isEqualTo("jdbc:postgresql://10.0.0.5:5432/x");
	}

	@Test
	void refusesOtherDatabasesWithAClearMessage() {
		assertThatIllegalArgumentException().isThrownBy(() -> DatabaseEndpoint.parse("mysql://h/db", "a", "b"))
			.withMessageContaining("postgresql://host:5432/db");
	}

}
